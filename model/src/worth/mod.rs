//! Is it worth it (值不值): what a course must change to pay for itself, as a range, counted by
//! Phillips' conservative rules (domain.md, "Is it worth it"):
//!
//! - the cost is fully loaded: the estimate with participants' time, whatever the option says;
//! - benefits are the first year's only, for a one-off course, its effect fading as
//!   `data/worth.toml` says;
//! - only what the training caused counts (the user's attribution), times the user's
//!   confidence in that estimate;
//! - no data means no improvement: without today's complaints there is no benefit at all, and
//!   the answer says what is missing;
//! - intangibles (fewer escalations and complaints to a regulator, reputation, morale) are
//!   counted or listed, never priced.
//!
//! A complaint avoided is worth the staff time it would have taken (at the city's wage) and,
//! when the user gives both, the share of complainants who leave × what such a customer is
//! worth. The headline is the break-even: the fall in complaints at which the first year's
//! benefits equal the cost. Pure Rust; the cost's range and the user's range of change are
//! drawn together.

pub mod measure;

pub use measure::{MeasurementPlan, measurement_plan};

use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;
use serde::{Deserialize, Serialize};

use crate::catalog::Range;
use crate::cost::costing::total;
use crate::cost::simulate::{percentiles, triangular};
use crate::cost::{Bound, Costing, ParticipantTime, Scenario, ScenarioError};
use crate::vocab::choice_enum;
use crate::{Catalog, Lang, i18n};

/// What the user believes and knows, saved with the option. Every figure is the user's; a
/// figure left empty is missing, never invented (the staff time and the change open with
/// `data/worth.toml`'s sourced or stated defaults).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorthInputs {
    /// Complaints a month today.
    pub complaints_per_month: Option<f64>,
    /// Per cent of complaints escalated (to a supervisor, a second line).
    pub escalated_pct: Option<f64>,
    /// Complaints a year that reach a regulator or a 12345 hotline.
    pub regulator_per_year: Option<f64>,
    /// Staff minutes one complaint takes; `None`: the data's default.
    pub staff_minutes: Option<f64>,
    /// What a complaining customer who leaves is worth to the company, CNY.
    pub customer_value: Option<f64>,
    /// Per cent of complainants who leave.
    pub leave_pct: Option<f64>,
    /// Per cent fewer complaints in the year after the course: low, likely, high; `None`: the
    /// data's default range.
    pub change: Option<Range>,
    /// Per cent of the change due to the training.
    pub attribution_pct: Option<f64>,
    /// Per cent confidence in that share (Phillips' adjustment).
    pub confidence_pct: Option<f64>,
}

/// What must be typed before a figure can be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Complaints,
    Attribution,
    Confidence,
    /// A customer's value is given without the share who leave, or the other way round.
    LeaveShare,
    CustomerValue,
    /// The change's low, likely and high are not in that order.
    OrderedChange,
}

choice_enum! {
    /// A figure of the panel, as its box names it (the box's id is `roi-{id}`), to say what is
    /// wrong at its field. In the order the panel asks for them: today's, then what the course
    /// is expected to change ([`WorthField::is_expectation`]).
    WorthField {
        Complaints = "complaints", i18n::worth::COMPLAINTS;
        Escalated = "escalated", i18n::worth::ESCALATED;
        Regulator = "regulator", i18n::worth::REGULATOR;
        StaffMinutes = "staff-minutes", i18n::worth::STAFF_MINUTES;
        CustomerValue = "customer-value", i18n::worth::CUSTOMER_VALUE;
        LeavePct = "leave", i18n::worth::LEAVE_PCT;
        ChangeLow = "change-low", i18n::worth::CHANGE_LOW;
        ChangeLikely = "change-likely", i18n::worth::CHANGE_LIKELY;
        ChangeHigh = "change-high", i18n::worth::CHANGE_HIGH;
        Attribution = "attribution", i18n::worth::ATTRIBUTION;
        Confidence = "confidence", i18n::worth::CONFIDENCE;
    }
}

/// Why a typed figure is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorthProblem {
    /// Below zero, or not a finite number.
    Negative,
    /// A share over 100 %.
    OverHundred,
}

impl WorthField {
    /// Whether the figure is a share, per cent of something (at most 100).
    fn is_share(self) -> bool {
        !matches!(
            self,
            WorthField::Complaints
                | WorthField::Regulator
                | WorthField::StaffMinutes
                | WorthField::CustomerValue
        )
    }

    /// Whether the figure is what the course is expected to change (or how sure the user is of
    /// it), not how things stand today.
    pub fn is_expectation(self) -> bool {
        matches!(
            self,
            WorthField::ChangeLow
                | WorthField::ChangeLikely
                | WorthField::ChangeHigh
                | WorthField::Attribution
                | WorthField::Confidence
        )
    }

