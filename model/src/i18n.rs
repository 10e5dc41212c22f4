//! Every text the interface shows, in one catalogue per language: `i18n/zh.toml` and
//! `i18n/en.toml` at the top of the repository, each reviewable as one file. The build script
//! turns each `[section]`'s `key = "…"` into a constant `i18n::section::KEY`, a [`Text`] that
//! holds both renderings; code shows it with [`Lang::t`], or with [`Lang::fill`] when the text has
//! `{name}` slots for figures.

use std::fmt::Display;

use crate::lang::Lang;

/// One interface text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    zh: &'static str,
    en: &'static str,
}

impl Text {
    /// The text in `lang`.
    #[inline(always)]
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

impl Lang {
    /// `text` in this language.
    #[inline(always)]
    pub fn t(self, text: Text) -> &'static str {
        text.get(self)
    }

    /// `text` in this language with each `{name}` slot replaced by its value. A slot without a
    /// value is left as written, so a mistake shows on the page instead of failing.
    #[inline(always)]
    pub fn fill(self, text: Text, values: &[(&str, &dyn Display)]) -> String {
        fill(text.get(self), values)
    }
}

/// Kept apart from [`Lang::fill`], which is inlined: only the chosen language's text crosses the
/// call. A `Text` passed by value (two texts) is written into the wasm's data once per text, 16
/// bytes each; inlined, the choice compiles to two immediates as `lang.pick` did (measured:
/// BENCHMARKS.md, "One place for each idea").
fn fill(text: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let slot = after
            .find('}')
            .map(|close| (&after[..close], &after[close + 1..]));
        match slot.and_then(|(name, tail)| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v, tail))
        }) {
            Some((value, tail)) => {
                out.push_str(&value.to_string());
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

#[cfg(test)]
mod tests {
    use super::{Lang, Text};

    const GREETING: Text = Text {
        zh: "共 {people} 人，{days} 天",
        en: "{people} people, {days} days",
    };

    #[test]
    fn a_text_is_shown_in_the_language_asked_for() {
        assert_eq!(Lang::Zh.t(GREETING), "共 {people} 人，{days} 天");
        assert_eq!(Lang::En.t(GREETING), "{people} people, {days} days");
    }

    #[test]
    fn slots_are_filled_by_name_in_either_order() {
        assert_eq!(
            Lang::Zh.fill(GREETING, &[("days", &2), ("people", &30)]),
            "共 30 人，2 天"
        );
        assert_eq!(
            Lang::En.fill(GREETING, &[("people", &"thirty"), ("days", &2)]),
            "thirty people, 2 days"
        );
    }

    #[test]
    fn a_slot_without_a_value_and_a_lone_brace_stay_as_written() {
        let odd = Text {
            zh: "{people} {missing} {",
            en: "",
        };
        assert_eq!(Lang::Zh.fill(odd, &[("people", &3)]), "3 {missing} {");
    }
}
