//! The panel's figures: complaints today, what one costs, and what the course is expected to
//! change. Each box is named at its field when what is typed is refused; an empty box is a
//! figure left out (the staff time and the change then take `data/worth.toml`'s).

use model::Lang;
use model::cost::Scenario;
use model::i18n::{self, Text};
use model::money::cny;
use model::typed::NumberError;
use model::worth::{WorthField, WorthInputs, pct_text, value_per_complaint};
use yew::prelude::*;

use crate::app::components::NumberField;
use crate::app::store::Store;
use crate::catalog::catalog;
use crate::persist::work_file::OptionId;
use crate::store::Action;
use crate::store::worth::WorthAction;

/// A box: its field, id, label and unit.
type Box = (WorthField, &'static str, Text, Text);

const TODAY: [Box; 6] = [
    (
        WorthField::Complaints,
        "roi-complaints",
        i18n::worth::COMPLAINTS,
        i18n::worth::PER_MONTH,
    ),
    (
        WorthField::Escalated,
        "roi-escalated",
        i18n::worth::ESCALATED,
        i18n::worth::PERCENT,
    ),
    (
        WorthField::Regulator,
        "roi-regulator",
        i18n::worth::REGULATOR,
        i18n::worth::PER_YEAR,
    ),
    (
        WorthField::StaffMinutes,
        "roi-staff-minutes",
        i18n::worth::STAFF_MINUTES,
        i18n::worth::MINUTES,
    ),
    (
        WorthField::CustomerValue,
        "roi-customer-value",
        i18n::worth::CUSTOMER_VALUE,
        i18n::worth::YUAN,
    ),
    (
        WorthField::LeavePct,
        "roi-leave",
        i18n::worth::LEAVE_PCT,
        i18n::worth::PERCENT,
    ),
];

const EXPECTED: [Box; 5] = [
    (
        WorthField::ChangeLow,
        "roi-change-low",
        i18n::worth::CHANGE_LOW,
        i18n::worth::PERCENT,
    ),
    (
        WorthField::ChangeLikely,
        "roi-change-likely",
        i18n::worth::CHANGE_LIKELY,
        i18n::worth::PERCENT,
    ),
    (
        WorthField::ChangeHigh,
        "roi-change-high",
        i18n::worth::CHANGE_HIGH,
        i18n::worth::PERCENT,
    ),
    (
        WorthField::Attribution,
        "roi-attribution",
        i18n::worth::ATTRIBUTION,
        i18n::worth::PERCENT,
    ),
    (
        WorthField::Confidence,
        "roi-confidence",
        i18n::worth::CONFIDENCE,
        i18n::worth::PERCENT,
    ),
];

pub fn worth_fields(
    store: &Store,
    option: &OptionId,
    scenario: &Scenario,
    inputs: &WorthInputs,
    lang: Lang,
) -> Html {
    let catalog = catalog();
    let rules = &catalog.worth;
    let field = |&(field, id, label, unit): &Box| {
        let value = inputs.get(field, catalog);
        let error = store
            .worth
            .problem(option, field)
            .map(|p| AttrValue::from(p.message(lang)));
        let on_change = {
            let (store, option) = (store.clone(), option.clone());
            Callback::from(move |typed: Result<f64, NumberError>| {
                store.dispatch(Action::Worth(match typed {
                    Ok(v) => WorthAction::Set(option.clone(), field, Some(v)),
                    Err(NumberError::Empty) => WorthAction::Set(option.clone(), field, None),
                    Err(e) => WorthAction::Unreadable(option.clone(), field, e),
                }))
            })
        };
        html! {
            <NumberField {id} label={lang.t(label)} unit={lang.t(unit)} value={value.unwrap_or(0.0)}
                blank={value.is_none()} {lang} {error} {on_change} />
        }
    };
    // What a complaint's staff time costs in the option's city, from the minutes used.
    let city = catalog.city(&scenario.city);
    let index = city.map_or(1.0, |c| c.index());
    let hourly = catalog.costs.participants.hourly_wage(index);
    let staff_only = WorthInputs {
        staff_minutes: inputs.staff_minutes,
        ..WorthInputs::default()
    };
    let city_name = city.map(|c| c.name.get(lang)).unwrap_or_default();
    let each = value_per_complaint(catalog, &scenario.city, &staff_only);
    let staff_cost = lang.fill(
        i18n::worth::STAFF_COST,
        &[
            ("city", &city_name),
            ("hourly", &cny(hourly)),
            ("each", &cny(each)),
        ],
    );
    let leave = &rules.leave_share;
    html! {
        <div class="worth-inputs no-print">
            <fieldset>
                <legend>{ lang.t(i18n::worth::TODAY) }</legend>
                <div class="worth-fields">{ for TODAY.iter().map(field) }</div>
                <p class="hint" data-testid="roi-staff-cost">{ staff_cost }</p>
                <p class="hint">{ lang.fill(i18n::worth::LEAVE_HINT, &[("low", &pct_text(leave.low * 100.0)), ("high", &pct_text(leave.high * 100.0))]) }</p>
                <details class="worth-popular">
                    <summary>{ lang.t(i18n::worth::POPULAR_TITLE) }</summary>
                    <ul>{ for rules.popular.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
                </details>
            </fieldset>
            <fieldset>
                <legend>{ lang.t(i18n::worth::EXPECT) }</legend>
                <div class="worth-fields">{ for EXPECTED.iter().map(field) }</div>
            </fieldset>
        </div>
    }
}
