//! The budget request (培训费用预算表) a budget owner hands to finance: the chosen option's
//! cost in the categories finance books against, its total and cost per head, the options
//! compared, and the course's share of the department's wage bill and of its staff education
//! fund (`data/budget.toml`).
//!
//! Pure: the app renders it, prints it and exports it; the figures are all made here.

mod request;

use crate::catalog::{EducationFund, WageBillRules};
use crate::i18n;
pub use request::{Request, RequestInput};

use crate::cost::{Category, Estimate};
use crate::money::cny;
use crate::vocab::{Sourcing, choice_enum};
use crate::{Catalog, Lang};

choice_enum! {
    /// The categories a Chinese finance department books training against, in the order of
    /// its forms (domain.md, "Documents the users hand on").
    FinanceCategory {
        Trainers = "trainers", i18n::finance_category::TRAINERS;
        Venue = "venue", i18n::finance_category::VENUE;
        Materials = "materials", i18n::finance_category::MATERIALS;
        Board = "board", i18n::finance_category::BOARD;
        Travel = "travel", i18n::finance_category::TRAVEL;
        Other = "other", i18n::finance_category::OTHER;
    }
}

impl FinanceCategory {
    /// Where each line of an estimate is booked; `None` for staff time, which is the company's
    /// own wages already paid, not money the course pays out, so it is not asked for.
    ///
    /// Each estimate line goes to exactly one finance category, whole: a line is one figure, and
    /// splitting it (participants' travel into fares and hotel) would need rates the estimate
    /// does not break out. Seats on a public or online course are a course fee, not a trainer
    /// fee paid by the company, so they are "other", with VAT, customisation, platforms and the
    /// contingency reserve; each is named beside the figure.
    pub fn of(category: Category) -> Option<FinanceCategory> {
        use FinanceCategory as F;
        Some(match category {
            Category::TrainerFees | Category::TrainerTravel => F::Trainers,
            Category::Venue => F::Venue,
            Category::Materials => F::Materials,
            Category::Catering => F::Board,
            // Participants' fares and nights at a course in another city: a travel claim.
            Category::StaffTravel => F::Travel,
            Category::Seats
            | Category::Development
            | Category::Platform
            | Category::Tax
            | Category::Contingency
            | Category::Equipment
            | Category::Markup => F::Other,
            Category::Coordination | Category::ParticipantTime => return None,
        })
    }
}

/// One row of the request: a finance category, the estimate lines it holds, and its amount.
#[derive(Debug, Clone, PartialEq)]
pub struct FinanceLine {
    pub category: FinanceCategory,
    /// The estimate's lines booked here (those that cost something), in table order.
    pub parts: Vec<Category>,
    /// The sum of their expected values.
    pub exact: f64,
    /// In whole yuan, as finance books it: the exact figure rounded half away from zero.
    pub amount: i64,
}

impl FinanceLine {
    /// The estimate lines inside this figure, named: `讲师费、讲师差旅（实报实销）`.
    pub fn note(&self, lang: Lang) -> String {
        let labels: Vec<&str> = self.parts.iter().map(|c| c.label(lang)).collect();
        labels.join(lang.t(i18n::common::LIST_SEPARATOR))
    }
}

/// The chosen option's cost as finance reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLines {
    /// Every finance category, in form order, zero or not (finance forms list them all).
    pub lines: Vec<FinanceLine>,
    /// The total asked for, in whole yuan: the sum of the rounded lines, so the table adds up.
    pub total: i64,
    /// Staff time in the estimate (participants' and the organiser's): shown beside the
    /// request, not in it.
    pub staff_time: f64,
    /// The contingency reserve inside the total (under "other"): the estimator's cash figure
    /// leaves it out, the request asks for it.
    pub contingency: f64,
    pub headcount: u32,
}

impl BudgetLines {
    pub fn new(estimate: &Estimate) -> BudgetLines {
        let mut lines: Vec<FinanceLine> = FinanceCategory::ALL
            .iter()
            .map(|&category| FinanceLine {
                category,
                parts: Vec::new(),
                exact: 0.0,
                amount: 0,
            })
            .collect();
        let mut staff_time = 0.0;
        let contingency = estimate
            .lines
            .iter()
            .filter(|l| l.category == Category::Contingency)
            .map(|l| l.expected)
            .sum();
        for item in &estimate.lines {
            match FinanceCategory::of(item.category) {
                Some(f) => {
                    let line = &mut lines[f as usize];
                    line.parts.push(item.category);
                    line.exact += item.expected;
                }
                None => staff_time += item.expected,
            }
        }
        for line in &mut lines {
            line.amount = line.exact.round() as i64;
        }
        BudgetLines {
            total: lines.iter().map(|l| l.amount).sum(),
            lines,
            staff_time,
            contingency,
            headcount: estimate.shape.headcount,
        }
    }

    /// The total per participant, in yuan.
    pub fn per_head(&self) -> f64 {
        self.total as f64 / f64::from(self.headcount.max(1))
    }
}

