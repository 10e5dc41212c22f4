//! The arithmetic of a course's cost, in two steps.
//!
//! 1. [`Costing::new`] turns a scenario into *quantities*: trainer days, room days, person-days
//!    of lunch, seats, development hours… These depend on the scenario and its route only, never
//!    on a rate.
//! 2. [`Costing::lines`] multiplies the quantities by one value of every uncertain rate
//!    ([`Driver`]) and returns the cost of each [`Category`].
//!
//! The split is what makes the range cheap: the expected estimate, the low and high bounds, each
//! Monte Carlo draw and each sensitivity swing are all step 2 with different rates picked.
//!
//! Each route is priced as the market prices it (domain.md, "How complaint-handling training is
//! actually bought"): an internal trainer by their time; an outside trainer by a day rate for the
//! group, with travel at cost and VAT on the invoice; a public or online course by the seat. A
//! market price is never marked up again.

use crate::Catalog;
use crate::catalog::{Range, Source};
use crate::i18n;
use crate::vocab::choice_enum;
use crate::vocab::{Activity, Depth, DepthHours, Sourcing};

use super::scenario::{ParticipantTime, Scenario, ScenarioError};
use super::scenario_data::validate;
use crate::catalog::{ByDepth, ChannelId, DevelopmentRow, Platform, TrainerPresence};

choice_enum! {
    /// An uncertain rate from `data/`: each has a low / likely / high range and a source.
    Driver {
        Industry = "industry", i18n::cost_driver::INDUSTRY;
        TrainerDay = "trainer-day", i18n::cost_driver::TRAINER_DAY;
        LiveShare = "live-share", i18n::cost_driver::LIVE_SHARE;
        AssistantDay = "assistant-day", i18n::cost_driver::ASSISTANT_DAY;
        InternalDay = "internal-day", i18n::cost_driver::INTERNAL_DAY;
        VenueDay = "venue-day", i18n::cost_driver::VENUE_DAY;
        PrintedSet = "printed-set", i18n::cost_driver::PRINTED_SET;
        DigitalSet = "digital-set", i18n::cost_driver::DIGITAL_SET;
        Catering = "catering", i18n::cost_driver::CATERING;
        Travel = "travel", i18n::cost_driver::TRAVEL;
        Lodging = "lodging", i18n::cost_driver::LODGING;
        CoordinationHour = "coordination-hour", i18n::cost_driver::COORDINATION_HOUR;
        DevelopmentHour = "development-hour", i18n::cost_driver::DEVELOPMENT_HOUR;
        Adaptation = "adaptation", i18n::cost_driver::ADAPTATION;
        Tailoring = "tailoring", i18n::cost_driver::TAILORING;
        LiveSeat = "live-seat", i18n::cost_driver::LIVE_SEAT;
        LmsSeat = "lms-seat", i18n::cost_driver::LMS_SEAT;
        PublicSeatDay = "public-seat-day", i18n::cost_driver::PUBLIC_SEAT_DAY;
        OnlineSeatHour = "online-seat-hour", i18n::cost_driver::ONLINE_SEAT_HOUR;
        OnlineVolume = "online-volume", i18n::cost_driver::ONLINE_VOLUME;
        SeatPremium = "seat-premium", i18n::cost_driver::SEAT_PREMIUM;
    }
}

choice_enum! {
    /// A line of the estimate. The order is the order of the table.
    Category {
        TrainerFees = "trainer-fees", i18n::cost_category::TRAINER_FEES;
        TrainerTravel = "trainer-travel", i18n::cost_category::TRAINER_TRAVEL;
        Seats = "seats", i18n::cost_category::SEATS;
        StaffTravel = "staff-travel", i18n::cost_category::STAFF_TRAVEL;
        Venue = "venue", i18n::cost_category::VENUE;
        Materials = "materials", i18n::cost_category::MATERIALS;
        Catering = "catering", i18n::cost_category::CATERING;
        Development = "development", i18n::cost_category::DEVELOPMENT;
        Platform = "platform", i18n::cost_category::PLATFORM;
        Tax = "tax", i18n::cost_category::TAX;
        Contingency = "contingency", i18n::cost_category::CONTINGENCY;
        Coordination = "coordination", i18n::cost_category::COORDINATION;
        ParticipantTime = "participant-time", i18n::cost_category::PARTICIPANT_TIME;
        /// Never priced now: kept so that quotes issued by earlier versions still read.
        Equipment = "equipment", i18n::cost_category::EQUIPMENT;
        /// Never priced now (a vendor's margin is inside its rates): kept so that quotes
        /// issued by earlier versions still read.
        Markup = "markup", i18n::cost_category::MARKUP;
    }
}

