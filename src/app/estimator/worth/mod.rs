//! Is it worth it (值不值), beside the option on show: opened on demand, the figures the user
//! knows and believes (`fields`), the answer worked out by the model (`answer`), and the plan
//! to measure the course next year, printable on one A4 page (`measurement`). The figures are
//! the store's, saved with the option; the answer is worked out only while the panel is open.

mod answer;
mod fields;
mod measurement;

use model::Lang;
use model::cost::Scenario;
use model::i18n;
use model::worth::assess;
use yew::prelude::*;

use crate::app::store::use_store;
use crate::catalog::catalog;
use crate::persist::work_file::OptionId;

#[derive(Properties, PartialEq)]
pub struct WorthPanelProps {
    pub option: OptionId,
    /// The option's last priced scenario.
    pub scenario: Scenario,
    /// An input of the option is in error: the figures are those of its last good input.
    pub stale: bool,
    pub lang: Lang,
}

#[component]
pub fn WorthPanel(props: &WorthPanelProps) -> Html {
    let store = use_store();
    let lang = props.lang;
    let open = use_state(|| false);
    let inputs = store.worth.inputs(&props.option);
    // 4,000 joint draws of the cost and the change (data/worth.toml): only while open, and
    // again only when the scenario or a figure changes.
    let worth = use_memo(
        (*open, props.scenario.clone(), inputs.clone()),
        |(open, scenario, inputs)| open.then(|| assess(catalog(), scenario, inputs)),
    );
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <section class="worth" aria-labelledby="worth-title">
            <h3 id="worth-title" class="worth-title">
                <button type="button" class="worth-open" data-testid="roi-open" aria-expanded={open.to_string()}
                    aria-controls="worth-body" onclick={toggle}>
                    { lang.t(i18n::worth::TITLE) }
                </button>
            </h3>
            if *open {
                <div id="worth-body" class="worth-body">
                    <p class="hint no-print">{ lang.t(i18n::worth::INTRO) }</p>
                    { fields::worth_fields(&store, &props.option, &props.scenario, &inputs, lang) }
                    if props.stale {
                        <p class="hint stale-note">{ lang.t(i18n::worth::STALE) }</p>
                    }
                    { answer::answer(worth.as_ref().as_ref(), &inputs, lang) }
                    { measurement::measurement_plan(&store.planner.plan, worth.as_ref().as_ref(), &props.scenario, lang) }
                </div>
            }
        </section>
    }
}
