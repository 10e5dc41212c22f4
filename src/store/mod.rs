//! The one store of the app: everything the user made and sees, as one [`State`] changed only by
//! [`Action`]s (the `Reducible` pattern of yew's `function_todomvc`). Each place has its part
//! ([`estimator`], [`planner`], [`quote_desk`]); [`State::saved`] is what is kept in the browser
//! ([`saved`] says how, and how earlier saves are read).
//!
//! Pure Rust: what an action does is tested natively with `cargo test`; the Yew side
//! (`app::store`) only wraps it in a `Reducible` and writes [`State::saved`] to storage.

pub mod budget;
pub mod estimator;
pub mod planner;
pub mod quote_desk;
pub mod saved;

use crate::catalog::catalog;
use crate::share::file::{NamedScenario, SavedWork};
use estimator::{EstimateAction, EstimatorState, option_name};
use model::Lang;
use model::cost::{Scenario, ScenarioError};
use model::quote::{Day, QuoteBook, RateCard};
use planner::{PlanAction, PlanState};
use quote_desk::{QuoteAction, QuoteDesk};

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
            SaveProblem::Full => lang.pick("浏览器的存储空间已满", "the browser's storage is full"),
            SaveProblem::NotAllowed => lang.pick(
                "浏览器不允许本页面保存数据",
                "the browser does not let this page store anything",
            ),
            SaveProblem::WouldOverwrite => lang.pick(
                "保存会覆盖无法读取、也无法移开的旧数据",
                "saving would overwrite old data that could neither be read nor moved aside",
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub estimator: EstimatorState,
    pub planner: PlanState,
    pub desk: QuoteDesk,
    pub budget: budget::BudgetFields,
    pub saving: Saving,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ToggleLang,
    Estimate(EstimateAction),
    Plan(PlanAction),
    Quote(QuoteAction),
    /// The budget request's fields as now typed.
    Budget(budget::BudgetFields),
    /// A work file was imported: what it holds replaces those parts here.
    Import(SavedWork),
    /// Another tab of the app saved its work (all but the quote book): take it, so the tabs
    /// agree.
    ReloadWork(SavedWork),
    /// Another tab of the app saved its quote book.
    ReloadQuotes(QuoteBook),
    SaveFailed(SaveProblem),
    Saved,
}

impl State {
    /// The state that `work` (what was saved, or nothing) opens as, on `today`.
    pub fn open(work: SavedWork, today: Day) -> Result<State, ScenarioError> {
        let scenarios = work.options.into_iter().map(|o| o.scenario).collect();
        let has_plan = work.plan.as_ref().is_some_and(|p| !p.items.is_empty());
        let mut desk = QuoteDesk::new(
            work.rate_card
                .clone()
                .unwrap_or_else(|| RateCard::from_market(catalog())),
            work.quotes,
            today,
            has_plan,
        );
        desk.kept_card = work.rate_card;
        Ok(State {
            lang: work.lang.unwrap_or_default(),
            estimator: EstimatorState::with_options(scenarios)?,
            planner: PlanState::new(work.plan),
            desk,
            budget: work.budget,
            saving: Saving::Kept,
        })
    }

    /// The options the other places work from: each option's last priced scenario.
    pub fn scenarios(&self) -> Vec<Scenario> {
        self.estimator.scenarios()
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
            self.scenarios()
                .into_iter()
                .enumerate()
                .map(|(i, scenario)| NamedScenario {
                    name: option_name(i, self.lang),
                    scenario,
                })
                .collect(),
            Some(self.planner.plan.clone()),
        );
        work.rate_card = self.desk.kept_card.clone();
        work.lang = Some(self.lang);
        work.budget = self.budget.clone();
        // The quote numbering's high-water mark is kept here too: if the book's own key is
        // damaged or lost, numbering still never goes back.
        work.quotes.next = self.desk.book.next;
        work
    }

    /// Takes the parts of `work` other than its quote book that differ from what is here,
    /// keeping what is being typed in the parts that do not.
    fn take(&mut self, work: SavedWork) {
        let scenarios: Vec<Scenario> = work.options.into_iter().map(|o| o.scenario).collect();
        if scenarios != self.scenarios()
            && let Ok(estimator) = EstimatorState::with_options(scenarios)
        {
            self.estimator = estimator;
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
        // The work's copy of the numbering's high-water mark is read when the app opens
        // (`saved::open`), not here: changing the book here would make this tab write its book,
        // perhaps before it has heard of the other tab's new quote, over the one stored.
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
                self.estimator.reduce(action);
                // The desk quotes one of the options: keep its choice pointing at one.
                if self.desk.option >= self.estimator.options.len() {
                    self.desk.option = 0;
                }
            }
            Action::Plan(action) => self.planner.reduce(action),
            Action::Budget(fields) => self.budget = fields,
            // A number issued while the browser keeps nothing would be lost on a reload and
            // issued again: no quote is numbered until saving works.
            Action::Quote(QuoteAction::Issue) if self.saving != Saving::Kept => {}
            Action::Quote(action) => {
                let scenarios = self.scenarios();
                self.desk
                    .reduce(action, &scenarios, Some(&self.planner.plan));
            }
            Action::Import(work) => {
                let lang = self.lang;
                let mut merged = work.imported_over(self.saved());
                let quotes = std::mem::take(&mut merged.quotes);
                self.take(merged);
                self.take_quotes(quotes);
                self.lang = lang;
            }
            Action::ReloadWork(work) => self.take(work),
            Action::ReloadQuotes(book) => self.take_quotes(book),
            Action::SaveFailed(why) => self.saving = Saving::Failed(why),
            Action::Saved => self.saving = Saving::Kept,
        }
    }
}
