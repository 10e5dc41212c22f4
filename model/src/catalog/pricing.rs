//! `data/pricing.toml`: defaults, the limits of every input, the Monte Carlo, the scenario the
//! estimator opens with, a quote's rules.

use serde::{Deserialize, Serialize};

use super::{Bounds, Checker, DataFile, Source};
use crate::vocab::{Activity, DeliveryMode, Depth, Sourcing, TrainerTier, Venue};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    pub contingency_pct: f64,
    pub contingency_source: Source,
    pub vat_pct: f64,
    pub vat_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub headcount: Bounds,
    pub headcount_source: Source,
    pub hours: Bounds,
    pub hours_source: Source,
    pub phases: Bounds,
    pub phases_source: Source,
    pub pct: Bounds,
    pub pct_source: Source,
    pub daily_wage: Bounds,
    pub daily_wage_source: Source,
    /// The largest file of saved work the app reads.
    pub import_bytes: u64,
    pub import_bytes_source: Source,
    /// How many options the estimator compares side by side.
    pub max_options: usize,
    pub max_options_source: Source,
    /// The longest vendor name on a rate card, in characters.
    pub max_vendor_chars: usize,
    pub max_vendor_chars_source: Source,
    /// The longest client name on a quote, in characters.
    pub max_client_chars: usize,
    pub max_client_chars_source: Source,
    pub max_remarks_chars: usize,
    pub max_remarks_chars_source: Source,
    /// The longest contact person on a quote (either party's), in characters.
    pub max_contact_person_chars: usize,
    pub max_contact_person_chars_source: Source,
    /// The longest phone on a quote (either party's), in characters.
    pub max_phone_chars: usize,
    pub max_phone_chars_source: Source,
    /// The longest reason for a choice on the budget request, in characters.
    pub max_reason_chars: usize,
    pub max_reason_chars_source: Source,
    /// The longest quote number prefix on a rate card, in characters.
    pub max_prefix_chars: usize,
    pub max_prefix_chars_source: Source,
    /// How many inputs the tornado chart shows, widest swing first.
    pub tornado_rows: usize,
    pub tornado_rows_source: Source,
    /// How many problems of one kind in a link are told each on its own; more are counted in
    /// one notice.
    pub notices_per_kind: usize,
    pub notices_per_kind_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonteCarlo {
    pub samples: u32,
    pub seed: u64,
    pub source: Source,
}

/// The scenario the estimator opens with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultScenario {
    pub headcount: i64,
    pub city: String,
    pub industry: String,
    #[serde(rename = "route")]
    pub sourcing: Sourcing,
    pub mode: DeliveryMode,
    pub trainer: TrainerTier,
    pub trainer_travels: bool,
    pub depth: Depth,
    pub hours: f64,
    pub phases: u32,
    pub activities: Vec<Activity>,
    pub venue: Venue,
    pub catering: bool,
    pub customise: bool,
    pub source: Source,
}

/// A vendor's quote: the validity it gets by default and what a rate card may hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteRules {
    pub validity_days: u32,
    pub validity_source: Source,
    pub validity_limits: Bounds,
    pub validity_limits_source: Source,
    pub day_rate: Bounds,
    pub day_rate_source: Source,
    pub hour_rate: Bounds,
    pub hour_rate_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    pub defaults: Defaults,
    pub limits: Limits,
    pub monte_carlo: MonteCarlo,
    pub scenario: DefaultScenario,
    pub quote: QuoteRules,
}

impl DataFile for Pricing {
    const PATH: &'static str = "data/pricing.toml";

    fn check(&self, c: &mut Checker) {
        let d = &self.defaults;
        let l = &self.limits;
        for (name, value, source) in [
            (
                "defaults.contingency_pct",
                d.contingency_pct,
                &d.contingency_source,
            ),
            ("defaults.vat_pct", d.vat_pct, &d.vat_source),
        ] {
            if !l.pct.contains(value) {
                c.fail(name, format!("{value} is outside limits.pct"));
            }
            c.source(name, source);
        }
        for (name, bounds, source) in [
            ("limits.headcount", l.headcount, &l.headcount_source),
            ("limits.hours", l.hours, &l.hours_source),
            ("limits.phases", l.phases, &l.phases_source),
            ("limits.pct", l.pct, &l.pct_source),
            ("limits.daily_wage", l.daily_wage, &l.daily_wage_source),
        ] {
            c.ordered(name, &[("min", bounds.min), ("max", bounds.max)]);
            c.source(name, source);
        }
        if l.import_bytes == 0 {
            c.fail("limits.import_bytes", "must be at least 1");
        }
        c.source("limits.import_bytes", &l.import_bytes_source);
        // Counts and lengths the interface holds: each at least 1, or nothing could be entered.
        for (name, value, source) in [
            ("limits.max_options", l.max_options, &l.max_options_source),
            (
                "limits.max_vendor_chars",
                l.max_vendor_chars,
                &l.max_vendor_chars_source,
            ),
            (
                "limits.max_client_chars",
                l.max_client_chars,
                &l.max_client_chars_source,
            ),
            (
                "limits.max_remarks_chars",
                l.max_remarks_chars,
                &l.max_remarks_chars_source,
            ),
            (
                "limits.max_contact_person_chars",
                l.max_contact_person_chars,
                &l.max_contact_person_chars_source,
            ),
            (
                "limits.max_phone_chars",
                l.max_phone_chars,
                &l.max_phone_chars_source,
            ),
            (
                "limits.max_reason_chars",
                l.max_reason_chars,
                &l.max_reason_chars_source,
            ),
            (
                "limits.max_prefix_chars",
                l.max_prefix_chars,
                &l.max_prefix_chars_source,
            ),
            (
                "limits.tornado_rows",
                l.tornado_rows,
                &l.tornado_rows_source,
            ),
            (
                "limits.notices_per_kind",
                l.notices_per_kind,
                &l.notices_per_kind_source,
            ),
        ] {
            if value == 0 {
                c.fail(name, "must be at least 1");
            }
            c.source(name, source);
        }
        if l.headcount.min < 1.0 || l.phases.min < 1.0 || l.hours.min <= 0.0 {
            c.fail("limits", "headcount and phases start at 1, hours above 0");
        }
        if self.monte_carlo.samples == 0 {
            c.fail("monte_carlo.samples", "must be at least 1");
        }
        c.source("monte_carlo", &self.monte_carlo.source);
        c.source("scenario", &self.scenario.source);
        let q = &self.quote;
        for (name, bounds, source) in [
            (
                "quote.validity_limits",
                q.validity_limits,
                &q.validity_limits_source,
            ),
            ("quote.day_rate", q.day_rate, &q.day_rate_source),
            ("quote.hour_rate", q.hour_rate, &q.hour_rate_source),
        ] {
            c.ordered(name, &[("min", bounds.min), ("max", bounds.max)]);
            c.source(name, source);
        }
        if !q.validity_limits.contains(f64::from(q.validity_days)) || q.validity_limits.min < 1.0 {
            c.fail(
                "quote.validity_days",
                "must lie inside quote.validity_limits, which start at 1 day",
            );
        }
        c.source("quote.validity_days", &q.validity_source);
    }
}
