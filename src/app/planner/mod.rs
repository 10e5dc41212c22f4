//! The course-planner page (课程规划): pick modules for an audience and the time available, see
//! the day-by-day agenda and what the plan costs, and print it as a syllabus.

mod agenda_view;
mod calendar_export;
mod controls;
mod module_card;
mod problems;
use crate::app::browser;
use model::i18n;
use yew::prelude::*;

use crate::app::components::QrCode;
use crate::app::store::use_page;
use crate::catalog::catalog;
use crate::link::open::plan_query;
use crate::persist::work_file::option_name;
use crate::store::Action;
use crate::store::planner::{PlanAction, PlanField};
use agenda_view::AgendaView;
use calendar_export::CalendarExport;
use controls::plan_controls;
use model::Lang;
use model::catalog::Modules;
use model::cost::{Costing, Estimate, ScenarioError};
use model::money::cny;
use model::plan::{Agenda, Plan};
use model::vocab::Sourcing;
use module_card::ModuleCard;
use problems::problem_list;

#[component]
pub fn PlanPage() -> Html {
    let (store, lang, on_action) = use_page(Action::Plan);
    let catalog = catalog();
    let state = &store.planner;
    // The plan is priced with one of the options compared (the first unless another is
    // chosen): its people, city, mode and trainer.
    let base_option = store.plan_base();
    let base_name = store
        .estimator
        .options
        .iter()
        .position(|o| o.id == base_option.id)
        .map(|i| option_name(i, lang))
        .unwrap_or_default();
    let base = base_option.point.scenario.clone();
    let modules = &catalog.modules;
    let plan = &state.plan;
    let hours = plan.teaching_hours(modules);
    let agenda = Agenda::build(plan, modules);
    let problems = plan.problems(modules);

    // The plan's cost: the default scenario with the plan's hours, depths, activities, phases.
    let scenario = plan.applied_to(&base, modules);
    let priced_as = {
        let city = catalog
            .city(&base.city)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default();
        lang.fill(
            i18n::planner::WHAT_THIS_PLAN_COSTS_AS_PEOPLE,
            &[
                ("base_name", &base_name),
                ("base_headcount", &base.headcount),
                ("city", &city),
                ("base_mode", &base.mode.label(lang)),
                ("base_trainer", &base.trainer.label(lang)),
            ],
        )
    };
    let share_link = {
        let here = format!("{}{}", browser::origin(), browser::pathname());
        format!("{here}?{}", plan_query(plan, &base, catalog, lang))
    };
    let cost = Costing::new(catalog, &scenario).map(|c| c.estimate(catalog, &scenario));

    // Nothing leaves the page while an input it depends on is in error: the phases typed here,
    // or an input of the option the plan is priced with.
    let held = if let Some(e) = state.unread.get(&PlanField::Phases) {
        Some(lang.fill(
            i18n::planner::PHASES_IS_WRONG_THE_AGENDA_AND,
            &[("value", &e.message(lang)), ("plan_phases", &plan.phases)],
        ))
    } else {
        // The plan is priced with this option: its inputs in error hold the plan too.
        base_option.held(&base_name, lang)
    };
    let on_print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="planner">
            if state.replaced.is_some() {
                <div class="notice no-print" role="status" data-testid="plan-replaced">
                    <p>{ lang.t(i18n::planner::THE_LINKS_COURSE_PLAN_IS_OPEN) }</p>
                    <button type="button" data-testid="plan-restore" onclick={on_action.reform(|_: MouseEvent| PlanAction::Restore)}>
                        { lang.t(i18n::planner::RESTORE_MY_PREVIOUS_PLAN) }
                    </button>
                </div>
            }
            { plan_controls(&store, &base_option.id, lang) }

            { problem_list(&problems, modules, &store, lang) }

            <section class="plan-totals" aria-live="polite">
                <div class="figure"><span class="figure-label">{ lang.t(i18n::common::TEACHING_HOURS) }</span>
                    <span class="figure-value" data-testid="plan-hours">{ format!("{}", hours.total()) }</span></div>
                <div class="figure"><span class="figure-label">{ lang.t(i18n::planner::TEACHING_DAYS) }</span>
                    <span class="figure-value" data-testid="plan-days">{ agenda.teaching_days() }</span></div>
                { cost_figure(&priced_as, &cost, scenario.sourcing, lang) }
                <button type="button" class="no-print" data-testid="print" onclick={on_print}>{ lang.t(i18n::planner::PRINT_THE_SYLLABUS) }</button>
                if let Some(why) = &held {
                    <p class="error no-print" role="alert" data-testid="plan-held">{ why }</p>
                }
                <CalendarExport agenda={agenda.clone()} {lang} held={held.clone()}
                    cost={cost.as_ref().ok().cloned().flatten()} priced_as={AttrValue::from(priced_as.clone())}
                    title={AttrValue::from(format!("{} · {}", lang.t(i18n::planner::COMPLAINT_HANDLING_TRAINING), plan.audience.label(lang)))}
                    location={AttrValue::from(catalog.city(&scenario.city).map(|c| c.name.get(lang).to_string()).unwrap_or_default())} />
                if held.is_none() {
                    <label class="share-link no-print">
                        <span>{ lang.t(i18n::planner::A_LINK_TO_THIS_PLAN_MODULES_DEPTHS) }</span>
                        <input type="text" readonly=true data-testid="plan-link" value={share_link.clone()} />
                    </label>
                    <QrCode link={AttrValue::from(share_link)} {lang} />
                }
            </section>

            <div class="plan-grid">
                <section class="module-list no-print" aria-label={lang.t(i18n::planner::THE_TEN_MODULES)}>
                    <h3>{ lang.t(i18n::planner::MODULES) }</h3>
                    { for modules.module.iter().map(|m| {
                        let item = plan.items.iter().find(|i| i.module == m.id).cloned();
                        html! { <ModuleCard module={m.clone()} {item} audience={plan.audience} {lang} on_action={on_action.clone()} /> }
                    }) }
                </section>
                { syllabus(plan, modules, &agenda, lang) }
            </div>
        </div>
    }
}