impl Category {
    /// Staff time rather than money paid out: off when the user counts cash only.
    pub fn is_staff_time(self) -> bool {
        matches!(self, Category::ParticipantTime | Category::Coordination)
    }

    /// What the course costs in cash before the reserve: everything but staff time, the
    /// contingency itself and the categories no longer priced.
    pub fn is_cash(self) -> bool {
        !self.is_staff_time()
            && !matches!(
                self,
                Category::Contingency | Category::Equipment | Category::Markup
            )
    }

    /// The rates this line multiplies (for showing where its figure comes from).
    pub fn drivers(self) -> &'static [Driver] {
        use Driver as D;
        match self {
            Category::TrainerFees => &[
                D::TrainerDay,
                D::LiveShare,
                D::Industry,
                D::AssistantDay,
                D::InternalDay,
                D::Adaptation,
            ],
            Category::TrainerTravel | Category::StaffTravel => &[D::Travel, D::Lodging],
            Category::Seats => &[
                D::PublicSeatDay,
                D::OnlineSeatHour,
                D::OnlineVolume,
                D::SeatPremium,
            ],
            Category::Venue => &[D::VenueDay],
            Category::Materials => &[D::PrintedSet, D::DigitalSet],
            Category::Catering => &[D::Catering],
            Category::Development => {
                &[D::DevelopmentHour, D::Adaptation, D::Tailoring, D::Industry]
            }
            Category::Platform => &[D::LiveSeat, D::LmsSeat],
            Category::Coordination => &[D::CoordinationHour],
            Category::Tax
            | Category::Contingency
            | Category::ParticipantTime
            | Category::Equipment
            | Category::Markup => &[],
        }
    }
}

/// How one value of each uncertain rate is chosen: a bound, a swing of one rate, or a draw.
pub trait Pick {
    fn pick(&mut self, driver: Driver, range: &Range) -> f64;
}

/// Every rate at the same point of its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Low,
    Likely,
    High,
    /// The mean of the triangular distribution the simulation draws from, (low + likely +
    /// high) / 3. Every line is a sum of products of independent rates, so pricing with each
    /// rate at its mean gives each line's expected value exactly, and the lines add up to the
    /// expected total.
    Expected,
}

impl Bound {
    pub fn of(self, range: &Range) -> f64 {
        match self {
            Bound::Low => range.low,
            Bound::Likely => range.likely,
            Bound::High => range.high,
            Bound::Expected => (range.low + range.likely + range.high) / 3.0,
        }
    }
}

impl Pick for Bound {
    fn pick(&mut self, _: Driver, range: &Range) -> f64 {
        self.of(range)
    }
}

/// The cost of each category for one choice of rates; indexed by `Category as usize`.
pub type Lines = [f64; Category::COUNT];

/// How much of each thing the course uses, with the city index already applied where the thing
/// is bought locally. Each field is multiplied by the rates named beside it in
/// [`Costing::lines`].
#[derive(Debug, Clone, Default, PartialEq)]
struct Quantities {
    /// Outside trainer's paid days on site or recording (× trainer day × industry).
    trainer_days: f64,
    /// Outside trainer's paid days teaching live online (× live share as well).
    live_trainer_days: f64,
    assistant_days: f64,
    /// Internal trainer's paid days of teaching (× internal day).
    internal_days: f64,
    /// Internal trainer's preparation, in days of Chapman's from-scratch effort (× adaptation).
    internal_prep_days: f64,
    venue_days: f64,
    printed_sets: f64,
    digital_sets: f64,
    catering_days: f64,
    trips: f64,
    nights: f64,
    coordination_hours: f64,
    /// Chapman's from-scratch hours of a classroom course to be customised (× adaptation),
    /// plus one round of tailoring, when the client asks for deep customisation.
    customise_hours: f64,
    customise: bool,
    /// Custom e-learning built from nothing (Chapman's e-learning hours).
    elearning_hours: f64,
    /// Industry factor applies to development (a vendor's price) or not (an internal team).
    development_by_vendor: bool,
    live_seats: f64,
    lms_seats: f64,
    public_seat_days: f64,
    online_seat_hours: f64,
}

