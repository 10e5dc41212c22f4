//! The course: its depth and hours, its phases, the classroom activities and assistant, and the
//! venue and catering when it is taught in a room.

use yew::prelude::*;

use super::{ScenarioFormProps, choices};
use crate::app::components::{NumberField, SelectField};
use crate::store::estimator::Change;
use model::cost::{Field, Input};
use model::vocab::{Activity, DeliveryMode, Depth, Sourcing, Venue};

/// The checkbox of one classroom activity.
fn activity_box(props: &ScenarioFormProps, a: Activity) -> Html {
    let id = format!("activity-{}", a.id());
    let onchange = props.on_change().reform(move |e: Event| {
        let on = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        Change::Activity(a, on)
    });
    html! {
        <label class="check" for={id.clone()}>
            <input type="checkbox" id={id.clone()} data-testid={id} checked={props.draft.activities.contains(&a)} {onchange} />
            { a.label(props.lang) }
        </label>
    }
}

#[component]
pub fn Course(props: &ScenarioFormProps) -> Html {
    let (draft, lang) = (&props.draft, props.lang);
    let sourcing = draft.sourcing;
    let in_house = sourcing.is_in_house();
    let classroom = in_house && matches!(draft.mode, DeliveryMode::Offline | DeliveryMode::Blended);
    html! {
        <fieldset>
            <legend>{ lang.pick("课程", "Course") }</legend>
            <SelectField id="field-depth" label={lang.pick("内容深度", "Content depth")}
                options={choices(Depth::ALL, Depth::id, |d| d.label(lang))}
                selected={props.depth.id()}
                on_change={props.on_pick(|id| Depth::from_id(id).map(Change::Depth))} />
            <NumberField id="field-hours" label={lang.pick("课时", "Teaching hours")} unit={lang.pick("小时", "hours")}
                value={draft.hours.total()} {lang}
                on_change={props.on_number(Field::Hours, Change::Hours)} error={props.error_at(Field::Hours)} />
            if sourcing != Sourcing::OnlineCourse {
                <NumberField id="field-phases" label={lang.pick("分几期", "Phases")} unit={lang.pick("期", "phases")}
                    value={f64::from(draft.phases)} whole=true {lang}
                    on_change={props.on_number(Field::Phases, Change::phases)} error={props.error_at(Field::Phases)} />
            }
            if in_house {
                <div class="checks" role="group" aria-label={lang.pick("课堂活动", "Activities")}>
                    <span class="group-label">{ lang.pick("课堂活动", "Activities") }</span>
                    { for Activity::ALL.iter().map(|&a| activity_box(props, a)) }
                </div>
                { props.checkbox("field-assistant", lang.pick("总是配助教（角色扮演超过一位讲师能带的人数时自动配）", "Always book an assistant (booked anyway when role-play outgrows one trainer)"), draft.assistant_trainer, Input::Assistant) }
            }
            if classroom {
                <SelectField id="field-venue" label={lang.pick("场地", "Venue")}
                    options={choices(Venue::ALL, Venue::id, |v| v.label(lang))}
                    selected={draft.venue.id()}
                    on_change={props.on_pick(|id| Venue::from_id(id).map(|v| Change::Set(Input::Venue(v))))} />
                { props.checkbox("field-catering", lang.pick("提供午餐茶歇", "Lunch and tea provided"), draft.catering, Input::Catering) }
            }
        </fieldset>
    }
}
