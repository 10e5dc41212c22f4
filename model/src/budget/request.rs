//! The whole budget request as printed and exported: the typed fields, the chosen option in
//! finance's categories, the options compared, the reason and the fund shares. The page, the
//! CSV and the workbook all read this one value, so they cannot disagree.

use crate::calendar::Day;
use crate::cost::{Costing, Estimate, Scenario};
use crate::i18n;
use crate::money::cny;
use crate::{Catalog, Lang};

use super::{BudgetLines, Compared, FundShares, WageBasis, default_reason};

/// What the user typed or chose, already read: a wage bill is `Some` only when it is a valid
/// figure (the page shows why another is not).
#[derive(Debug, Clone, Default)]
pub struct RequestInput<'a> {
    pub number: &'a str,
    pub department: &'a str,
    pub prepared_by: &'a str,
    pub reviewed_by: &'a str,
    pub approved_by: &'a str,
    pub reason: &'a str,
    pub wage_bill: Option<f64>,
    pub chosen: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub number: String,
    pub department: String,
    pub prepared_by: String,
    pub reviewed_by: String,
    pub approved_by: String,
    pub date: Day,
    /// The option requested, an index into `compared`.
    pub chosen: usize,
    pub scenario: Scenario,
    pub estimate: Estimate,
    pub lines: BudgetLines,
    pub compared: Vec<Compared>,
    /// As typed, or made from the comparison when nothing is typed.
    pub reason: String,
    /// Against the typed wage bill, else the city's estimate; `None` only for a city the
    /// catalog does not know.
    pub shares: Option<FundShares>,
}

impl Request {
    /// How the total relates to the estimate's cash figure, when a contingency reserve is in it:
    /// the estimate's cash leaves the reserve out, the request asks for it under "other".
    pub fn contingency_note(&self, lang: Lang) -> Option<String> {
        let reserve = self.lines.contingency;
        if reserve < 0.5 {
            return None;
        }
        let (reserve, cash) = (cny(reserve), cny(self.estimate.cash));
        let pct = crate::number::plain(self.scenario.contingency_pct, 2);
        Some(lang.fill(
            i18n::request::THE_TOTAL_HOLDS_A_CONTINGENCY,
            &[("reserve", &reserve), ("pct", &pct), ("cash", &cash)],
        ))
    }

    /// The request for the option `input.chosen` of `options` (named), dated `date`; `None`
    /// when that option cannot be priced. Options that cannot be priced are left out of the
    /// comparison.
    pub fn new(
        catalog: &Catalog,
        options: &[(String, Scenario)],
        input: &RequestInput,
        date: Day,
        lang: Lang,
    ) -> Option<Request> {
        let priced: Vec<Option<Estimate>> = options
            .iter()
            .map(|(_, s)| Costing::new(catalog, s).ok()?.estimate(catalog, s))
            .collect();
        let (_, scenario) = options.get(input.chosen)?;
        let estimate = priced.get(input.chosen)?.clone()?;
        let mut compared = Vec::new();
        let mut chosen = 0;
        for (i, ((name, s), e)) in options.iter().zip(&priced).enumerate() {
            if let Some(e) = e {
                if i == input.chosen {
                    chosen = compared.len();
                }
                compared.push(Compared::new(name.clone(), s.sourcing, e));
            }
        }
        let lines = BudgetLines::new(&estimate);
        let reason = match input.reason.trim() {
            "" => default_reason(&compared, chosen, &estimate, lang),
            typed => typed.to_string(),
        };
        let headcount = u32::try_from(scenario.headcount).unwrap_or(0);
        let (basis, wage_bill) = match input.wage_bill {
            Some(bill) => (WageBasis::Typed, bill),
            None => WageBasis::city(catalog, &scenario.city, headcount)?,
        };
        let shares = FundShares::new(
            &catalog.budget.education_fund,
            lines.total as f64,
            wage_bill,
            basis,
        )
        .ok();
        Some(Request {
            number: input.number.trim().to_string(),
            department: input.department.trim().to_string(),
            prepared_by: input.prepared_by.trim().to_string(),
            reviewed_by: input.reviewed_by.trim().to_string(),
            approved_by: input.approved_by.trim().to_string(),
            date,
            chosen,
            scenario: scenario.clone(),
            estimate,
            lines,
            compared,
            reason,
            shares,
        })
    }
}
