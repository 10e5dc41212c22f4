//! One curriculum module in the picker: what it teaches, how relevant it is to the audience,
//! and, once chosen, its depth and activities.

use model::i18n;
use yew::prelude::*;

use crate::store::planner::PlanAction;
use model::Lang;
use model::catalog::Module;
use model::catalog::PlanItem;
use model::vocab::{Audience, Depth};

#[derive(Properties, PartialEq)]
pub struct ModuleCardProps {
    pub module: Module,
    pub item: Option<PlanItem>,
    pub audience: Audience,
    pub lang: Lang,
    pub on_action: Callback<PlanAction>,
}

/// ●●○ for a relevance of 2 out of 3.
fn dots(value: u32, max: u32) -> String {
    (0..max)
        .map(|i| if i < value { '●' } else { '○' })
        .collect()
}

#[component]
pub fn ModuleCard(props: &ModuleCardProps) -> Html {
    let ModuleCardProps {
        module: m,
        item,
        audience,
        lang,
        on_action,
    } = props;
    let lang = *lang;
    let id = m.id;
    let chosen = item.is_some();
    let checkbox_id = format!("module-{id}");
    let on_toggle = on_action.reform(move |_: Event| PlanAction::Toggle(id));
    let relevance = m.relevance.get(*audience);
    html! {
        <article class={classes!("module-card", chosen.then_some("chosen"))}>
            <label class="check module-title" for={checkbox_id.clone()}>
                <input type="checkbox" id={checkbox_id.clone()} data-testid={checkbox_id} checked={chosen} onchange={on_toggle} />
                <span>{ format!("{id}. {}", m.title.get(lang)) }</span>
                <span class="relevance" role="img" title={lang.t(i18n::module_card::RELEVANCE_TO_THIS_AUDIENCE)}
                    aria-label={format!("{} {relevance}/3", lang.t(i18n::module_card::RELEVANCE))}>{ dots(relevance, 3) }</span>
            </label>
            <p class="module-summary">{ m.summary.get(lang) }</p>
            <details>
                <summary>{ lang.t(i18n::module_card::TOPICS_AND_OBJECTIVES) }</summary>
                <ul>{ for m.topics.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
                <p class="objectives-title">{ lang.t(i18n::module_card::PARTICIPANTS_CAN) }</p>
                <ul>{ for m.objectives.iter().map(|o| html! { <li>{ o.get(lang) }</li> }) }</ul>
                if !m.builds_on.is_empty() {
                    <p class="builds-on">{ lang.t(i18n::module_card::BUILDS_ON_MODULES) }{ m.builds_on.iter().map(u32::to_string).collect::<Vec<_>>().join(", ") }</p>
                }
            </details>
            if let Some(item) = item {
                <div class="module-options">
                    <label for={format!("depth-{id}")}>{ lang.t(i18n::module_card::DEPTH) }</label>
                    <select id={format!("depth-{id}")} data-testid={format!("depth-{id}")}
                        onchange={on_action.reform(move |e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            PlanAction::SetDepth(id, Depth::from_id(&v).unwrap_or(Depth::Standard))
                        })}>
                        { for Depth::ALL.iter().map(|&d| html! {
                            <option value={d.id()} selected={d == item.depth}>
                                { format!("{} · {} {}", d.label(lang), m.hours.get(d), lang.t(i18n::module_card::HOURS_SUFFIX)) }
                            </option>
                        }) }
                    </select>
                    <div class="checks">
                        { for m.activities.iter().filter(|a| a.extra_hours > 0.0).map(|a| {
                            let activity = a.activity;
                            let box_id = format!("module-{id}-{}", activity.id());
                            html! {
                                <label class="check" for={box_id.clone()}>
                                    <input type="checkbox" id={box_id.clone()} data-testid={box_id}
                                        checked={item.activities.contains(&activity)}
                                        onchange={on_action.reform(move |_: Event| PlanAction::ToggleActivity(id, activity))} />
                                    { format!("{} +{}{}", activity.label(lang), a.extra_hours, lang.t(i18n::module_card::HOURS_SUFFIX)) }
                                </label>
                            }
                        }) }
                    </div>
                </div>
            }
        </article>
    }
}
