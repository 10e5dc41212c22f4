//! `data/compare.toml`: what comparing received quotes needs: the class hour, the company's
//! thresholds, when a quote is too cheap to be the same scope, lecture fee caps, and the
//! weights a comparison starts with.

use serde::{Deserialize, Serialize};

use super::{Checker, DataFile, Source};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareRules {
    pub class_hour: ClassHour,
    pub rule: Thresholds,
    pub market: MarketFlags,
    pub lecture_fee: LectureFeeCaps,
    pub weights: Weights,
    pub limits: CompareLimits,
}

/// How much one comparison holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareLimits {
    pub max_bids: usize,
    pub max_bids_source: Source,
    pub max_lines: usize,
    pub max_lines_source: Source,
    pub max_text_chars: usize,
    pub max_text_chars_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassHour {
    pub minutes: f64,
    pub source: Source,
}

/// The company's purchasing lines, in CNY with tax.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub three_quotes_from: f64,
    pub three_quotes_source: Source,
    pub tender_from: f64,
    pub tender_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketFlags {
    /// A quote under this share of the market's low is flagged as probably another scope.
    pub far_below: f64,
    pub far_below_source: Source,
}

/// Lecture fees per class hour, after tax, at most, by the lecturer's title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LectureFeeCaps {
    pub associate_senior: f64,
    pub senior: f64,
    pub academician: f64,
    pub caps_source: Source,
}

/// Points out of 100 for each part of the score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    pub price: f64,
    pub trainer: f64,
    pub fit: f64,
    pub service: f64,
    pub weights_source: Source,
}

impl DataFile for CompareRules {
    const PATH: &'static str = "data/compare.toml";

    fn check(&self, c: &mut Checker) {
        c.positive("class_hour.minutes", self.class_hour.minutes);
        c.source("class_hour", &self.class_hour.source);
        let r = &self.rule;
        c.ordered(
            "rule",
            &[
                ("three_quotes_from", r.three_quotes_from),
                ("tender_from", r.tender_from),
            ],
        );
        c.source("rule.three_quotes_from", &r.three_quotes_source);
        c.source("rule.tender_from", &r.tender_source);
        let m = &self.market;
        if !(m.far_below > 0.0 && m.far_below < 1.0) {
            c.fail(
                "market.far_below",
                "a share of the market's low, between 0 and 1",
            );
        }
        c.source("market.far_below", &m.far_below_source);
        let f = &self.lecture_fee;
        c.ordered(
            "lecture_fee",
            &[
                ("associate_senior", f.associate_senior),
                ("senior", f.senior),
                ("academician", f.academician),
            ],
        );
        c.positive("lecture_fee.associate_senior", f.associate_senior);
        c.source("lecture_fee", &f.caps_source);
        let w = &self.weights;
        let sum = w.price + w.trainer + w.fit + w.service;
        if (sum - 100.0).abs() > 1e-9 {
            c.fail(
                "weights",
                "the weights are points out of 100 and add up to 100",
            );
        }
        c.source("weights", &w.weights_source);
        let l = &self.limits;
        for (name, value) in [
            ("limits.max_bids", l.max_bids),
            ("limits.max_lines", l.max_lines),
            ("limits.max_text_chars", l.max_text_chars),
        ] {
            c.positive(name, value as f64);
        }
        c.source("limits.max_bids", &l.max_bids_source);
        c.source("limits.max_lines", &l.max_lines_source);
        c.source("limits.max_text_chars", &l.max_text_chars_source);
    }
}
