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

use crate::app::later::{self, Deferred, NotLoaded, Part};
use crate::app::store::use_store;
use crate::catalog::catalog;
use crate::persist::work_file::OptionId;

#[derive(Properties, PartialEq, Clone)]
pub struct WorthPanelProps {
    pub option: OptionId,
    /// The option's last priced scenario.
    pub scenario: Scenario,
    /// An input of the option is in error: the figures are those of its last good input.
    pub stale: bool,
    pub lang: Lang,
}

/// The panel's body has the same props: it is shown only while the panel is open.
pub type WorthBodyProps = WorthPanelProps;

/// The panel: its title, a button that opens and closes it, and, while open, its body, whose
/// components come in a module of their own in the release build (`app::later`).
#[component]
pub fn WorthPanel(props: &WorthPanelProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| false);
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
                    { later::show(Body(props.clone())) }
                </div>
            }
        </section>
    }
}

/// The panel's body as a part of its own (`app::later`): fetched the first time the panel is
/// opened.
#[derive(Clone, PartialEq)]
struct Body(WorthBodyProps);

impl Deferred for Body {
    fn part(&self) -> Part {
        Part::Worth
    }

    async fn view(self) -> Result<Html, NotLoaded> {
        split_call!(body(self.0))
    }
}

/// The split point: this function and all only it reaches (the body, the model's assessment
/// and the worth chart's data) go to the worth module.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(worth, fallible))]
fn body(props: WorthBodyProps) -> Result<Html, NotLoaded> {
    Ok(html! { <WorthBody ..props /> })
}

/// What the open panel shows: the figures, the answer and the measurement plan.
#[component]
pub fn WorthBody(props: &WorthBodyProps) -> Html {
    let store = use_store();
    let lang = props.lang;
    let inputs = store.worth.inputs(&props.option);
    // 4,000 joint draws of the cost and the change (data/worth.toml): only while the panel is
    // open (this component is shown only then), and again only when the scenario or a figure
    // changes.
    let worth = use_memo(
        (props.scenario.clone(), inputs.clone()),
        |(scenario, inputs)| assess(catalog(), scenario, inputs),
    );
    html! {
        <>
            <p class="hint no-print">{ lang.t(i18n::worth::INTRO) }</p>
            { fields::worth_fields(&store, &props.option, &props.scenario, &inputs, lang) }
            if props.stale {
                <p class="hint stale-note">{ lang.t(i18n::worth::STALE) }</p>
            }
            { answer::answer(&worth, &inputs, lang) }
            { measurement::measurement_plan(&store.planner.plan, &worth, &props.scenario, lang) }
        </>
    }
}
