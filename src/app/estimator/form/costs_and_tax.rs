//! Costs and tax: whether participants' paid time is counted (at the city's wage or one typed),
//! the contingency, and the VAT on a vendor's invoice.

use yew::prelude::*;

use super::ScenarioFormProps;
use crate::app::components::{NumberField, SelectField};
use crate::catalog::catalog;
use crate::store::estimator::Change;
use model::cost::{Field, Input, ParticipantTime, Scenario};
use model::vocab::Sourcing;

/// A participant's daily wage in the draft's city, where a typed wage starts.
fn default_wage(draft: &Scenario) -> f64 {
    let catalog = catalog();
    let w = &catalog.costs.participants;
    let index = catalog.city(&draft.city).map(|c| c.index()).unwrap_or(1.0);
    (w.national_wage * index * w.staff_share / w.working_hours_per_year * w.hours_per_working_day)
        .round()
}

#[component]
pub fn CostsAndTax(props: &ScenarioFormProps) -> Html {
    let (draft, lang) = (&props.draft, props.lang);
    let wage_mode = match draft.participant_time {
        ParticipantTime::Off => "off",
        ParticipantTime::CityWage => "city",
        ParticipantTime::DailyWage { .. } => "typed",
    };
    let typed_wage = match draft.participant_time {
        ParticipantTime::DailyWage { cny } => Some(cny),
        _ => None,
    };
    let default_wage = default_wage(draft);
    let on_wage_mode = props.on_change().reform(move |id: AttrValue| {
        let p = match id.as_str() {
            "off" => ParticipantTime::Off,
            "typed" => ParticipantTime::DailyWage { cny: default_wage },
            _ => ParticipantTime::CityWage,
        };
        Change::Set(Input::ParticipantTime(p))
    });
    html! {
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
                    value={cny} {lang} error={props.error_at(Field::DailyWage)}
                    on_change={props.on_number(Field::DailyWage, |v| Change::Set(Input::ParticipantTime(ParticipantTime::DailyWage { cny: v })))} />
            }
            <NumberField id="field-contingency" label={lang.pick("不可预见费", "Contingency")} unit="%"
                value={draft.contingency_pct} {lang} on_change={props.on_number(Field::Contingency, |v| Change::Set(Input::Contingency(v)))} error={props.error_at(Field::Contingency)} />
            if draft.sourcing == Sourcing::Vendor {
                <NumberField id="field-vat" label={lang.pick("增值税（讲师开票）", "VAT on the trainer's invoice")} unit="%"
                    value={draft.vat_pct} {lang} on_change={props.on_number(Field::Vat, |v| Change::Set(Input::Vat(v)))} error={props.error_at(Field::Vat)} />
            }
        </fieldset>
    }
}
