//! A course of the year's programme and the programme itself, as the user writes them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::cost::Scenario;
use crate::heading::{DocumentHeading, Part, part};
use crate::i18n;
use crate::plan::Plan;
use crate::vocab::{Audience, choice_enum};
use crate::{Catalog, Lang};

use super::caps::CapInputs;

choice_enum! {
    /// How much the company needs the course this year: a must-have is never cut or changed by
    /// a proposal under a cap; the others are weighed (`data/budget.toml`, `[year]`).
    Priority {
        Must = "must", i18n::priority::MUST;
        Should = "should", i18n::priority::SHOULD;
        Could = "could", i18n::priority::COULD;
    }
}

choice_enum! {
    /// When in the year the course runs: a quarter, or a month when it is known.
    Period {
        Q1 = "q1", i18n::period::Q1;
        Q2 = "q2", i18n::period::Q2;
        Q3 = "q3", i18n::period::Q3;
        Q4 = "q4", i18n::period::Q4;
        M1 = "m1", i18n::period::M1;
        M2 = "m2", i18n::period::M2;
        M3 = "m3", i18n::period::M3;
        M4 = "m4", i18n::period::M4;
        M5 = "m5", i18n::period::M5;
        M6 = "m6", i18n::period::M6;
        M7 = "m7", i18n::period::M7;
        M8 = "m8", i18n::period::M8;
        M9 = "m9", i18n::period::M9;
        M10 = "m10", i18n::period::M10;
        M11 = "m11", i18n::period::M11;
        M12 = "m12", i18n::period::M12;
    }
}

impl Period {
    /// The quarter it falls in, 0 to 3 (the cash a quarter needs).
    pub fn quarter(self) -> usize {
        let i = self as usize;
        if i < 4 { i } else { (i - 4) / 3 }
    }
}

/// A course's id within its programme: never reused, so an edit lands on the course it was
/// made on wherever the course has moved in the table.
pub type CourseId = u32;

/// One row of the year's programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub id: CourseId,
    pub name: String,
    pub department: String,
    pub audience: Audience,
    pub period: Period,
    pub priority: Priority,
    /// What is bought and for whom (people, hours by depth, route, trainer, delivery, city…),
    /// priced by the same model as the estimator.
    pub scenario: Scenario,
    /// Left to a later year: still in the table, priced, not counted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deferred: bool,
}

/// Next year's training as the user plans it: the courses, what they are held against, last
/// year's spending by department and the heading of the printed plan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub courses: Vec<Course>,
    /// The id the next course gets.
    pub next_id: CourseId,
    #[serde(default)]
    pub caps: CapInputs,
    /// Last year's spending by department, in CNY, where the user typed it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub last_year: BTreeMap<String, f64>,
    #[serde(default)]
    pub heading: Heading,
}

/// The heading of the printed plan (年度培训计划表) and who signs it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Heading {
    pub number: String,
    pub company: String,
    /// The year planned, as typed (2027).
    pub year: String,
    pub prepared_by: String,
    pub reviewed_by: String,
    pub approved_by: String,
}

impl DocumentHeading for Heading {
    const PARTICULARS: &'static [Part<Heading>] = &[
        part!("number", i18n::common::NUMBER, number),
        part!("company", i18n::year::COMPANY, company),
        part!("year", i18n::year::YEAR, year),
    ];
    const SIGNATURES: &'static [Part<Heading>] = &[
        part!("prepared", i18n::work_file::PREPARED_BY, prepared_by),
        part!("reviewed", i18n::work_file::REVIEWED_BY, reviewed_by),
        part!("approved", i18n::work_file::APPROVED_BY, approved_by),
    ];
}

impl Course {
    /// A course for the people and setting of `scenario`, named `name`, for the front line, in
    /// the first quarter, a should-have: what the user then edits.
    pub fn new(name: String, department: String, scenario: Scenario) -> Course {
        Course {
            id: 0,
            name,
            department,
            audience: Audience::Frontline,
            period: Period::Q1,
            priority: Priority::Should,
            scenario,
            deferred: false,
        }
    }

    /// The default course: the default scenario of `data/pricing.toml`, named for complaint
    /// handling, for the customer service department.
    pub fn default_for(catalog: &Catalog, lang: Lang) -> Course {
        Course::new(
            lang.t(i18n::year::DEFAULT_COURSE).to_string(),
            lang.t(i18n::year::DEFAULT_DEPARTMENT).to_string(),
            Scenario::default_for(catalog),
        )
    }