/// The syllabus as printed (the modules in teaching order with their objectives) and the
/// day-by-day agenda.
fn syllabus(plan: &Plan, modules: &Modules, agenda: &Agenda, lang: Lang) -> Html {
    let hours = plan.teaching_hours(modules);
    html! {
        <section class="syllabus" data-testid="syllabus" aria-label={lang.t(i18n::planner::SYLLABUS_AND_AGENDA)}>
            <h3 class="print-only">{ lang.t(i18n::planner::COMPLAINT_HANDLING_TRAINING_SYLLABUS) }</h3>
            <p class="print-only">{ lang.fill(i18n::planner::SYLLABUS_SUMMARY, &[("audience", &lang.in_sentence(plan.audience.label(lang))), ("hours", &hours.total()), ("days", &agenda.teaching_days())]) }</p>
            <ul class="syllabus-modules print-only">
                { for plan.ordered(modules).iter().filter_map(|i| modules.get(i.module)).map(|m| html! {
                    <li><strong>{ format!("{}. {}", m.id, m.title.get(lang)) }</strong>
                        <ul>{ for m.objectives.iter().map(|o| html! { <li>{ o.get(lang) }</li> }) }</ul></li>
                }) }
            </ul>
            <AgendaView agenda={agenda.clone()} {lang} />
        </section>
    }
}

/// What the plan costs, as the option it is priced with would pay, or why it cannot be priced.
fn cost_figure(
    priced_as: &str,
    cost: &Result<Option<Estimate>, ScenarioError>,
    sourcing: Sourcing,
    lang: Lang,
) -> Html {
    html! {
        <div class="figure main" data-testid="plan-cost">
            <span class="figure-label">{ priced_as.to_string() }</span>
            { match cost {
                Ok(Some(e)) => html! {
                    <>
                        <span class="figure-value">{ cny(e.total) }</span>
                        <span class="figure-note">{ format!("{} {} · {}{}", lang.t(i18n::planner::PER_PERSON), cny(e.per_participant), sourcing.label(lang), lang.t(i18n::planner::PRICED_AS_ON_THE_ESTIMATOR)) }</span>
                    </>
                },
                Ok(None) => html! {},
                Err(e) => html! { <span class="figure-note" data-testid="error">{ e.message(lang) }</span> },
            } }
        </div>
    }
}
