//! `data/pricing.toml`: defaults, the limits of every input, the Monte Carlo, the scenario the
//! estimator opens with, a quote's rules.

use serde::{Deserialize, Serialize};

use super::{Bounds, Checker, DataFile, Source};
use crate::cost::Scenario;

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

/// The scenario the estimator opens with, and where its figures come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultScenario {
    /// Written as saved work writes a scenario, and read by the same code.
    #[serde(with = "scenario_as_saved")]
    pub scenario: Scenario,
    pub source: Source,
    pub contingency_source: Source,
    pub vat_source: Source,
}

/// The default scenario in the catalog built into the app (postcard, a format that writes
/// fields by position and has no self-description) travels as the JSON text a save would hold:
/// a scenario is read through [`crate::cost::ScenarioRecord`], whose fields added since the
/// first version may be absent, and participants' time is a tagged value; neither can be read
/// from a format that does not name its fields. TOML and JSON (human-readable) read it as is.
mod scenario_as_saved {
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::cost::Scenario;

    pub fn serialize<S: Serializer>(scenario: &Scenario, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            scenario.serialize(s)
        } else {
            s.serialize_str(&serde_json::to_string(scenario).map_err(S::Error::custom)?)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Scenario, D::Error> {
        if d.is_human_readable() {
            Scenario::deserialize(d)
        } else {
            serde_json::from_str(&String::deserialize(d)?).map_err(D::Error::custom)
        }
    }
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
    pub limits: Limits,
    pub monte_carlo: MonteCarlo,
    pub default: DefaultScenario,
    pub quote: QuoteRules,
}

impl DataFile for Pricing {
    const PATH: &'static str = "data/pricing.toml";

    fn check(&self, c: &mut Checker) {
        let d = &self.default;
        let l = &self.limits;
        for (name, value, source) in [
            (
                "default.scenario.contingency_pct",
                d.scenario.contingency_pct,
                &d.contingency_source,
            ),
            (
                "default.scenario.vat_pct",
                d.scenario.vat_pct,
                &d.vat_source,
            ),
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
        c.source("default", &self.default.source);
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
