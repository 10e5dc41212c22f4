//! The estimator's part of the store: the options (scenarios) compared side by side, one being
//! edited.
//!
//! Each option keeps what the user last typed (`draft`) apart from the last scenario the model
//! accepted (`point`), so a bad value shows its message while the last good estimate stays
//! on screen and nothing else is reset. Text typed in a number field that does not read as a
//! number never reaches the model: the field is recorded as unread ([`OptionState::unread`]),
//! and until it reads again the figures on screen are marked as those of the last good input
//! and nothing is issued or exported from the option. Each option has an id of its own
//! ([`OptionId`]), so an edit lands on the option it was made on wherever other windows have
//! moved it.
//!
//! An input is answered at once with the point estimate (the headline and the lines,
//! microseconds); the range, the curve and the sensitivities (a 10,000-draw Monte Carlo,
//! milliseconds) are an [`Analysed`] kept beside it, worked out by the app after the frame that
//! shows the new total and handed back with [`EstimateAction::Analysed`]. Until it arrives the
//! option keeps its last analysis, shown as updating; an action that leaves the scenario as it
//! was leaves the analysis as it was, so nothing is simulated twice for one scenario. Pure:
//! tested natively.

use model::i18n;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::catalog::catalog;
use crate::persist::work_file::{OptionId, OptionIds};
use model::Catalog;
use model::cost::{Analysis, Field, Input, Point, Scenario, ScenarioError};
use model::typed::NumberError;
use model::vocab::{Activity, Depth, DepthHours, Sourcing, TrainerTier};

/// The most options a user compares at once (`data/`).
pub fn max_options() -> usize {
    catalog().pricing.limits.max_options
}

/// The range, curve and sensitivities of one scenario ([`Analysis`]), shared by address.
///
/// Equal when their scenarios are: an analysis is a function of its scenario alone (one
/// catalog, the Monte Carlo's fixed seed), so comparing the scenario says all that comparing
/// 10,000 simulated totals would, which the store's check for a change does after every action.
#[derive(Debug, Clone)]
pub struct Analysed(pub Rc<Analysis>);

impl PartialEq for Analysed {
    fn eq(&self, other: &Analysed) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0.scenario == other.0.scenario
    }
}

impl std::ops::Deref for Analysed {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        &self.0
    }
}

/// The deferred step: the analysis of `scenario`, as the app works it out after the frame (and
/// as tests work it out to compare). `None` for a scenario the model refuses, which no option's
/// point estimate is for.
pub fn analyse(catalog: &Catalog, scenario: &Scenario) -> Option<Analysed> {
    Analysis::compute(catalog, scenario)
        .ok()
        .map(|a| Analysed(Rc::new(a)))
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionState {
    pub id: OptionId,
    /// The scenario as the user has set it, valid or not.
    pub draft: Scenario,
    /// The last valid scenario's point estimate.
    pub point: Rc<Point>,
    /// The last analysis worked out for this option: of `point`'s scenario, or while that one
    /// is pending ([`OptionState::analysing`]) of an earlier one, shown until the new one
    /// arrives; `None` before the first.
    pub analysis: Option<Analysed>,
    /// Why `draft` cannot be priced, if it cannot.
    pub error: Option<ScenarioError>,
    /// The depth chosen for a quick estimate. Kept apart from the draft's hours: hours that are
    /// zero or not a number have no depth of their own, and typing them must not change it.
    pub depth: Depth,
    /// Fields whose text does not read as a number, and why: what they hold never reached
    /// the draft.
    pub unread: BTreeMap<Field, NumberError>,
}

impl OptionState {
    /// The point estimate only: the analysis follows ([`EstimateAction::Analysed`]). `Err`
    /// when the scenario cannot be priced (the caller keeps what it had).
    fn priced(
        catalog: &Catalog,
        id: OptionId,
        scenario: Scenario,
    ) -> Result<OptionState, ScenarioError> {
        let point = Point::compute(catalog, &scenario)?;
        Ok(OptionState {
            id,
            depth: scenario.hours.dominant(),
            draft: scenario,
            point: Rc::new(point),
            analysis: None,
            error: None,
            unread: BTreeMap::new(),
        })
    }

    /// Whether the analysis on screen is not (yet) that of the point estimate's scenario.
    pub fn analysing(&self) -> bool {
        self.analysis
            .as_ref()
            .is_none_or(|a| a.scenario != self.point.scenario)
    }

    /// Whether the figures on screen are not those of what the fields now hold: a value the
    /// model refuses, or text that is not a number. Nothing is issued or exported from the
    /// option then.
    pub fn stale(&self) -> bool {
        self.error.is_some() || !self.unread.is_empty()
    }

    /// The first input in error: text that does not read as a number, else a value the model
    /// refuses. While there is one, nothing is quoted, exported or linked from the option.
    pub fn problem(&self) -> Option<(Field, OptionProblem)> {
        if let Some((field, e)) = self.unread.iter().next() {
            return Some((*field, OptionProblem::Unreadable(*e)));
        }
        let e = self.error.as_ref()?;
        Some((e.field(), OptionProblem::Refused(e.clone())))
    }

    /// Why nothing is exported from this option, named `name` (方案 B), in a sentence; `None`
    /// when it can be.
    pub fn held(&self, name: &str, lang: model::Lang) -> Option<String> {
        let (field, problem) = self.problem()?;
        let (label, why) = (field_label(field, lang), problem.message(lang));
        Some(lang.fill(
            i18n::store_estimator::FIELD_WRONG_BEFORE_EXPORT,
            &[("name", &name), ("label", &label), ("why", &why)],
        ))
    }
}

/// What an option has wrong on the estimate page.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionProblem {
    /// Text that does not read as a number.
    Unreadable(NumberError),
    /// A value the model refuses.
    Refused(ScenarioError),
}

