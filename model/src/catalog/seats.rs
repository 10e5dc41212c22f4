//! `data/seats.toml`: what one place on a course bought on the open market costs.

use serde::{Deserialize, Serialize};

use super::{ByDepth, Checker, DataFile, Range, Source};
use crate::vocab::TrainerTier;

/// Seat prices of a public course (per teaching day) or an online course (per hour), by depth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicSeats {
    pub day: ByDepth<Range>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineSeats {
    pub hour: ByDepth<Range>,
    pub source: Source,
    /// Licences for many learners are priced by volume: the factor on the per-learner price
    /// from each headcount up, in rising order of `from` (the first from 1).
    pub volume: Vec<VolumeTier>,
    pub volume_source: Source,
}

/// One step of a volume price: from this many learners, this factor on each learner's price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolumeTier {
    pub from: u32,
    pub factor: Range,
}

impl OnlineSeats {
    /// The volume factor for `learners`.
    pub fn volume_factor(&self, learners: i64) -> Range {
        self.volume
            .iter()
            .rev()
            .find(|t| i64::from(t.from) <= learners)
            .map_or(Range::exactly(1.0), |t| t.factor)
    }
}

/// The factor on a seat's price for the tier of the trainer who teaches the course.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeatPremium {
    pub professional: Range,
    pub senior: Range,
    pub expert: Range,
    pub source: Source,
}

impl SeatPremium {
    /// `None` for the internal trainer: no one sells seats on a company's own course.
    pub fn get(&self, tier: TrainerTier) -> Option<&Range> {
        match tier {
            TrainerTier::Internal => None,
            TrainerTier::Professional => Some(&self.professional),
            TrainerTier::Senior => Some(&self.senior),
            TrainerTier::Expert => Some(&self.expert),
        }
    }
}

/// `data/seats.toml`: what one place on a course bought on the open market costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seats {
    pub public: PublicSeats,
    pub online: OnlineSeats,
    pub premium: SeatPremium,
}

impl DataFile for Seats {
    const PATH: &'static str = "data/seats.toml";

    fn check(&self, c: &mut Checker) {
        self.public.day.check_rising(c, "public.day");
        c.source("public", &self.public.source);
        self.online.hour.check_rising(c, "online.hour");
        c.source("online", &self.online.source);
        let tiers = &self.online.volume;
        if tiers.first().map(|t| t.from) != Some(1) {
            c.fail("online.volume", "the first tier starts from 1 learner");
        }
        for (i, t) in tiers.iter().enumerate() {
            let at = format!("online.volume[{i}].factor");
            c.ordered(
                &at,
                &[
                    ("low", t.factor.low),
                    ("likely", t.factor.likely),
                    ("high", t.factor.high),
                ],
            );
            if t.factor.low <= 0.0 || t.factor.high > 1.0 {
                c.fail(at, "a volume factor is a discount: above 0, at most 1");
            }
        }
        for pair in tiers.windows(2) {
            if pair[1].from <= pair[0].from || pair[1].factor.likely > pair[0].factor.likely {
                c.fail(
                    "online.volume",
                    "tiers rise in learners and never raise the price per learner",
                );
            }
        }
        c.source("online.volume", &self.online.volume_source);
        let p = &self.premium;
        let ranges = [&p.professional, &p.senior, &p.expert];
        for (name, r) in ["professional", "senior", "expert"].into_iter().zip(ranges) {
            c.range(&format!("premium.{name}"), r);
        }
        for pair in ranges.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.low > b.low || a.likely > b.likely || a.high > b.high {
                c.fail("premium", "a dearer trainer's seat must not cost less");
            }
        }
        c.source("premium", &p.source);
    }
}
