//! The estimator page (成本估算): a scenario's inputs, its live estimate and charts, and up to
//! three options side by side.

mod charts;
mod compare;
mod form;
mod results;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::{market_bands, save_file};
use crate::app::saved;
use crate::app::state::Place;
use crate::model::cost::Scenario;
use crate::model::{Catalog, Lang};
use crate::share::csv_export;
use crate::share::open::scenario_query;
use charts::EstimateCharts;
use compare::Compare;
pub use compare::option_name;
use form::ScenarioForm;
use results::{LineTable, Summary};
use state::{Action, EstimatorState};

#[derive(Properties)]
pub struct EstimatePageProps {
    pub catalog: Rc<Catalog>,
    pub lang: Lang,
    /// The scenario to open with (from a link); the default scenario when absent.
    #[prop_or_default]
    pub initial: Option<Scenario>,
}

impl PartialEq for EstimatePageProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.catalog, &o.catalog) && self.lang == o.lang && self.initial == o.initial
    }
}

#[component]
pub fn EstimatePage(props: &EstimatePageProps) -> Html {
    let lang = props.lang;
    let catalog = props.catalog.clone();
    // A link wins; otherwise the options saved in this browser; otherwise the default scenario.
    let started = use_memo((), {
        let catalog = catalog.clone();
        let initial = props.initial.clone();
        move |_| match initial {
            Some(scenario) => EstimatorState::new(catalog.clone(), scenario),
            None => match saved::load_options(&catalog) {
                options if !options.is_empty() => {
                    EstimatorState::with_options(catalog.clone(), options)
                }
                _ => EstimatorState::new(catalog.clone(), Scenario::default_for(&catalog)),
            },
        }
    });
    // Options saved by an earlier version are inside the JSON work, which this page cannot
    // read; until another page has moved them, saving here would hide them.
    let hold = *use_memo((), |_| saved::options_not_moved_yet());
    let notice = hold.then(|| {
        let (plan, quote) = (Place::Plan, Place::Quote);
        html! {
            <p class="notice" role="status" data-testid="options-not-moved">
                { lang.pick(
                    "这个浏览器里有旧版本保存的方案。打开一次",
                    "This browser holds options saved by an earlier version. Open the ",
                ) }
                <a href={plan.href_from(Place::Estimate)}>{ plan.title(lang) }</a>
                { lang.pick("或", " or the ") }
                <a href={quote.href_from(Place::Estimate)}>{ quote.title(lang) }</a>
                { lang.pick(
                    "页，它们就会转过来并在这里显示；在此之前，这里的改动不会保存。",
                    " page once to bring them here; until then, changes here are not saved.",
                ) }
            </p>
        }
    });
    match &*started {
        Ok(start) => html! {
            <>
                { for notice }
                <Estimator start={Rc::new(start.clone())} {lang} {hold} />
            </>
        },
        // Only when the built-in default itself cannot be priced (a broken data file).
        Err(e) => html! {
            <p class="error" role="alert" data-testid="error">{ e.message(lang) }</p>
        },
    }
}

#[derive(Properties, PartialEq)]
struct EstimatorProps {
    start: Rc<EstimatorState>,
    lang: Lang,
    /// Do not save the options (see `EstimatePage`).
    hold: bool,
}

#[component]
fn Estimator(props: &EstimatorProps) -> Html {
    let lang = props.lang;
    let state = {
        let start = props.start.clone();
        use_reducer(move || (*start).clone())
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |change| state.dispatch(Action::Edit(change)))
    };
    let on_show = {
        let state = state.clone();
        Callback::from(move |i| state.dispatch(Action::Show(i)))
    };
    let on_add = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::AddOption))
    };
    let on_remove = {
        let state = state.clone();
        Callback::from(move |i| state.dispatch(Action::RemoveOption(i)))
    };
    // Keep the options in this browser after every change.
    use_effect_with(
        state
            .options
            .iter()
            .map(|o| o.outcome.scenario.clone())
            .collect::<Vec<_>>(),
        {
            let (catalog, hold) = (state.catalog.clone(), props.hold);
            move |scenarios: &Vec<Scenario>| {
                if !hold {
                    saved::save_options(&catalog, scenarios);
                }
            }
        },
    );
    let current = state.current().clone();
    let catalog = state.catalog.clone();
    let descriptions = state
        .options
        .iter()
        .map(|o| o.outcome.scenario.describe(&catalog, lang))
        .collect::<Vec<_>>();

    let share_link = {
        let location = gloo::utils::window().location();
        format!(
            "{}{}?{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            scenario_query(&current.outcome.scenario, &catalog, lang)
        )
    };
    let export_error = use_state(|| None::<String>);
    let export = |what: &'static str| {
        let (state, export_error) = (state.clone(), export_error.clone());
        Callback::from(move |_| {
            let current = state.current();
            let (name, text) = if what == "lines" {
                (
                    "line-items.csv",
                    csv_export::line_items(&current.outcome.estimate, lang),
                )
            } else {
                let rows: Vec<_> = state
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| {
                        (
                            compare::option_name(i, lang),
                            &o.outcome.scenario,
                            &o.outcome.estimate,
                        )
                    })
                    .collect();
                (
                    "budget-summary.csv",
                    csv_export::budget_summary(&rows, lang),
                )
            };
            export_error.set(save_file(name, "text/csv;charset=utf-8", &text, lang).err());
        })
    };

    html! {
        <div class="estimator">
            if let Some(notice) = &state.notice {
                <p class="error" role="alert" data-testid="error">{ notice.message(lang) }</p>
            }
            <Compare options={state.options.clone()} {descriptions} active={state.active} {lang} {on_show} {on_add} {on_remove} />
            <div class="estimator-grid">
                <ScenarioForm catalog={catalog.clone()} draft={current.draft.clone()} error={current.error.clone()} {lang} {on_change} />
                <div class="results">
                    <Summary outcome={current.outcome.clone()} {lang} stale={current.error.is_some()} />
                    <LineTable outcome={current.outcome.clone()} {lang} stale={current.error.is_some()} />
                    <div class="exports">
                        <button type="button" data-testid="export-lines" onclick={export("lines")}>
                            { lang.pick("导出明细（CSV）", "Export line items (CSV)") }
                        </button>
                        <button type="button" data-testid="export-summary" onclick={export("summary")}>
                            { lang.pick("导出预算摘要（CSV，含全部方案）", "Export budget summary (CSV, all options)") }
                        </button>
                        <label class="share-link">
                            <span>{ lang.pick("分享这个方案的链接", "A link to this option") }</span>
                            <input type="text" readonly=true data-testid="share-link" value={share_link} />
                        </label>
                        if let Some(message) = &*export_error {
                            <p class="error" role="alert" data-testid="error">{ message }</p>
                        }
                    </div>
                </div>
            </div>
            <EstimateCharts catalog={catalog.clone()} outcome={current.outcome.clone()} {lang} />
            { market_bands(&catalog.market_bands.band, lang) }
        </div>
    }
}
