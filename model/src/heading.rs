//! The written parts of a document's heading: what the document is (its number, the company, the
//! item bought) and who signs it. One table per document, which the form that edits the heading,
//! the printed page and the workbook all follow, so a part added there shows everywhere.

use crate::i18n::Text;

/// One written part of a heading: a line of text the user types.
pub struct Part<H> {
    /// Names the part's field on the form (`{prefix}-{key}`).
    pub key: &'static str,
    pub label: Text,
    pub get: fn(&H) -> &str,
    pub set: fn(&mut H, String),
}

impl<H> Part<H> {
    pub const fn new(
        key: &'static str,
        label: Text,
        get: fn(&H) -> &str,
        set: fn(&mut H, String),
    ) -> Part<H> {
        Part {
            key,
            label,
            get,
            set,
        }
    }
}

/// The part `$key`, labelled `$label`, that reads and writes the heading's field `$field`:
/// each field is named once, so no part can read one field and write another.
#[macro_export]
macro_rules! heading_part {
    ($key:literal, $label:expr, $field:ident) => {
        $crate::heading::Part::new($key, $label, |h| &h.$field, |h, v| h.$field = v)
    };
}
pub use heading_part as part;

/// A document's heading, as its parts.
pub trait DocumentHeading: Clone + 'static {
    /// What the document is, in the order the form and the page show them.
    const PARTICULARS: &'static [Part<Self>];
    /// Who signs it, in the order of the signature lines.
    const SIGNATURES: &'static [Part<Self>];

    /// Each particular with its label, as written.
    fn particulars(&self) -> impl Iterator<Item = (Text, &str)> {
        Self::PARTICULARS.iter().map(|p| (p.label, (p.get)(self)))
    }

    /// Each signature line's label, with the name written there.
    fn signatures(&self) -> impl Iterator<Item = (Text, &str)> {
        Self::SIGNATURES.iter().map(|p| (p.label, (p.get)(self)))
    }
}

#[cfg(test)]
mod tests {
    use super::DocumentHeading;
    use crate::compare::EnquiryHeading;
    use crate::year::Heading;

    /// Every part writes the field it reads, and no other: a table that paired one field's
    /// getter with another's setter would show one thing and save another.
    fn each_part_writes_what_it_reads<H: DocumentHeading + std::fmt::Debug>(empty: H) {
        let parts = H::PARTICULARS.iter().chain(H::SIGNATURES);
        let keys: Vec<_> = parts.clone().map(|p| p.key).collect();
        for part in parts {
            let mut h = empty.clone();
            (part.set)(&mut h, format!("written in {}", part.key));
            let written: Vec<_> = H::PARTICULARS
                .iter()
                .chain(H::SIGNATURES)
                .map(|p| (p.key, (p.get)(&h).to_string()))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            let expected = vec![(part.key, format!("written in {}", part.key))];
            assert_eq!(written, expected, "{h:?}");
        }
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "two parts share a key: {keys:?}");
    }

    #[test]
    fn each_part_of_a_heading_edits_its_own_field() {
        each_part_writes_what_it_reads(Heading::default());
        each_part_writes_what_it_reads(EnquiryHeading::default());
    }
}
