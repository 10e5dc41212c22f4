//! Every input of a scenario, labelled, with units; a bad value is marked at its field.

use model::i18n;
use yew::prelude::*;

use crate::app::components::{NumberField, SelectField, choice_field, data_choices};
use crate::catalog::catalog;
use crate::store::estimator::{Change, EstimateAction};
use model::Lang;
use model::catalog::OUTSIDE_TIERS;
use model::cost::{Field, Input, ParticipantTime, Scenario, ScenarioError};
use model::typed::NumberError;
use model::vocab::{Activity, DeliveryMode, Depth, Sourcing, Venue};

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

#[component]
pub fn ScenarioForm(props: &ScenarioFormProps) -> Html {
    let ScenarioFormProps {
        draft,
        depth,
        error,
        lang,
        on_action,
    } = props;
    let lang = *lang;
    let parts = Parts {
        draft,
        error,
        lang,
        on_action,
    };
    html! {
        <form class="scenario-form" aria-label={lang.t(i18n::form::SCENARIO)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { parts.people_and_place() }
            { parts.sourcing() }
            { parts.course(*depth) }
            { parts.budget_options() }
        </form>
    }
}

/// What every part of the form needs: the draft, its error, the language, where edits go.
struct Parts<'a> {
    draft: &'a Scenario,
    error: &'a Option<ScenarioError>,
    lang: Lang,
    on_action: &'a Callback<EstimateAction>,
}

