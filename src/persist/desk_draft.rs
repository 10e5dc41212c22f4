//! The quote desk's draft, kept with the work: which option is quoted, whether the plan sets
//! the course, and the client's name, contact and remarks as typed.

use serde::{Deserialize, Serialize};

use model::quote::Contact;

use super::option_id::OptionId;

/// What the vendor typed for the quote being drafted, kept with the work so a reload loses
/// none of it: which option it quotes, whether the course plan sets its hours, the client,
/// their contact and the remarks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeskDraft {
    /// The option quoted; `None`: the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<OptionId>,
    /// The course plan's modules, hours and activities replace the option's. Off until the
    /// vendor ticks it: the quote then prices what the option says.
    pub use_plan: bool,
    pub client: String,
    pub contact: Contact,
    pub remarks: String,
}

impl DeskDraft {
    pub fn is_empty(&self) -> bool {
        *self == DeskDraft::default()
    }
}