/// The quantities a vendor's quote prints, each multiplied by one rate in [`Costing::lines`]
/// (the live days by the live share as well).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub trainer_days: f64,
    pub live_trainer_days: f64,
    pub assistant_days: f64,
    pub venue_days: f64,
    pub printed_sets: f64,
    pub digital_sets: f64,
}

/// A scenario's quantities, ready to be priced with any choice of rates.
#[derive(Debug, Clone, PartialEq)]
pub struct Costing {
    /// The range of each driver, indexed by `Driver as usize`.
    ranges: [Range; Driver::COUNT],
    used: [bool; Driver::COUNT],
    q: Quantities,
    participant_time: f64,
    vat: f64,
    contingency: f64,
    pub sourcing: Sourcing,
    /// Facts about the course's shape, shown beside the estimate.
    pub shape: Shape,
}

/// The course's shape as the quantities see it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Shape {
    #[serde(rename = "route")]
    pub sourcing: Sourcing,
    pub headcount: u32,
    pub hours: f64,
    /// Classes (cohorts) the headcount is split into; 0 for seats bought on the market.
    pub classes: u32,
    /// Largest class, from the mode's limits.
    pub class_limit: u32,
    /// An assistant trainer is booked for each class (role-play in a class larger than one
    /// trainer can coach, or asked for).
    pub assistant: bool,
    /// Half-day sessions each class (or each participant) attends, over all phases.
    pub sessions_per_class: u32,
    /// Calendar teaching days each class attends.
    pub days_per_class: u32,
    pub phases: u32,
    pub city_index: f64,
    /// What an outside trainer's market day rate is multiplied by here: the city index for a
    /// local trainer on site, 1 for one booked nationally or teaching online.
    pub trainer_scale: f64,
}

/// How one class's sessions fall into days across the phases.
///
/// Each phase holds at least one session, and sessions are booked as whole days wherever the
/// phases allow, as a planner would: a venue or trainer booked for part of a day still costs
/// at least `part_share` of it. Packing this way makes the cost rise (never fall) with both
/// the number of sessions and the number of phases.
#[derive(Debug, Clone, PartialEq)]
struct Schedule {
    sessions: u32,
    whole_days: u32,
    /// Sessions of each phase-day that is less than a whole day.
    partial_days: Vec<u32>,
    sessions_per_day: u32,
}

impl Schedule {
    /// `sessions` must be at least `phases`; both at least 1.
    fn new(sessions: u32, phases: u32, sessions_per_day: u32) -> Schedule {
        let spd = sessions_per_day.max(1);
        let (whole_days, partial_days) = if spd == 1 {
            (sessions, Vec::new())
        } else if sessions / spd >= phases {
            // Every phase gets whole days; one part-day takes the remainder.
            let rest = sessions % spd;
            (
                sessions / spd,
                if rest > 0 { vec![rest] } else { Vec::new() },
            )
        } else {
            // Too few sessions for a whole day in every phase: as many phases as possible get
            // one, the others share what is left, at least one session each.
            let whole = ((sessions - phases) / (spd - 1)).min(phases);
            let short = phases - whole;
            let left = sessions - whole * spd;
            let (base, extra) = (left / short, left % short);
            let parts = (0..short).map(|i| base + u32::from(i < extra)).collect();
            (whole, parts)
        };
        Schedule {
            sessions,
            whole_days,
            partial_days,
            sessions_per_day: spd,
        }
    }

    /// Days paid for when a part-day costs `part_share` of a day at least.
    fn paid_days(&self, part_share: f64) -> f64 {
        let spd = f64::from(self.sessions_per_day);
        let parts: f64 = self
            .partial_days
            .iter()
            .map(|&k| (f64::from(k) / spd).max(part_share).min(1.0))
            .sum();
        f64::from(self.whole_days) + parts
    }

    fn calendar_days(&self) -> u32 {
        self.whole_days + self.partial_days.len() as u32
    }
}

fn missing(what: &str) -> ScenarioError {
    ScenarioError::MissingData(what.to_string())
}

