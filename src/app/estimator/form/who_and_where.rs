//! Who is trained and where: the headcount, the city (its price index) and the industry (what
//! its customers expect).

use yew::prelude::*;

use super::ScenarioFormProps;
use crate::app::components::{NumberField, SelectField};
use crate::catalog::catalog;
use crate::store::estimator::Change;
use model::cost::{Field, Input};

#[component]
pub fn WhoAndWhere(props: &ScenarioFormProps) -> Html {
    let catalog = catalog();
    let (draft, lang) = (&props.draft, props.lang);
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
    html! {
        <fieldset>
            <legend>{ lang.pick("学员与地区", "People and place") }</legend>
            <NumberField id="field-people" label={lang.pick("人数", "Headcount")} unit={lang.pick("人", "people")}
                value={draft.headcount as f64} whole=true {lang}
                on_change={props.on_number(Field::Headcount, Change::headcount)} error={props.error_at(Field::Headcount)} />
            <SelectField id="field-city" label={lang.pick("城市", "City")} options={cities}
                selected={AttrValue::from(draft.city.clone())}
                on_change={props.on_pick(|id| Some(Change::Set(Input::City(id.to_string()))))} />
            if let Some(hint) = city_hint { <p class="hint">{ hint }</p> }
            if let Some(message) = props.error_at(Field::City) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
            <SelectField id="field-industry" label={lang.pick("行业", "Industry")} options={industries}
                selected={AttrValue::from(draft.industry.clone())}
                on_change={props.on_pick(|id| Some(Change::Set(Input::Industry(id.to_string()))))} />
            if let Some(hint) = industry_hint { <p class="hint">{ hint }</p> }
            if let Some(message) = props.error_at(Field::Industry) { <p class="field-error" role="alert" data-testid="error">{ message }</p> }
        </fieldset>
    }
}
