//! The two interface languages. Simplified Chinese comes first; English is the alternative.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The id used in links and saved state (`zh`, `en`).
    pub fn id(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        match id {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The `lang` attribute for the document root.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// A choice's label as a sentence names it: as it is in Chinese, with its article in English
    /// ([`with_article`]).
    pub fn as_named(self, label: &str) -> String {
        match self {
            Lang::Zh => label.to_string(),
            Lang::En => with_article(label),
        }
    }

    /// A choice's label inside a sentence: as it is in Chinese, lowered in English ("Role-play"
    /// → "role-play"; the labels are ASCII, see [`with_article`]).
    pub fn in_sentence(self, label: &str) -> String {
        match self {
            Lang::Zh => label.to_string(),
            Lang::En => label.to_ascii_lowercase(),
        }
    }

    /// Choose between a Chinese and an English rendering of the same text.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// An English label as a sentence names it: with its article, and only the first letter lowered
/// so that abbreviations such as "VAT" keep their capitals ("Ordinary VAT invoice" → "an ordinary
/// VAT invoice"). The labels are ASCII: lowering by ASCII keeps Unicode's case tables out of the
/// bundle (5.7 KB gzip, BENCHMARKS.md "Documents").
pub fn with_article(label: &str) -> String {
    let mut chars = label.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let article = if "AEIOUaeiou".contains(first) {
        "an"
    } else {
        "a"
    };
    format!("{article} {}{}", first.to_ascii_lowercase(), chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::with_article;

    #[test]
    fn a_label_in_a_sentence_takes_its_article_and_keeps_its_capitals() {
        assert_eq!(with_article("General taxpayer"), "a general taxpayer");
        assert_eq!(
            with_article("Ordinary VAT invoice (fapiao)"),
            "an ordinary VAT invoice (fapiao)"
        );
        assert_eq!(with_article("Renowned expert"), "a renowned expert");
        assert_eq!(with_article("Internal trainer"), "an internal trainer");
        assert_eq!(with_article(""), "");
    }
}
