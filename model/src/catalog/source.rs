//! Where each figure comes from, and how far it can be trusted.

use crate::i18n;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Where a figure comes from: a citation, or the word `assumption` followed by the reasoning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Source(String);

/// How far a figure can be trusted (domain.md, "Figures from public sources"). A data file's
/// source starts with its grade in brackets (`[W] Explainer pages …`), or is an assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Grade {
    /// `[O]`: a law, regulation or official rule.
    Official,
    /// `[S]`: official statistics or a published survey.
    Statistics,
    /// `[V]`: a vendor's own price listing.
    Vendor,
    /// `[W]`: explainer pages and articles; use as a wide range.
    Weak,
    /// `assumption:` reasoning of ours, no source found.
    Assumption,
}

impl Grade {
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            Grade::Official => lang.t(i18n::source::OFFICIAL),
            Grade::Statistics => lang.t(i18n::source::STATISTICS),
            Grade::Vendor => lang.t(i18n::source::VENDOR_LISTING),
            Grade::Weak => lang.t(i18n::source::WEAK_SOURCE),
            Grade::Assumption => lang.t(i18n::source::ASSUMPTION),
        }
    }

    /// Figures the user should read as a rough range only.
    pub fn is_weak(self) -> bool {
        matches!(self, Grade::Weak | Grade::Assumption)
    }
}

impl Source {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_assumption(&self) -> bool {
        self.0
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("assumption")
    }

    /// The trust grade the text starts with; `None` for an ungraded citation (refused on load).
    pub fn grade(&self) -> Option<Grade> {
        if self.is_assumption() {
            return Some(Grade::Assumption);
        }
        let text = self.0.trim_start();
        [
            ("[O]", Grade::Official),
            ("[S]", Grade::Statistics),
            ("[V]", Grade::Vendor),
            ("[W]", Grade::Weak),
        ]
        .into_iter()
        .find_map(|(tag, grade)| text.starts_with(tag).then_some(grade))
    }

    /// The text without its grade tag, as a person reads it.
    pub fn text(&self) -> &str {
        let text = self.0.trim_start();
        match self.grade() {
            Some(Grade::Assumption) | None => text,
            Some(_) => text[3..].trim_start(),
        }
    }

    pub(super) fn problem(&self) -> Option<&'static str> {
        let text = self.0.trim();
        if text.is_empty() {
            return Some(
                "source is empty: cite where the figure comes from, or write `assumption: why`",
            );
        }
        if self.is_assumption() && text.len() < "assumption: ".len() + 10 {
            return Some("an assumption must say why (write `assumption: the reasoning`)");
        }
        if self.grade().is_none() {
            return Some(
                "a citation starts with its trust grade: [O] official, [S] statistics, [V] vendor, [W] weak",
            );
        }
        None
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
