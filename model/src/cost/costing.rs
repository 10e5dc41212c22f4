//! The arithmetic of a course's cost, in two steps.
//!
//! 1. [`Costing::new`] turns a scenario into *quantities*: trainer days, venue days, person-days
//!    of catering, development hours… These depend on the scenario only, never on a rate.
//! 2. [`Costing::lines`] multiplies the quantities by one value of every uncertain rate
//!    ([`Driver`]) and returns the cost of each [`Category`].
//!
//! The split is what makes the range cheap: the point estimate, the low and high bounds, each
//! Monte Carlo draw and each sensitivity swing are all step 2 with different rates picked.

use crate::Catalog;
use crate::data::Range;
use crate::vocab::choice_enum;
use crate::vocab::{Activity, DeliveryMode, DepthHours};

use super::rates::{Platform, TrainerPresence};
use super::scenario::{ParticipantTime, Scenario, ScenarioError, validate};

choice_enum! {
    /// An uncertain rate from `data/`: each has a low / likely / high range.
    Driver {
        Industry = "industry", "行业系数", "Industry factor";
        TrainerDay = "trainer-day", "讲师日费", "Trainer day rate";
        AssistantDay = "assistant-day", "助教日费", "Assistant day rate";
        VenueDay = "venue-day", "场地日租", "Venue per day";
        Equipment = "equipment", "设备日租", "Equipment per day";
        PrintedSet = "printed-set", "纸质教材", "Printed materials per set";
        DigitalSet = "digital-set", "电子资料", "Digital materials per person";
        Catering = "catering", "餐饮", "Catering per person-day";
        Travel = "travel", "往返交通", "Round trip";
        Lodging = "lodging", "住宿", "Lodging per night";
        CoordinationHour = "coordination-hour", "组织协调工时", "Coordination per hour";
        DevelopmentHour = "development-hour", "开发工时费", "Development per hour";
        Adaptation = "adaptation", "课程改编比例", "Share of development needed";
        Tailoring = "tailoring", "需求调研与定制工时", "Needs analysis and tailoring hours";
        LiveSeat = "live-seat", "直播平台席位", "Live platform per seat";
        LmsSeat = "lms-seat", "学习平台席位", "Learning platform per seat";
    }
}

choice_enum! {
    /// A line of the estimate. The order is the order of the table.
    Category {
        TrainerFees = "trainer-fees", "讲师费", "Trainer fees";
        TrainerTravel = "trainer-travel", "讲师差旅与住宿", "Trainer travel and lodging";
        Venue = "venue", "场地", "Venue";
        Equipment = "equipment", "设备", "Equipment";
        Materials = "materials", "教材资料", "Materials";
        Catering = "catering", "餐饮茶歇", "Catering";
        Development = "development", "课程开发与线上制作", "Course development and online production";
        Platform = "platform", "平台许可", "Platform licences";
        Coordination = "coordination", "组织协调", "Coordination";
        ParticipantTime = "participant-time", "学员工时", "Participants' time";
        Contingency = "contingency", "不可预见费", "Contingency";
        Markup = "markup", "供应商加价", "Vendor markup";
        Tax = "tax", "增值税", "VAT";
    }
}

impl Category {
    /// Lines that are the cost of delivering the course (what markup and tax apply to).
    pub fn is_direct(self) -> bool {
        !matches!(
            self,
            Category::ParticipantTime | Category::Contingency | Category::Markup | Category::Tax
        )
    }
}

/// How one value of each uncertain rate is chosen: a bound, a swing of one rate, or a draw.
pub trait Pick {
    fn pick(&mut self, driver: Driver, range: &Range) -> f64;
}

/// Every rate at the same bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Low,
    Likely,
    High,
}

