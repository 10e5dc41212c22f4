//! The one store of the app: everything the user made and sees, as one [`State`] changed only by
//! [`Action`]s (the `Reducible` pattern of yew's `function_todomvc`). Each place has its part
//! ([`estimator`], [`planner`], [`quote_desk`]); [`State::saved`] is what is kept in the browser
//! ([`saved`] says how, and how earlier saves are read).
//!
//! Pure Rust: what an action does is tested natively with `cargo test`; the Yew side
//! (`app::store`) only wraps it in a `Reducible` and writes [`State::saved`] to storage.

pub mod compare;
pub mod estimator;
pub mod field_problem;
pub(crate) mod parts;
pub mod planner;
pub mod quote_desk;
pub mod sync;
pub mod worth;
pub mod year;

use crate::catalog::catalog;
use crate::persist::budget_fields::BudgetFields;
use crate::persist::work_file::option_name;
use crate::persist::work_file::{
    ImportReport, NamedScenario, OptionChoice, OptionId, OptionIds, SavedWork,
};
use compare::{CompareAction, CompareState};
use estimator::{EstimateAction, EstimatorState, OptionState};
use model::Lang;
use model::calendar::Day;
use model::cost::{Scenario, ScenarioError};
use model::i18n;
use model::quote::{QuoteBook, RateCard};
use planner::{PlanAction, PlanState};
use quote_desk::{Hold, QuoteAction, QuoteDesk};
use sync::{Replica, Sync};
use worth::{WorthAction, WorthState};
use year::{YearAction, YearState};

/// Whether what the user made is being kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Saving {
    #[default]
    Kept,
    Failed(SaveProblem),
}

/// Why the browser did not keep the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveProblem {
    /// Its storage for this site is full.
    Full,
    /// It does not let the page store anything (switched off, some private modes).
    NotAllowed,
    /// Saved text that could not be read could not be moved aside either: saving would write
    /// over it.
    WouldOverwrite,
}

impl SaveProblem {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            SaveProblem::Full => lang.t(i18n::store::THE_BROWSERS_STORAGE_IS_FULL),
            SaveProblem::NotAllowed => lang.t(i18n::store::THE_BROWSER_DOES_NOT_LET_THIS),
            SaveProblem::WouldOverwrite => lang.t(i18n::store::SAVING_WOULD_OVERWRITE_OLD_DATA),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub estimator: EstimatorState,
    pub planner: PlanState,
    pub desk: QuoteDesk,
    pub budget: BudgetFields,
    pub year: YearState,
    pub compare: CompareState,
    /// Is it worth it: each option's figures.
    pub worth: WorthState,
    pub saving: Saving,
    /// The browser would not promise to keep the work (it may clear a site's storage after a
    /// while without visits, as Safari does unless the app is installed): the page says so,
    /// once, with the work-file export at hand.
    pub keep_note: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ToggleLang,
    Estimate(EstimateAction),
    Plan(PlanAction),
    Quote(QuoteAction),
    Year(YearAction),
    Compare(CompareAction),
    Worth(WorthAction),
    /// The budget request's fields as now typed.
    Budget(BudgetFields),
    /// A work file was imported: what it holds replaces those parts here, with the file's
    /// options the user chose.
    Import(SavedWork, OptionChoice),
    /// The work as stored now, this window's changes merged with other windows' (all but the
    /// quote book): take it, so every window shows what is stored.
    ReloadWork(SavedWork),
    /// Another tab of the app saved its quote book.
    ReloadQuotes(QuoteBook),
    SaveFailed(SaveProblem),
    Saved,
    /// The browser's answer to "keep this site's storage" (`navigator.storage.persist()`), and
    /// whether the note about it was shown on an earlier visit.
    StorageAnswer {
        promised: bool,
        noted_before: bool,
    },
    DismissKeepNote,
}