impl Parts<'_> {
    fn error_at(&self, field: Field) -> Option<AttrValue> {
        self.error
            .as_ref()
            .filter(|e| e.field() == field)
            .map(|e| e.message(self.lang).into())
    }

    /// A callback that turns what a number field reads as into a `Change`, or marks the field
    /// when its text is not a number.
    fn send(
        &self,
        field: Field,
        make: impl Fn(f64) -> Change + 'static,
    ) -> Callback<Result<f64, NumberError>> {
        self.on_action
            .reform(move |typed: Result<f64, NumberError>| match typed {
                Ok(v) => EstimateAction::Edit(make(v)),
                Err(e) => EstimateAction::Unreadable(field, e),
            })
    }

    /// A callback that turns a list's choice (by id) into a `Change`.
    /// A callback sending the change `make` builds from what a control gives.
    fn choose<T: 'static>(&self, make: fn(T) -> Change) -> Callback<T> {
        self.on_action
            .reform(move |v| EstimateAction::Edit(make(v)))
    }

    fn checkbox(
        &self,
        id: &'static str,
        label: &'static str,
        checked: bool,
        make: fn(bool) -> Input,
    ) -> Html {
        let onchange = self.on_action.reform(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            EstimateAction::Edit(Change::Set(make(on)))
        });
        html! {
            <label class="check" for={id}>
                <input type="checkbox" id={id} data-testid={id} {checked} {onchange} />
                { label }
            </label>
        }
    }

    fn activity_box(&self, a: Activity) -> Html {
        let id = format!("activity-{}", a.id());
        let onchange = self.on_action.reform(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            EstimateAction::Edit(Change::Activity(a, on))
        });
        html! {
            <label class="check" for={id.clone()}>
                <input type="checkbox" id={id.clone()} data-testid={id} checked={self.draft.activities.contains(&a)} {onchange} />
                { a.label(self.lang) }
            </label>
        }
    }

    /// Headcount, city and industry.
    fn people_and_place(&self) -> Html {
        let (draft, lang, catalog) = (self.draft, self.lang, catalog());
        let cities = data_choices(catalog.cities.city.iter().map(|c| (&c.id, &c.name)), lang);
        let industries = data_choices(
            (catalog.industries.industry.iter()).map(|i| (&i.id, &i.name)),
            lang,
        );
        let city_hint = catalog.city(&draft.city).map(|c| {
            format!(
                "{} {}",
                lang.t(i18n::form::PRICE_INDEX_FROM_AVERAGE_WAGES),
                model::number::fixed(c.index(), 2)
            )
        });
        let industry_hint = catalog
            .industry(&draft.industry)
            .map(|i| i.demand.get(lang).to_string());
        html! {
            <fieldset>
                <legend>{ lang.t(i18n::form::PEOPLE_AND_PLACE) }</legend>
                <NumberField id="field-people" label={lang.t(i18n::common::HEADCOUNT)} unit={lang.t(i18n::form::PEOPLE)}
                    value={draft.headcount as f64} whole=true {lang}
                    on_change={self.send(Field::Headcount, Change::headcount)} error={self.error_at(Field::Headcount)} />
                <SelectField id="field-city" label={lang.t(i18n::common::CITY)} options={cities}
                    selected={AttrValue::from(draft.city.clone())}
                    on_change={self.choose(|id: AttrValue| Change::Set(Input::City(id.to_string())))} />
                if let Some(hint) = city_hint { <p class="hint">{ hint }</p> }
                if let Some(message) = self.error_at(Field::City) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
                <SelectField id="field-industry" label={lang.t(i18n::common::INDUSTRY)} options={industries}
                    selected={AttrValue::from(draft.industry.clone())}
                    on_change={self.choose(|id: AttrValue| Change::Set(Input::Industry(id.to_string())))} />
                if let Some(hint) = industry_hint { <p class="hint">{ hint }</p> }
                if let Some(message) = self.error_at(Field::Industry) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
            </fieldset>
        }
    }

    /// How the training is bought, and who teaches it how.
    fn sourcing(&self) -> Html {
        let (draft, lang) = (self.draft, self.lang);
        let sourcing = draft.sourcing;
        let in_house = sourcing.is_in_house();
        html! {
            <fieldset>
                <legend>{ lang.t(i18n::form::HOW_THE_TRAINING_IS_OBTAINED) }</legend>
                { choice_field("field-route", lang.t(i18n::form::SOURCING), Sourcing::ALL, sourcing, lang, self.choose(|v| Change::Set(Input::Sourcing(v)))) }
                <p class="hint" data-testid="route-hint">{ route_hint(sourcing, lang) }</p>
                if in_house {
                    { choice_field("field-mode", lang.t(i18n::form::DELIVERY_MODE), DeliveryMode::ALL, draft.mode, lang, self.choose(|v| Change::Set(Input::Mode(v)))) }
                }
                if sourcing != Sourcing::Internal {
                    { choice_field("field-trainer", match sourcing {
                            Sourcing::Vendor => lang.t(i18n::common::TRAINER_TIER),
                            _ => lang.t(i18n::form::COURSE_TAUGHT_BY),
                        }, OUTSIDE_TIERS, draft.trainer, lang, self.choose(|v| Change::Set(Input::Trainer(v)))) }
                    if let Some(message) = self.error_at(Field::Trainer) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
                }
                if sourcing == Sourcing::Vendor {
                    { self.checkbox("field-travel", lang.t(i18n::form::TRAINER_TRAVELS_IN_TRAVEL_AND), draft.trainer_travels, Input::TrainerTravels) }
                    { self.checkbox("field-customise", lang.t(i18n::form::DEEP_CUSTOMISATION_OWN_CASES), draft.customise, Input::Customise) }
                }
                if sourcing == Sourcing::Public {
                    { self.checkbox("field-away", lang.t(i18n::form::THE_COURSE_IS_IN_ANOTHER_CITY), draft.course_elsewhere, Input::CourseElsewhere) }
                }
            </fieldset>
        }
    }

    /// Depth, hours, phases, activities and the room.
    fn course(&self, depth: Depth) -> Html {
        let (draft, lang) = (self.draft, self.lang);
        let sourcing = draft.sourcing;
        let in_house = sourcing.is_in_house();
        let classroom =
            in_house && matches!(draft.mode, DeliveryMode::Offline | DeliveryMode::Blended);
        html! {
            <fieldset>
                <legend>{ lang.t(i18n::form::COURSE) }</legend>
                { choice_field("field-depth", lang.t(i18n::form::CONTENT_DEPTH), Depth::ALL, depth, lang, self.choose(Change::Depth)) }
                <NumberField id="field-hours" label={lang.t(i18n::common::TEACHING_HOURS)} unit={lang.t(i18n::common::HOURS)}
                    value={draft.hours.total()} {lang}
                    on_change={self.send(Field::Hours, Change::Hours)} error={self.error_at(Field::Hours)} />
                if sourcing != Sourcing::OnlineCourse {
                    <NumberField id="field-phases" label={lang.t(i18n::common::PHASES)} unit={lang.t(i18n::common::PHASES_UNIT)}
                        value={f64::from(draft.phases)} whole=true {lang}
                        on_change={self.send(Field::Phases, Change::phases)} error={self.error_at(Field::Phases)} />
                }
                if in_house {
                    <div class="checks" role="group" aria-label={lang.t(i18n::form::ACTIVITIES)}>
                        <span class="group-label">{ lang.t(i18n::form::ACTIVITIES) }</span>
                        { for Activity::ALL.iter().map(|&a| self.activity_box(a)) }
                    </div>
                    { self.checkbox("field-assistant", lang.t(i18n::form::ALWAYS_BOOK_AN_ASSISTANT_BOOKED), draft.assistant_trainer, Input::Assistant) }
                }
                if classroom {
                    { choice_field("field-venue", lang.t(i18n::form::VENUE), Venue::ALL, draft.venue, lang, self.choose(|v| Change::Set(Input::Venue(v)))) }
                    { self.checkbox("field-catering", lang.t(i18n::form::LUNCH_AND_TEA_PROVIDED), draft.catering, Input::Catering) }
                }
            </fieldset>
        }
    }

    /// Participants' time, the contingency and VAT.
    fn budget_options(&self) -> Html {
        let (draft, lang, catalog) = (self.draft, self.lang, catalog());
        let sourcing = draft.sourcing;
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
            let index = catalog.city(&draft.city).map(|c| c.index()).unwrap_or(1.0);
            catalog.costs.participants.daily_wage(index)
        };
        let on_wage_mode = {
            let on_change = self.on_action.reform(EstimateAction::Edit);
            Callback::from(move |id: AttrValue| {
                let p = match id.as_str() {
                    "off" => ParticipantTime::Off,
                    "typed" => ParticipantTime::DailyWage { cny: default_wage },
                    _ => ParticipantTime::CityWage,
                };
                on_change.emit(Change::Set(Input::ParticipantTime(p)));
            })
        };
        html! {
            <fieldset>
                <legend>{ lang.t(i18n::form::BUDGET_OPTIONS) }</legend>
                <SelectField id="field-staff-time" label={lang.t(i18n::form::PARTICIPANTS_PAID_TIME)}
                    options={vec![
                        ("city".into(), lang.t(i18n::form::COUNTED_AT_THE_CITYS_WAGE_LEVEL).into()),
                        ("typed".into(), lang.t(i18n::form::COUNTED_AT_A_DAILY_WAGE_I_ENTER).into()),
                        ("off".into(), lang.t(i18n::form::NOT_COUNTED).into()),
                    ]}
                    selected={wage_mode} on_change={on_wage_mode} />
                if let Some(cny) = typed_wage {
                    <NumberField id="field-daily-wage" label={lang.t(i18n::common::PARTICIPANTS_DAILY_WAGE)} unit={lang.t(i18n::common::CNY_DAY)}
                        value={cny} {lang} error={self.error_at(Field::DailyWage)}
                        on_change={self.send(Field::DailyWage, |v| Change::Set(Input::ParticipantTime(ParticipantTime::DailyWage { cny: v })))} />
                }
                <NumberField id="field-contingency" label={lang.t(i18n::common::CONTINGENCY)} unit="%"
                    value={draft.contingency_pct} {lang} on_change={self.send(Field::Contingency, |v| Change::Set(Input::Contingency(v)))} error={self.error_at(Field::Contingency)} />
                if sourcing == Sourcing::Vendor {
                    <NumberField id="field-vat" label={lang.t(i18n::form::VAT_ON_THE_TRAINERS_INVOICE)} unit="%"
                        value={draft.vat_pct} {lang} on_change={self.send(Field::Vat, |v| Change::Set(Input::Vat(v)))} error={self.error_at(Field::Vat)} />
                }
            </fieldset>
        }
    }
}

/// What a route is, in a sentence: how the market prices it and what the company pays besides.
fn route_hint(sourcing: Sourcing, lang: Lang) -> &'static str {
    match sourcing {
        Sourcing::Internal => lang.t(i18n::form::THE_COMPANYS_OWN_TRAINER_PRICED),
        Sourcing::Vendor => lang.t(i18n::form::AN_OUTSIDE_TRAINER_TEACHES_THE),
        Sourcing::Public => lang.t(i18n::form::STAFF_TAKE_SEATS_ON_A_TRAINING),
        Sourcing::OnlineCourse => lang.t(i18n::form::A_READY_MADE_ONLINE_COURSE_PRICED),
    }
}