impl Bound {
    pub fn of(self, range: &Range) -> f64 {
        match self {
            Bound::Low => range.low,
            Bound::Likely => range.likely,
            Bound::High => range.high,
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

/// A scenario's quantities, ready to be priced with any choice of rates.
#[derive(Debug, Clone, PartialEq)]
pub struct Costing {
    /// The range of each driver, indexed by `Driver as usize`.
    ranges: [Range; Driver::COUNT],
    /// How much of each driver the course uses (days, sets, hours…), with the city index
    /// already applied where the driver is bought locally.
    quantity: [f64; Driver::COUNT],
    participant_time: f64,
    markup: f64,
    vat: f64,
    contingency: f64,
    pub(super) mode: DeliveryMode,
    /// Facts about the course's shape, shown beside the estimate.
    pub shape: Shape,
}

/// The course's shape as the quantities see it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Shape {
    pub headcount: u32,
    pub hours: f64,
    /// Classes (cohorts) the headcount is split into, for the channel that needs most.
    pub classes: u32,
    /// Largest class, from the mode's and activities' limits.
    pub class_limit: u32,
    /// Half-day sessions each class attends (over all phases).
    pub sessions_per_class: u32,
    /// Calendar teaching days each class attends.
    pub days_per_class: u32,
    pub phases: u32,
    pub city_index: f64,
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

impl Costing {
    /// Check the scenario and work out its quantities.
    pub fn new(catalog: &Catalog, s: &Scenario) -> Result<Costing, ScenarioError> {
        validate(s, catalog)?;
        let city = catalog.city(&s.city).ok_or_else(|| missing("city"))?;
        let industry = catalog
            .industry(&s.industry)
            .ok_or_else(|| missing("industry"))?;
        let trainers = &catalog.trainers;
        let tier = trainers
            .tier(s.trainer)
            .ok_or_else(|| missing("trainer tier"))?;
        let delivery = &catalog.delivery;
        let mix = delivery
            .mode(s.mode)
            .ok_or_else(|| missing("delivery mode"))?;
        let costs = &catalog.costs;
        let index = city.index();
        let headcount = u32::try_from(s.headcount).map_err(|_| missing("headcount"))?;
        let people = f64::from(headcount);
        let local = |is_local: bool| if is_local { index } else { 1.0 };

        // Activities: the smallest class any of them allows, and their extra development.
        let role_play = s.activities.contains(&Activity::RolePlay);
        let assisted = s.assistant_trainer && role_play;
        let mut activity_limit = u32::MAX;
        let mut development_extra = 0.0;
        for &a in &s.activities {
            let rule = delivery.activity(a).ok_or_else(|| missing("activity"))?;
            let limit = match rule.assisted_class_limit {
                Some(l) if assisted => l,
                _ => rule.class_limit,
            };
            activity_limit = activity_limit.min(limit);
            development_extra += rule.development_extra;
        }

        let mut q = [0.0; Driver::COUNT];
        let mut shape = Shape {
            headcount,
            hours: s.total_hours(),
            classes: 1,
            class_limit: 0,
            sessions_per_class: 0,
            days_per_class: 0,
            phases: s.phases,
            city_index: index,
        };
        let spd = delivery.sessions_per_day;
        let coordination = &costs.coordination;
        let mut development_hours = 0.0;
        for part in &mix.channels {
            let channel = delivery
                .channel(part.channel)
                .ok_or_else(|| missing("channel"))?;
            let hours = scaled(&s.hours, part.share);
            if hours.total() <= 0.0 {
                continue;
            }
            // A session partly filled is still a session booked.
            let needed = (hours.total() / delivery.hours_per_session - 1e-9)
                .ceil()
                .max(1.0) as u32;
            let ratio = costs.development.ratio(channel.development);
            development_hours += crate::vocab::Depth::ALL
                .iter()
                .map(|&d| hours.get(d) * ratio.get(d))
                .sum::<f64>();
            match channel.trainer {
                TrainerPresence::PerClass => {
                    let limit = channel.class_limit.min(activity_limit);
                    let classes = headcount.div_ceil(limit);
                    // Every phase holds at least one session.
                    let split = Schedule::new(needed.max(s.phases), s.phases, spd);
                    let c = f64::from(classes);
                    let in_person = channel.venue;
                    let trainer_scale = if tier.priced_locally && !s.trainer_travels && in_person {
                        index
                    } else {
                        1.0
                    };
                    let trainer_days = c * split.paid_days(trainers.half_day_share);
                    q[Driver::TrainerDay as usize] += trainer_days * trainer_scale;
                    if assisted {
                        q[Driver::AssistantDay as usize] += trainer_days * index;
                    }
                    if channel.venue {
                        let venue_days = c * split.paid_days(costs.venue.half_day_share);
                        q[Driver::VenueDay as usize] += venue_days * local(costs.venue.local);
                        q[Driver::Equipment as usize] += venue_days * local(costs.equipment.local);
                    }
                    let days_attended = f64::from(split.sessions) / f64::from(spd);
                    if channel.catering {
                        q[Driver::Catering as usize] +=
                            people * days_attended * local(costs.catering.local);
                    }
                    if s.trainer_travels && in_person {
                        // One round trip per phase; a night before each teaching day.
                        q[Driver::Travel as usize] +=
                            f64::from(s.phases) * local(costs.travel.local);
                        q[Driver::Lodging as usize] +=
                            f64::from(classes * split.calendar_days()) * local(costs.lodging.local);
                    }
                    q[Driver::CoordinationHour as usize] += c
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
                        let split = Schedule::new(needed, 1, spd);
                        q[Driver::TrainerDay as usize] += split.paid_days(trainers.half_day_share);
                    }
                    // One round of set-up for a course people take on their own.
                    q[Driver::CoordinationHour as usize] +=
                        coordination.hours_per_class_phase * local(coordination.local);
                    if shape.class_limit == 0 {
                        shape.class_limit = channel.class_limit;
                    }
                }
            }
            let materials = if channel.printed_materials {
                (Driver::PrintedSet, costs.printed_materials.local)
            } else {
                (Driver::DigitalSet, costs.digital_materials.local)
            };
            // One set per person whatever the number of channels that use it.
            q[materials.0 as usize] = people * local(materials.1);
            match channel.platform {
                Platform::Live => q[Driver::LiveSeat as usize] = people,
                Platform::Lms => q[Driver::LmsSeat as usize] = people,
                Platform::None => {}
            }
        }
        q[Driver::DevelopmentHour as usize] = development_hours * (1.0 + development_extra);
        q[Driver::Adaptation as usize] = 1.0;
        q[Driver::Tailoring as usize] = 1.0;
        q[Driver::Industry as usize] = 1.0;

        let wages = &costs.participants;
        let hourly_wage = match s.participant_time {
            ParticipantTime::Off => 0.0,
            ParticipantTime::CityWage => {
                wages.national_wage * index * wages.staff_share / wages.working_hours_per_year
            }
            ParticipantTime::DailyWage { cny } => cny / wages.hours_per_working_day,
        };

        let mut ranges = [Range::default(); Driver::COUNT];
        for &d in Driver::ALL {
            ranges[d as usize] = match d {
                Driver::Industry => industry.factor,
                Driver::TrainerDay => tier.day_rate,
                Driver::AssistantDay => trainers.assistant.day_rate,
                Driver::VenueDay => costs.venue.day,
                Driver::Equipment => costs.equipment.cost,
                Driver::PrintedSet => costs.printed_materials.cost,
                Driver::DigitalSet => costs.digital_materials.cost,
                Driver::Catering => costs.catering.cost,
                Driver::Travel => costs.travel.cost,
                Driver::Lodging => costs.lodging.cost,
                Driver::CoordinationHour => coordination.hour,
                Driver::DevelopmentHour => costs.development.hour,
                Driver::Adaptation => costs.development.adaptation,
                Driver::Tailoring => costs.development.tailoring,
                Driver::LiveSeat => costs.platform.live_seat,
                Driver::LmsSeat => costs.platform.lms_seat,
            };
        }

        Ok(Costing {
            ranges,
            quantity: q,
            participant_time: people * shape.hours * hourly_wage,
            markup: s.markup_pct / 100.0,
            vat: s.vat_pct / 100.0,
            contingency: s.contingency_pct / 100.0,
            mode: s.mode,
            shape,
        })
    }

    pub fn range(&self, driver: Driver) -> Range {
        self.ranges[driver as usize]
    }

    /// Whether this scenario uses the driver at all (a rate it never multiplies cannot matter).
    pub fn uses(&self, driver: Driver) -> bool {
        match driver {
            Driver::Industry => {
                self.quantity[Driver::TrainerDay as usize] > 0.0
                    || self.quantity[Driver::DevelopmentHour as usize] > 0.0
            }
            Driver::Adaptation => self.quantity[Driver::DevelopmentHour as usize] > 0.0,
            Driver::Tailoring => true,
            d => self.quantity[d as usize] > 0.0,
        }
    }

    /// The cost of every category with rates chosen by `pick` (each driver picked once).
    pub fn lines(&self, pick: &mut impl Pick) -> Lines {
        let mut r = [0.0; Driver::COUNT];
        for &d in Driver::ALL {
            // A rate the course never multiplies is not drawn: it cannot change the cost, and
            // skipping it keeps a 10,000-draw simulation inside a frame.
            if self.uses(d) {
                r[d as usize] = pick.pick(d, &self.ranges[d as usize]);
            }
        }
        let q = &self.quantity;
        let cost = |d: Driver| q[d as usize] * r[d as usize];
        let industry = r[Driver::Industry as usize];

        let mut lines = [0.0; Category::COUNT];
        lines[Category::TrainerFees as usize] =
            cost(Driver::TrainerDay) * industry + cost(Driver::AssistantDay);
        lines[Category::TrainerTravel as usize] = cost(Driver::Travel) + cost(Driver::Lodging);
        lines[Category::Venue as usize] = cost(Driver::VenueDay);
        lines[Category::Equipment as usize] = cost(Driver::Equipment);
        lines[Category::Materials as usize] = cost(Driver::PrintedSet) + cost(Driver::DigitalSet);
        lines[Category::Catering as usize] = cost(Driver::Catering);
        // Adapting existing material scales with the course's length; tailoring is once per
        // course. Both are paid at the developer's hourly rate.
        let development_hours = q[Driver::DevelopmentHour as usize]
            * r[Driver::Adaptation as usize]
            + r[Driver::Tailoring as usize];
        lines[Category::Development as usize] =
            development_hours * r[Driver::DevelopmentHour as usize] * industry;
        lines[Category::Platform as usize] = cost(Driver::LiveSeat) + cost(Driver::LmsSeat);
        lines[Category::Coordination as usize] = cost(Driver::CoordinationHour);
        lines[Category::ParticipantTime as usize] = self.participant_time;

        let direct: f64 = Category::ALL
            .iter()
            .filter(|c| c.is_direct())
            .map(|&c| lines[c as usize])
            .sum();
        // A vendor marks up the delivery cost; VAT falls on the vendor's price; the budget
        // owner's reserve covers what they pay the vendor.
        let markup = direct * self.markup;
        let tax = (direct + markup) * self.vat;
        lines[Category::Markup as usize] = markup;
        lines[Category::Tax as usize] = tax;
        lines[Category::Contingency as usize] = (direct + markup + tax) * self.contingency;
        lines
    }

    /// The markup, VAT and contingency shares as fractions (for the in-house / vendor split).
    pub fn shares(&self) -> (f64, f64, f64) {
        (self.markup, self.vat, self.contingency)
    }
}

/// Sum of a set of lines, in a fixed order, so a total always equals the sum of its lines.
pub fn total(lines: &Lines) -> f64 {
    lines.iter().sum()
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