    /// The unit its box shows after the figure.
    pub fn unit(self) -> i18n::Text {
        match self {
            WorthField::Complaints => i18n::worth::PER_MONTH,
            WorthField::Regulator => i18n::worth::PER_YEAR,
            WorthField::StaffMinutes => i18n::worth::MINUTES,
            WorthField::CustomerValue => i18n::worth::YUAN,
            _ => i18n::worth::PERCENT,
        }
    }
}

/// P10, P50 and P90 of a drawn figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// A belief past what the published anchors say is usual.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Note {
    /// More than `anchor` per cent fewer complaints in a year.
    BeyondTheAnchor { anchor: f64 },
}

/// The answer, when nothing is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Worth {
    /// The fully loaded cost: expected, and its P10 / P90 from the draws.
    pub cost: Range,
    /// What one complaint avoided is worth, CNY.
    pub value_per_complaint: f64,
    /// Complaints a year today.
    pub complaints_a_year: f64,
    /// The share of a full year's effect the first year keeps, times attribution × confidence:
    /// what turns a fall in complaints into benefits counted.
    pub counted_share: f64,
    /// Per cent fewer complaints at which the first year's counted benefits equal the
    /// expected cost. Above 100 % no fall in complaints pays for the course.
    pub break_even_pct: f64,
    pub benefits: Spread,
    /// Benefit–cost ratio.
    pub bcr: Spread,
    /// (benefits − cost) ÷ cost × 100.
    pub roi_pct: Spread,
    /// The share of draws in which the benefits reach the cost.
    pub chance: f64,
    /// Months until the likely change's benefits reach the expected cost, if they do within
    /// the first year.
    pub payback_months: Option<f64>,
    /// Escalations and complaints to a regulator avoided in the first year at the likely
    /// change (counted, not priced), when their baseline is given.
    pub escalations_avoided: Option<f64>,
    pub regulator_avoided: Option<f64>,
    pub notes: Vec<Note>,
}

/// A per cent for people: one decimal at most (`4.2%`, `15%`).
pub fn pct_text(pct: f64) -> String {
    format!("{}%", crate::number::plain(pct, 1))
}

impl Missing {
    pub fn message(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Missing::Complaints => i18n::worth::MISSING_COMPLAINTS,
            Missing::Attribution => i18n::worth::MISSING_ATTRIBUTION,
            Missing::Confidence => i18n::worth::MISSING_CONFIDENCE,
            Missing::LeaveShare => i18n::worth::MISSING_LEAVE,
            Missing::CustomerValue => i18n::worth::MISSING_CUSTOMER_VALUE,
            Missing::OrderedChange => i18n::worth::MISSING_ORDER,
        })
    }
}

impl Worth {
    /// The headline: "it pays for itself if complaints fall by 4.2%"; or that even every
    /// complaint gone would not (a break-even past 100 %); or that no fall can (nothing counted).
    pub fn headline(&self, lang: Lang) -> String {
        break_even_headline(self.break_even_pct, lang)
    }

    /// The first year's benefits counted for a fall of `pct` per cent in complaints: a straight
    /// line through zero, which crosses the expected cost at the break-even.
    pub fn benefit_at(&self, pct: f64) -> f64 {
        self.complaints_a_year * pct / 100.0 * self.counted_share * self.value_per_complaint
    }
}

impl WorthInputs {
    /// Nothing typed: the panel's defaults.
    pub fn is_empty(&self) -> bool {
        *self == WorthInputs::default()
    }

    /// The figure in `field`, as the panel shows it: `None` is an empty box (the change's
    /// boxes show the data's range until one is typed).
    pub fn get(&self, field: WorthField, catalog: &Catalog) -> Option<f64> {
        let change = self.change(catalog);
        match field {
            WorthField::Complaints => self.complaints_per_month,
            WorthField::Escalated => self.escalated_pct,
            WorthField::Regulator => self.regulator_per_year,
            WorthField::StaffMinutes => Some(self.staff_minutes(catalog)),
            WorthField::CustomerValue => self.customer_value,
            WorthField::LeavePct => self.leave_pct,
            WorthField::ChangeLow => Some(change.low),
            WorthField::ChangeLikely => Some(change.likely),
            WorthField::ChangeHigh => Some(change.high),
            WorthField::Attribution => self.attribution_pct,
            WorthField::Confidence => self.confidence_pct,
        }
    }

