//! `data/costs.toml`: unit costs (venues, materials, coordination, development, platforms,
//! participants' time).

use serde::{Deserialize, Serialize};

use super::checks::half_day_share;
use super::delivery::DevelopmentRow;
use super::{ByDepth, Checker, DataFile, Range, Source};
use crate::vocab::{Depth, Venue};

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

impl Participants {
    /// What an hour of a participant's time costs the company in a city with this price
    /// index: the national average wage scaled by the city, the share that is staff cost, over
    /// the hours worked in a year.
    pub fn hourly_wage(&self, city_index: f64) -> f64 {
        self.national_wage * city_index * self.staff_share / self.working_hours_per_year
    }

    /// The same for a working day, in whole yuan: what the form offers when the user chooses to
    /// type a daily wage.
    pub fn daily_wage(&self, city_index: f64) -> f64 {
        (self.hourly_wage(city_index) * self.hours_per_working_day).round()
    }
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