/// The range and source of one rate for this scenario, straight from `data/`. One place maps a
/// driver to its figure, for the arithmetic and for the "where does this come from" view alike.
pub fn rate<'c>(catalog: &'c Catalog, s: &Scenario, driver: Driver) -> Option<(Range, &'c Source)> {
    let costs = &catalog.costs;
    let seats = &catalog.seats;
    Some(match driver {
        Driver::Industry => {
            let i = catalog.industry(&s.industry)?;
            (i.factor, &i.source)
        }
        Driver::TrainerDay => {
            let t = catalog.trainers.tier(s.trainer)?;
            (t.day_rate, &t.source)
        }
        Driver::LiveShare => (
            catalog.trainers.live_share,
            &catalog.trainers.live_share_source,
        ),
        Driver::AssistantDay => {
            let a = &catalog.trainers.assistant;
            (a.day_rate, &a.source)
        }
        Driver::InternalDay => {
            let i = &catalog.trainers.internal;
            (i.day_cost, &i.source)
        }
        Driver::VenueDay => {
            let (range, source) = costs.venue.day(s.venue)?;
            (*range, source)
        }
        // One workbook per person must hold the course's deepest content.
        Driver::PrintedSet => (
            *costs.printed_materials.set(deepest(&s.hours)),
            &costs.printed_materials.source,
        ),
        Driver::DigitalSet => (
            costs.digital_materials.cost,
            &costs.digital_materials.source,
        ),
        Driver::Catering => (costs.catering.cost, &costs.catering.source),
        Driver::Travel => (costs.travel.cost, &costs.travel.source),
        Driver::Lodging => (costs.lodging.cost, &costs.lodging.source),
        Driver::CoordinationHour => (costs.coordination.hour, &costs.coordination.source),
        Driver::DevelopmentHour => (costs.development.hour, &costs.development.hour_source),
        Driver::Adaptation => (
            costs.development.adaptation,
            &costs.development.adaptation_source,
        ),
        Driver::Tailoring => (
            costs.development.tailoring,
            &costs.development.tailoring_source,
        ),
        Driver::LiveSeat => (costs.platform.live_seat, &costs.platform.live_seat_source),
        Driver::LmsSeat => (costs.platform.lms_seat, &costs.platform.lms_seat_source),
        // A plan's hours spread over the depths: a seat is priced hour by hour at each depth,
        // so the rate is the depths' prices weighted by their hours.
        Driver::PublicSeatDay => (by_hours(&seats.public.day, &s.hours), &seats.public.source),
        Driver::OnlineSeatHour => (by_hours(&seats.online.hour, &s.hours), &seats.online.source),
        Driver::OnlineVolume => (
            seats.online.volume_factor(s.headcount),
            &seats.online.volume_source,
        ),
        Driver::SeatPremium => (*seats.premium.get(s.trainer)?, &seats.premium.source),
    })
}

/// Half-day sessions to book for `hours` of teaching: a session partly filled is still booked.
fn sessions_for(hours: f64, catalog: &Catalog) -> u32 {
    (hours / catalog.delivery.hours_per_session - 1e-9)
        .ceil()
        .max(1.0) as u32
}

/// The deepest depth that has hours (basic for a course of no hours).
fn deepest(hours: &DepthHours) -> Depth {
    Depth::ALL
        .iter()
        .copied()
        .rfind(|&d| hours.get(d) > 0.0)
        .unwrap_or(Depth::Basic)
}

/// The prices of the depths weighted by the hours taught at each.
fn by_hours(prices: &ByDepth<Range>, hours: &DepthHours) -> Range {
    let total = hours.total();
    Depth::ALL.iter().fold(Range::exactly(0.0), |sum, &d| {
        let share = if total > 0.0 {
            hours.get(d) / total
        } else {
            0.0
        };
        sum + prices.get(d).map(|v| v * share)
    })
}

