//! What is wrong with the plan, each with a button for its fix when there is one.

use yew::prelude::*;

use crate::catalog::catalog;
use crate::store::planner::PlanAction;
use model::Lang;
use model::catalog::Modules;
use model::plan::module_name;
use model::plan::{Plan, PlanFix};

#[derive(Properties, PartialEq)]
pub struct PlanProblemsProps {
    pub plan: Plan,
    pub lang: Lang,
    pub on_action: Callback<PlanAction>,
}

/// What a fix button says.
fn fix_label(fix: &PlanFix, modules: &Modules, lang: Lang) -> String {
    let name = |id: u32| {
        let (zh, en) = module_name(modules, id);
        lang.pick(&zh, &en).to_string()
    };
    match fix {
        PlanFix::AddModule { module, .. } => {
            format!("{}{}", lang.pick("添加", "Add "), name(*module))
        }
        PlanFix::RemoveModule { module } => {
            format!("{}{}", lang.pick("移除", "Remove "), name(*module))
        }
        PlanFix::RemoveDuplicates { module } => format!(
            "{}{}",
            lang.pick("去掉重复的", "Remove the repeats of "),
            name(*module)
        ),
        PlanFix::RemoveActivity { module, activity } => format!(
            "{} {} ({})",
            lang.pick("取消", "Drop"),
            activity.label(lang),
            name(*module)
        ),
        PlanFix::SetPhases { phases } => {
            format!("{} {phases}", lang.pick("把期数改为", "Set phases to"))
        }
    }
}

#[component]
pub fn PlanProblems(props: &PlanProblemsProps) -> Html {
    let PlanProblemsProps {
        plan,
        lang,
        on_action,
    } = props;
    let lang = *lang;
    let modules = &catalog().modules;
    html! {
        <>{ for plan.problems(modules).iter().enumerate().map(|(k, p)| {
            let fix = p.fix.clone().map(|fix| {
                let label = fix_label(&fix, modules, lang);
                html! {
                    <button type="button" data-testid={format!("fix-{k}")}
                        onclick={on_action.reform(move |_| PlanAction::Apply(fix.clone()))}>{ label }</button>
                }
            });
            html! {
                <div class="plan-problem no-print" role="alert">
                    <p data-testid="error">{ p.message.get(lang) }</p>
                    { for fix }
                </div>
            }
        }) }</>
    }
}
