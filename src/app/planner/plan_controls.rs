//! The plan's settings: who it is for, its phases, the option it is priced as, the ready-made
//! plans, and fitting the modules to the hours available.

use yew::prelude::*;

use crate::app::components::{NumberField, SelectField};
use crate::catalog::catalog;
use crate::persist::work_file::{OptionId, option_name};
use crate::store::estimator::OptionState;
use crate::store::planner::{PlanAction, PlanField};
use model::Lang;
use model::catalog::Modules;
use model::plan::{LeftOut, Plan};
use model::typed::NumberError;
use model::vocab::Audience;

#[derive(Properties, PartialEq)]
pub struct PlanControlsProps {
    pub plan: Plan,
    /// The hours available, for the fit.
    pub budget: f64,
    /// What the last fit left out, if there was one.
    pub left_out: Option<Vec<LeftOut>>,
    /// The options compared, any of which the plan can be priced as.
    pub options: Vec<OptionState>,
    /// The option the plan is priced as.
    pub priced_with: OptionId,
    pub lang: Lang,
    pub on_action: Callback<PlanAction>,
}

/// Each option compared, by its name and what it is.
fn option_choices(options: &[OptionState], lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let label = format!(
                "{} · {}",
                option_name(i, lang),
                o.point.scenario.describe(catalog(), lang)
            );
            (AttrValue::from(o.id.0.clone()), AttrValue::from(label))
        })
        .collect()
}

/// A button for each ready-made plan.
fn presets(modules: &Modules, lang: Lang, on_action: &Callback<PlanAction>) -> Html {
    html! {
        <div class="presets" role="group" aria-label={lang.pick("现成方案", "Ready-made plans")}>
            <span class="group-label">{ lang.pick("现成方案", "Ready-made plans") }</span>
            { for modules.preset.iter().map(|p| {
                let id = p.id.clone();
                html! {
                    <button type="button" data-testid={format!("preset-{}", p.id)} title={p.description.get(lang).to_string()}
                        onclick={on_action.reform(move |_| PlanAction::LoadPreset(id.clone()))}>
                        { p.name.get(lang) }
                    </button>
                }
            }) }
        </div>
    }
}

/// What the last fit could not place, or that everything fits.
fn left_out_list(left_out: &[LeftOut], lang: Lang) -> Html {
    html! {
        <div class="left-out" data-testid="left-out">
            if left_out.is_empty() {
                <p>{ lang.pick("所有模块都已放入。", "Every module fits.") }</p>
            } else {
                <p>{ lang.pick("未放入的模块：", "Left out:") }</p>
                <ul>{ for left_out.iter().map(|l| html! { <li>{ l.message.get(lang) }</li> }) }</ul>
            }
        </div>
    }
}

#[component]
pub fn PlanControls(props: &PlanControlsProps) -> Html {
    let PlanControlsProps {
        plan,
        budget,
        left_out,
        options,
        priced_with,
        lang,
        on_action,
    } = props;
    let lang = *lang;
    let on_audience = {
        let on_action = on_action.clone();
        Callback::from(move |id: AttrValue| {
            if let Some(a) = Audience::from_id(&id) {
                on_action.emit(PlanAction::SetAudience(a))
            }
        })
    };
    let on_phases = on_action.reform(|typed: Result<f64, NumberError>| match typed {
        Ok(v) => PlanAction::SetPhases(v.clamp(0.0, f64::from(u32::MAX)) as u32),
        Err(e) => PlanAction::Unreadable(PlanField::Phases, e),
    });
    let on_budget = on_action.reform(|typed: Result<f64, NumberError>| match typed {
        Ok(v) => PlanAction::SetBudget(v),
        Err(e) => PlanAction::Unreadable(PlanField::HoursAvailable, e),
    });
    let on_priced_with =
        on_action.reform(|id: AttrValue| PlanAction::PriceWith(OptionId(id.to_string())));
    let audience_options: Vec<(AttrValue, AttrValue)> = Audience::ALL
        .iter()
        .map(|a| (a.id().into(), a.label(lang).into()))
        .collect();

    html! {
        <section class="plan-controls no-print" aria-label={lang.pick("计划设置", "Plan settings")}>
            <div class="plan-row">
                <SelectField id="audience" label={lang.pick("学员对象", "Who it is for")}
                    options={audience_options} selected={plan.audience.id()} on_change={on_audience} />
                <NumberField id="plan-phases" label={lang.pick("分几期", "Phases")} unit={lang.pick("期", "phases")}
                    value={f64::from(plan.phases)} whole=true {lang} on_change={on_phases} />
                <SelectField id="plan-option" label={lang.pick("按哪个方案计价（人数、城市、讲师）", "Priced as (people, city, trainer)")}
                    options={option_choices(options, lang)} selected={AttrValue::from(priced_with.0.clone())} on_change={on_priced_with} />
            </div>
            { presets(&catalog().modules, lang, on_action) }
            <div class="plan-row fit">
                <NumberField id="budget-hours" label={lang.pick("可用课时", "Hours available")} unit={lang.pick("小时", "hours")}
                    value={*budget} {lang} on_change={on_budget} />
                <button type="button" data-testid="fit" onclick={on_action.reform(|_| PlanAction::Fit)}>
                    { lang.pick("按课时自动选模块", "Fit modules to my time") }
                </button>
            </div>
            if let Some(left_out) = left_out {
                { left_out_list(left_out, lang) }
            }
        </section>
    }
}