impl Costing {
    /// Check the scenario and work out its quantities.
    pub fn new(catalog: &Catalog, s: &Scenario) -> Result<Costing, ScenarioError> {
        validate(s, catalog)?;
        let city = catalog.city(&s.city).ok_or_else(|| missing("city"))?;
        let index = city.index();
        let headcount = u32::try_from(s.headcount).map_err(|_| missing("headcount"))?;
        let people = f64::from(headcount);
        let costs = &catalog.costs;
        let delivery = &catalog.delivery;
        let local = |is_local: bool| if is_local { index } else { 1.0 };
        let spd = delivery.sessions_per_day;
        let coordination = &costs.coordination;

        let mut q = Quantities::default();
        let mut shape = Shape {
            sourcing: s.sourcing,
            headcount,
            hours: s.total_hours(),
            classes: 0,
            class_limit: 0,
            assistant: false,
            sessions_per_class: 0,
            days_per_class: 0,
            phases: s.phases,
            city_index: index,
            trainer_scale: 1.0,
        };

        match s.sourcing {
            Sourcing::Public => {
                // Each participant pays for the course's days (a seat is priced by the hour of
                // content, so hours moved deeper or added never cost less), and travels to the
                // course city when it is elsewhere: one trip a phase, a night a teaching day.
                let split = Schedule::new(
                    sessions_for(s.total_hours(), catalog).max(s.phases),
                    s.phases,
                    spd,
                );
                let day_hours = delivery.hours_per_session * f64::from(spd);
                q.public_seat_days = people * s.total_hours() / day_hours;
                if s.course_elsewhere {
                    q.trips = people * f64::from(s.phases);
                    q.nights = people * f64::from(split.calendar_days());
                }
                q.coordination_hours = f64::from(s.phases)
                    * coordination.hours_per_class_phase
                    * local(coordination.local);
                shape.sessions_per_class = split.sessions;
                shape.days_per_class = split.calendar_days();
            }
            Sourcing::OnlineCourse => {
                q.online_seat_hours = people * s.total_hours();
                q.coordination_hours =
                    coordination.hours_per_class_phase * local(coordination.local);
            }
            Sourcing::Internal | Sourcing::Vendor => {
                in_house(catalog, s, index, people, &mut q, &mut shape)?;
            }
        }

        let wages = &costs.participants;
        let hourly_wage = match s.participant_time {
            ParticipantTime::Off => {
                // Neither participants' nor the organiser's time is counted: cash only.
                q.coordination_hours = 0.0;
                0.0
            }
            ParticipantTime::CityWage => wages.hourly_wage(index),
            ParticipantTime::DailyWage { cny } => cny / wages.hours_per_working_day,
        };

        let mut ranges = [Range::default(); Driver::COUNT];
        let mut used = [false; Driver::COUNT];
        for &d in Driver::ALL {
            used[d as usize] = uses(&q, s.sourcing, d);
            if used[d as usize] {
                let (range, _) = rate(catalog, s, d).ok_or_else(|| missing(d.id()))?;
                ranges[d as usize] = range;
            }
        }

        Ok(Costing {
            ranges,
            used,
            q,
            participant_time: people * shape.hours * hourly_wage,
            vat: if s.sourcing == Sourcing::Vendor {
                s.vat_pct / 100.0
            } else {
                0.0
            },
            contingency: s.contingency_pct / 100.0,
            sourcing: s.sourcing,
            shape,
        })
    }

    /// What a vendor's quote counts on its lines: the outside trainer's and assistant's paid
    /// days (over every class), the rented room's days and the sets of materials.
    pub fn counts(&self) -> Counts {
        let q = &self.q;
        Counts {
            trainer_days: q.trainer_days,
            live_trainer_days: q.live_trainer_days,
            assistant_days: q.assistant_days,
            venue_days: q.venue_days,
            printed_sets: q.printed_sets,
            digital_sets: q.digital_sets,
        }
    }

    pub fn range(&self, driver: Driver) -> Range {
        self.ranges[driver as usize]
    }

    /// Whether this scenario uses the rate at all (a rate it never multiplies cannot matter).
    pub fn uses(&self, driver: Driver) -> bool {
        self.used[driver as usize]
    }

