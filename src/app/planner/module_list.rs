//! The modules to choose from, each a card.

use yew::prelude::*;

use super::module_card::ModuleCard;
use crate::catalog::catalog;
use crate::store::planner::PlanAction;
use model::Lang;
use model::plan::Plan;

#[derive(Properties, PartialEq)]
pub struct ModuleListProps {
    pub plan: Plan,
    pub lang: Lang,
    pub on_action: Callback<PlanAction>,
}

#[component]
pub fn ModuleList(props: &ModuleListProps) -> Html {
    let ModuleListProps {
        plan,
        lang,
        on_action,
    } = props;
    let lang = *lang;
    html! {
        <section class="module-list no-print" aria-label={lang.pick("十个课程模块", "The ten modules")}>
            <h3>{ lang.pick("课程模块", "Modules") }</h3>
            { for catalog().modules.module.iter().map(|m| {
                let item = plan.items.iter().find(|i| i.module == m.id).cloned();
                html! { <ModuleCard module={m.clone()} {item} audience={plan.audience} {lang} on_action={on_action.clone()} /> }
            }) }
        </section>
    }
}
