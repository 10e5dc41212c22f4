//! The budget request's part of the store: what the user types on it. Kept with the work (a
//! field of the work file with serde defaults, so files written before it still read, and left
//! out while empty, so files written without it are unchanged).

use model::heading::{DocumentHeading, Part, part};
use model::i18n;
use serde::{Deserialize, Deserializer, Serialize};

use super::option_id::OptionId;

/// The fields of the budget request, as typed. The wage bill stays text: a half-typed or wrong
/// value is shown at its field with the reason, and the shares fall back to the city's.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetFields {
    /// Which of the options compared is requested; `None`: the first. Files before version 4
    /// wrote its place in the list, read as a placeholder that the reader resolves.
    #[serde(
        deserialize_with = "option_ref",
        skip_serializing_if = "Option::is_none"
    )]
    pub option: Option<OptionId>,
    pub number: String,
    pub department: String,
    pub prepared_by: String,
    pub reviewed_by: String,
    pub approved_by: String,
    /// The department's annual wage bill in CNY, as typed; empty: estimated from the city.
    pub wage_bill: String,
    /// Why this option; empty: the reason made from the comparison and the market verdicts.
    pub reason: String,
}

/// The request's number and department above it, and who signs it: typed on the request's
/// form in this order (the option, the wage bill and the reason are fields of other kinds).
impl DocumentHeading for BudgetFields {
    const PARTICULARS: &'static [Part<BudgetFields>] = &[
        part!("number", i18n::common::NUMBER, number),
        part!(
            "department",
            i18n::budget_request::REQUESTING_DEPARTMENT,
            department
        ),
    ];
    const SIGNATURES: &'static [Part<BudgetFields>] = &[
        part!("prepared", i18n::budget_request::PREPARED_BY, prepared_by),
        part!("reviewed", i18n::budget_request::REVIEWED_BY, reviewed_by),
        part!("approved", i18n::budget_request::APPROVED_BY, approved_by),
    ];
}

impl BudgetFields {
    /// Nothing typed yet: not written to the work file.
    pub fn is_empty(&self) -> bool {
        *self == BudgetFields::default()
    }
}

/// An option's id, or its place in the list as files before version 4 wrote it (`0` for the
/// first).
fn option_ref<'de, D: Deserializer<'de>>(d: D) -> Result<Option<OptionId>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Ref {
        Id(OptionId),
        Place(usize),
    }
    Ok(Some(match Ref::deserialize(d)? {
        Ref::Id(id) => id,
        Ref::Place(place) => OptionId::placeholder(place),
    }))
}
