//! The year's programme as the page holds it: the programme (what is saved), its cost and caps
//! worked out after each change, what is typed wrong and where, and a proposal under the cap
//! that the user takes change by change.

use std::collections::BTreeMap;
use std::rc::Rc;

use model::Lang;
use model::budget::check_wage_bill;
use model::cost::{Costing, Field, Input, Scenario};
use model::i18n;
use model::plan::Plan;
use model::typed::NumberError;

use super::field_problem::FieldProblem;
use model::vocab::{Audience, DepthHours};
use model::year::{
    CapKind, Caps, Change, Course, CourseId, Heading, Period, Priced, Priority, Programme,
    Proposal, YearCost, propose,
};

use crate::catalog::catalog;

/// A number field of the year's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum YearField {
    Headcount(CourseId),
    Hours(CourseId),
    /// A choice of the course the model refused (its route, trainer, delivery and city
    /// together).
    Course(CourseId),
    WageBill,
    Staff,
    Cap,
    LastYear,
}

/// A change to one course.
#[derive(Debug, Clone, PartialEq)]
pub enum CourseEdit {
    Name(String),
    Department(String),
    Audience(Audience),
    Period(Period),
    Priority(Priority),
    /// A field of its scenario (people, city, route, trainer, delivery).
    Set(Input),
    /// Teaching hours, all at the course's main depth.
    Hours(f64),
    Deferred(bool),
}

/// A figure typed for the caps; `None` when the box is emptied.
#[derive(Debug, Clone, PartialEq)]
pub enum CapEdit {
    WageBill(Option<f64>),
    Staff(Option<f64>),
    WageCity(String),
    HighFund(bool),
    Cap(Option<f64>),
    CapKind(CapKind),
}

#[derive(Debug, Clone, PartialEq)]
pub enum YearAction {
    /// Adds the default course, named in `Lang`.
    AddDefault(Lang),
    /// Adds an estimator option's scenario as a course, named `String`, in the department a
    /// new course gets in `Lang`.
    AddScenario(String, Scenario, Lang),
    /// Adds a course from a planner's plan, priced in the setting of `Scenario`.
    AddPlan(Plan, Scenario, Lang),
    Remove(CourseId),
    Edit(CourseId, CourseEdit),
    /// A number field does not read as a number: marked, nothing changed.
    Unreadable(YearField, NumberError),
    Caps(CapEdit),
    /// Last year's spending of a department, `None` to clear it.
    LastYear(String, Option<f64>),
    Heading(Heading),
    /// Work out a programme under the cap.
    Propose,
    /// Take the proposal's change to this course.
    Accept(CourseId),
    /// Take every change of the proposal not yet taken.
    AcceptAll,
    /// Put the course back as it was before its change was taken.
    Undo(CourseId),
    CloseProposal,
}

/// Why a course could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearNotice {
    Full,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearState {
    pub programme: Programme,
    /// Each course priced, kept so that an edit prices again only the course it changed.
    priced: Vec<Rc<Priced>>,
    pub cost: Rc<YearCost>,
    pub problems: BTreeMap<YearField, FieldProblem>,
    pub proposal: Option<Proposal>,
    /// Courses as they were before a change of the proposal was taken, to undo it.
    pub taken: BTreeMap<CourseId, Course>,
    pub notice: Option<YearNotice>,
}

impl YearState {
    pub fn new(mut programme: Programme) -> YearState {
        programme.give_unique_ids();
        let priced = Priced::all(catalog(), &programme, &[]);
        YearState {
            cost: Rc::new(YearCost::from_priced(&programme, &priced)),
            priced,
            programme,
            problems: BTreeMap::new(),
            proposal: None,
            taken: BTreeMap::new(),
            notice: None,
        }
    }

    /// The caps as they stand.
    pub fn caps(&self) -> Caps {
        let first_city = self
            .programme
            .courses
            .first()
            .map(|c| c.scenario.city.as_str());
        Caps::new(
            catalog(),
            &self.programme.caps,
            self.cost.year.cost,
            self.cost.frontline,
            first_city,
        )
    }

