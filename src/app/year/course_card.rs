//! One course of the year, as a card of its fields with its cost: what the user edits.

use model::Lang;
use model::catalog::OUTSIDE_TIERS;
use model::cost::{Input, ScenarioError};
use model::i18n;
use model::money::cny;
use model::typed::NumberError;
use model::vocab::{Audience, DeliveryMode, Sourcing};
use model::year::{Course, CourseCost, CourseId, Period, Priority};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{NumberField, SelectField, TextField, choice_field, data_choices};
use crate::app::estimator::LineTable;
use crate::catalog::catalog;
use crate::store::field_problem::FieldProblem;
use crate::store::year::{CourseEdit, YearAction, YearField};

#[derive(Properties, PartialEq)]
pub struct CourseCardProps {
    pub course: Course,
    pub cost: Result<CourseCost, ScenarioError>,
    pub headcount_problem: Option<FieldProblem>,
    pub hours_problem: Option<FieldProblem>,
    /// A choice the model refused for the course (route, trainer, delivery, city together).
    pub problem: Option<FieldProblem>,
    pub lang: Lang,
    pub on_action: Callback<YearAction>,
    /// Opens the course in the estimator.
    pub on_open: Callback<model::cost::Scenario>,
}

#[component]
pub fn CourseCard(props: &CourseCardProps) -> Html {
    let CourseCardProps {
        course, cost, lang, ..
    } = props;
    let lang = *lang;
    let id = course.id;
    let s = &course.scenario;
    let prefix = format!("year-{id}");
    let edit = |make: fn(&str) -> Option<CourseEdit>| {
        let on_action = props.on_action.clone();
        Callback::from(move |v: AttrValue| {
            if let Some(e) = make(&v) {
                on_action.emit(YearAction::Edit(id, e));
            }
        })
    };
    let number = |field: YearField, make: fn(f64) -> CourseEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |v: Result<f64, NumberError>| {
            on_action.emit(match v {
                Ok(v) => YearAction::Edit(id, make(v)),
                Err(e) => YearAction::Unreadable(field, e),
            })
        })
    };
    let text = |make: fn(String) -> CourseEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |v: String| on_action.emit(YearAction::Edit(id, make(v))))
    };
    let problem = |p: &Option<FieldProblem>| p.as_ref().map(|p| AttrValue::from(p.message(lang)));
    let rules = &catalog().budget.year;
    let remove = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(YearAction::Remove(id)))
    };
    let open = {
        let (on_open, scenario) = (props.on_open.clone(), s.clone());
        Callback::from(move |_| on_open.emit(scenario.clone()))
    };
    let deferred = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_action.emit(YearAction::Edit(id, CourseEdit::Deferred(on)))
        })
    };
    let cities = data_choices(catalog().cities.city.iter().map(|c| (&c.id, &c.name)), lang);
    html! {
        <section class={classes!("year-course", course.deferred.then_some("deferred"))}
            data-testid="year-row" aria-labelledby={format!("{prefix}-title")}>
            <header class="year-course-head">
                <h3 id={format!("{prefix}-title")}>{ if course.name.trim().is_empty() { lang.t(i18n::year::UNNAMED_COURSE).to_string() } else { course.name.clone() } }</h3>
                { match cost {
                    Ok(c) => html! {
                        <p class="year-course-cost">
                            <strong data-testid="year-row-cost">{ cny(c.expected) }</strong>
                            <span class="range">{ format!(" {} – {}", cny(c.p10), cny(c.p90)) }</span>
                            <span class="per-head">{ lang.fill(i18n::year::A_HEAD, &[("per_head", &cny(c.per_head()))]) }</span>
                            if c.classes > 0 {
                                <span class="per-head">{ lang.fill(i18n::year::CLASSES_OF_IT, &[("classes", &c.classes)]) }</span>
                            }
                            if course.deferred { <span class="tag">{ lang.t(i18n::year::DEFERRED_NOT_COUNTED) }</span> }
                        </p>
                    },
                    Err(e) => html! { <p class="field-error" data-testid="year-row-cost">{ e.message(lang) }</p> },
                } }
            </header>
            if let Some(p) = &props.problem {
                <p class="field-error" role="alert" data-testid="error">{ p.message(lang) }</p>
            }
            <div class="year-course-fields">
                <TextField id={format!("{prefix}-name")} label={lang.t(i18n::year::COURSE)} value={course.name.clone()}
                    max_chars={rules.max_name_chars} on_change={text(CourseEdit::Name)} />
                <TextField id={format!("{prefix}-department")} label={lang.t(i18n::year::DEPARTMENT)} value={course.department.clone()}
                    max_chars={rules.max_department_chars} on_change={text(CourseEdit::Department)} />
                { choice_field(format!("{prefix}-audience"), lang.t(i18n::year::AUDIENCE), Audience::ALL, course.audience, lang, chosen(&props.on_action, id, CourseEdit::Audience)) }
                <NumberField id={format!("{prefix}-people")} label={lang.t(i18n::common::HEADCOUNT)} unit={lang.t(i18n::form::PEOPLE)}
                    value={s.headcount as f64} whole=true {lang} error={problem(&props.headcount_problem)}
                    on_change={number(YearField::Headcount(id), |v| CourseEdit::Set(Input::Headcount(v as i64)))} />
                <NumberField id={format!("{prefix}-hours")} label={lang.t(i18n::common::TEACHING_HOURS)} unit={lang.t(i18n::year::HOURS_UNIT)}
                    value={s.total_hours()} {lang} error={problem(&props.hours_problem)}
                    on_change={number(YearField::Hours(id), CourseEdit::Hours)} />
                { choice_field(format!("{prefix}-route"), lang.t(i18n::form::SOURCING), Sourcing::ALL, s.sourcing, lang, chosen(&props.on_action, id, |r| CourseEdit::Set(Input::Sourcing(r)))) }
                if s.sourcing != Sourcing::Internal {
                    { choice_field(format!("{prefix}-trainer"), lang.t(i18n::common::TRAINER_TIER), OUTSIDE_TIERS, s.trainer, lang, chosen(&props.on_action, id, |t| CourseEdit::Set(Input::Trainer(t)))) }
                }
                if s.sourcing.is_in_house() {
                    { choice_field(format!("{prefix}-mode"), lang.t(i18n::form::DELIVERY_MODE), DeliveryMode::ALL, s.mode, lang, chosen(&props.on_action, id, |m| CourseEdit::Set(Input::Mode(m)))) }
                }
                <SelectField id={format!("{prefix}-city")} label={lang.t(i18n::common::CITY)} options={cities}
                    selected={AttrValue::from(s.city.clone())}
                    on_change={edit(|v| Some(CourseEdit::Set(Input::City(v.to_string()))))} />
                { choice_field(format!("{prefix}-period"), lang.t(i18n::year::WHEN), Period::ALL, course.period, lang, chosen(&props.on_action, id, CourseEdit::Period)) }
                { choice_field(format!("{prefix}-priority"), lang.t(i18n::year::PRIORITY), Priority::ALL, course.priority, lang, chosen(&props.on_action, id, CourseEdit::Priority)) }
            </div>
            if let Ok(point) = model::cost::Point::compute(catalog(), s) {
                <details class="year-course-lines no-print">
                    <summary>{ lang.t(i18n::year::LINES_AND_THEIR_SOURCES) }</summary>
                    <p class="hint">{ lang.t(i18n::year::THE_YEAR_COUNTS_EVERY_LINE_BUT_STAFF_TIME) }</p>
                    <LineTable point={std::rc::Rc::new(point)} {lang} stale={false} />
                </details>
            }
            <div class="year-course-actions no-print">
                <label class="check">
                    <input type="checkbox" id={format!("{prefix}-deferred")} checked={course.deferred} onchange={deferred} />
                    { lang.t(i18n::year::DEFER_TO_A_LATER_YEAR) }
                </label>
                <button type="button" data-testid="year-open" onclick={open}>{ lang.t(i18n::year::OPEN_IN_THE_ESTIMATOR) }</button>
                <button type="button" data-testid="year-remove" onclick={remove}>{ lang.t(i18n::year::REMOVE) }</button>
            </div>
        </section>
    }
}

/// A callback sending course `id`'s edit `make` builds from a choice.
fn chosen<T: 'static>(
    on_action: &Callback<YearAction>,
    id: CourseId,
    make: fn(T) -> CourseEdit,
) -> Callback<T> {
    on_action.reform(move |v| YearAction::Edit(id, make(v)))
}