impl State {
    /// The state that `work` (what was saved, or nothing) opens as, on `today`. The options
    /// it adds get ids tagged `w`: a window of the app gives its own tag ([`State::in_window`]).
    pub fn open(work: SavedWork, today: Day) -> Result<State, ScenarioError> {
        let worth = WorthState::of_options(&work.options);
        let scenarios = work
            .options
            .into_iter()
            .map(|o| (o.id, o.scenario))
            .collect();
        let mut desk = QuoteDesk::new(
            work.rate_card
                .clone()
                .unwrap_or_else(|| RateCard::from_market(catalog())),
            work.quotes,
            today,
            work.desk,
        );
        desk.kept_card = work.rate_card;
        let mut planner = PlanState::new(work.plan);
        planner.priced_with = work.plan_option;
        Ok(State {
            lang: work.lang.unwrap_or_default(),
            estimator: EstimatorState::with_options(scenarios, OptionIds::new("w"))?,
            planner,
            desk,
            budget: work.budget,
            year: YearState::new(work.year),
            compare: CompareState::new(work.compare, today),
            worth,
            saving: Saving::Kept,
            keep_note: false,
        })
    }

    /// What a first visit opens on `today`: no saved work, no link, and each option's analysis
    /// (range, verdicts, break-even) already worked out, which the browser does after the first
    /// frame. The build prerenders the places from it.
    pub fn first_visit(today: Day) -> Result<State, ScenarioError> {
        let mut state = State::open(SavedWork::empty(), today)?;
        for option in &mut state.estimator.options {
            option.analysis = estimator::analyse(catalog(), &option.point.scenario);
        }
        Ok(state)
    }

    /// This window's options get ids tagged `tag` (random per window, so windows adding
    /// options at the same moment never give one id twice).
    pub fn in_window(mut self, tag: &str) -> State {
        self.estimator.ids = OptionIds::new(tag);
        self
    }

    /// The options the other places work from: each option's last priced scenario.
    pub fn scenarios(&self) -> Vec<Scenario> {
        self.estimator.scenarios()
    }

    /// The option the quote desk quotes, as the estimator holds it.
    pub fn quoted(&self) -> Option<&OptionState> {
        let options = self.estimator.identified();
        let (id, _) = self.desk.chosen(&options)?;
        self.estimator.find(id)
    }

    /// The option the course plan is priced with: the one chosen, if it is still here, else the
    /// first.
    pub fn plan_base(&self) -> &OptionState {
        self.planner
            .priced_with
            .as_ref()
            .and_then(|id| self.estimator.find(id))
            .unwrap_or(&self.estimator.options[0])
    }

    /// Why no quote can be issued or the draft exported now, if something stops it.
    pub fn quote_hold(&self) -> Option<Hold> {
        self.desk.hold(self.quoted())
    }

    /// What importing `work` here would give, with the options `choice` takes, and what would
    /// be imported, counted: the same as [`Action::Import`] does.
    pub fn import_of(&self, work: SavedWork, choice: &OptionChoice) -> (SavedWork, ImportReport) {
        work.imported_over(self.saved(), choice)
    }

    /// What is kept in the browser and written to a work file: [`State::work`] and the quote
    /// book.
    pub fn saved(&self) -> SavedWork {
        let mut work = self.work();
        work.quotes = (*self.desk.book).clone();
        work
    }

    /// What is kept in the browser apart from the quote book, which is kept on its own: it only
    /// changes when a quote is issued or deleted, and rewriting it on every keystroke made typing
    /// slow for a vendor with a year of quotes (BENCHMARKS.md).
    pub fn work(&self) -> SavedWork {
        let mut work = SavedWork::new(
            self.estimator
                .identified()
                .into_iter()
                .enumerate()
                .map(|(i, (id, scenario))| NamedScenario {
                    worth: self.worth.inputs(&id),
                    id,
                    name: option_name(i, self.lang),
                    scenario,
                })
                .collect(),
            Some(self.planner.plan.clone()),
        );
        work.rate_card = self.desk.kept_card.clone();
        work.lang = Some(self.lang);
        work.budget = self.budget.clone();
        work.desk = self.desk.fields.clone();
        work.plan_option = self.planner.priced_with.clone();
        work.year = self.year.programme.clone();
        work.compare = self.compare.enquiry.clone();
        // The quote numbering's high-water mark is kept here too: if the book's own key is
        // damaged or lost, numbering still never goes back.
        work.quotes.next = self.desk.book.next;
        work
    }