    /// Takes `value` typed in `field` (`None`: the box emptied), or says why not and keeps what
    /// it had. Emptying the staff time or a figure of the change goes back to the data's
    /// default. A change whose low, likely and high are out of order is taken as typed (one
    /// is typed at a time) and named by [`WorthInputs::missing`] until it is in order.
    pub fn set(
        &mut self,
        field: WorthField,
        value: Option<f64>,
        catalog: &Catalog,
    ) -> Result<(), WorthProblem> {
        if let Some(v) = value {
            if !(v.is_finite() && v >= 0.0) {
                return Err(WorthProblem::Negative);
            }
            if field.is_share() && v > 100.0 {
                return Err(WorthProblem::OverHundred);
            }
        }
        match self.slot(field) {
            Some(slot) => *slot = value,
            None => {
                let default = catalog.worth.change.range();
                let mut change = self.change(catalog);
                let (typed, default_value) = match field {
                    WorthField::ChangeLow => (&mut change.low, default.low),
                    WorthField::ChangeLikely => (&mut change.likely, default.likely),
                    _ => (&mut change.high, default.high),
                };
                *typed = value.unwrap_or(default_value);
                self.change = (change != default).then_some(change);
            }
        }
        Ok(())
    }

    /// Where a figure other than the change's is kept; `None` for the change's three.
    fn slot(&mut self, field: WorthField) -> Option<&mut Option<f64>> {
        Some(match field {
            WorthField::Complaints => &mut self.complaints_per_month,
            WorthField::Escalated => &mut self.escalated_pct,
            WorthField::Regulator => &mut self.regulator_per_year,
            WorthField::StaffMinutes => &mut self.staff_minutes,
            WorthField::CustomerValue => &mut self.customer_value,
            WorthField::LeavePct => &mut self.leave_pct,
            WorthField::Attribution => &mut self.attribution_pct,
            WorthField::Confidence => &mut self.confidence_pct,
            WorthField::ChangeLow | WorthField::ChangeLikely | WorthField::ChangeHigh => {
                return None;
            }
        })
    }

    pub fn change(&self, catalog: &Catalog) -> Range {
        self.change.unwrap_or_else(|| catalog.worth.change.range())
    }

    pub fn staff_minutes(&self, catalog: &Catalog) -> f64 {
        self.staff_minutes
            .unwrap_or(catalog.worth.staff_minutes.likely)
    }

    /// What is missing before a figure can be given, in the order the panel asks.
    pub fn missing(&self) -> Vec<Missing> {
        let mut missing = Vec::new();
        if self.complaints_per_month.is_none() {
            missing.push(Missing::Complaints);
        }
        match (self.customer_value, self.leave_pct) {
            (Some(_), None) => missing.push(Missing::LeaveShare),
            (None, Some(_)) => missing.push(Missing::CustomerValue),
            _ => {}
        }
        if let Some(c) = self.change
            && !(c.low <= c.likely && c.likely <= c.high)
        {
            missing.push(Missing::OrderedChange);
        }
        if self.attribution_pct.is_none() {
            missing.push(Missing::Attribution);
        }
        if self.confidence_pct.is_none() {
            missing.push(Missing::Confidence);
        }
        missing
    }
}

/// The scenario priced fully loaded: participants' time counted at the city's wage when the
/// option leaves it out.
pub fn loaded(scenario: &Scenario) -> Scenario {
    let mut s = scenario.clone();
    if s.participant_time == ParticipantTime::Off {
        s.participant_time = ParticipantTime::CityWage;
    }
    s
}

/// What one complaint avoided is worth in `city`: its staff time at the city's wage, and the
/// customers who would have left.
pub fn value_per_complaint(catalog: &Catalog, city: &str, inputs: &WorthInputs) -> f64 {
    let index = catalog.city(city).map_or(1.0, |c| c.index());
    let hourly = catalog.costs.participants.hourly_wage(index);
    let staff = inputs.staff_minutes(catalog) / 60.0 * hourly;
    let customers = match (inputs.customer_value, inputs.leave_pct) {
        (Some(value), Some(pct)) => value * pct / 100.0,
        _ => 0.0,
    };
    staff + customers
}

/// What the answer is counted on: the expected fully loaded cost, and what each per cent fewer
/// complaints is worth in the first year. The break-even and the range both start here.
struct Basis {
    expected_cost: f64,
    complaints_a_year: f64,
    value: f64,
    counted_share: f64,
}

impl Basis {
    /// What is missing, if anything is, to count at all.
    fn of(
        catalog: &Catalog,
        loaded: &Scenario,
        costing: &Costing,
        inputs: &WorthInputs,
    ) -> Result<Basis, Vec<Missing>> {
        let missing = inputs.missing();
        if !missing.is_empty() {
            return Err(missing);
        }
        let share = |pct: Option<f64>| pct.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0;
        Ok(Basis {
            expected_cost: total(&costing.lines(&mut Bound::Expected)),
            complaints_a_year: inputs.complaints_per_month.unwrap_or(0.0).max(0.0) * 12.0,
            value: value_per_complaint(catalog, &loaded.city, inputs),
            counted_share: catalog.worth.fade.first_year_average()
                * share(inputs.attribution_pct)
                * share(inputs.confidence_pct),
        })
    }

