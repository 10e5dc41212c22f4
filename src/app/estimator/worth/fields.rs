//! The panel's figures: complaints today, what one costs, and what the course is expected to
//! change. Each box is named at its field when what is typed is refused; an empty box is a
//! figure left out (the staff time and the change then take `data/worth.toml`'s).

use model::Lang;
use model::cost::Scenario;
use model::i18n;
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

pub fn worth_fields(
    store: &Store,
    option: &OptionId,
    scenario: &Scenario,
    inputs: &WorthInputs,
    lang: Lang,
) -> Html {
    let catalog = catalog();
    let rules = &catalog.worth;
    let field = |&field: &WorthField| {
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
            <NumberField id={format!("roi-{}", field.id())} label={field.label(lang)} unit={lang.t(field.unit())} value={value.unwrap_or(0.0)}
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
                <div class="worth-fields">{ for WorthField::ALL.iter().filter(|f| !f.is_expectation()).map(field) }</div>
                <p class="hint" data-testid="roi-staff-cost">{ staff_cost }</p>
                <p class="hint">{ lang.fill(i18n::worth::LEAVE_HINT, &[("low", &pct_text(leave.low * 100.0)), ("high", &pct_text(leave.high * 100.0))]) }</p>
                <details class="worth-popular">
                    <summary>{ lang.t(i18n::worth::POPULAR_TITLE) }</summary>
                    <ul>{ for rules.popular.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
                </details>
            </fieldset>
            <fieldset>
                <legend>{ lang.t(i18n::worth::EXPECT) }</legend>
                <div class="worth-fields">{ for WorthField::ALL.iter().filter(|f| f.is_expectation()).map(field) }</div>
            </fieldset>
        </div>
    }
}
