//! The quotes a vendor has issued, and the number the next one gets.

use serde::{Deserialize, Serialize};

use crate::Lang;

use super::number::{QuoteNumber, next_in, numbers_in};
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
        let number = QuoteNumber {
            prefix: prefix.to_string(),
            year: draft.issued.year(),
            seq: self.next,
        };
        draft.number = Some(number.to_string());
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

    /// Never give a sequence number below `next` again (the book's own `next` only goes up).
    pub fn never_below(&mut self, next: u32) {
        self.next = self.next.max(next);
    }

    /// Never give again a number found in `text`: saved text too damaged to read, set aside. Every
    /// quote number written in it ([`numbers_in`]) and the `next` it recorded ([`next_in`], which
    /// also covers quotes deleted before the damage) raise the sequence; a sequence of `u32::MAX`
    /// leaves the book exhausted rather than give it again.
    pub fn never_reissue(&mut self, text: &str) {
        for number in numbers_in(text) {
            self.never_below(number.seq.saturating_add(1));
        }
        if let Some(next) = next_in(text) {
            self.never_below(next);
        }
    }

    /// Raise `next` past every number the book holds: a book read from a file whose `next` was
    /// edited down would otherwise give one of its own numbers a second time.
    pub fn past_its_own_numbers(&mut self) {
        let highest = self
            .issued
            .iter()
            .filter_map(|q| QuoteNumber::parse(q.number.as_deref()?))
            .map(|n| n.seq.saturating_add(1))
            .max();
        if let Some(next) = highest {
            self.never_below(next);
        }
    }
}
