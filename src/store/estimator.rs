//! The estimator's part of the store: the options (scenarios) compared side by side, one being
//! edited.
//!
//! Each option keeps what the user last typed (`draft`) apart from the last scenario the model
//! accepted (`outcome`), so a bad value shows its message while the last good estimate stays
//! on screen and nothing else is reset. Pure: tested natively.

use std::rc::Rc;

use crate::catalog::catalog;
use model::Catalog;
use model::cost::{Outcome, ParticipantTime, Scenario, ScenarioError};
use model::vocab::{Activity, DeliveryMode, Depth, DepthHours, Route, TrainerTier, Venue};

/// The most options a user compares at once (`data/`).
pub fn max_options() -> usize {
    catalog().pricing.limits.max_options
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionState {
    /// The scenario as the user has set it, valid or not.
    pub draft: Scenario,
    /// The last valid scenario's results.
    pub outcome: Rc<Outcome>,
    /// Why `draft` cannot be priced, if it cannot.
    pub error: Option<ScenarioError>,
    /// The depth chosen for a quick estimate. Kept apart from the draft's hours: hours that are
    /// zero or not a number have no depth of their own, and typing them must not change it.
    pub depth: Depth,
}

impl OptionState {
    /// `None` when the scenario cannot be priced (the caller keeps what it had).
    fn priced(catalog: &Catalog, scenario: Scenario) -> Result<OptionState, ScenarioError> {
        let outcome = Outcome::compute(catalog, &scenario)?;
        Ok(OptionState {
            depth: scenario.hours.dominant(),
            draft: scenario,
            outcome: Rc::new(outcome),
            error: None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EstimatorState {
    pub options: Vec<OptionState>,
    pub active: usize,
    /// A problem that is not about one field (a scenario from a link that could not be priced).
    pub notice: Option<ScenarioError>,
    /// A link's scenario that found no room beside the options: the page asks which option it
    /// should replace, if any. Nothing is replaced without that answer.
    pub waiting: Option<Scenario>,
}

/// One edit of the scenario being shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Headcount(f64),
    City(String),
    Industry(String),
    Route(Route),
    Mode(DeliveryMode),
    Trainer(TrainerTier),
    TrainerTravels(bool),
    Depth(Depth),
    Hours(f64),
    Phases(f64),
    Activity(Activity, bool),
    Assistant(bool),
    Venue(Venue),
    Catering(bool),
    Customise(bool),
    CourseElsewhere(bool),
    ParticipantTime(ParticipantTime),
    Contingency(f64),
    Vat(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum EstimateAction {
    Edit(Change),
    /// Start a new option as a copy of the one on screen.
    AddOption,
    /// Add a scenario (a share link's) as an option beside the others and show it; when there is
    /// no room, it waits for the user to choose an option to replace.
    AddScenario(Scenario),
    /// Put the waiting scenario in place of option `i`.
    ReplaceWithWaiting(usize),
    DismissWaiting,
    RemoveOption(usize),
    Show(usize),
}

/// Up to [`max_options`] options from scenarios, skipping any the model refuses.
fn priced_options(catalog: &Catalog, scenarios: Vec<Scenario>) -> Vec<OptionState> {
    scenarios
        .into_iter()
        .take(max_options())
        .filter_map(|s| OptionState::priced(catalog, s).ok())
        .collect()
}

/// Whole numbers from a field: out-of-range values saturate, so the model reports them.
fn whole(v: f64) -> i64 {
    v as i64
}

/// The draft after `change`; `depth` is the option's quick-estimate depth.
fn apply(s: &Scenario, depth: Depth, change: Change) -> Scenario {
    let mut s = s.clone();
    match change {
        Change::Headcount(v) => s.headcount = whole(v),
        Change::City(id) => s.city = id,
        Change::Industry(id) => s.industry = id,
        Change::Route(r) => {
            s.route = r;
            // An internal trainer is not on the market: leaving the internal route brings back
            // the cheapest outside tier rather than a scenario the model refuses.
            if r != Route::Internal && s.trainer == TrainerTier::Internal {
                s.trainer = TrainerTier::Professional;
            }
        }
        Change::Mode(m) => s.mode = m,
        Change::Trainer(t) => s.trainer = t,
        Change::TrainerTravels(b) => s.trainer_travels = b,
        // A quick estimate puts every hour at one depth.
        Change::Depth(d) => s.hours = DepthHours::single(d, s.hours.total()),
        Change::Hours(h) => s.hours = DepthHours::single(depth, h),
        Change::Phases(p) => s.phases = whole(p).clamp(0, i64::from(u32::MAX)) as u32,
        Change::Activity(a, on) => {
            if on {
                s.activities.insert(a);
            } else {
                s.activities.remove(&a);
            }
        }
        Change::Assistant(b) => s.assistant_trainer = b,
        Change::Venue(v) => s.venue = v,
        Change::Catering(b) => s.catering = b,
        Change::Customise(b) => s.customise = b,
        Change::CourseElsewhere(b) => s.course_elsewhere = b,
        Change::ParticipantTime(p) => s.participant_time = p,
        Change::Contingency(v) => s.contingency_pct = v,
        Change::Vat(v) => s.vat_pct = v,
    }
    s
}

impl EstimatorState {
    /// Opens on `scenario`; if the model refuses it (a bad link), on the default scenario with
    /// the problem shown.
    pub fn new(scenario: Scenario) -> Result<EstimatorState, ScenarioError> {
        let catalog = catalog();
        let (first, notice) = match OptionState::priced(catalog, scenario.clone()) {
            Ok(o) => (o, None),
            Err(e) => {
                let mut fallback = OptionState::priced(catalog, Scenario::default_for(catalog))?;
                fallback.draft = scenario;
                fallback.error = Some(e.clone());
                (fallback, Some(e))
            }
        };
        Ok(EstimatorState {
            options: vec![first],
            active: 0,
            notice,
            waiting: None,
        })
    }

    /// Opens on saved options (each already checked by the importer); the default scenario if
    /// none can be priced.
    pub fn with_options(scenarios: Vec<Scenario>) -> Result<EstimatorState, ScenarioError> {
        let options = priced_options(catalog(), scenarios);
        if options.is_empty() {
            return EstimatorState::new(Scenario::default_for(catalog()));
        }
        Ok(EstimatorState {
            options,
            active: 0,
            notice: None,
            waiting: None,
        })
    }

    pub fn current(&self) -> &OptionState {
        &self.options[self.active.min(self.options.len() - 1)]
    }

    /// The scenarios kept in the store: each option's last priced one.
    pub fn scenarios(&self) -> Vec<Scenario> {
        self.options
            .iter()
            .map(|o| o.outcome.scenario.clone())
            .collect()
    }

    /// Whether another option fits.
    pub fn has_room(&self) -> bool {
        self.options.len() < max_options()
    }

    pub fn reduce(&mut self, action: EstimateAction) {
        let catalog = catalog();
        match action {
            EstimateAction::Edit(change) => {
                let i = self.active;
                let depth = match change {
                    Change::Depth(d) => d,
                    _ => self.options[i].depth,
                };
                let draft = apply(&self.options[i].draft, self.options[i].depth, change);
                match OptionState::priced(catalog, draft.clone()) {
                    Ok(priced) => {
                        self.options[i] = priced;
                        self.notice = None;
                    }
                    Err(e) => {
                        self.options[i].draft = draft;
                        self.options[i].error = Some(e);
                        self.options[i].depth = depth;
                    }
                }
            }
            EstimateAction::AddOption => {
                if self.has_room() {
                    let copy = self.current().clone();
                    self.options.push(copy);
                    self.active = self.options.len() - 1;
                }
            }
            EstimateAction::AddScenario(scenario) => {
                // The same scenario again (a link opened twice) is shown, not added twice.
                if let Some(i) = self
                    .options
                    .iter()
                    .position(|o| o.outcome.scenario == scenario)
                {
                    self.active = i;
                    return;
                }
                if !self.has_room() {
                    self.waiting = Some(scenario);
                    return;
                }
                match OptionState::priced(catalog, scenario) {
                    Ok(option) => {
                        self.options.push(option);
                        self.active = self.options.len() - 1;
                        self.notice = None;
                    }
                    Err(e) => self.notice = Some(e),
                }
            }
            EstimateAction::ReplaceWithWaiting(i) => {
                if i < self.options.len()
                    && let Some(scenario) = self.waiting.take()
                {
                    match OptionState::priced(catalog, scenario) {
                        Ok(option) => {
                            self.options[i] = option;
                            self.active = i;
                        }
                        Err(e) => self.notice = Some(e),
                    }
                }
            }
            EstimateAction::DismissWaiting => self.waiting = None,
            EstimateAction::RemoveOption(i) => {
                if self.options.len() > 1 && i < self.options.len() {
                    self.options.remove(i);
                    self.active = self.active.min(self.options.len() - 1);
                }
            }
            EstimateAction::Show(i) => {
                if i < self.options.len() {
                    self.active = i;
                }
            }
        }
    }
}

/// An option's name: 方案 A, B, C.
pub fn option_name(i: usize, lang: model::Lang) -> String {
    let letter = u8::try_from(i)
        .ok()
        .and_then(|i| b'A'.checked_add(i))
        .map_or('?', char::from);
    format!("{}{letter}", lang.pick("方案 ", "Option "))
}
