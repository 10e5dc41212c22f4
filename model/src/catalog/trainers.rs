//! `data/trainers.toml`: trainers' day rates by tier, the assistant, the company's own trainer.

use serde::{Deserialize, Serialize};

use super::checks::{every_once, half_day_share};
use super::{Checker, DataFile, Range, Source};
use crate::vocab::TrainerTier;

/// An outside trainer's tier and its market day rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub id: TrainerTier,
    pub day_rate: Range,
    /// Paid at local rates (the city index applies) unless they travel in.
    pub priced_locally: bool,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assistant {
    pub day_rate: Range,
    /// Hired in the client's city (the city index applies); a vendor's card says its own price.
    pub priced_locally: bool,
    pub source: Source,
}

/// One day of an internal trainer's time, teaching or preparing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InternalTrainer {
    pub day_cost: Range,
    pub priced_locally: bool,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trainers {
    pub half_day_share: f64,
    pub half_day_share_source: Source,
    /// A live online day as a share of the same trainer's day on site.
    pub live_share: Range,
    pub live_share_source: Source,
    pub internal: InternalTrainer,
    pub tier: Vec<Tier>,
    pub assistant: Assistant,
}

impl Trainers {
    /// The market tier for an outside trainer; `None` for [`TrainerTier::Internal`], whose time
    /// is priced as [`Trainers::internal`].
    pub fn tier(&self, id: TrainerTier) -> Option<&Tier> {
        self.tier.iter().find(|t| t.id == id)
    }
}

impl DataFile for Trainers {
    const PATH: &'static str = "data/trainers.toml";

    fn check(&self, c: &mut Checker) {
        half_day_share(c, "half_day_share", self.half_day_share);
        c.source("half_day_share", &self.half_day_share_source);
        c.range("live_share", &self.live_share);
        c.source("live_share", &self.live_share_source);
        if self.live_share.high > 1.0 {
            c.fail(
                "live_share",
                "a live online day never costs more than one on site",
            );
        }
        c.range("internal.day_cost", &self.internal.day_cost);
        c.source("internal", &self.internal.source);
        every_once(c, "tier", OUTSIDE_TIERS, |t| {
            self.tier.iter().filter(|x| x.id == t).count()
        });
        if self.tier(TrainerTier::Internal).is_some() {
            c.fail(
                "tier",
                "the internal trainer is priced in [internal], not as a market tier",
            );
        }
        for (i, tier) in self.tier.iter().enumerate() {
            let field = format!("tier[{i}] ({})", tier.id.id());
            c.range(&format!("{field}.day_rate"), &tier.day_rate);
            c.source(&field, &tier.source);
        }
        // A dearer tier never costs less: the model promises the total rises with the tier.
        let rates: Vec<_> = OUTSIDE_TIERS
            .iter()
            .filter_map(|t| self.tier(*t).map(|x| (t, x.day_rate)))
            .collect();
        for pair in rates.windows(2) {
            let ((a, ra), (b, rb)) = (pair[0], pair[1]);
            if ra.low > rb.low || ra.likely > rb.likely || ra.high > rb.high {
                c.fail(
                    "tier",
                    format!("`{}` day rates must not exceed `{}`'s", a.id(), b.id()),
                );
            }
        }
        c.range("assistant.day_rate", &self.assistant.day_rate);
        c.source("assistant", &self.assistant.source);
    }
}

/// The tiers an outside trainer (or a seat's course) can have, cheapest first.
pub const OUTSIDE_TIERS: &[TrainerTier] = &[
    TrainerTier::Professional,
    TrainerTier::Senior,
    TrainerTier::Expert,
];