    /// Takes the parts of `work` other than its quote book that differ from what is here,
    /// keeping what is being typed in the parts that do not.
    fn take(&mut self, work: SavedWork) {
        self.worth.take(&work.options);
        let scenarios: Vec<(OptionId, Scenario)> = work
            .options
            .into_iter()
            .map(|o| (o.id, o.scenario))
            .collect();
        if scenarios != self.estimator.identified() {
            self.estimator.take(scenarios);
        }
        if let Some(plan) = work.plan
            && plan != self.planner.plan
        {
            self.planner = PlanState::new(Some(plan));
        }
        if let Some(card) = work.rate_card
            && Some(&card) != self.desk.kept_card.as_ref()
        {
            self.desk.card = card.clone();
            self.desk.kept_card = Some(card);
        }
        if let Some(lang) = work.lang {
            self.lang = lang;
        }
        self.budget = work.budget;
        if work.year != self.year.programme {
            self.year = YearState::new(work.year);
        }
        if work.compare != self.compare.enquiry {
            self.compare = CompareState::new(work.compare, self.compare.today);
        }
        self.desk.fields = work.desk;
        self.planner.priced_with = work.plan_option;
        // The work keeps the numbering's high-water mark too, and it only goes up: taken into
        // the book, so this window's work says what is stored (else its next save would write
        // a lower mark back). The book it then writes is merged by number with the one stored
        // (`sync`), so nothing another window issued is lost by it.
        if work.quotes.next > self.desk.book.next {
            std::rc::Rc::make_mut(&mut self.desk.book).never_below(work.quotes.next);
        }
    }

    fn take_quotes(&mut self, mut book: QuoteBook) {
        // Numbering never goes back, whatever the other side knew.
        book.never_below(self.desk.book.next);
        if book != *self.desk.book {
            self.desk.book = std::rc::Rc::new(book);
            if self
                .desk
                .showing
                .as_deref()
                .is_some_and(|n| self.desk.book.find(n).is_none())
            {
                self.desk.showing = None;
            }
        }
    }

    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::ToggleLang => self.lang = self.lang.other(),
            Action::Estimate(action) => {
                let from = self.estimator.current().id.clone();
                let copies = action == EstimateAction::AddOption;
                self.estimator.reduce(action);
                let to = self.estimator.current().id.clone();
                if copies && to != from {
                    self.worth.copy(&from, to);
                }
            }
            Action::Worth(action) => self.worth.reduce(action),
            Action::Plan(action) => self.planner.reduce(action),
            Action::Year(action) => {
                let done = split_now!(parts::year(&mut self.year, action));
                here(done);
            }
            Action::Compare(action) => {
                let done = split_now!(parts::compare(&mut self.compare, action));
                here(done);
            }
            Action::Budget(fields) => self.budget = fields,
            // A number issued while the browser keeps nothing would be lost on a reload and
            // issued again: no quote is numbered until saving works.
            Action::Quote(QuoteAction::Issue) if self.saving != Saving::Kept => {}
            Action::Quote(action) => {
                let (desk, plan) = (&mut self.desk, &self.planner.plan);
                let done = split_now!(parts::quote(desk, action, &self.estimator, plan));
                here(done);
            }
            Action::Import(work, choice) => {
                let lang = self.lang;
                let (mut merged, _) = self.import_of(work, &choice);
                let quotes = std::mem::take(&mut merged.quotes);
                self.take(merged);
                self.take_quotes(quotes);
                self.lang = lang;
            }
            Action::ReloadWork(work) => self.take(work),
            Action::ReloadQuotes(book) => self.take_quotes(book),
            Action::SaveFailed(why) => self.saving = Saving::Failed(why),
            Action::Saved => self.saving = Saving::Kept,
            Action::StorageAnswer {
                promised,
                noted_before,
            } => self.keep_note = !promised && !noted_before,
            Action::DismissKeepNote => self.keep_note = false,
        }
    }
}

/// A part's reducer ran: its module was here, as `parts` requires of whoever dispatches.
fn here(done: Result<(), crate::split::NotLoaded>) {
    debug_assert!(
        done.is_ok(),
        "an action reached the store before its part's module"
    );
}

/// Issuing a quote, as one transaction against storage: what to write, and the actions that
/// then give the store the book written. See [`State::issue`].
#[derive(Debug, Clone, PartialEq)]
pub struct Issuing {
    /// The quote book to store (its `write` is the text), and what this window then knows of
    /// it (committed to its replica once written).
    pub sync: Sync<QuoteBook>,
    /// Dispatched, in order, once the book is written: the store then holds that book, the
    /// new quote shown.
    pub actions: Vec<Action>,
}