/// Where the wage bill the shares are taken of comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WageBasis {
    /// The department's annual wage bill, as the user typed it.
    Typed,
    /// Estimated: the participants × the city's average annual wage (the national average
    /// wage of urban non-private units times the city's price index, the wage the estimate
    /// pays participants' time at before the staff share).
    CityAverage { headcount: u32, annual_wage: f64 },
}

impl WageBasis {
    /// The city's estimated wage bill for `headcount` people; `None` for an unknown city.
    pub fn city(catalog: &Catalog, city: &str, headcount: u32) -> Option<(WageBasis, f64)> {
        let index = catalog.city(city)?.index();
        let annual_wage = catalog.costs.participants.national_wage * index;
        Some((
            WageBasis::CityAverage {
                headcount,
                annual_wage,
            },
            annual_wage * f64::from(headcount),
        ))
    }
}

impl WageBasis {
    /// Where the wage bill comes from, in a sentence for the reader of the request.
    pub fn describe(&self, catalog: &Catalog, lang: Lang) -> String {
        match *self {
            WageBasis::Typed => lang
                .t(i18n::budget::THE_DEPARTMENTS_ANNUAL_WAGE_BILL)
                .to_string(),
            WageBasis::CityAverage {
                headcount,
                annual_wage,
            } => {
                let national = cny(catalog.costs.participants.national_wage);
                let wage = cny(annual_wage);
                lang.fill(
                    i18n::budget::NO_WAGE_BILL_ENTERED_ESTIMATED,
                    &[
                        ("headcount", &headcount),
                        ("wage", &wage),
                        ("national", &national),
                    ],
                )
            }
        }
    }
}

/// A wage bill typed as something it cannot be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WageBillError {
    NotPositive,
    /// Below the participants × the least a year's wages can be: typed in 万元, or digits left
    /// out. `min` is that least.
    TooSmall {
        min: f64,
    },
}

impl WageBillError {
    pub fn message(self, lang: Lang) -> String {
        match (self, lang) {
            (WageBillError::NotPositive, _) => lang
                .t(i18n::budget::THE_WAGE_BILL_MUST_BE_ABOVE_ZERO)
                .to_string(),
            (WageBillError::TooSmall { min }, _) => lang.fill(
                i18n::budget::THE_WAGE_BILL_IS_BELOW_WHAT_THE,
                &[("min", &cny(min))],
            ),
        }
    }
}

/// What finance is asked for, of a set of priced lines: every line booked to a finance
/// category (staff time is not), the contingency reserve included. The budget request's total
/// before rounding to the yuan, and a course's cost on the year's programme.
pub fn asked(lines: &crate::cost::costing::Lines) -> f64 {
    Category::ALL
        .iter()
        .filter(|&&c| FinanceCategory::of(c).is_some())
        .map(|&c| lines[c as usize])
        .sum()
}

/// A typed wage bill, checked: above zero, and at least `headcount` × the least a year's
/// wages can be (`data/budget.toml`).
pub fn check_wage_bill(
    value: f64,
    headcount: u32,
    rules: &WageBillRules,
) -> Result<f64, WageBillError> {
    if !(value.is_finite() && value > 0.0) {
        return Err(WageBillError::NotPositive);
    }
    let min = rules.min_per_head * f64::from(headcount.max(1));
    if value < min {
        return Err(WageBillError::TooSmall { min });
    }
    Ok(value)
}

/// The course against the department's wage bill and its staff education fund.
#[derive(Debug, Clone, PartialEq)]
pub struct FundShares {
    pub wage_bill: f64,
    pub basis: WageBasis,
    /// The course's cost as a fraction of the wage bill.
    pub of_wage_bill: f64,
    /// The fund a company is expected to set aside (the set-aside share of the wage bill).
    pub set_aside: f64,
    pub set_aside_rate: f64,
    /// The course's cost as a fraction of the set-aside.
    pub of_set_aside: f64,
    /// The most that may be deducted for income tax in the year.
    pub deductible_limit: f64,
    pub deductible_rate: f64,
    pub of_deductible_limit: f64,
}

impl FundShares {
    /// `cost` (the request's total) against `wage_bill` (checked by [`check_wage_bill`]
    /// where it is typed; here it must be above zero).
    pub fn new(
        rules: &EducationFund,
        cost: f64,
        wage_bill: f64,
        basis: WageBasis,
    ) -> Result<FundShares, WageBillError> {
        if !(wage_bill.is_finite() && wage_bill > 0.0) {
            return Err(WageBillError::NotPositive);
        }
        let set_aside = wage_bill * rules.set_aside;
        let deductible_limit = wage_bill * rules.deductible_limit;
        Ok(FundShares {
            wage_bill,
            basis,
            of_wage_bill: cost / wage_bill,
            set_aside,
            set_aside_rate: rules.set_aside,
            of_set_aside: cost / set_aside,
            deductible_limit,
            deductible_rate: rules.deductible_limit,
            of_deductible_limit: cost / deductible_limit,
        })
    }

    pub fn over_set_aside(&self) -> bool {
        self.of_set_aside > 1.0
    }