    /// A course made from a planner's plan: its modules' hours at their depths, its activities
    /// and phases, for its audience, priced in `base`'s setting (the option it is priced with).
    pub fn from_plan(catalog: &Catalog, plan: &Plan, base: &Scenario, lang: Lang) -> Course {
        let scenario = plan.applied_to(base, &catalog.modules);
        let hours = crate::number::plain(scenario.total_hours(), 1);
        Course {
            audience: plan.audience,
            ..Course::new(
                lang.fill(i18n::year::COURSE_FROM_PLAN, &[("hours", &hours)]),
                lang.t(i18n::year::DEFAULT_DEPARTMENT).to_string(),
                scenario,
            )
        }
    }

    /// People trained on it (a negative headcount, refused by the model, counts none).
    pub fn people(&self) -> u32 {
        u32::try_from(self.scenario.headcount).unwrap_or(0)
    }
}

impl Programme {
    /// Adds `course` at the end with the next id; the id given. Refused (`None`) once the year
    /// holds `max` courses.
    pub fn add(&mut self, mut course: Course, max: usize) -> Option<CourseId> {
        if self.courses.len() >= max {
            return None;
        }
        let id = self.next_free_id();
        course.id = id;
        self.next_id = id + 1;
        self.courses.push(course);
        Some(id)
    }

    /// An id no course has, from `next_id` up (a hand-edited file may hold anything).
    fn next_free_id(&self) -> CourseId {
        let highest = self.courses.iter().map(|c| c.id + 1).max().unwrap_or(0);
        self.next_id.max(highest)
    }

    pub fn find(&self, id: CourseId) -> Option<&Course> {
        self.courses.iter().find(|c| c.id == id)
    }

    pub fn find_mut(&mut self, id: CourseId) -> Option<&mut Course> {
        self.courses.iter_mut().find(|c| c.id == id)
    }

    pub fn remove(&mut self, id: CourseId) -> Option<Course> {
        let at = self.courses.iter().position(|c| c.id == id)?;
        Some(self.courses.remove(at))
    }

    /// The departments, in the order they first appear in the table.
    pub fn departments(&self) -> Vec<&str> {
        let mut seen: Vec<&str> = Vec::new();
        for course in &self.courses {
            let d = course.department.trim();
            if !seen.contains(&d) {
                seen.push(d);
            }
        }
        seen
    }

    /// Gives every course whose id an earlier course has (a hand-edited file) a new one.
    pub fn give_unique_ids(&mut self) {
        let mut seen = std::collections::BTreeSet::new();
        let mut next = self.next_free_id();
        for course in &mut self.courses {
            if !seen.insert(course.id) {
                course.id = next;
                seen.insert(next);
                next += 1;
            }
        }
        self.next_id = next;
    }

    pub fn is_empty(&self) -> bool {
        *self == Programme::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_fall_in_their_quarters() {
        assert_eq!(Period::Q1.quarter(), 0);
        assert_eq!(Period::Q4.quarter(), 3);
        assert_eq!(Period::M1.quarter(), 0);
        assert_eq!(Period::M3.quarter(), 0);
        assert_eq!(Period::M4.quarter(), 1);
        assert_eq!(Period::M9.quarter(), 2);
        assert_eq!(Period::M10.quarter(), 3);
        assert_eq!(Period::M12.quarter(), 3);
    }

    #[test]
    fn ids_are_never_reused() {
        let catalog = Catalog::from_toml_sources().unwrap();
        let mut year = Programme::default();
        let a = year
            .add(Course::default_for(&catalog, Lang::Zh), 10)
            .unwrap();
        let b = year
            .add(Course::default_for(&catalog, Lang::Zh), 10)
            .unwrap();
        year.remove(b);
        let c = year
            .add(Course::default_for(&catalog, Lang::Zh), 10)
            .unwrap();
        assert_eq!((a, b, c), (0, 1, 2));
        // A file whose next id lags its courses still gives a new id.
        year.next_id = 0;
        assert_eq!(
            year.add(Course::default_for(&catalog, Lang::Zh), 10),
            Some(3)
        );
        // Three courses is the most `3` allows.
        assert_eq!(year.courses.len(), 3);
        assert_eq!(year.add(Course::default_for(&catalog, Lang::Zh), 3), None);
    }
}
