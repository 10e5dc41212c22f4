//! The quotes a vendor has issued, and the number the next one gets.

use crate::i18n;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::vocab::choice_enum;

use super::number::{QuoteNumber, next_in, numbers_in};
use super::quote::Quote;
use crate::calendar::Day;

choice_enum! {
    /// Where an issued quote stands with its client, as the vendor records it.
    Status {
        /// Numbered, not yet handed to the client.
        Draft = "draft", i18n::quote_status::DRAFT;
        Sent = "sent", i18n::quote_status::SENT;
        Accepted = "accepted", i18n::quote_status::ACCEPTED;
        Declined = "declined", i18n::quote_status::DECLINED;
    }
}

choice_enum! {
    /// A quote's status as shown: the one recorded, or expired when the client never answered
    /// before its validity passed (worked out from today, never stored, so it needs no update).
    Shown {
        Draft = "draft", i18n::quote_shown::DRAFT;
        Sent = "sent", i18n::quote_shown::SENT;
        Accepted = "accepted", i18n::quote_shown::ACCEPTED;
        Declined = "declined", i18n::quote_shown::DECLINED;
        Expired = "expired", i18n::quote_shown::EXPIRED;
    }
}

impl Status {
    /// As shown on `today` for a quote valid until `valid_until`: an answer the client gave
    /// stays; a quote still waiting for one expires the day after its last valid day.
    pub fn on(self, valid_until: Day, today: Day) -> Shown {
        match self {
            Status::Accepted => Shown::Accepted,
            Status::Declined => Shown::Declined,
            _ if today > valid_until => Shown::Expired,
            Status::Draft => Shown::Draft,
            Status::Sent => Shown::Sent,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteBook {
    /// The sequence number the next issued quote gets. Never goes down, so no number is ever
    /// given twice, even after a quote is deleted.
    pub next: u32,
    /// Issued quotes, oldest first; each is kept exactly as it was issued.
    pub issued: Vec<Quote>,
    /// Each quote's status by number, kept beside the quotes so a quote stays as issued. A quote
    /// missing here is `sent`: books saved before statuses existed hold quotes numbered in
    /// order to be handed on (earlier versions had no step between numbering and sending), so
    /// they read as sent, and expire when their validity passes.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub status: BTreeMap<String, Status>,
}

impl Default for QuoteBook {
    fn default() -> Self {
        QuoteBook {
            next: 1,
            issued: Vec::new(),
            status: BTreeMap::new(),
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
            (IssueError::NoClient, _) => lang.t(i18n::book::ENTER_THE_CLIENTS_NAME_BEFORE),
            (IssueError::Exhausted, _) => lang.t(i18n::book::THE_QUOTE_NUMBERS_HAVE_RUN_OUT),
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
        self.status.insert(number.to_string(), Status::Draft);
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
        self.status.remove(number);
    }

    /// The status recorded for the quote `number` (`sent` when none was).
    pub fn status_of(&self, number: &str) -> Status {
        self.status.get(number).copied().unwrap_or(Status::Sent)
    }

    /// The quote's status as shown on `today`.
    pub fn shown(&self, quote: &Quote, today: Day) -> Shown {
        let number = quote.number.as_deref().unwrap_or_default();
        self.status_of(number).on(quote.valid_until, today)
    }

    /// Record the client's answer (or that the quote was sent); a number not in the book is
    /// ignored, so a status never outlives its quote.
    pub fn set_status(&mut self, number: &str, status: Status) {
        if self.find(number).is_some() {
            self.status.insert(number.to_string(), status);
        }
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