    /// Benefits counted for a fall of `pct` per cent in complaints.
    fn benefit(&self, pct: f64) -> f64 {
        self.complaints_a_year * pct / 100.0 * self.counted_share * self.value
    }

    /// The fall in complaints whose benefits equal the expected cost; infinite when nothing is
    /// counted.
    fn break_even_pct(&self) -> f64 {
        let per_pct = self.benefit(1.0);
        if per_pct > 0.0 {
            self.expected_cost / per_pct
        } else {
            f64::INFINITY
        }
    }
}

/// The break-even alone, as [`assess`] gives it but without its draws: what the budget request
/// says in one line. `Ok(Err(missing))` until the panel has every figure it needs.
pub fn break_even(
    catalog: &Catalog,
    scenario: &Scenario,
    inputs: &WorthInputs,
) -> Result<Result<f64, Vec<Missing>>, ScenarioError> {
    let s = loaded(scenario);
    let costing = Costing::new(catalog, &s)?;
    Ok(Basis::of(catalog, &s, &costing, inputs).map(|basis| basis.break_even_pct()))
}

/// The headline for a break-even of `pct`: "it pays for itself if complaints fall by 4.2%"; or
/// that even every complaint gone would not (past 100 %); or that no fall can (infinite).
pub fn break_even_headline(pct: f64, lang: Lang) -> String {
    if !pct.is_finite() {
        lang.t(i18n::worth::BREAK_EVEN_NONE).to_string()
    } else if pct <= 100.0 {
        lang.fill(i18n::worth::BREAK_EVEN, &[("pct", &pct_text(pct))])
    } else {
        lang.fill(i18n::worth::BREAK_EVEN_NEVER, &[("pct", &pct_text(pct))])
    }
}

/// Whether `scenario` with `inputs` is worth it, or what is missing to say.
pub fn assess(
    catalog: &Catalog,
    scenario: &Scenario,
    inputs: &WorthInputs,
) -> Result<Result<Worth, Vec<Missing>>, ScenarioError> {
    let s = loaded(scenario);
    let costing = Costing::new(catalog, &s)?;
    let basis = match Basis::of(catalog, &s, &costing, inputs) {
        Ok(basis) => basis,
        Err(missing) => return Ok(Err(missing)),
    };
    let rules = &catalog.worth;
    let draws = &rules.draws;
    let costs = costing.simulate(draws.samples, draws.seed).samples;
    let Basis {
        expected_cost,
        complaints_a_year,
        value,
        counted_share,
    } = basis;
    let benefit = |pct: f64| basis.benefit(pct);
    let break_even_pct = basis.break_even_pct();

    let change = inputs.change(catalog);
    let mut rng = Pcg64Mcg::seed_from_u64(draws.seed);
    let (mut benefits, mut bcr, mut roi) = (Vec::new(), Vec::new(), Vec::new());
    let mut paid = 0usize;
    for &cost in &costs {
        let b = benefit(triangular(&change, rng.random::<f64>()));
        let cost = cost.max(f64::MIN_POSITIVE);
        if b >= cost {
            paid += 1;
        }
        benefits.push(b);
        bcr.push(b / cost);
        roi.push((b - cost) / cost * 100.0);
    }
    let spread = |values: &mut Vec<f64>| {
        let [p10, p50, p90] = percentiles(values, [0.1, 0.5, 0.9]);
        Spread { p10, p50, p90 }
    };
    let mut cost_draws = costs.clone();
    let [cost_p10, cost_p90] = percentiles(&mut cost_draws, [0.1, 0.9]);

    let likely_benefit = benefit(change.likely);
    let payback_months = (likely_benefit > 0.0)
        .then(|| expected_cost / (likely_benefit / 12.0))
        .filter(|m| *m <= 12.0);
    let likely_fall = change.likely / 100.0 * rules.fade.first_year_average();
    let notes = (change.likely > rules.anchors.complaint_fall
        || change.high > rules.anchors.complaint_fall)
        .then_some(Note::BeyondTheAnchor {
            anchor: rules.anchors.complaint_fall,
        })
        .into_iter()
        .collect();
    Ok(Ok(Worth {
        cost: Range {
            low: cost_p10,
            likely: expected_cost,
            high: cost_p90,
        },
        value_per_complaint: value,
        complaints_a_year,
        counted_share,
        break_even_pct,
        chance: paid as f64 / costs.len().max(1) as f64,
        benefits: spread(&mut benefits),
        bcr: spread(&mut bcr),
        roi_pct: spread(&mut roi),
        payback_months,
        escalations_avoided: inputs
            .escalated_pct
            .map(|pct| complaints_a_year * pct / 100.0 * likely_fall),
        regulator_avoided: inputs.regulator_per_year.map(|n| n * likely_fall),
        notes,
    }))
}
