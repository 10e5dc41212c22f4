//! What the year is held against: the staff education fund (a share of the wage bill), the
//! deductible limit, the share spent on the front line, and a budget cap the user sets
//! (`data/budget.toml`; domain.md, "The year's programme").

use serde::{Deserialize, Serialize};

use crate::Catalog;
use crate::budget::{FundShares, WageBasis};
use crate::i18n;
use crate::vocab::choice_enum;

choice_enum! {
    /// How a budget cap binds (Cornerstone's training plans call them restrictive and
    /// indicative).
    CapKind {
        Restrictive = "restrictive", i18n::cap_kind::RESTRICTIVE;
        Indicative = "indicative", i18n::cap_kind::INDICATIVE;
    }
}

/// What the user typed for the caps; each figure is checked as it is typed, so what is kept
/// here is always a figure the caps can use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CapInputs {
    /// The company's wage bill for the year (工资薪金总额), CNY, when typed.
    pub wage_bill: Option<f64>,
    /// Staff on the payroll, for a wage bill estimated from the city's wage when none is typed.
    pub staff: Option<u32>,
    /// The city whose wage estimates the wage bill (the first course's when unset).
    pub wage_city: Option<String>,
    /// The fund is set aside at the higher rate (a firm with high skill needs and good profits).
    pub high_fund: bool,
    /// A budget the year must (or should) stay under, CNY.
    pub cap: Option<f64>,
    pub cap_kind: CapKind,
}

impl Default for CapInputs {
    fn default() -> Self {
        CapInputs {
            wage_bill: None,
            staff: None,
            wage_city: None,
            high_fund: false,
            cap: None,
            cap_kind: CapKind::Restrictive,
        }
    }
}

/// The year's cost against the caps.
#[derive(Debug, Clone, PartialEq)]
pub struct Caps {
    /// The year against the fund and the deductible limit; `None` until a wage bill or a
    /// staff count is given.
    pub fund: Option<FundShares>,
    /// The share of the year's cost spent on front-line courses, and the least it should be.
    pub frontline_share: Option<f64>,
    pub frontline_floor: f64,
    /// The user's cap and how far the year is over it (negative: under).
    pub cap: Option<(f64, CapKind, f64)>,
}

/// A line the year crosses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapWarning {
    /// More than the fund set aside: finance must find the rest elsewhere.
    OverSetAside,
    /// More than may be deducted this year: the excess is carried forward.
    OverDeductible,
    /// Less than the floor spent on the front line.
    FrontlineShort,
    /// Over the user's cap.
    OverCap(CapKind),
}

impl Caps {
    /// `total` (the year's expected cost) and `frontline` (its front-line courses' part)
    /// against `inputs`; `first_city` estimates the wage bill when the inputs name no city.
    pub fn new(
        catalog: &Catalog,
        inputs: &CapInputs,
        total: f64,
        frontline: f64,
        first_city: Option<&str>,
    ) -> Caps {
        let rules = &catalog.budget.education_fund;
        let mut fund_rules = rules.clone();
        if inputs.high_fund {
            fund_rules.set_aside = rules.set_aside_high;
        }
        let wage = match (inputs.wage_bill, inputs.staff) {
            (Some(bill), _) => Some((WageBasis::Typed, bill)),
            (None, Some(staff)) => {
                let city = inputs
                    .wage_city
                    .as_deref()
                    .or(first_city)
                    .unwrap_or(&catalog.pricing.default.scenario.city);
                WageBasis::city(catalog, city, staff)
            }
            (None, None) => None,
        };
        let fund =
            wage.and_then(|(basis, bill)| FundShares::new(&fund_rules, total, bill, basis).ok());
        Caps {
            fund,
            frontline_share: (total > 0.0).then(|| frontline / total),
            frontline_floor: rules.frontline_floor,
            cap: inputs.cap.map(|cap| (cap, inputs.cap_kind, total - cap)),
        }
    }

    /// Every line the year crosses, in the order they are told.
    pub fn warnings(&self) -> Vec<CapWarning> {
        let mut said = Vec::new();
        if let Some((_, kind, over)) = self.cap
            && over > 0.0
        {
            said.push(CapWarning::OverCap(kind));
        }
        if let Some(fund) = &self.fund {
            if fund.over_set_aside() {
                said.push(CapWarning::OverSetAside);
            }
            if fund.over_deductible_limit() {
                said.push(CapWarning::OverDeductible);
            }
        }
        if self
            .frontline_share
            .is_some_and(|share| share < self.frontline_floor)
        {
            said.push(CapWarning::FrontlineShort);
        }
        said
    }
}