impl OptionProblem {
    pub fn message(&self, lang: model::Lang) -> String {
        match self {
            OptionProblem::Unreadable(e) => e.message(lang).to_string(),
            OptionProblem::Refused(e) => e.message(lang),
        }
    }
}

/// A field's name on the estimate page, for a message shown elsewhere.
pub fn field_label(field: Field, lang: model::Lang) -> &'static str {
    match field {
        Field::Headcount => lang.t(i18n::common::HEADCOUNT),
        Field::City => lang.t(i18n::common::CITY),
        Field::Industry => lang.t(i18n::common::INDUSTRY),
        Field::Hours => lang.t(i18n::common::TEACHING_HOURS),
        Field::Phases => lang.t(i18n::common::PHASES),
        Field::Contingency => lang.t(i18n::common::CONTINGENCY),
        Field::Trainer => lang.t(i18n::common::TRAINER_TIER),
        Field::Vat => lang.t(i18n::store_estimator::VAT),
        Field::DailyWage => lang.t(i18n::common::PARTICIPANTS_DAILY_WAGE),
        Field::Data => lang.t(i18n::store_estimator::BUILT_IN_DATA),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EstimatorState {
    /// Usually at most [`max_options`]; more only when windows added options at the same
    /// moment (both are kept, and the page asks to remove one before another is added).
    pub options: Vec<OptionState>,
    pub active: usize,
    /// Where this window's new options get their ids.
    pub ids: OptionIds,
    /// A problem that is not about one field (a scenario from a link that could not be priced).
    pub notice: Option<ScenarioError>,
    /// A link's scenario that found no room beside the options: the page asks which option it
    /// should replace, if any. Nothing is replaced without that answer.
    pub waiting: Option<Scenario>,
}

/// One edit of the scenario being shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// One of the scenario's inputs, as the form's control gives it.
    Set(Input),
    /// A quick estimate's depth: every hour moves to it.
    Depth(Depth),
    /// A quick estimate's hours, all at the option's depth.
    Hours(f64),
    /// One activity on or off.
    Activity(Activity, bool),
}

impl Change {
    /// A headcount typed in its field: out-of-range values saturate, so the model reports them.
    pub fn headcount(typed: f64) -> Change {
        Change::Set(Input::Headcount(whole(typed)))
    }

    /// Phases typed in their field, as [`Change::headcount`].
    pub fn phases(typed: f64) -> Change {
        Change::Set(Input::Phases(
            whole(typed).clamp(0, i64::from(u32::MAX)) as u32
        ))
    }

