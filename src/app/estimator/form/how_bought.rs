//! How the training is bought: the sourcing route, and what goes with it (delivery mode,
//! trainer, the vendor's travel and customisation, a public course elsewhere).

use yew::prelude::*;

use super::{ScenarioFormProps, choices};
use crate::app::components::SelectField;
use crate::store::estimator::Change;
use model::Lang;
use model::catalog::OUTSIDE_TIERS;
use model::cost::{Field, Input};
use model::vocab::{DeliveryMode, Sourcing, TrainerTier};

#[component]
pub fn HowItIsBought(props: &ScenarioFormProps) -> Html {
    let (draft, lang) = (&props.draft, props.lang);
    let sourcing = draft.sourcing;
    html! {
        <fieldset>
            <legend>{ lang.pick("获取方式", "How the training is obtained") }</legend>
            <SelectField id="field-route" label={lang.pick("培训怎么来", "Sourcing")}
                options={choices(Sourcing::ALL, Sourcing::id, |r| r.label(lang))}
                selected={sourcing.id()}
                on_change={props.on_pick(|id| Sourcing::from_id(id).map(|v| Change::Set(Input::Sourcing(v))))} />
            <p class="hint" data-testid="route-hint">{ route_hint(sourcing, lang) }</p>
            if sourcing.is_in_house() {
                <SelectField id="field-mode" label={lang.pick("授课方式", "Delivery mode")}
                    options={choices(DeliveryMode::ALL, DeliveryMode::id, |m| m.label(lang))}
                    selected={draft.mode.id()}
                    on_change={props.on_pick(|id| DeliveryMode::from_id(id).map(|v| Change::Set(Input::Mode(v))))} />
            }
            if sourcing != Sourcing::Internal {
                <SelectField id="field-trainer" label={match sourcing {
                        Sourcing::Vendor => lang.pick("讲师级别", "Trainer tier"),
                        _ => lang.pick("授课讲师级别", "Course taught by"),
                    }}
                    options={choices(OUTSIDE_TIERS, TrainerTier::id, |t| t.label(lang))}
                    selected={draft.trainer.id()}
                    on_change={props.on_pick(|id| TrainerTier::from_id(id).map(|v| Change::Set(Input::Trainer(v))))} />
                if let Some(message) = props.error_at(Field::Trainer) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
            }
            if sourcing == Sourcing::Vendor {
                { props.checkbox("field-travel", lang.pick("讲师从外地来（差旅住宿实报实销，不按本地价）", "Trainer travels in (travel and lodging at cost; national rates)"), draft.trainer_travels, Input::TrainerTravels) }
                { props.checkbox("field-customise", lang.pick("深度定制（自有案例、话术、录制情景演练，另行报价）", "Deep customisation (own cases, scripts, recorded role-plays; quoted extra)"), draft.customise, Input::Customise) }
            }
            if sourcing == Sourcing::Public {
                { props.checkbox("field-away", lang.pick("公开课在外地（学员差旅住宿另计）", "The course is in another city (participants' travel added)"), draft.course_elsewhere, Input::CourseElsewhere) }
            }
        </fieldset>
    }
}

/// What a route is, in a sentence: how the market prices it and what the company pays besides.
fn route_hint(sourcing: Sourcing, lang: Lang) -> &'static str {
    match sourcing {
        Sourcing::Internal => lang.pick(
            "公司自己的讲师授课：按其备课和授课时间计成本，没有供应商利润和增值税。",
            "The company's own trainer: priced by their time preparing and teaching; no vendor margin, no VAT.",
        ),
        Sourcing::Vendor => lang.pick(
            "外请讲师到公司为整班授课：按讲师日费计价（供应商利润已含在日费中），差旅实报实销，开票含增值税。",
            "An outside trainer teaches the company's group: a day rate for the class (the vendor's margin is inside it), travel at cost, VAT invoiced.",
        ),
        Sourcing::Public => lang.pick(
            "派员工参加培训机构的公开课：按席位计价，通常含午餐和教材。",
            "Staff take seats on a training institution's public course: priced per seat, usually with lunch and materials.",
        ),
        Sourcing::OnlineCourse => lang.pick(
            "购买现成的线上课程：按学员计价，自学完成。",
            "A ready-made online course: priced per learner, taken at each person's pace.",
        ),
    }
}
