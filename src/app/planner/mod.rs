//! The course-planner page (课程规划): pick modules for an audience and the time available, see
//! the day-by-day agenda and what the plan costs, and print it as a syllabus.

mod agenda_view;
mod calendar_export;
mod module_card;
mod module_list;
mod plan_controls;
mod plan_problems;
mod plan_totals;
mod syllabus;
use yew::prelude::*;

use crate::app::store::{dispatch_with, use_store};
use crate::catalog::catalog;
use crate::persist::work_file::option_name;
use crate::store::Action;
use crate::store::estimator::OptionState;
use crate::store::planner::{PlanAction, PlanField, PlanState};
use model::Lang;
use model::plan::Agenda;
use module_list::ModuleList;
use plan_controls::PlanControls;
use plan_problems::PlanProblems;
use plan_totals::PlanTotals;
use syllabus::Syllabus;

/// Why nothing leaves the page now, if anything holds it.
fn held(
    state: &PlanState,
    base_option: &OptionState,
    base_name: &str,
    lang: Lang,
) -> Option<String> {
    if let Some(e) = state.unread.get(&PlanField::Phases) {
        Some(match lang {
            Lang::Zh => format!(
                "“分几期”有误（{}）：议程和费用仍是 {} 期的，改正后才能导出。",
                e.message(lang),
                state.plan.phases
            ),
            Lang::En => format!(
                "“Phases” is wrong ({}): the agenda and cost are still for {} phase(s); correct it to export.",
                e.message(lang),
                state.plan.phases
            ),
        })
    } else {
        // The plan is priced with this option: its inputs in error hold the plan too.
        base_option.held(base_name, lang)
    }
}

/// The notice a link's plan leaves: the plan it replaced can come back.
fn replaced_notice(lang: Lang, on_action: &Callback<PlanAction>) -> Html {
    html! {
        <div class="notice no-print" role="status" data-testid="plan-replaced">
            <p>{ lang.pick("已打开链接中的课程计划，原来的计划仍可恢复。", "The link's course plan is open; your previous plan can be restored.") }</p>
            <button type="button" data-testid="plan-restore" onclick={on_action.reform(|_| PlanAction::Restore)}>
                { lang.pick("恢复原来的计划", "Restore my previous plan") }
            </button>
        </div>
    }
}

#[component]
pub fn PlanPage() -> Html {
    let store = use_store();
    let lang = store.lang;
    let modules = &catalog().modules;
    let state = &store.planner;
    let plan = &state.plan;
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
    let on_action = dispatch_with(&store, Action::Plan);
    let hours = plan.teaching_hours(modules).total();
    let agenda = Agenda::build(plan, modules);
    // Nothing leaves the page while an input it depends on is in error: the phases typed here,
    // or an input of the option the plan is priced with.
    let held = held(state, base_option, &base_name, lang);

    html! {
        <div class="planner">
            if state.replaced.is_some() {
                { replaced_notice(lang, &on_action) }
            }
            <PlanControls plan={plan.clone()} budget={state.budget} left_out={state.left_out.clone()}
                options={store.estimator.options.clone()} priced_with={base_option.id.clone()} {lang} on_action={on_action.clone()} />
            <PlanProblems plan={plan.clone()} {lang} on_action={on_action.clone()} />
            <PlanTotals plan={plan.clone()} base={base_option.point.scenario.clone()} {base_name}
                {hours} agenda={agenda.clone()} {held} {lang} />
            <div class="plan-grid">
                <ModuleList plan={plan.clone()} {lang} {on_action} />
                <Syllabus plan={plan.clone()} {agenda} {hours} {lang} />
            </div>
        </div>
    }
}
