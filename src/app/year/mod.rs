//! The year's programme page (年度计划): next year's courses, each priced by the model, added up
//! by department, quarter and route with one range for the year, held against the caps, a
//! proposal when it does not fit, and the plan table finance signs (printed, CSV, Excel).

mod caps_panel;
mod course_card;
mod plan_table;
mod summary;

use model::i18n;
use model::year::YearCost;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::components::{SelectField, heading_fields};
use crate::app::documents::SheetExports;
use crate::app::route::Route;
use crate::app::store::use_page;
use crate::catalog::catalog;
use crate::export::year_sheet;
use crate::persist::work_file::option_name;
use crate::store::Action;
use crate::store::estimator::EstimateAction;
use crate::store::year::{YearAction, YearField, YearNotice};
use caps_panel::{caps_panel, proposal_panel};
use course_card::CourseCard;
use plan_table::plan_table;
use summary::{Totals, headline};

#[component]
pub fn YearPage() -> Html {
    let (store, lang, on_action) = use_page(Action::Year);
    let state = &store.year;
    let programme = &state.programme;
    let navigator = use_navigator();

    // The option a new course copies (the one on show in the estimator unless another is
    // picked here).
    let chosen_option = use_state(|| store.estimator.active);
    let options: Vec<(AttrValue, AttrValue)> = (0..store.estimator.options.len())
        .map(|i| (i.to_string().into(), option_name(i, lang).into()))
        .collect();
    let add_option = {
        let (store, chosen) = (store.clone(), chosen_option.clone());
        Callback::from(move |_| {
            let i = (*chosen).min(store.estimator.options.len() - 1);
            let scenario = store.estimator.options[i].point.scenario.clone();
            let name = format!(
                "{} · {}",
                lang.t(i18n::year::COURSE_FROM),
                option_name(i, lang)
            );
            store.dispatch(Action::Year(YearAction::AddScenario(name, scenario, lang)));
        })
    };
    let add_plan = {
        let store = store.clone();
        Callback::from(move |_| {
            let base = store.plan_base().point.scenario.clone();
            let plan = store.planner.plan.clone();
            store.dispatch(Action::Year(YearAction::AddPlan(plan, base, lang)));
        })
    };
    let add_default = {
        let on_action = on_action.clone();
        Callback::from(move |_| on_action.emit(YearAction::AddDefault(lang)))
    };
    // A course opens in the estimator as an option of its own.
    let on_open = {
        let store = store.clone();
        Callback::from(move |scenario| {
            store.dispatch(Action::Estimate(EstimateAction::AddScenario(scenario)));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Estimate);
            }
        })
    };
    // The plan table as a workbook, as it stands when an export is asked for.
    let document = {
        let (programme, cost) = (programme.clone(), state.cost.clone());
        Callback::from(move |()| {
            let book = year_sheet::year_plan(&programme, &cost, catalog(), lang);
            Ok(Some((book, lang.t(i18n::year::FILE_NAME).to_string())))
        })
    };
    let cost: &YearCost = &state.cost;
    html! {
        <div class="year-page">
            <section class="year-intro no-print">
                <p class="hint">{ lang.t(i18n::year::INTRO) }</p>
                <div class="year-add">
                    <button type="button" data-testid="year-add-row" onclick={add_default}>{ lang.t(i18n::year::ADD_A_COURSE) }</button>
                    <SelectField id="year-option" label={lang.t(i18n::year::OPTION_TO_ADD)} {options}
                        selected={AttrValue::from((*chosen_option).to_string())}
                        on_change={{ let chosen = chosen_option.clone(); Callback::from(move |v: AttrValue| chosen.set(v.parse().unwrap_or(0))) }} />
                    <button type="button" data-testid="year-add-option" onclick={add_option}>{ lang.t(i18n::year::ADD_THE_OPTION) }</button>
                    <button type="button" data-testid="year-add-plan" onclick={add_plan}>{ lang.t(i18n::year::ADD_THE_COURSE_PLAN) }</button>
                </div>
                if state.notice == Some(YearNotice::Full) {
                    <p class="field-error" role="alert">{ lang.fill(i18n::year::THE_YEAR_HOLDS_AT_MOST, &[("max", &catalog().budget.year.max_courses)]) }</p>
                }
            </section>
            if programme.courses.is_empty() {
                <p class="year-empty" data-testid="year-empty">{ lang.t(i18n::year::NO_COURSES_YET) }</p>
            } else {
                { headline(cost, lang) }
                <div class="year-courses no-print">
                    { for programme.courses.iter().zip(cost.courses.iter()).map(|(course, priced)| html! {
                        <CourseCard key={course.id} course={course.clone()} cost={priced.clone()}
                            headcount_problem={state.problem(YearField::Headcount(course.id)).cloned()}
                            hours_problem={state.problem(YearField::Hours(course.id)).cloned()}
                            problem={state.problem(YearField::Course(course.id)).cloned()}
                            {lang} on_action={on_action.clone()} on_open={on_open.clone()} />
                    }) }
                </div>
                <Totals cost={state.cost.clone()} programme={programme.clone()}
                    last_year_problem={state.problem(YearField::LastYear).cloned()} {lang} on_action={on_action.clone()} />
                { caps_panel(state, lang, &on_action) }
                { proposal_panel(state, programme, lang, &on_action) }
                <section class="year-document" aria-labelledby="year-document-title">
                    <h3 id="year-document-title" class="no-print">{ lang.t(i18n::year::THE_PLAN_FINANCE_SIGNS) }</h3>
                    <div class="year-heading-fields no-print">
                        { heading_fields("year-heading", &programme.heading, catalog().pricing.limits.max_client_chars,
                            &on_action.reform(YearAction::Heading), lang, Html::default()) }
                    </div>
                    { plan_table(programme, cost, &state.caps(), lang) }
                    <SheetExports place="year" {document} ready=true {lang}
                        labels={[i18n::year::PRINT_THE_PLAN, i18n::year::EXPORT_CSV, i18n::year::EXPORT_EXCEL]} />
                </section>
            }
        </div>
    }
}