    pub fn problem(&self, field: YearField) -> Option<&FieldProblem> {
        self.problems.get(&field)
    }

    fn priced_again(&mut self) {
        self.priced = Priced::all(catalog(), &self.programme, &self.priced);
        self.cost = Rc::new(YearCost::from_priced(&self.programme, &self.priced));
    }

    fn add(&mut self, course: Course) {
        let max = catalog().budget.year.max_courses;
        match self.programme.add(course, max) {
            Some(_) => self.notice = None,
            None => self.notice = Some(YearNotice::Full),
        }
    }

    pub fn reduce(&mut self, action: YearAction) {
        let rules = &catalog().budget.year;
        // A proposal is for the year it was made for: a change of the courses or the caps by
        // hand makes it another year, so it goes (the changes already taken stay).
        if matches!(
            action,
            YearAction::AddDefault(_)
                | YearAction::AddScenario(..)
                | YearAction::AddPlan(..)
                | YearAction::Remove(_)
                | YearAction::Edit(..)
                | YearAction::Caps(_)
        ) {
            self.proposal = None;
            self.taken.clear();
        }
        match action {
            YearAction::AddDefault(lang) => self.add(Course::default_for(catalog(), lang)),
            YearAction::AddScenario(name, scenario, lang) => {
                let department = lang.t(i18n::year::DEFAULT_DEPARTMENT).to_string();
                self.add(Course::new(name, department, scenario))
            }
            YearAction::AddPlan(plan, base, lang) => {
                self.add(Course::from_plan(catalog(), &plan, &base, lang))
            }
            YearAction::Remove(id) => {
                self.programme.remove(id);
                self.problems.retain(|f, _| {
                    !matches!(f, YearField::Headcount(c) | YearField::Hours(c) | YearField::Course(c) if *c == id)
                });
                self.taken.remove(&id);
            }
            YearAction::Edit(id, edit) => self.edit(id, edit, rules),
            YearAction::Unreadable(field, error) => {
                self.problems.insert(field, FieldProblem::Unreadable(error));
                return;
            }
            YearAction::Caps(edit) => self.edit_caps(edit),
            YearAction::LastYear(department, value) => {
                self.problems.remove(&YearField::LastYear);
                match value {
                    Some(v) if !(v.is_finite() && v >= 0.0) => {
                        self.problems
                            .insert(YearField::LastYear, FieldProblem::NotPositive);
                    }
                    Some(v) => {
                        self.programme.last_year.insert(department, v);
                    }
                    None => {
                        self.programme.last_year.remove(&department);
                    }
                }
                return;
            }
            YearAction::Heading(heading) => {
                self.programme.heading = heading;
                return;
            }
            YearAction::Propose => {
                self.proposal = self
                    .programme
                    .caps
                    .cap
                    .map(|cap| propose(catalog(), &self.programme, &self.cost, cap));
                self.taken.clear();
                return;
            }
            YearAction::Accept(id) => self.accept(id),
            YearAction::AcceptAll => {
                let ids: Vec<CourseId> = self
                    .proposal
                    .iter()
                    .flat_map(|p| p.changes.iter().map(|c| c.course))
                    .collect();
                for id in ids {
                    if !self.taken.contains_key(&id) {
                        self.accept(id);
                    }
                }
            }
            YearAction::Undo(id) => {
                if let Some(before) = self.taken.remove(&id)
                    && let Some(course) = self.programme.find_mut(id)
                {
                    *course = before;
                }
            }
            YearAction::CloseProposal => {
                self.proposal = None;
                self.taken.clear();
                return;
            }
        }
        self.priced_again();
    }