    /// The cost of every category with rates chosen by `pick` (each driver picked once).
    /// `dyn`: one copy of this function serves the bounds, the draws and the swings alike.
    pub fn lines(&self, pick: &mut dyn Pick) -> Lines {
        let mut r = [0.0; Driver::COUNT];
        for &d in Driver::ALL {
            // A rate the course never multiplies is not drawn: it cannot change the cost, and
            // skipping it keeps a 10,000-draw simulation inside a frame.
            if self.used[d as usize] {
                r[d as usize] = pick.pick(d, &self.ranges[d as usize]);
            }
        }
        let rate = |d: Driver| r[d as usize];
        let q = &self.q;
        let industry = rate(Driver::Industry);

        let mut lines = [0.0; Category::COUNT];
        let set = |lines: &mut Lines, c: Category, v: f64| lines[c as usize] = v;
        let outside = rate(Driver::TrainerDay)
            * (q.trainer_days + q.live_trainer_days * rate(Driver::LiveShare))
            * industry;
        let internal = rate(Driver::InternalDay)
            * (q.internal_days + q.internal_prep_days * rate(Driver::Adaptation));
        set(
            &mut lines,
            Category::TrainerFees,
            outside + rate(Driver::AssistantDay) * q.assistant_days + internal,
        );
        let travel = rate(Driver::Travel) * q.trips + rate(Driver::Lodging) * q.nights;
        let who_travels = if self.sourcing == Sourcing::Public {
            Category::StaffTravel
        } else {
            Category::TrainerTravel
        };
        set(&mut lines, who_travels, travel);
        set(
            &mut lines,
            Category::Seats,
            (rate(Driver::PublicSeatDay) * q.public_seat_days
                + rate(Driver::OnlineSeatHour) * rate(Driver::OnlineVolume) * q.online_seat_hours)
                * rate(Driver::SeatPremium),
        );
        set(
            &mut lines,
            Category::Venue,
            rate(Driver::VenueDay) * q.venue_days,
        );
        set(
            &mut lines,
            Category::Materials,
            rate(Driver::PrintedSet) * q.printed_sets + rate(Driver::DigitalSet) * q.digital_sets,
        );
        set(
            &mut lines,
            Category::Catering,
            rate(Driver::Catering) * q.catering_days,
        );
        // Deep customisation adapts the trainer's stock course (a share of Chapman's effort) and
        // adds one round of tailoring; custom e-learning is built from nothing.
        let customise = if q.customise {
            q.customise_hours * rate(Driver::Adaptation) + rate(Driver::Tailoring)
        } else {
            0.0
        };
        let development_factor = if q.development_by_vendor {
            industry
        } else {
            1.0
        };
        set(
            &mut lines,
            Category::Development,
            (customise + q.elearning_hours) * rate(Driver::DevelopmentHour) * development_factor,
        );
        set(
            &mut lines,
            Category::Platform,
            rate(Driver::LiveSeat) * q.live_seats + rate(Driver::LmsSeat) * q.lms_seats,
        );
        set(
            &mut lines,
            Category::Coordination,
            rate(Driver::CoordinationHour) * q.coordination_hours,
        );
        set(&mut lines, Category::ParticipantTime, self.participant_time);
        // VAT falls on what an outside trainer invoices: fees, customisation, materials and the
        // travel billed through at cost (the same lines a vendor's quote carries). The room and
        // lunch the client books itself are not on the invoice.
        let invoiced = lines[Category::TrainerFees as usize]
            + lines[Category::TrainerTravel as usize]
            + lines[Category::Development as usize]
            + lines[Category::Materials as usize];
        set(&mut lines, Category::Tax, invoiced * self.vat);
        let cash: f64 = Category::ALL
            .iter()
            .filter(|c| c.is_cash())
            .map(|&c| lines[c as usize])
            .sum();
        set(&mut lines, Category::Contingency, cash * self.contingency);
        lines
    }
}

