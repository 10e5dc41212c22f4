//! The quotes a vendor has issued, and the number the next one gets.

use serde::{Deserialize, Serialize};

use crate::Lang;

use super::quote::Quote;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteBook {
    /// The sequence number the next issued quote gets. Never goes down, so no number is ever
    /// given twice, even after a quote is deleted.
    pub next: u32,
    /// Issued quotes, oldest first; each is kept exactly as it was issued.
    pub issued: Vec<Quote>,
}

impl Default for QuoteBook {
    fn default() -> Self {
        QuoteBook {
            next: 1,
            issued: Vec::new(),
        }
    }
}

/// Why a draft cannot be issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueError {
    /// A quote is addressed to someone.
    NoClient,
    /// The sequence has run out (after four billion quotes).
    Exhausted,
}

impl IssueError {
    pub fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (IssueError::NoClient, Lang::Zh) => "请填写客户名称后再出具报价。",
            (IssueError::NoClient, Lang::En) => "Enter the client's name before issuing the quote.",
            (IssueError::Exhausted, Lang::Zh) => "报价编号已用尽。",
            (IssueError::Exhausted, Lang::En) => "The quote numbers have run out.",
        }
    }
}

impl QuoteBook {
    /// Number the draft (`PREFIX-YEAR-0001`, from the day it is issued), keep it, and return
    /// the issued quote.
    pub fn issue(&mut self, mut draft: Quote, prefix: &str) -> Result<&Quote, IssueError> {
        if draft.client.trim().is_empty() {
            return Err(IssueError::NoClient);
        }
        let following = self.next.checked_add(1).ok_or(IssueError::Exhausted)?;
        draft.number = Some(format!("{prefix}-{}-{:04}", draft.issued.year(), self.next));
        self.next = following;
        self.issued.push(draft);
        Ok(self.issued.last().expect("a quote was just pushed"))
    }

    pub fn find(&self, number: &str) -> Option<&Quote> {
        self.issued
            .iter()
            .find(|q| q.number.as_deref() == Some(number))
    }

    /// Remove an issued quote from the book; its number is not given again.
    pub fn remove(&mut self, number: &str) {
        self.issued.retain(|q| q.number.as_deref() != Some(number));
    }
}
