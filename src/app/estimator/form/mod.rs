//! Every input of a scenario, labelled, with units; a bad value is marked at its field. The
//! form is four fieldsets: who and where, how the training is bought, the course, costs and tax.

mod costs_and_tax;
mod course;
mod how_bought;
mod who_and_where;

use yew::prelude::*;

use crate::store::estimator::{Change, EstimateAction};
use costs_and_tax::CostsAndTax;
use course::Course;
use how_bought::HowItIsBought;
use model::Lang;
use model::cost::{Field, Input, Scenario, ScenarioError};
use model::typed::NumberError;
use model::vocab::Depth;
use who_and_where::WhoAndWhere;

/// The form's props, which each of its fieldsets is given too.
#[derive(Properties, PartialEq, Clone)]
pub struct ScenarioFormProps {
    pub draft: Scenario,
    /// The depth chosen for a quick estimate (the draft's hours may be zero).
    pub depth: Depth,
    pub error: Option<ScenarioError>,
    pub lang: Lang,
    /// Each edit: a change, or text in a number field that does not read as a number.
    pub on_action: Callback<EstimateAction>,
}

impl ScenarioFormProps {
    /// The message for `field`, when the error is there.
    fn error_at(&self, field: Field) -> Option<AttrValue> {
        self.error
            .as_ref()
            .filter(|e| e.field() == field)
            .map(|e| e.message(self.lang).into())
    }

    /// A callback that sends a change.
    fn on_change(&self) -> Callback<Change> {
        self.on_action.reform(EstimateAction::Edit)
    }

    /// A callback that turns what a number field reads as into a `Change`, or marks the field
    /// when its text is not a number.
    fn on_number(
        &self,
        field: Field,
        make: fn(f64) -> Change,
    ) -> Callback<Result<f64, NumberError>> {
        self.on_action
            .reform(move |typed: Result<f64, NumberError>| match typed {
                Ok(v) => EstimateAction::Edit(make(v)),
                Err(e) => EstimateAction::Unreadable(field, e),
            })
    }

    /// A callback that turns the id a select gives into a `Change`, when it names one.
    fn on_pick(&self, make: fn(&str) -> Option<Change>) -> Callback<AttrValue> {
        let on_change = self.on_change();
        Callback::from(move |id: AttrValue| {
            if let Some(change) = make(&id) {
                on_change.emit(change)
            }
        })
    }

    /// A labelled checkbox for a yes-or-no input.
    fn checkbox(
        &self,
        id: &'static str,
        label: &'static str,
        checked: bool,
        make: fn(bool) -> Input,
    ) -> Html {
        let onchange = self.on_change().reform(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            Change::Set(make(on))
        });
        html! {
            <label class="check" for={id}>
                <input type="checkbox" id={id} data-testid={id} {checked} {onchange} />
                { label }
            </label>
        }
    }
}

/// A select's options: each value's id and label.
fn choices<T: Copy>(
    all: &[T],
    id: fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(AttrValue, AttrValue)> {
    all.iter()
        .map(|&v| (id(v).into(), label(v).into()))
        .collect()
}

#[component]
pub fn ScenarioForm(props: &ScenarioFormProps) -> Html {
    html! {
        <form class="scenario-form" aria-label={props.lang.pick("估算条件", "Scenario")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <WhoAndWhere ..props.clone() />
            <HowItIsBought ..props.clone() />
            <Course ..props.clone() />
            <CostsAndTax ..props.clone() />
        </form>
    }
}