/// The quantities of a course run for the company's own group, by an internal or outside
/// trainer, over the channels of its delivery mode.
fn in_house(
    catalog: &Catalog,
    s: &Scenario,
    index: f64,
    people: f64,
    q: &mut Quantities,
    shape: &mut Shape,
) -> Result<(), ScenarioError> {
    let delivery = &catalog.delivery;
    let costs = &catalog.costs;
    let trainers = &catalog.trainers;
    let local = |is_local: bool| if is_local { index } else { 1.0 };
    let mix = delivery
        .mode(s.mode)
        .ok_or_else(|| missing("delivery mode"))?;
    let spd = delivery.sessions_per_day;
    let coordination = &costs.coordination;
    let vendor = s.sourcing == Sourcing::Vendor;
    let tier = if vendor {
        Some(
            trainers
                .tier(s.trainer)
                .ok_or_else(|| missing("trainer tier"))?,
        )
    } else {
        None
    };
    let depth_mix = s.hours;

    // Activities: extra development, and how many one trainer can coach in role-play.
    let mut development_extra = 0.0;
    let mut coached_by_one = u32::MAX;
    for &a in &s.activities {
        let rule = delivery.activity(a).ok_or_else(|| missing("activity"))?;
        development_extra += rule.development_extra;
        if let Some(n) = rule.coached_by_one {
            coached_by_one = coached_by_one.min(n);
        }
    }
    let hours_per_day = costs.participants.hours_per_working_day;
    let headcount = shape.headcount;

    for part in &mix.channels {
        let channel = delivery
            .channel(part.channel)
            .ok_or_else(|| missing("channel"))?;
        let hours = scaled(&depth_mix, part.share);
        if hours.total() <= 0.0 {
            continue;
        }
        let needed = sessions_for(hours.total(), catalog);
        let chapman = |row: DevelopmentRow| -> f64 {
            let ratio = costs.development.ratio(row);
            Depth::ALL
                .iter()
                .map(|&d| hours.get(d) * ratio.get(d))
                .sum::<f64>()
                * (1.0 + development_extra)
        };
        match channel.trainer {
            TrainerPresence::PerClass => {
                let limit = channel.class_limit;
                let classes = headcount.div_ceil(limit);
                let c = f64::from(classes);
                // Every phase holds at least one session.
                let split = Schedule::new(needed.max(s.phases), s.phases, spd);
                let paid = c * split.paid_days(trainers.half_day_share);
                let in_person = channel.venue;
                let largest_class = headcount.div_ceil(classes);
                let assisted = s.assistant_trainer
                    || (s.activities.contains(&Activity::RolePlay)
                        && largest_class > coached_by_one);
                if let Some(tier) = tier {
                    let scale = if tier.priced_locally && !s.trainer_travels && in_person {
                        index
                    } else {
                        1.0
                    };
                    if channel.id == ChannelId::Live {
                        q.live_trainer_days += paid * scale;
                    } else {
                        q.trainer_days += paid * scale;
                        shape.trainer_scale = scale;
                    }
                    if s.customise {
                        q.customise = true;
                        q.customise_hours += chapman(DevelopmentRow::Classroom);
                        q.development_by_vendor = true;
                    }
                } else {
                    // An internal trainer teaches each class and prepares once, adapting
                    // existing material: a share of Chapman's from-scratch classroom effort.
                    let internal = local(trainers.internal.priced_locally);
                    q.internal_days += paid * internal;
                    q.internal_prep_days +=
                        chapman(DevelopmentRow::Classroom) / hours_per_day * internal;
                }
                if assisted {
                    q.assistant_days += paid * local(trainers.assistant.priced_locally);
                    shape.assistant = true;
                }
                if channel.venue {
                    let venue_days = c * split.paid_days(costs.venue.half_day_share);
                    if s.venue_costs_money() {
                        q.venue_days += venue_days * local(costs.venue.local);
                    }
                }
                let days_attended = f64::from(split.sessions) / f64::from(spd);
                if channel.catering && s.catering {
                    q.catering_days += people * days_attended * local(costs.catering.local);
                }
                if s.trainer_travels && in_person && vendor {
                    // One round trip per class and phase; a night before each teaching day.
                    q.trips += c * f64::from(s.phases);
                    q.nights += f64::from(classes * split.calendar_days());
                }
                q.coordination_hours += c
                    * (f64::from(s.phases) * coordination.hours_per_class_phase
                        + days_attended * coordination.hours_per_class_day)
                    * local(coordination.local);
                if classes >= shape.classes {
                    shape.classes = classes;
                    shape.class_limit = limit;
                }
                shape.sessions_per_class = shape.sessions_per_class.max(split.sessions);
                shape.days_per_class = shape.days_per_class.max(split.calendar_days());
            }
            TrainerPresence::Once | TrainerPresence::None => {
                if channel.trainer == TrainerPresence::Once {
                    // The trainer records the content once.
                    let split = Schedule::new(needed, 1, spd);
                    let paid = split.paid_days(trainers.half_day_share);
                    if tier.is_some() {
                        q.trainer_days += paid;
                    } else {
                        q.internal_days += paid * local(trainers.internal.priced_locally);
                    }
                }
                // Custom e-learning is built from nothing, by the vendor or the company's team.
                q.elearning_hours += chapman(channel.development);
                q.development_by_vendor |= vendor;
                q.coordination_hours +=
                    coordination.hours_per_class_phase * local(coordination.local);
                if shape.class_limit == 0 {
                    shape.class_limit = channel.class_limit;
                    shape.classes = shape.classes.max(1);
                }
            }
        }
        // One set per person whatever the number of channels that use it.
        if channel.printed_materials {
            q.printed_sets = people;
        } else if q.printed_sets == 0.0 {
            q.digital_sets = people;
        }
        match channel.platform {
            Platform::Live => q.live_seats = people,
            Platform::Lms => q.lms_seats = people,
            Platform::None => {}
        }
    }
    if q.printed_sets > 0.0 {
        q.digital_sets = 0.0;
    }
    Ok(())
}

