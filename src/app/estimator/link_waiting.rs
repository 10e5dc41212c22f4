//! A link's option that found no place among the options compared: which one to replace, or
//! keep the options as they are.

use yew::prelude::*;

use crate::app::components::{focus_by_id, focus_lost};
use crate::catalog::catalog;
use crate::persist::work_file::option_name;
use crate::store::estimator::EstimateAction;
use model::Lang;
use model::cost::Scenario;

use super::compare::tab_id;

#[derive(Properties, PartialEq)]
pub struct LinkWaitingProps {
    /// The link's option.
    pub waiting: Scenario,
    /// How many options are compared (as many as there can be).
    pub options: usize,
    pub lang: Lang,
    pub on_action: Callback<EstimateAction>,
}

#[component]
pub fn LinkWaiting(props: &LinkWaitingProps) -> Html {
    let LinkWaitingProps {
        waiting,
        options,
        lang,
        on_action,
    } = props;
    let (options, lang) = (*options, *lang);
    // Escape keeps the options as they are, as the "keep my options" button does.
    let on_key = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_action.emit(EstimateAction::DismissWaiting);
            }
        })
    };
    let described = waiting.describe(catalog(), lang);
    html! {
        <div class="notice" role="status" data-testid="link-waiting" onkeydown={on_key}>
            <p>{ match lang {
                Lang::Zh => format!("链接里的方案（{described}）没有加入：最多同时比较 {options} 个方案。要替换哪一个？"),
                Lang::En => format!("The link's option ({described}) was not added: at most {options} options are compared at once. Replace one?"),
            } }</p>
            { for (0..options).map(|i| html! {
                <button type="button" data-testid={format!("replace-option-{i}")}
                    onclick={on_action.reform(move |_| EstimateAction::ReplaceWithWaiting(i))}>
                    { format!("{}{}", lang.pick("替换", "Replace "), option_name(i, lang)) }
                </button>
            }) }
            <button type="button" data-testid="dismiss-link" onclick={on_action.reform(|_| EstimateAction::DismissWaiting)}>
                { lang.pick("不加入", "Keep my options") }
            </button>
        </div>
    }
}

/// When the question goes (either way), the focus it held goes to the option shown.
#[hook]
pub fn use_focus_after_waiting(waiting: bool, active: usize) {
    let was_waiting = use_mut_ref(|| false);
    use_effect_with((waiting, active), move |&(waiting, active)| {
        let answered = std::mem::replace(&mut *was_waiting.borrow_mut(), waiting) && !waiting;
        if answered && focus_lost() {
            focus_by_id(&tab_id(active));
        }
    });
}