    /// The field this change is typed in (what a refusal or unread text is shown beside).
    pub fn field(&self) -> Option<Field> {
        match self {
            Change::Set(input) => input.field(),
            Change::Hours(_) => Some(Field::Hours),
            Change::Depth(_) | Change::Activity(..) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum EstimateAction {
    Edit(Change),
    /// The deferred step's result: the analysis of the option `OptionId`'s scenario
    /// ([`EstimatorState::to_analyse`], [`analyse`]).
    Analysed(OptionId, Analysed),
    /// What is typed in a number field does not read as a number: the field is marked and the
    /// draft keeps its last value.
    Unreadable(Field, NumberError),
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

/// The id of the default option a window opens with when nothing is saved: the same in every
/// window, and the id the first option of a file before version 4 gets.
pub fn first_default_id() -> OptionId {
    OptionId("1".into())
}

/// Options from saved scenarios (each already checked by the reader), skipping any the model
/// refuses.
fn priced_options(catalog: &Catalog, scenarios: Vec<(OptionId, Scenario)>) -> Vec<OptionState> {
    scenarios
        .into_iter()
        .filter_map(|(id, s)| OptionState::priced(catalog, id, s).ok())
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
        Change::Set(input) => {
            let leaves_internal = matches!(input, Input::Sourcing(r) if r != Sourcing::Internal);
            input.apply(&mut s);
            // An internal trainer is not on the market: leaving the internal route brings back
            // the cheapest outside tier rather than a scenario the model refuses.
            if leaves_internal && s.trainer == TrainerTier::Internal {
                s.trainer = TrainerTier::Professional;
            }
        }
        // A quick estimate puts every hour at one depth.
        Change::Depth(d) => s.hours = DepthHours::single(d, s.hours.total()),
        Change::Hours(h) => s.hours = DepthHours::single(depth, h),
        Change::Activity(a, on) => {
            if on {
                s.activities.insert(a);
            } else {
                s.activities.remove(&a);
            }
        }
    }
    s
}

impl EstimatorState {
    /// Opens on `scenario` as the option `id`; if the model refuses it (a bad link), on the
    /// default scenario with the problem shown. New options get ids from `ids`.
    pub fn new(
        id: OptionId,
        scenario: Scenario,
        ids: OptionIds,
    ) -> Result<EstimatorState, ScenarioError> {
        let catalog = catalog();
        let (first, notice) = match OptionState::priced(catalog, id.clone(), scenario.clone()) {
            Ok(o) => (o, None),
            Err(e) => {
                let mut fallback =
                    OptionState::priced(catalog, id, Scenario::default_for(catalog))?;
                fallback.draft = scenario;
                fallback.error = Some(e.clone());
                (fallback, Some(e))
            }
        };
        Ok(EstimatorState {
            options: vec![first],
            active: 0,
            ids,
            notice,
            waiting: None,
        })
    }

    /// Opens on saved options (each already checked by the reader); the default scenario if
    /// none can be priced, as the option every window names alike ([`first_default_id`]): two
    /// windows opened on nothing saved have one option between them, not two.
    pub fn with_options(
        scenarios: Vec<(OptionId, Scenario)>,
        ids: OptionIds,
    ) -> Result<EstimatorState, ScenarioError> {
        let options = priced_options(catalog(), scenarios);
        if options.is_empty() {
            return EstimatorState::new(first_default_id(), Scenario::default_for(catalog()), ids);
        }
        Ok(EstimatorState {
            options,
            active: 0,
            ids,
            notice: None,
            waiting: None,
        })
    }

    /// Takes the options as stored now (another window's edits, additions and deletions
    /// merged with this one's): an option whose scenario is unchanged keeps what is being typed
    /// in it (and its analysis); one changed keeps its last analysis until the new one comes;
    /// the option on screen stays on screen by its id.
    pub fn take(&mut self, scenarios: Vec<(OptionId, Scenario)>) {
        let catalog = catalog();
        let showing = self.current().id.clone();
        let mut taken = Vec::with_capacity(scenarios.len());
        for (id, scenario) in scenarios {
            let here = self.options.iter().position(|o| o.id == id);
            match here {
                Some(i) if self.options[i].point.scenario == scenario => {
                    taken.push(self.options[i].clone())
                }
                _ => {
                    if let Ok(mut option) = OptionState::priced(catalog, id, scenario) {
                        option.analysis = here.and_then(|i| self.options[i].analysis.clone());
                        taken.push(option);
                    }
                }
            }
        }
        if taken.is_empty() {
            return;
        }
        let active = self.active;
        self.options = taken;
        self.active = self
            .options
            .iter()
            .position(|o| o.id == showing)
            .unwrap_or(active.min(self.options.len() - 1));
    }

    /// The option with this id, if it is here.
    pub fn find(&self, id: &OptionId) -> Option<&OptionState> {
        self.options.iter().find(|o| &o.id == id)
    }

    pub fn current(&self) -> &OptionState {
        &self.options[self.active.min(self.options.len() - 1)]
    }

    /// The scenarios kept in the store: each option's last priced one.
    pub fn scenarios(&self) -> Vec<Scenario> {
        self.options
            .iter()
            .map(|o| o.point.scenario.clone())
            .collect()
    }

    /// The scenarios kept, each with its option's id.
    pub fn identified(&self) -> Vec<(OptionId, Scenario)> {
        self.options
            .iter()
            .map(|o| (o.id.clone(), o.point.scenario.clone()))
            .collect()
    }

    /// The option on screen and its scenario, when its analysis is still to be worked out:
    /// what the app's deferred step works on. Options not on screen wait until shown.
    pub fn to_analyse(&self) -> Option<(OptionId, Scenario)> {
        let current = self.current();
        current
            .analysing()
            .then(|| (current.id.clone(), current.point.scenario.clone()))
    }

    /// Whether another option fits.
    pub fn has_room(&self) -> bool {
        self.options.len() < max_options()
    }

    pub fn reduce(&mut self, action: EstimateAction) {
        let catalog = catalog();
        match action {
            EstimateAction::Edit(change) => {
                let i = self.active.min(self.options.len() - 1);
                let depth = match change {
                    Change::Depth(d) => d,
                    _ => self.options[i].depth,
                };
                let mut unread = self.options[i].unread.clone();
                if let Some(field) = change.field() {
                    unread.remove(&field);
                }
                let draft = apply(&self.options[i].draft, self.options[i].depth, change);
                let id = self.options[i].id.clone();
                if draft == self.options[i].point.scenario {
                    // Back to (or still at) the scenario priced: its point estimate and
                    // analysis stand as they are, and nothing is worked out again.
                    let option = &mut self.options[i];
                    option.depth = draft.hours.dominant();
                    option.draft = draft;
                    option.error = None;
                    option.unread = unread;
                    self.notice = None;
                    return;
                }
                match OptionState::priced(catalog, id, draft.clone()) {
                    Ok(priced) => {
                        // The last analysis stays on screen until the new scenario's comes.
                        let analysis = self.options[i].analysis.take();
                        self.options[i] = OptionState {
                            unread,
                            analysis,
                            ..priced
                        };
                        self.notice = None;
                    }
                    Err(e) => {
                        let option = &mut self.options[i];
                        option.draft = draft;
                        option.error = Some(e);
                        option.depth = depth;
                        option.unread = unread;
                    }
                }
            }
            EstimateAction::Analysed(id, analysed) => {
                // Taken only by the option it was worked out for, and only while that option
                // still shows its scenario: a result overtaken by a newer input is dropped (the
                // newer one's own follows), and the same result again changes nothing.
                if let Some(option) = self.options.iter_mut().find(|o| o.id == id)
                    && analysed.scenario == option.point.scenario
                    && option.analysis.as_ref() != Some(&analysed)
                {
                    option.analysis = Some(analysed);
                }
            }
            EstimateAction::Unreadable(field, e) => {
                let i = self.active.min(self.options.len() - 1);
                self.options[i].unread.insert(field, e);
            }
            EstimateAction::AddOption => {
                if self.has_room() {
                    let mut copy = self.current().clone();
                    copy.id = self.ids.make();
                    self.options.push(copy);
                    self.active = self.options.len() - 1;
                }
            }
            EstimateAction::AddScenario(scenario) => {
                // The same scenario again (a link opened twice) is shown, not added twice.
                if let Some(i) = self
                    .options
                    .iter()
                    .position(|o| o.point.scenario == scenario)
                {
                    self.active = i;
                    return;
                }
                if !self.has_room() {
                    self.waiting = Some(scenario);
                    return;
                }
                match OptionState::priced(catalog, self.ids.make(), scenario) {
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
                    // The option replaced is gone: the one in its place is a new one.
                    match OptionState::priced(catalog, self.ids.make(), scenario) {
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
