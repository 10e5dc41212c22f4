//! `data/worth.toml`: how conservatively the benefits of a course are counted: the change a
//! panel opens with, how its effect fades, the staff time a complaint takes, the popular figure
//! on customers who leave (shown, never used), the anchor past which a belief is noted, and the
//! draws.

use serde::{Deserialize, Serialize};

use super::{Checker, DataFile, Range, Source};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorthRules {
    pub change: ChangeDefault,
    pub fade: Fade,
    pub staff_minutes: StaffMinutes,
    pub leave_share: LeaveShare,
    pub anchors: Anchors,
    pub draws: Draws,
    pub evaluation: Evaluation,
    /// Popular figures about complaining customers, shown with their weak grade and never used.
    pub popular: Vec<Popular>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Popular {
    pub zh: String,
    pub en: String,
    pub source: Source,
}

impl Popular {
    pub fn get(&self, lang: crate::Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

/// When each of Kirkpatrick's levels is measured after the course.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    pub behaviour_from_days: u32,
    pub behaviour_to_days: u32,
    pub behaviour_source: Source,
    /// The KPIs' baseline: the average of this many months before the course.
    pub baseline_months: u32,
    /// Months after the course at which the KPIs are read.
    pub results_months: Vec<u32>,
    pub results_source: Source,
}

/// Per cent fewer complaints a year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeDefault {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    pub source: Source,
}

impl ChangeDefault {
    pub fn range(&self) -> Range {
        Range {
            low: self.low,
            likely: self.likely,
            high: self.high,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fade {
    /// The share of the effect still there a year after the course.
    pub retained_after_a_year: f64,
    pub source: Source,
}

impl Fade {
    /// The first year's average share of the full effect: a straight fall from 1 to
    /// `retained_after_a_year`.
    pub fn first_year_average(&self) -> f64 {
        (1.0 + self.retained_after_a_year) / 2.0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffMinutes {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaveShare {
    pub low: f64,
    pub high: f64,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchors {
    /// Per cent fewer complaints a year past which the panel notes how rare that is.
    pub complaint_fall: f64,
    pub complaint_fall_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draws {
    pub samples: u32,
    pub seed: u64,
    pub source: Source,
}

impl DataFile for WorthRules {
    const PATH: &'static str = "data/worth.toml";

    fn check(&self, c: &mut Checker) {
        let ch = &self.change;
        c.ordered(
            "change",
            &[("low", ch.low), ("likely", ch.likely), ("high", ch.high)],
        );
        if !(ch.low >= 0.0 && ch.high <= 100.0) {
            c.fail("change", "per cent fewer complaints, between 0 and 100");
        }
        c.source("change", &ch.source);
        let f = self.fade.retained_after_a_year;
        if !(0.0..=1.0).contains(&f) {
            c.fail("fade.retained_after_a_year", "a share between 0 and 1");
        }
        c.source("fade", &self.fade.source);
        let m = &self.staff_minutes;
        c.ordered(
            "staff_minutes",
            &[("low", m.low), ("likely", m.likely), ("high", m.high)],
        );
        c.positive("staff_minutes.low", m.low);
        c.source("staff_minutes", &m.source);
        let l = &self.leave_share;
        c.ordered("leave_share", &[("low", l.low), ("high", l.high)]);
        if !(l.low >= 0.0 && l.high <= 1.0) {
            c.fail("leave_share", "shares between 0 and 1");
        }
        c.source("leave_share", &l.source);
        c.positive("anchors.complaint_fall", self.anchors.complaint_fall);
        c.source(
            "anchors.complaint_fall",
            &self.anchors.complaint_fall_source,
        );
        c.positive("draws.samples", f64::from(self.draws.samples));
        c.source("draws", &self.draws.source);
        let e = &self.evaluation;
        c.ordered(
            "evaluation",
            &[
                ("behaviour_from_days", f64::from(e.behaviour_from_days)),
                ("behaviour_to_days", f64::from(e.behaviour_to_days)),
            ],
        );
        c.positive("evaluation.baseline_months", f64::from(e.baseline_months));
        if e.results_months.is_empty() || !e.results_months.is_sorted() {
            c.fail(
                "evaluation.results_months",
                "months after the course, in order",
            );
        }
        c.source("evaluation.behaviour", &e.behaviour_source);
        c.source("evaluation.results", &e.results_source);
        for (i, p) in self.popular.iter().enumerate() {
            c.source(&format!("popular[{i}]"), &p.source);
        }
    }
}
