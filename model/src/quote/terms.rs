//! What a quote says besides its figures: who to call on each side, the vendor's tax status and
//! invoice, how the client pays, and remarks.

use serde::{Deserialize, Serialize};

use crate::catalog::{Invoice, Taxpayer};

/// A person to call about the quote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub person: String,
    pub phone: String,
}

/// What a quote made now says besides its figures: both parties' contacts, the vendor's tax
/// status and invoice, how the client pays, and remarks. Quotes issued by earlier versions have
/// none of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    pub vendor_contact: Contact,
    pub client_contact: Contact,
    pub taxpayer: Taxpayer,
    pub invoice: Invoice,
    /// The share of the total paid before the course; the rest after delivery.
    pub deposit_pct: f64,
    pub remarks: String,
}
