//! Shapes of figures shared by the data files: bilingual text, a range, bounds.

use serde::{Deserialize, Serialize};

use super::Checker;
use crate::Lang;
use crate::vocab::Depth;

/// Text in both interface languages.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

impl Bilingual {
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }

    /// A message kept in both languages, `say` wording it in each (from the catalogues, `i18n/`).
    pub fn said(say: impl Fn(Lang) -> String) -> Bilingual {
        Bilingual {
            zh: say(Lang::Zh),
            en: say(Lang::En),
        }
    }
}

/// An uncertain figure: the least it plausibly is, what we expect, and the most.
///
/// Used for rates in `data/` (the Monte Carlo draws from them) and for results (a line item's
/// low / likely / high), so both read the same way.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

impl Range {
    pub fn exactly(value: f64) -> Range {
        Range {
            low: value,
            likely: value,
            high: value,
        }
    }

    /// Apply the same operation to each bound.
    pub fn map(self, f: impl Fn(f64) -> f64) -> Range {
        Range {
            low: f(self.low),
            likely: f(self.likely),
            high: f(self.high),
        }
    }
}

impl std::ops::Add for Range {
    type Output = Range;
    fn add(self, o: Range) -> Range {
        Range {
            low: self.low + o.low,
            likely: self.likely + o.likely,
            high: self.high + o.high,
        }
    }
}

/// An inclusive range of accepted input.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    pub min: f64,
    pub max: f64,
}

impl Bounds {
    pub fn contains(&self, value: f64) -> bool {
        value.is_finite() && value >= self.min && value <= self.max
    }
}

/// A value for each content depth.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByDepth<T> {
    pub basic: T,
    pub standard: T,
    pub deep: T,
}

impl<T> ByDepth<T> {
    pub fn get(&self, depth: Depth) -> &T {
        match depth {
            Depth::Basic => &self.basic,
            Depth::Standard => &self.standard,
            Depth::Deep => &self.deep,
        }
    }
}

impl ByDepth<Range> {
    /// Deeper content never costs less, at any bound.
    pub(super) fn check_rising(&self, c: &mut Checker, field: &str) {
        for (name, r) in [
            ("basic", &self.basic),
            ("standard", &self.standard),
            ("deep", &self.deep),
        ] {
            c.range(&format!("{field}.{name}"), r);
        }
        let (b, s, d) = (&self.basic, &self.standard, &self.deep);
        for (lo, hi) in [(b, s), (s, d)] {
            if lo.low > hi.low || lo.likely > hi.likely || lo.high > hi.high {
                c.fail(
                    field,
                    "a deeper course must not cost less than a shallower one",
                );
            }
        }
    }
}
