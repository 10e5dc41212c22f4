//! The cost data files as types: cities, industries, trainers, delivery, unit costs, pricing.
//!
//! Each type mirrors one file in `data/` and checks itself when loaded (see
//! [`DataFile::check`]); the costing code can then rely on every id it looks up being there.

use serde::{Deserialize, Serialize};

use crate::data::{Bilingual, Checker, DataFile, Range, Source};
use crate::vocab::{Activity, DeliveryMode, Depth, Sourcing, TrainerTier, Venue};

fn one() -> f64 {
    1.0
}

// ---------------------------------------------------------------- data/cities.toml

/// A city (region) and the wage figures its price index is derived from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    pub name: Bilingual,
    /// Average annual wage, CNY.
    pub wage: f64,
    /// The same statistic, same year and basis, for the reference area.
    pub reference_wage: f64,
    /// Any further step from the reference area to the nation (see the file's header).
    #[serde(default = "one")]
    pub adjust: f64,
    pub source: Source,
}

impl City {
    /// Local prices relative to the national average (1.0).
    pub fn index(&self) -> f64 {
        self.wage / self.reference_wage * self.adjust
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cities {
    pub city: Vec<City>,
}

impl DataFile for Cities {
    const PATH: &'static str = "data/cities.toml";

    fn check(&self, c: &mut Checker) {
        if self.city.is_empty() {
            c.fail("city", "at least one city is needed");
        }
        c.unique("city", self.city.iter().map(|x| x.id.as_str()));
        for (i, city) in self.city.iter().enumerate() {
            let field = format!("city[{i}] ({})", city.id);
            c.positive(&format!("{field}.wage"), city.wage);
            c.positive(&format!("{field}.reference_wage"), city.reference_wage);
            c.positive(&format!("{field}.adjust"), city.adjust);
            c.source(&field, &city.source);
        }
    }
}

// ---------------------------------------------------------------- data/industries.toml

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Industry {
    pub id: String,
    pub name: Bilingual,
    pub demand: Bilingual,
    /// Scales trainer fees and course development.
    pub factor: Range,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Industries {
    pub industry: Vec<Industry>,
}

impl DataFile for Industries {
    const PATH: &'static str = "data/industries.toml";

    fn check(&self, c: &mut Checker) {
        if self.industry.is_empty() {
            c.fail("industry", "at least one industry is needed");
        }
        c.unique("industry", self.industry.iter().map(|x| x.id.as_str()));
        for (i, ind) in self.industry.iter().enumerate() {
            let field = format!("industry[{i}] ({})", ind.id);
            c.range(&format!("{field}.factor"), &ind.factor);
            c.source(&field, &ind.source);
        }
    }
}

// ---------------------------------------------------------------- data/trainers.toml

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

/// A half-day booking costs at least half a day (so splitting a day never saves money) and at
/// most a whole one.
fn half_day_share(c: &mut Checker, field: &str, share: f64) {
    if !(0.5..=1.0).contains(&share) {
        c.fail(field, format!("must be between 0.5 and 1, found {share}"));
    }
}

/// Every value of a closed set appears exactly once in a list.
fn every_once<T: Copy + IdOf>(c: &mut Checker, field: &str, all: &[T], count: impl Fn(T) -> usize) {
    for &v in all {
        let n = count(v);
        if n != 1 {
            c.fail(
                field,
                format!("`{}` must appear exactly once, found {n}", v.id_of()),
            );
        }
    }
}

/// The stable id of a vocabulary choice, for messages.
pub trait IdOf {
    fn id_of(self) -> &'static str;
}

macro_rules! id_of {
    ($($t:ty),*) => { $(impl IdOf for $t { fn id_of(self) -> &'static str { self.id() } })* };
}
id_of!(TrainerTier, DeliveryMode, Activity, Depth);

// ---------------------------------------------------------------- data/delivery.toml

/// The ways hours are delivered; a delivery mode mixes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelId {
    Classroom,
    Live,
    Recorded,
}

/// When the trainer is paid for a channel's hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TrainerPresence {
    /// Teaches every class.
    PerClass,
    /// Records the content once.
    Once,
    None,
}

/// Which of Chapman's rows gives the development effort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DevelopmentRow {
    Classroom,
    Elearning,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    None,
    Live,
    Lms,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelShare {
    pub channel: ChannelId,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModeMix {
    pub id: DeliveryMode,
    pub channels: Vec<ChannelShare>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: ChannelId,
    pub class_limit: u32,
    pub trainer: TrainerPresence,
    pub venue: bool,
    pub catering: bool,
    pub printed_materials: bool,
    pub development: DevelopmentRow,
    pub platform: Platform,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityRule {
    pub id: Activity,
    /// How many people one trainer can coach in this activity; a larger class gets an
    /// assistant trainer.
    #[serde(default)]
    pub coached_by_one: Option<u32>,
    /// Extra development effort, as a share of the course's.
    pub development_extra: f64,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    pub hours_per_session: f64,
    pub hours_per_session_source: Source,
    pub sessions_per_day: u32,
    pub sessions_per_day_source: Source,
    pub mode: Vec<ModeMix>,
    pub channel: Vec<Channel>,
    pub activity: Vec<ActivityRule>,
}

impl Delivery {
    pub fn mode(&self, id: DeliveryMode) -> Option<&ModeMix> {
        self.mode.iter().find(|m| m.id == id)
    }

    pub fn channel(&self, id: ChannelId) -> Option<&Channel> {
        self.channel.iter().find(|c| c.id == id)
    }

    pub fn activity(&self, id: Activity) -> Option<&ActivityRule> {
        self.activity.iter().find(|a| a.id == id)
    }
}

impl DataFile for Delivery {
    const PATH: &'static str = "data/delivery.toml";

    fn check(&self, c: &mut Checker) {
        c.positive("hours_per_session", self.hours_per_session);
        c.source("hours_per_session", &self.hours_per_session_source);
        if self.sessions_per_day == 0 {
            c.fail("sessions_per_day", "must be at least 1");
        }
        c.source("sessions_per_day", &self.sessions_per_day_source);
        every_once(c, "mode", DeliveryMode::ALL, |m| {
            self.mode.iter().filter(|x| x.id == m).count()
        });
        for mix in &self.mode {
            let field = format!("mode ({})", mix.id.id());
            c.source(&field, &mix.source);
            let mut total = 0.0;
            for share in &mix.channels {
                c.positive(&format!("{field}.share"), share.share);
                total += share.share;
                if self.channel(share.channel).is_none() {
                    c.fail(
                        &field,
                        format!("channel `{:?}` is not defined", share.channel),
                    );
                }
            }
            if (total - 1.0).abs() > 1e-9 {
                c.fail(
                    &field,
                    format!("channel shares must add up to 1, found {total}"),
                );
            }
        }
        for ch in &self.channel {
            let field = format!("channel ({:?})", ch.id);
            if ch.class_limit == 0 {
                c.fail(format!("{field}.class_limit"), "must be at least 1");
            }
            c.source(&field, &ch.source);
        }
        every_once(c, "activity", Activity::ALL, |a| {
            self.activity.iter().filter(|x| x.id == a).count()
        });
        for rule in &self.activity {
            let field = format!("activity ({})", rule.id.id());
            if rule.coached_by_one == Some(0) {
                c.fail(format!("{field}.coached_by_one"), "must be at least 1");
            }
            c.non_negative(
                &format!("{field}.development_extra"),
                rule.development_extra,
            );
            c.source(&field, &rule.source);
        }
    }
}

// ---------------------------------------------------------------- data/costs.toml

/// A unit cost (per day, per set, per night…) and whether the city index applies to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitCost {
    #[serde(
        alias = "set",
        alias = "person_day",
        alias = "round_trip",
        alias = "night"
    )]
    pub cost: Range,
    /// Bought in the client's city, so the city index applies.
    pub local: bool,
    pub source: Source,
}

/// A room for an in-house classroom course, by where it is held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Venues {
    pub rented: Range,
    pub rented_source: Source,
    pub hotel: Range,
    pub hotel_source: Source,
    pub local: bool,
    pub half_day_share: f64,
    pub half_day_share_source: Source,
}

impl Venues {
    /// The day rate of a room; `None` for the company's own room, which costs nothing.
    pub fn day(&self, venue: Venue) -> Option<(&Range, &Source)> {
        match venue {
            Venue::Own => None,
            Venue::Rented => Some((&self.rented, &self.rented_source)),
            Venue::Hotel => Some((&self.hotel, &self.hotel_source)),
        }
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
    fn check_rising(&self, c: &mut Checker, field: &str) {
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

/// Printed materials per participant, by depth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintedMaterials {
    pub basic: Range,
    pub standard: Range,
    pub deep: Range,
    pub local: bool,
    pub source: Source,
}

impl PrintedMaterials {
    pub fn set(&self, depth: Depth) -> &Range {
        match depth {
            Depth::Basic => &self.basic,
            Depth::Standard => &self.standard,
            Depth::Deep => &self.deep,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordination {
    pub hour: Range,
    pub local: bool,
    pub source: Source,
    pub hours_per_class_phase: f64,
    pub hours_per_class_phase_source: Source,
    pub hours_per_class_day: f64,
    pub hours_per_class_day_source: Source,
}

/// Development hours per finished hour of learning, by depth.
pub type PerDepth = ByDepth<f64>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Development {
    pub classroom: PerDepth,
    pub elearning: PerDepth,
    pub chapman_source: Source,
    pub hour: Range,
    pub hour_source: Source,
    pub adaptation: Range,
    pub adaptation_source: Source,
    /// Hours spent once per course on needs analysis and tailoring, whatever its length.
    pub tailoring: Range,
    pub tailoring_source: Source,
}

impl Development {
    pub fn ratio(&self, row: DevelopmentRow) -> &PerDepth {
        match row {
            DevelopmentRow::Classroom => &self.classroom,
            DevelopmentRow::Elearning => &self.elearning,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Platforms {
    pub live_seat: Range,
    pub live_seat_source: Source,
    pub lms_seat: Range,
    pub lms_seat_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participants {
    pub national_wage: f64,
    pub national_wage_source: Source,
    pub working_hours_per_year: f64,
    pub working_hours_per_year_source: Source,
    pub hours_per_working_day: f64,
    pub hours_per_working_day_source: Source,
    pub staff_share: f64,
    pub staff_share_source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    pub venue: Venues,
    pub printed_materials: PrintedMaterials,
    pub digital_materials: UnitCost,
    pub catering: UnitCost,
    pub travel: UnitCost,
    pub lodging: UnitCost,
    pub coordination: Coordination,
    pub development: Development,
    pub platform: Platforms,
    pub participants: Participants,
}

impl DataFile for Costs {
    const PATH: &'static str = "data/costs.toml";

    fn check(&self, c: &mut Checker) {
        let v = &self.venue;
        c.range("venue.rented", &v.rented);
        c.source("venue.rented", &v.rented_source);
        c.range("venue.hotel", &v.hotel);
        c.source("venue.hotel", &v.hotel_source);
        half_day_share(c, "venue.half_day_share", v.half_day_share);
        c.source("venue.half_day_share", &v.half_day_share_source);
        let m = &self.printed_materials;
        ByDepth {
            basic: m.basic,
            standard: m.standard,
            deep: m.deep,
        }
        .check_rising(c, "printed_materials");
        c.source("printed_materials", &m.source);
        for (name, unit) in [
            ("digital_materials", &self.digital_materials),
            ("catering", &self.catering),
            ("travel", &self.travel),
            ("lodging", &self.lodging),
        ] {
            c.range(name, &unit.cost);
            c.source(name, &unit.source);
        }
        let co = &self.coordination;
        c.range("coordination.hour", &co.hour);
        c.source("coordination", &co.source);
        c.non_negative(
            "coordination.hours_per_class_phase",
            co.hours_per_class_phase,
        );
        c.source(
            "coordination.hours_per_class_phase",
            &co.hours_per_class_phase_source,
        );
        c.non_negative("coordination.hours_per_class_day", co.hours_per_class_day);
        c.source(
            "coordination.hours_per_class_day",
            &co.hours_per_class_day_source,
        );
        let d = &self.development;
        for (name, row) in [("classroom", &d.classroom), ("elearning", &d.elearning)] {
            // Deeper content never takes less effort to build.
            c.ordered(
                &format!("development.{name}"),
                &[
                    ("basic", row.basic),
                    ("standard", row.standard),
                    ("deep", row.deep),
                ],
            );
        }
        c.source("development.chapman", &d.chapman_source);
        c.range("development.hour", &d.hour);
        c.source("development.hour", &d.hour_source);
        c.range("development.adaptation", &d.adaptation);
        c.source("development.adaptation", &d.adaptation_source);
        c.range("development.tailoring", &d.tailoring);
        c.source("development.tailoring", &d.tailoring_source);
        let p = &self.platform;
        c.range("platform.live_seat", &p.live_seat);
        c.source("platform.live_seat", &p.live_seat_source);
        c.range("platform.lms_seat", &p.lms_seat);
        c.source("platform.lms_seat", &p.lms_seat_source);
        let w = &self.participants;
        c.positive("participants.national_wage", w.national_wage);
        c.source("participants.national_wage", &w.national_wage_source);
        c.positive(
            "participants.working_hours_per_year",
            w.working_hours_per_year,
        );
        c.source(
            "participants.working_hours_per_year",
            &w.working_hours_per_year_source,
        );
        c.positive(
            "participants.hours_per_working_day",
            w.hours_per_working_day,
        );
        c.source(
            "participants.hours_per_working_day",
            &w.hours_per_working_day_source,
        );
        c.positive("participants.staff_share", w.staff_share);
        c.source("participants.staff_share", &w.staff_share_source);
    }
}

// ---------------------------------------------------------------- data/seats.toml

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

// ---------------------------------------------------------------- data/pricing.toml

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    pub contingency_pct: f64,
    pub contingency_source: Source,
    pub vat_pct: f64,
    pub vat_source: Source,
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