/// Where an opened link takes the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPlace {
    Estimate,
    Plan,
}

impl State {
    /// Opens a share link read as `opened` (`only_lang`: it says nothing but the language).
    /// An estimate's link adds its option beside those here; a plan's link opens its plan
    /// (the one here can be brought back) and adds the option it is priced with, which prices
    /// it here too, so it costs what it cost where it was made. Where the link goes, if
    /// anywhere.
    pub fn open_link(
        &mut self,
        opened: crate::link::open::Opened,
        only_lang: bool,
    ) -> Option<LinkPlace> {
        if let Some(lang) = opened.lang {
            self.lang = lang;
        }
        if only_lang {
            return None;
        }
        self.reduce(Action::Estimate(EstimateAction::AddScenario(
            opened.scenario,
        )));
        let Some(plan) = opened.plan else {
            return Some(LinkPlace::Estimate);
        };
        if self.estimator.waiting.is_none() {
            let id = self.estimator.current().id.clone();
            self.reduce(Action::Plan(PlanAction::PriceWith(id)));
        }
        self.reduce(Action::Plan(PlanAction::Open(plan)));
        Some(LinkPlace::Plan)
    }
}

/// Keeping one part of the work in storage: the sync to carry out (set aside, write), then
/// the actions to dispatch once it is carried out. See [`State::keep_work`].
#[derive(Debug, Clone, PartialEq)]
pub struct Keep<T> {
    pub sync: Sync<T>,
    pub then: Vec<Action>,
}

impl State {
    /// What keeping the work (all but the quote book) takes, when storage holds `stored` under
    /// its key: this window's changes since `replica`'s base merged with what other windows
    /// stored, written, and taken here, so every window shows what is stored. Run after every
    /// change, and whenever another window says it saved.
    pub fn keep_work(&self, replica: &Replica<SavedWork>, stored: Option<&str>) -> Keep<SavedWork> {
        let mine = self.work();
        let sync = replica.prepare(&mine, stored);
        let mut then = Vec::new();
        if self.saving != Saving::Kept {
            then.push(Action::Saved);
        }
        if sync.merged != mine {
            then.push(Action::ReloadWork(sync.merged.clone()));
        }
        Keep { sync, then }
    }

    /// What keeping the quote book takes: as [`State::keep_work`], for the book's own key.
    pub fn keep_quotes(
        &self,
        replica: &Replica<QuoteBook>,
        stored: Option<&str>,
    ) -> Keep<QuoteBook> {
        let sync = replica.prepare(&self.desk.book, stored);
        let then = if sync.merged != *self.desk.book {
            vec![Action::ReloadQuotes(sync.merged.clone())]
        } else {
            Vec::new()
        };
        Keep { sync, then }
    }

    /// Issue the quote drafted on the desk against the quote book as storage holds it now
    /// (`stored`, and the numbering's high-water mark kept with the work, `stored_work`; other
    /// windows may have issued or deleted quotes since this one heard),
    /// merged with this window's by `replica`. The quote is numbered from that book, so no
    /// number is given twice; it counts as issued only once the book holding it is written,
    /// which the caller does with `sync.write` before dispatching `actions` (if the write
    /// fails, nothing is dispatched and the failure is shown). A failed save earlier does not
    /// stop it: issuing is itself a save, tried each time the user asks.
    ///
    /// `None` when nothing would be issued (an input in error, no client…): dispatch
    /// [`QuoteAction::Issue`] alone, which says why at the button.
    pub fn issue(
        &self,
        replica: &Replica<QuoteBook>,
        stored: Option<&str>,
        stored_work: Option<&str>,
    ) -> Option<Issuing> {
        let mut sync = replica.prepare(&self.desk.book, stored);
        // The work keeps the numbering's high-water mark too: if the book's own key was lost or
        // damaged, numbering still never goes back.
        if let Some(next) = stored_work.and_then(model::quote::next_in) {
            sync.merged.never_below(next);
        }
        let actions = vec![
            Action::Saved,
            Action::ReloadQuotes(sync.merged.clone()),
            Action::Quote(QuoteAction::Issue),
        ];
        let mut next = self.clone();
        for action in &actions {
            next.reduce(action.clone());
        }
        if *next.desk.book == sync.merged {
            return None;
        }
        Some(Issuing {
            sync: sync.replaced((*next.desk.book).clone()),
            actions,
        })
    }
}