/// Whether the route's quantities multiply this rate at all.
fn uses(q: &Quantities, sourcing: Sourcing, driver: Driver) -> bool {
    let outside = q.trainer_days + q.live_trainer_days > 0.0;
    let customising = q.customise;
    let developing = customising || q.elearning_hours > 0.0;
    match driver {
        Driver::Industry => outside || (developing && q.development_by_vendor),
        Driver::TrainerDay => outside,
        Driver::LiveShare => q.live_trainer_days > 0.0,
        Driver::AssistantDay => q.assistant_days > 0.0,
        Driver::InternalDay => q.internal_days + q.internal_prep_days > 0.0,
        Driver::VenueDay => q.venue_days > 0.0,
        Driver::PrintedSet => q.printed_sets > 0.0,
        Driver::DigitalSet => q.digital_sets > 0.0,
        Driver::Catering => q.catering_days > 0.0,
        Driver::Travel => q.trips > 0.0,
        Driver::Lodging => q.nights > 0.0,
        Driver::CoordinationHour => q.coordination_hours > 0.0,
        Driver::DevelopmentHour => developing,
        Driver::Adaptation => customising || q.internal_prep_days > 0.0,
        Driver::Tailoring => customising,
        Driver::LiveSeat => q.live_seats > 0.0,
        Driver::LmsSeat => q.lms_seats > 0.0,
        Driver::PublicSeatDay => q.public_seat_days > 0.0,
        Driver::OnlineSeatHour | Driver::OnlineVolume => q.online_seat_hours > 0.0,
        Driver::SeatPremium => matches!(sourcing, Sourcing::Public | Sourcing::OnlineCourse),
    }
}

/// Sum of a set of lines, in a fixed order, so a total always equals the sum of its lines.
pub fn total(lines: &Lines) -> f64 {
    lines.iter().sum()
}

/// The cash cost before the reserve: what is paid out for the course itself.
pub fn cash(lines: &Lines) -> f64 {
    Category::ALL
        .iter()
        .filter(|c| c.is_cash())
        .map(|&c| lines[c as usize])
        .sum()
}

fn scaled(hours: &DepthHours, share: f64) -> DepthHours {
    DepthHours {
        basic: hours.basic * share,
        standard: hours.standard * share,
        deep: hours.deep * share,
    }
}

#[cfg(test)]
mod tests {
    use super::Schedule;

    #[test]
    fn sessions_are_booked_as_whole_days_where_the_phases_allow() {
        // 12 half-days in 5 phases: whole days only (e.g. 2+1+1+1+1), no part-days.
        let s = Schedule::new(12, 5, 2);
        assert_eq!((s.whole_days, s.partial_days.len()), (6, 0));
        assert_eq!(s.paid_days(0.6), 6.0);
        // 3 half-days in one block: a day and a half-day.
        let s = Schedule::new(3, 1, 2);
        assert_eq!(s.paid_days(0.6), 1.6);
        assert_eq!(s.calendar_days(), 2);
        // 4 half-days in 3 phases: one whole day and two half-days.
        let s = Schedule::new(4, 3, 2);
        assert_eq!((s.whole_days, s.partial_days.clone()), (1, vec![1, 1]));
        assert_eq!(s.calendar_days(), 3);
    }

    #[test]
    fn paid_days_never_fall_as_phases_or_sessions_grow() {
        for spd in 1..=4 {
            for phases in 1..=12 {
                for sessions in phases..=40 {
                    let here = Schedule::new(sessions, phases, spd);
                    assert_eq!(
                        here.whole_days * spd + here.partial_days.iter().sum::<u32>(),
                        sessions,
                        "every session is placed"
                    );
                    let more_phases = Schedule::new(sessions.max(phases + 1), phases + 1, spd);
                    let more_sessions = Schedule::new(sessions + 1, phases, spd);
                    for share in [0.5, 0.65, 1.0] {
                        assert!(more_phases.paid_days(share) >= here.paid_days(share));
                        assert!(more_sessions.paid_days(share) >= here.paid_days(share));
                    }
                }
            }
        }
    }
}