    pub fn over_deductible_limit(&self) -> bool {
        self.of_deductible_limit > 1.0
    }

    /// What the reader must know for each line the course alone passes, the set-aside first:
    /// passing it asks for more funds, passing the deductible limit costs tax. Both when both
    /// are passed (each asks something different of finance).
    pub fn warnings(&self, lang: Lang) -> Vec<String> {
        let (set_aside, limit) = (cny(self.set_aside), cny(self.deductible_limit));
        let (sr, dr) = (percent(self.set_aside_rate), percent(self.deductible_rate));
        let mut said = Vec::new();
        if self.over_set_aside() {
            said.push(lang.fill(
                i18n::budget::THIS_COURSE_ALONE_IS_OF_THE_STAFF,
                &[
                    ("sr", &sr),
                    ("set_aside", &set_aside),
                    ("of_set_aside", &share(self.of_set_aside)),
                ],
            ));
        }
        if self.over_deductible_limit() {
            said.push(lang.fill(
                i18n::budget::THIS_COURSE_ALONE_EXCEEDS_THE,
                &[("dr", &dr), ("limit", &limit)],
            ));
        }
        said
    }
}

/// A fraction as a percentage for people: 0.015 → `1.5%`, 0.08 → `8%`, 0.12345 → `12.35%`.
pub fn percent(fraction: f64) -> String {
    let hundredths = (fraction * 10_000.0).round() as i64;
    let (whole, part) = (hundredths / 100, hundredths % 100);
    match part {
        0 => format!("{whole}%"),
        p if p % 10 == 0 => format!("{whole}.{}%", p / 10),
        p => format!("{whole}.{p:02}%"),
    }
}

/// A share with two decimals of a per cent, halves rounded up as people round them:
/// 12,766 / 40,000 = 0.31915 → `31.92%` (binary floating point holds it just below the half,
/// so it is nudged by far less than the last digit shown before rounding).
pub fn share(fraction: f64) -> String {
    let hundredths = (fraction * 10_000.0 * (1.0 + 1e-12)).round() as i64;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// An option compared in the request, in finance's categories like the chosen one, so that
/// the options can be set side by side category by category.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub name: String,
    pub sourcing: Sourcing,
    pub lines: BudgetLines,
}

impl Compared {
    pub fn new(name: String, sourcing: Sourcing, estimate: &Estimate) -> Compared {
        Compared {
            name,
            sourcing,
            lines: BudgetLines::new(estimate),
        }
    }

    /// The budget total asked for this option, in whole yuan.
    pub fn total(&self) -> i64 {
        self.lines.total
    }

    pub fn per_head(&self) -> f64 {
        self.lines.per_head()
    }
}

/// The reason for the choice when the user has typed none: how the chosen option compares with
/// the others, then what the market comparison says of it.
pub fn default_reason(
    compared: &[Compared],
    chosen: usize,
    estimate: &Estimate,
    lang: Lang,
) -> String {
    let Some(this) = compared.get(chosen) else {
        return String::new();
    };
    let cheapest = compared.iter().min_by_key(|c| c.total()).unwrap_or(this);
    let mut parts = Vec::new();
    if compared.len() > 1 {
        parts.push(if cheapest.total() >= this.total() {
            lang.fill(
                i18n::budget::HAS_THE_LOWEST_BUDGET_OF_THE,
                &[
                    ("this_name", &this.name),
                    ("compared_count", &compared.len()),
                ],
            )
        } else {
            let more = cny((this.total() - cheapest.total()) as f64);
            lang.fill(
                i18n::budget::COSTS_MORE_THAN_THE_LOWEST,
                &[
                    ("this_name", &this.name),
                    ("cheapest_name", &cheapest.name),
                    ("more", &more),
                ],
            )
        });
    }
    parts.extend(estimate.verdicts.iter().map(|v| v.reason(lang).to_string()));
    let end = lang.t(i18n::budget::FULL_STOP);
    // Each part is a sentence of its own in English (the verdicts' reasons start with a capital).
    let sep = lang.t(i18n::budget::SENTENCE_BREAK);
    let mut text = parts.join(sep);
    if !text.is_empty() {
        text.push_str(end);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_keep_only_the_decimals_they_have() {
        assert_eq!(percent(0.015), "1.5%");
        assert_eq!(percent(0.08), "8%");
        assert_eq!(percent(0.12345), "12.35%");
        assert_eq!(percent(2.0), "200%");
    }

    #[test]
    fn shares_round_halves_up() {
        assert_eq!(share(12_766.0 / 40_000.0), "31.92%");
        assert_eq!(share(0.012_766), "1.28%");
        assert_eq!(share(12_766.0 / 7_500.0), "170.21%");
        assert_eq!(share(0.0), "0.00%");
    }

    #[test]
    fn every_cash_category_has_one_finance_category_and_staff_time_none() {
        for &c in Category::ALL {
            assert_eq!(FinanceCategory::of(c).is_none(), c.is_staff_time(), "{c:?}");
        }
    }
}
