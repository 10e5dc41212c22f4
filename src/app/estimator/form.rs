//! Every input of a scenario, labelled, with units; a bad value is marked at its field.

use yew::prelude::*;

use crate::app::components::{NumberField, SelectField};
use crate::catalog::catalog;
use crate::store::estimator::{Change, EstimateAction};
use model::Lang;
use model::catalog::OUTSIDE_TIERS;
use model::cost::{Field, Input, ParticipantTime, Scenario, ScenarioError};
use model::typed::NumberError;
use model::vocab::{Activity, DeliveryMode, Depth, Sourcing, TrainerTier, Venue};

#[derive(Properties, PartialEq)]
pub struct ScenarioFormProps {
    pub draft: Scenario,
    /// The depth chosen for a quick estimate (the draft's hours may be zero).
    pub depth: Depth,
    pub error: Option<ScenarioError>,
    pub lang: Lang,
    /// Each edit: a change, or text in a number field that does not read as a number.
    pub on_action: Callback<EstimateAction>,
}

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
    let catalog = catalog();
    let ScenarioFormProps {
        draft,
        depth,
        error,
        lang,
        on_action,
    } = props;
    let lang = *lang;
    let on_change = on_action.reform(EstimateAction::Edit);
    let error_at = |field: Field| -> Option<AttrValue> {
        error
            .as_ref()
            .filter(|e| e.field() == field)
            .map(|e| e.message(lang).into())
    };
    // A callback that turns what a number field reads as into a `Change`, or marks the field
    // when its text is not a number.
    let send = |field: Field, make: fn(f64) -> Change| {
        on_action.reform(move |typed: Result<f64, NumberError>| match typed {
            Ok(v) => EstimateAction::Edit(make(v)),
            Err(e) => EstimateAction::Unreadable(field, e),
        })
    };
    let pick = |make: fn(&str) -> Option<Change>| {
        let on_change = on_change.clone();
        Callback::from(move |id: AttrValue| {
            if let Some(change) = make(&id) {
                on_change.emit(change)
            }
        })
    };

    let cities: Vec<(AttrValue, AttrValue)> = catalog
        .cities
        .city
        .iter()
        .map(|c| (c.id.clone().into(), c.name.get(lang).to_string().into()))
        .collect();
    let industries: Vec<(AttrValue, AttrValue)> = catalog
        .industries
        .industry
        .iter()
        .map(|c| (c.id.clone().into(), c.name.get(lang).to_string().into()))
        .collect();
    let city_hint = catalog.city(&draft.city).map(|c| {
        format!(
            "{} {}",
            lang.pick(
                "价格指数（按平均工资推算，全国 = 1）",
                "Price index (from average wages; nation = 1)"
            ),
            model::number::fixed(c.index(), 2)
        )
    });
    let industry_hint = catalog
        .industry(&draft.industry)
        .map(|i| i.demand.get(lang).to_string());

    let checkbox =
        |id: &'static str, label: &'static str, checked: bool, make: fn(bool) -> Input| {
            let on_change = on_change.clone();
            let onchange = Callback::from(move |e: Event| {
                let on = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked();
                on_change.emit(Change::Set(make(on)));
            });
            html! {
                <label class="check" for={id}>
                    <input type="checkbox" id={id} data-testid={id} {checked} {onchange} />
                    { label }
                </label>
            }
        };
    let activity_box = |a: Activity| {
        let on_change = on_change.clone();
        let id = format!("activity-{}", a.id());
        let onchange = Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            on_change.emit(Change::Activity(a, on));
        });
        html! {
            <label class="check" for={id.clone()}>
                <input type="checkbox" id={id.clone()} data-testid={id} checked={draft.activities.contains(&a)} {onchange} />
                { a.label(lang) }
            </label>
        }
    };

    let wage_mode = match draft.participant_time {
        ParticipantTime::Off => "off",
        ParticipantTime::CityWage => "city",
        ParticipantTime::DailyWage { .. } => "typed",
    };
    let typed_wage = match draft.participant_time {
        ParticipantTime::DailyWage { cny } => Some(cny),
        _ => None,
    };
    let default_wage = {
        let w = &catalog.costs.participants;
        let index = catalog.city(&draft.city).map(|c| c.index()).unwrap_or(1.0);
        (w.national_wage * index * w.staff_share / w.working_hours_per_year
            * w.hours_per_working_day)
            .round()
    };
    let on_wage_mode = {
        let on_change = on_change.clone();
        Callback::from(move |id: AttrValue| {
            let p = match id.as_str() {
                "off" => ParticipantTime::Off,
                "typed" => ParticipantTime::DailyWage { cny: default_wage },
                _ => ParticipantTime::CityWage,
            };
            on_change.emit(Change::Set(Input::ParticipantTime(p)));
        })
    };

    let sourcing = draft.sourcing;
    let in_house = sourcing.is_in_house();
    let classroom = in_house && matches!(draft.mode, DeliveryMode::Offline | DeliveryMode::Blended);

    html! {
        <form class="scenario-form" aria-label={lang.pick("估算条件", "Scenario")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ lang.pick("学员与地区", "People and place") }</legend>
                <NumberField id="field-people" label={lang.pick("人数", "Headcount")} unit={lang.pick("人", "people")}
                    value={draft.headcount as f64} whole=true {lang}
                    on_change={send(Field::Headcount, Change::headcount)} error={error_at(Field::Headcount)} />
                <SelectField id="field-city" label={lang.pick("城市", "City")} options={cities}
                    selected={AttrValue::from(draft.city.clone())}
                    on_change={pick(|id| Some(Change::Set(Input::City(id.to_string()))))} />
                if let Some(hint) = city_hint { <p class="hint">{ hint }</p> }
                if let Some(message) = error_at(Field::City) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
                <SelectField id="field-industry" label={lang.pick("行业", "Industry")} options={industries}
                    selected={AttrValue::from(draft.industry.clone())}
                    on_change={pick(|id| Some(Change::Set(Input::Industry(id.to_string()))))} />
                if let Some(hint) = industry_hint { <p class="hint">{ hint }</p> }
                if let Some(message) = error_at(Field::Industry) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
            </fieldset>
            <fieldset>
                <legend>{ lang.pick("获取方式", "How the training is obtained") }</legend>
                <SelectField id="field-route" label={lang.pick("培训怎么来", "Sourcing")}
                    options={choices(Sourcing::ALL, Sourcing::id, |r| r.label(lang))}
                    selected={sourcing.id()}
                    on_change={pick(|id| Sourcing::from_id(id).map(|v| Change::Set(Input::Sourcing(v))))} />
                <p class="hint" data-testid="route-hint">{ route_hint(sourcing, lang) }</p>
                if in_house {
                    <SelectField id="field-mode" label={lang.pick("授课方式", "Delivery mode")}
                        options={choices(DeliveryMode::ALL, DeliveryMode::id, |m| m.label(lang))}
                        selected={draft.mode.id()}
                        on_change={pick(|id| DeliveryMode::from_id(id).map(|v| Change::Set(Input::Mode(v))))} />
                }
                if sourcing != Sourcing::Internal {
                    <SelectField id="field-trainer" label={match sourcing {
                            Sourcing::Vendor => lang.pick("讲师级别", "Trainer tier"),
                            _ => lang.pick("授课讲师级别", "Course taught by"),
                        }}
                        options={choices(OUTSIDE_TIERS, TrainerTier::id, |t| t.label(lang))}
                        selected={draft.trainer.id()}
                        on_change={pick(|id| TrainerTier::from_id(id).map(|v| Change::Set(Input::Trainer(v))))} />
                    if let Some(message) = error_at(Field::Trainer) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
                }
                if sourcing == Sourcing::Vendor {
                    { checkbox("field-travel", lang.pick("讲师从外地来（差旅住宿实报实销，不按本地价）", "Trainer travels in (travel and lodging at cost; national rates)"), draft.trainer_travels, Input::TrainerTravels) }
                    { checkbox("field-customise", lang.pick("深度定制（自有案例、话术、录制情景演练，另行报价）", "Deep customisation (own cases, scripts, recorded role-plays; quoted extra)"), draft.customise, Input::Customise) }
                }
                if sourcing == Sourcing::Public {
                    { checkbox("field-away", lang.pick("公开课在外地（学员差旅住宿另计）", "The course is in another city (participants' travel added)"), draft.course_elsewhere, Input::CourseElsewhere) }
                }
            </fieldset>
            <fieldset>
                <legend>{ lang.pick("课程", "Course") }</legend>
                <SelectField id="field-depth" label={lang.pick("内容深度", "Content depth")}
                    options={choices(Depth::ALL, Depth::id, |d| d.label(lang))}
                    selected={depth.id()}
                    on_change={pick(|id| Depth::from_id(id).map(Change::Depth))} />
                <NumberField id="field-hours" label={lang.pick("课时", "Teaching hours")} unit={lang.pick("小时", "hours")}
                    value={draft.hours.total()} {lang}
                    on_change={send(Field::Hours, Change::Hours)} error={error_at(Field::Hours)} />
                if sourcing != Sourcing::OnlineCourse {
                    <NumberField id="field-phases" label={lang.pick("分几期", "Phases")} unit={lang.pick("期", "phases")}
                        value={f64::from(draft.phases)} whole=true {lang}
                        on_change={send(Field::Phases, Change::phases)} error={error_at(Field::Phases)} />
                }
                if in_house {
                    <div class="checks" role="group" aria-label={lang.pick("课堂活动", "Activities")}>
                        <span class="group-label">{ lang.pick("课堂活动", "Activities") }</span>
                        { for Activity::ALL.iter().map(|&a| activity_box(a)) }
                    </div>
                    { checkbox("field-assistant", lang.pick("总是配助教（角色扮演超过一位讲师能带的人数时自动配）", "Always book an assistant (booked anyway when role-play outgrows one trainer)"), draft.assistant_trainer, Input::Assistant) }
                }
                if classroom {
                    <SelectField id="field-venue" label={lang.pick("场地", "Venue")}
                        options={choices(Venue::ALL, Venue::id, |v| v.label(lang))}
                        selected={draft.venue.id()}
                        on_change={pick(|id| Venue::from_id(id).map(|v| Change::Set(Input::Venue(v))))} />
                    { checkbox("field-catering", lang.pick("提供午餐茶歇", "Lunch and tea provided"), draft.catering, Input::Catering) }
                }
            </fieldset>
            <fieldset>
                <legend>{ lang.pick("预算选项", "Budget options") }</legend>
                <SelectField id="field-staff-time" label={lang.pick("计入学员工时", "Participants' paid time")}
                    options={vec![
                        ("city".into(), lang.pick("计入（按城市工资水平）", "Counted at the city's wage level").into()),
                        ("typed".into(), lang.pick("计入（自填日工资）", "Counted at a daily wage I enter").into()),
                        ("off".into(), lang.pick("不计入", "Not counted").into()),
                    ]}
                    selected={wage_mode} on_change={on_wage_mode} />
                if let Some(cny) = typed_wage {
                    <NumberField id="field-daily-wage" label={lang.pick("学员日工资", "Participants' daily wage")} unit={lang.pick("元/天", "CNY/day")}
                        value={cny} {lang} error={error_at(Field::DailyWage)}
                        on_change={send(Field::DailyWage, |v| Change::Set(Input::ParticipantTime(ParticipantTime::DailyWage { cny: v })))} />
                }
                <NumberField id="field-contingency" label={lang.pick("不可预见费", "Contingency")} unit="%"
                    value={draft.contingency_pct} {lang} on_change={send(Field::Contingency, |v| Change::Set(Input::Contingency(v)))} error={error_at(Field::Contingency)} />
                if sourcing == Sourcing::Vendor {
                    <NumberField id="field-vat" label={lang.pick("增值税（讲师开票）", "VAT on the trainer's invoice")} unit="%"
                        value={draft.vat_pct} {lang} on_change={send(Field::Vat, |v| Change::Set(Input::Vat(v)))} error={error_at(Field::Vat)} />
                }
            </fieldset>
        </form>
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