    fn edit(&mut self, id: CourseId, edit: CourseEdit, rules: &model::catalog::YearRules) {
        let Some(course) = self.programme.find_mut(id) else {
            return;
        };
        let mut scenario = course.scenario.clone();
        let field = match &edit {
            CourseEdit::Set(Input::Headcount(_)) => YearField::Headcount(id),
            CourseEdit::Hours(_) => YearField::Hours(id),
            _ => YearField::Course(id),
        };
        match edit {
            CourseEdit::Name(name) => {
                course.name = name.chars().take(rules.max_name_chars).collect();
            }
            CourseEdit::Department(d) => {
                course.department = d.chars().take(rules.max_department_chars).collect();
            }
            CourseEdit::Audience(a) => course.audience = a,
            CourseEdit::Period(p) => course.period = p,
            CourseEdit::Priority(p) => course.priority = p,
            CourseEdit::Deferred(d) => course.deferred = d,
            CourseEdit::Set(input) => {
                let leaves_internal =
                    matches!(input, Input::Sourcing(r) if r != model::vocab::Sourcing::Internal);
                input.apply(&mut scenario);
                // As in the estimator: leaving the internal route brings back the cheapest
                // outside tier rather than a course the model refuses.
                if leaves_internal && scenario.trainer == model::vocab::TrainerTier::Internal {
                    scenario.trainer = model::vocab::TrainerTier::Professional;
                }
            }
            CourseEdit::Hours(h) => {
                scenario.hours = DepthHours::single(scenario.hours.dominant(), h);
            }
        }
        if scenario == course.scenario {
            // The field reads as what the course already has (typed again after a mistake).
            self.problems.remove(&field);
            return;
        }
        match Costing::new(catalog(), &scenario) {
            Ok(_) => {
                course.scenario = scenario;
                self.problems.remove(&field);
                self.problems.remove(&YearField::Course(id));
            }
            Err(error) => {
                // Kept as it was; the refusal is said at the field it came from, or at the
                // course when it comes from its choices together.
                let at = match error.field() {
                    Field::Hours => YearField::Hours(id),
                    Field::Headcount => YearField::Headcount(id),
                    _ => field,
                };
                self.problems.insert(at, FieldProblem::Refused(error));
            }
        }
    }

    fn edit_caps(&mut self, edit: CapEdit) {
        let caps = &mut self.programme.caps;
        let positive = |v: Option<f64>| match v {
            Some(v) if !(v.is_finite() && v > 0.0) => Err(FieldProblem::NotPositive),
            other => Ok(other),
        };
        let mut settle = |field: YearField, result: Result<(), FieldProblem>| match result {
            Ok(()) => {
                self.problems.remove(&field);
            }
            Err(p) => {
                self.problems.insert(field, p);
            }
        };
        match edit {
            CapEdit::WageBill(v) => {
                let staff = caps.staff.unwrap_or(1);
                let rules = &catalog().budget.wage_bill;
                let checked = match v {
                    None => Ok(None),
                    Some(v) => check_wage_bill(v, staff, rules)
                        .map(Some)
                        .map_err(FieldProblem::WageBill),
                };
                settle(YearField::WageBill, checked.map(|v| caps.wage_bill = v));
            }
            CapEdit::Staff(v) => {
                let checked = positive(v).and_then(|v| match v {
                    Some(v) if v.fract() != 0.0 => {
                        Err(FieldProblem::Unreadable(NumberError::NotWhole))
                    }
                    v => Ok(v.map(|v| v.min(f64::from(u32::MAX)) as u32)),
                });
                settle(YearField::Staff, checked.map(|v| caps.staff = v));
            }
            CapEdit::Cap(v) => settle(YearField::Cap, positive(v).map(|v| caps.cap = v)),
            CapEdit::WageCity(city) => caps.wage_city = Some(city),
            CapEdit::HighFund(high) => caps.high_fund = high,
            CapEdit::CapKind(kind) => caps.cap_kind = kind,
        }
    }

    fn accept(&mut self, id: CourseId) {
        let Some(proposed) = self
            .proposal
            .as_ref()
            .and_then(|p| p.changes.iter().find(|c| c.course == id))
        else {
            return;
        };
        let change = proposed.change.clone();
        let Some(course) = self.programme.find_mut(id) else {
            return;
        };
        self.taken.entry(id).or_insert_with(|| course.clone());
        match change {
            Change::Move(_, scenario) => course.scenario = scenario,
            Change::Defer => course.deferred = true,
        }
    }
}
