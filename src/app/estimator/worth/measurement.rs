//! How to know next year (Kirkpatrick's four levels), from the modules chosen in the planner:
//! what to measure at each level, how and when (`data/worth.toml`'s timings), the break-even as
//! the results' target, and how to tell the training's effect from the rest. Printed on its
//! own, it is one A4 page.

use model::Lang;
use model::cost::Scenario;
use model::i18n::{self, Text};
use model::plan::Plan;
use model::worth::{MeasurementPlan, measurement_plan as plan_of};
use yew::prelude::*;
use yew_router::prelude::Link;

use super::answer::Assessed;
use crate::app::route::Route;
use crate::catalog::catalog;

/// One of the four levels: its name, when and how, then what to measure.
fn level(name: Text, when: String, how: &str, what: Html, lang: Lang) -> Html {
    html! {
        <section class="worth-level">
            <h5>{ lang.t(name) }</h5>
            <p class="worth-when">
                <strong>{ lang.t(i18n::worth::WHEN) }{ lang.t(i18n::budget_request::COLON) }</strong>{ when }
                { " · " }
                <strong>{ lang.t(i18n::worth::HOW) }{ lang.t(i18n::budget_request::COLON) }</strong>{ how.to_string() }
            </p>
            <div class="worth-what">{ what }</div>
        </section>
    }
}

pub fn measurement_plan(plan: &Plan, assessed: &Assessed, scenario: &Scenario, lang: Lang) -> Html {
    let catalog = catalog();
    let measured: MeasurementPlan = plan_of(&catalog.modules, plan, &catalog.worth.evaluation);
    let sep = lang.t(i18n::worth::LIST_SEP);
    let modules: Vec<&str> = measured
        .behaviour
        .iter()
        .map(|(t, _)| t.get(lang))
        .collect();
    let timing = measured.timing;
    let months = timing
        .results_months
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(sep);
    let target = match assessed {
        Ok(Ok(w)) => Some(lang.fill(i18n::worth::L4_TARGET, &[("line", &w.headline(lang))])),
        _ => None,
    };
    let list = |class: &'static str, items: Vec<String>| html! { <ul {class}>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> };
    html! {
        <section class="worth-plan" aria-labelledby="worth-plan-title" data-testid="roi-plan">
            <h4 id="worth-plan-title" class="doc-title">{ lang.t(i18n::worth::PLAN_TITLE) }</h4>
            <p>{ lang.fill(i18n::worth::PLAN_COURSE, &[("course", &scenario.describe(catalog, lang))]) }</p>
            if modules.is_empty() {
                <p class="hint">
                    { lang.t(i18n::worth::NO_MODULES) }{ " " }
                    <Link<Route> to={Route::Plan}>{ lang.t(i18n::worth::OPEN_PLANNER) }</Link<Route>>
                </p>
            } else {
                <p>{ lang.fill(i18n::worth::PLAN_MODULES, &[("modules", &modules.join(sep))]) }</p>
                <div class="worth-levels">
                    { level(i18n::worth::L1, lang.t(i18n::worth::L1_WHEN).into(), lang.t(i18n::worth::L1_HOW), html! { <p>{ lang.t(i18n::worth::L1_WHAT) }</p> }, lang) }
                    { level(i18n::worth::L2, lang.t(i18n::worth::L2_WHEN).into(), lang.t(i18n::worth::L2_HOW),
                        list("objectives", measured.learning.iter().map(|o| o.get(lang).to_string()).collect()), lang) }
                    { level(i18n::worth::L3, lang.fill(i18n::worth::L3_WHEN, &[("from", &timing.behaviour_from_days), ("to", &timing.behaviour_to_days)]), lang.t(i18n::worth::L3_HOW),
                        list("", measured.behaviour.iter().map(|(t, o)| format!("{}{}{}", t.get(lang), lang.t(i18n::budget_request::COLON), o.get(lang))).collect()), lang) }
                    { level(i18n::worth::L4, lang.fill(i18n::worth::L4_WHEN, &[("months", &months)]), &lang.fill(i18n::worth::L4_HOW, &[("baseline", &timing.baseline_months)]),
                        html! { <>
                            { list("", measured.results.iter().map(|k| k.get(lang).to_string()).collect()) }
                            if let Some(target) = target { <p class="worth-target">{ target }</p> }
                        </> }, lang) }
                </div>
            }
            <h5>{ lang.t(i18n::worth::ISOLATE_TITLE) }</h5>
            <p>{ lang.t(i18n::worth::ISOLATE) }</p>
            <button type="button" class="no-print" data-testid="roi-print" onclick={Callback::from(|_| crate::app::browser::print("worth"))}>
                { lang.t(i18n::worth::PRINT_PLAN) }
            </button>
        </section>
    }
}
