//! The planner's settings: who the plan is for, its phases, the option it is priced with, the
//! ready-made plans, and fitting the modules to the hours available. A view function, not a
//! component: it keeps no state of its own (each component costs the bundle about 750 B gzip,
//! BENCHMARKS.md "One place for each idea").

use model::Lang;
use model::i18n;
use model::typed::NumberError;
use model::vocab::Audience;
use yew::prelude::*;

use crate::app::components::{NumberField, SelectField};
use crate::app::store::{Store, dispatch_with};
use crate::catalog::catalog;
use crate::persist::work_file::{OptionId, option_name};
use crate::store::Action;
use crate::store::planner::{PlanAction, PlanField};

/// A callback sending the plan action `make` builds from what a control gives.
fn plan_action<T: 'static>(store: &Store, make: impl Fn(T) -> PlanAction + 'static) -> Callback<T> {
    dispatch_with(store, move |value| Action::Plan(make(value)))
}

/// A number typed in `field`, or what is wrong with it.
fn typed(
    store: &Store,
    field: PlanField,
    set: impl Fn(f64) -> PlanAction + 'static,
) -> Callback<Result<f64, NumberError>> {
    plan_action(store, move |typed: Result<f64, NumberError>| match typed {
        Ok(v) => set(v),
        Err(e) => PlanAction::Unreadable(field, e),
    })
}

/// The settings section; `base`: the option the plan is priced with.
pub fn plan_controls(store: &Store, base: &OptionId, lang: Lang) -> Html {
    let state = &store.planner;
    let plan = &state.plan;
    let catalog = catalog();
    let audience_options: Vec<(AttrValue, AttrValue)> = Audience::ALL
        .iter()
        .map(|a| (a.id().into(), a.label(lang).into()))
        .collect();
    let option_choices: Vec<(AttrValue, AttrValue)> = store
        .estimator
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let label = format!(
                "{} · {}",
                option_name(i, lang),
                o.point.scenario.describe(catalog, lang)
            );
            (AttrValue::from(o.id.0.clone()), AttrValue::from(label))
        })
        .collect();
    let on_audience = {
        let store = store.clone();
        Callback::from(move |id: AttrValue| {
            if let Some(a) = Audience::from_id(&id) {
                store.dispatch(Action::Plan(PlanAction::SetAudience(a)));
            }
        })
    };
    let on_phases = typed(store, PlanField::Phases, |v| {
        PlanAction::SetPhases(v.clamp(0.0, f64::from(u32::MAX)) as u32)
    });
    let on_budget = typed(store, PlanField::HoursAvailable, PlanAction::SetBudget);
    let on_priced_with = plan_action(store, |id: AttrValue| {
        PlanAction::PriceWith(OptionId(id.to_string()))
    });
    let on_fit = plan_action(store, |_: MouseEvent| PlanAction::Fit);
    html! {
        <section class="plan-controls no-print" aria-label={lang.t(i18n::planner::PLAN_SETTINGS)}>
            <div class="plan-row">
                <SelectField id="audience" label={lang.t(i18n::planner::WHO_IT_IS_FOR)}
                    options={audience_options} selected={plan.audience.id()} on_change={on_audience} />
                <NumberField id="plan-phases" label={lang.t(i18n::common::PHASES)} unit={lang.t(i18n::common::PHASES_UNIT)}
                    value={f64::from(plan.phases)} whole=true {lang} on_change={on_phases} />
                <SelectField id="plan-option" label={lang.t(i18n::planner::PRICED_AS_PEOPLE_CITY_TRAINER)}
                    options={option_choices} selected={AttrValue::from(base.0.clone())} on_change={on_priced_with} />
            </div>
            <div class="presets" role="group" aria-label={lang.t(i18n::planner::READY_MADE_PLANS)}>
                <span class="group-label">{ lang.t(i18n::planner::READY_MADE_PLANS) }</span>
                { for catalog.modules.preset.iter().map(|p| {
                    let id = p.id.clone();
                    html! {
                        <button type="button" data-testid={format!("preset-{}", p.id)} title={p.description.get(lang).to_string()}
                            onclick={plan_action(store, move |_: MouseEvent| PlanAction::LoadPreset(id.clone()))}>
                            { p.name.get(lang) }
                        </button>
                    }
                }) }
            </div>
            <div class="plan-row fit">
                <NumberField id="budget-hours" label={lang.t(i18n::planner::HOURS_AVAILABLE)} unit={lang.t(i18n::common::HOURS)}
                    value={state.budget} {lang} on_change={on_budget} />
                <button type="button" data-testid="fit" onclick={on_fit}>
                    { lang.t(i18n::planner::FIT_MODULES_TO_MY_TIME) }
                </button>
            </div>
            if let Some(left_out) = &state.left_out {
                <div class="left-out" data-testid="left-out">
                    if left_out.is_empty() {
                        <p>{ lang.t(i18n::planner::EVERY_MODULE_FITS) }</p>
                    } else {
                        <p>{ lang.t(i18n::planner::LEFT_OUT) }</p>
                        <ul>{ for left_out.iter().map(|l| html! { <li>{ l.message.get(lang) }</li> }) }</ul>
                    }
                </div>
            }
        </section>
    }
}
