//! What is wrong with the plan, each with the button that fixes it where there is one. A view
//! function: it keeps no state.

use model::Lang;
use model::catalog::Modules;
use model::i18n;
use model::plan::{PlanFix, PlanProblem, module_name};
use yew::prelude::*;

use crate::app::store::{Store, dispatch_with};
use crate::store::Action;
use crate::store::planner::PlanAction;

/// What a fix button says.
fn fix_label(fix: &PlanFix, modules: &Modules, lang: Lang) -> String {
    let name = |id: u32| module_name(modules, id, lang);
    match fix {
        PlanFix::AddModule { module, .. } => {
            format!("{}{}", lang.t(i18n::planner::ADD), name(*module))
        }
        PlanFix::RemoveModule { module } => {
            format!("{}{}", lang.t(i18n::planner::REMOVE), name(*module))
        }
        PlanFix::RemoveDuplicates { module } => format!(
            "{}{}",
            lang.t(i18n::planner::REMOVE_THE_REPEATS_OF),
            name(*module)
        ),
        PlanFix::RemoveActivity { module, activity } => format!(
            "{} {} ({})",
            lang.t(i18n::planner::DROP),
            activity.label(lang),
            name(*module)
        ),
        PlanFix::SetPhases { phases } => {
            format!("{} {phases}", lang.t(i18n::planner::SET_PHASES_TO))
        }
    }
}

/// Each problem as an alert, with its fix.
pub fn problem_list(
    problems: &[PlanProblem],
    modules: &Modules,
    store: &Store,
    lang: Lang,
) -> Html {
    html! {
        { for problems.iter().enumerate().map(|(k, p)| {
            let fix = p.fix.clone().map(|fix| {
                let label = fix_label(&fix, modules, lang);
                let apply = dispatch_with(store, move |_: MouseEvent| Action::Plan(PlanAction::Apply(fix.clone())));
                html! {
                    <button type="button" data-testid={format!("fix-{k}")} onclick={apply}>{ label }</button>
                }
            });
            html! {
                <div class="plan-problem no-print" role="alert">
                    <p data-testid="error">{ p.message.get(lang) }</p>
                    { for fix }
                </div>
            }
        }) }
    }
}
