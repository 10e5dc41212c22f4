//! The estimator's state: up to three options (scenarios) side by side, one being edited.
//!
//! Each option keeps what the user last typed (`draft`) apart from the last scenario the model
//! accepted (`outcome`), so a bad value shows its message while the last good estimate stays
//! on screen and nothing else is reset.

use std::rc::Rc;

use yew::Reducible;

use crate::model::Catalog;
use crate::model::cost::{Outcome, ParticipantTime, Scenario, ScenarioError};
use crate::model::vocab::{Activity, DeliveryMode, Depth, DepthHours, TrainerTier};

/// The most options a user compares at once.
pub const MAX_OPTIONS: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct OptionState {
    /// The scenario as the user has set it, valid or not.
    pub draft: Scenario,
    /// The last valid scenario's results.
    pub outcome: Rc<Outcome>,
    /// Why `draft` cannot be priced, if it cannot.
    pub error: Option<ScenarioError>,
}

impl OptionState {
    /// `None` when the scenario cannot be priced (the caller keeps what it had).
    fn priced(catalog: &Catalog, scenario: Scenario) -> Result<OptionState, ScenarioError> {
        let outcome = Outcome::compute(catalog, &scenario)?;
        Ok(OptionState {
            draft: scenario,
            outcome: Rc::new(outcome),
            error: None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct EstimatorState {
    pub catalog: Rc<Catalog>,
    pub options: Vec<OptionState>,
    pub active: usize,
    /// A problem that is not about one field (a scenario from a link that could not be priced).
    pub notice: Option<ScenarioError>,
}

impl PartialEq for EstimatorState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.catalog, &other.catalog)
            && self.options == other.options
            && self.active == other.active
            && self.notice == other.notice
    }
}

/// One edit of the scenario being shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Headcount(f64),
    City(String),
    Industry(String),
    Mode(DeliveryMode),
    Trainer(TrainerTier),
    TrainerTravels(bool),
    Depth(Depth),
    Hours(f64),
    Phases(f64),
    Activity(Activity, bool),
    Assistant(bool),
    ParticipantTime(ParticipantTime),
    Contingency(f64),
    Markup(f64),
    Vat(f64),
}

pub enum Action {
    Edit(Change),
    /// Start a new option as a copy of the one on screen.
    AddOption,
    RemoveOption(usize),
    Show(usize),
}

/// Up to [`MAX_OPTIONS`] options from scenarios, skipping any the model refuses.
fn priced_options(catalog: &Catalog, scenarios: Vec<Scenario>) -> Vec<OptionState> {
    scenarios
        .into_iter()
        .take(MAX_OPTIONS)
        .filter_map(|s| OptionState::priced(catalog, s).ok())
        .collect()
}

/// Whole numbers from a field: out-of-range values saturate, so the model reports them.
fn whole(v: f64) -> i64 {
    v as i64
}

fn apply(s: &Scenario, change: Change) -> Scenario {
    let mut s = s.clone();
    match change {
        Change::Headcount(v) => s.headcount = whole(v),
        Change::City(id) => s.city = id,
        Change::Industry(id) => s.industry = id,
        Change::Mode(m) => s.mode = m,
        Change::Trainer(t) => s.trainer = t,
        Change::TrainerTravels(b) => s.trainer_travels = b,
        // A quick estimate puts every hour at one depth.
        Change::Depth(d) => s.hours = DepthHours::single(d, s.hours.total()),
        Change::Hours(h) => s.hours = DepthHours::single(s.hours.dominant(), h),
        Change::Phases(p) => s.phases = whole(p).clamp(0, i64::from(u32::MAX)) as u32,
        Change::Activity(a, on) => {
            if on {
                s.activities.insert(a);
            } else {
                s.activities.remove(&a);
            }
        }
        Change::Assistant(b) => s.assistant_trainer = b,
        Change::ParticipantTime(p) => s.participant_time = p,
        Change::Contingency(v) => s.contingency_pct = v,
        Change::Markup(v) => s.markup_pct = v,
        Change::Vat(v) => s.vat_pct = v,
    }
    s
}

impl EstimatorState {
    /// Opens on `scenario`; if the model refuses it (a bad link), on the default scenario with
    /// the problem shown.
    pub fn new(catalog: Rc<Catalog>, scenario: Scenario) -> Result<EstimatorState, ScenarioError> {
        let (first, notice) = match OptionState::priced(&catalog, scenario.clone()) {
            Ok(o) => (o, None),
            Err(e) => {
                let mut fallback = OptionState::priced(&catalog, Scenario::default_for(&catalog))?;
                fallback.draft = scenario;
                fallback.error = Some(e.clone());
                (fallback, Some(e))
            }
        };
        Ok(EstimatorState {
            catalog,
            options: vec![first],
            active: 0,
            notice,
        })
    }

    /// Opens on saved options (each already checked by the importer); the default scenario if
    /// none can be priced.
    pub fn with_options(
        catalog: Rc<Catalog>,
        scenarios: Vec<Scenario>,
    ) -> Result<EstimatorState, ScenarioError> {
        let options = priced_options(&catalog, scenarios);
        if options.is_empty() {
            return EstimatorState::new(catalog.clone(), Scenario::default_for(&catalog));
        }
        Ok(EstimatorState {
            catalog,
            options,
            active: 0,
            notice: None,
        })
    }

    pub fn current(&self) -> &OptionState {
        &self.options[self.active.min(self.options.len() - 1)]
    }
}

impl Reducible for EstimatorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(change) => {
                let i = next.active;
                let draft = apply(&next.options[i].draft, change);
                match OptionState::priced(&next.catalog, draft.clone()) {
                    Ok(priced) => {
                        next.options[i] = priced;
                        next.notice = None;
                    }
                    Err(e) => {
                        next.options[i].draft = draft;
                        next.options[i].error = Some(e);
                    }
                }
            }
            Action::AddOption => {
                if next.options.len() < MAX_OPTIONS {
                    let copy = next.current().clone();
                    next.options.push(copy);
                    next.active = next.options.len() - 1;
                }
            }
            Action::RemoveOption(i) => {
                if next.options.len() > 1 && i < next.options.len() {
                    next.options.remove(i);
                    next.active = next.active.min(next.options.len() - 1);
                }
            }
            Action::Show(i) => {
                if i < next.options.len() {
                    next.active = i;
                }
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}
