//! The quote desk's request: who the quote is for (client, contact, remarks), its date, the
//! option it prices and whether the course plan sets its hours.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{SelectField, TextField};
use crate::catalog::catalog;
use crate::persist::desk_draft::DeskDraft;
use crate::persist::work_file::{OptionId, option_name};
use crate::store::quote_desk::{QuoteAction, QuoteDesk};
use model::Lang;
use model::calendar::Day;
use model::cost::Scenario;
use model::plan::Plan;

#[derive(Properties, PartialEq)]
pub struct RequestFieldsProps {
    /// The client, their contact, the remarks and the plan switch, as typed.
    pub fields: DeskDraft,
    /// The quote's date: the last valid one typed.
    pub issued: Day,
    /// The date field is empty or not a date.
    pub date_missing: bool,
    /// The options to quote, `(id, label)` in the estimator's order, and the one quoted.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub chosen: AttrValue,
    /// How many modules the course plan has; `None` without a plan.
    pub plan_modules: Option<usize>,
    /// What the plan's hours replace, when they do.
    pub plan_note: Option<String>,
    pub lang: Lang,
    pub on_change: Callback<QuoteAction>,
}

#[component]
pub fn RequestFields(props: &RequestFieldsProps) -> Html {
    let (lang, fields, send) = (props.lang, &props.fields, &props.on_change);
    let limits = &catalog().pricing.limits;
    let on_date = send.reform(|e: Event| {
        let text = e.target_unchecked_into::<HtmlInputElement>().value();
        // A date input gives YYYY-MM-DD, or nothing when it is cleared.
        QuoteAction::Issued(Day::parse(&text))
    });
    let on_option = send.reform(|id: AttrValue| QuoteAction::Option(OptionId(id.to_string())));
    let on_use_plan = send.reform(|e: Event| {
        QuoteAction::UsePlan(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let plan_modules = props.plan_modules.unwrap_or_default();
    html! {
        <>
            // The client, their contact and the remarks: plain text, sent as typed.
            <TextField id="quote-client" test_id="quote-client-input" label={lang.pick("客户名称", "Client")}
                value={fields.client.clone()} max_chars={limits.max_client_chars} on_change={send.reform(QuoteAction::Client)} />
            <TextField id="quote-client-person" label={lang.pick("客户联系人", "Client's contact person")}
                value={fields.contact.person.clone()} max_chars={limits.max_contact_person_chars} on_change={send.reform(QuoteAction::ClientPerson)} />
            <TextField id="quote-client-phone" kind="tel" label={lang.pick("客户联系电话", "Client's phone")}
                value={fields.contact.phone.clone()} max_chars={limits.max_phone_chars} on_change={send.reform(QuoteAction::ClientPhone)} />
            <TextField id="quote-remarks" test_id="quote-remarks-input" multiline=true label={lang.pick("备注", "Remarks")}
                value={fields.remarks.clone()} max_chars={limits.max_remarks_chars} on_change={send.reform(QuoteAction::Remarks)} />
            <div class="field">
                <label for="quote-date">{ lang.pick("报价日期", "Date") }</label>
                <div class="field-box">
                    <input id="quote-date" data-testid="quote-date" type="date" value={props.issued.to_string()} onchange={on_date}
                        aria-invalid={props.date_missing.to_string()} />
                </div>
                if props.date_missing {
                    <p class="field-error" role="alert" data-testid="error">
                        { lang.pick("请填写报价日期：没有日期的报价不能出具。", "Enter the quote's date: a quote cannot be issued without one.") }
                    </p>
                }
            </div>
            <SelectField id="quote-option" label={lang.pick("报价依据的方案（在“成本估算”中设置）", "Option to quote (set on the estimate page)")}
                options={props.options.clone()} selected={props.chosen.clone()} on_change={on_option} />
            <label class="check">
                <input type="checkbox" data-testid="quote-use-plan" checked={fields.use_plan}
                    disabled={props.plan_modules.is_none()} onchange={on_use_plan} />
                { match lang {
                    Lang::Zh => format!("按“课程规划”中的计划报价（{plan_modules} 个模块）"),
                    Lang::En => format!("Quote the course plan from the planner ({plan_modules} modules)"),
                } }
            </label>
            if let Some(note) = props.plan_note.clone() {
                <p class="hint" data-testid="quote-plan-note">{ note }</p>
            }
        </>
    }
}

/// The options as the select lists them: `(id, name · description)`.
pub fn option_choices(options: &[(OptionId, Scenario)], lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    options
        .iter()
        .enumerate()
        .map(|(i, (id, s))| {
            let label = format!("{} · {}", option_name(i, lang), s.describe(catalog(), lang));
            (AttrValue::from(id.0.clone()), AttrValue::from(label))
        })
        .collect()
}

/// With the plan ticked, its hours replace the option's: say so, with both figures.
pub fn plan_note(
    desk: &QuoteDesk,
    options: &[(OptionId, Scenario)],
    plan: Option<&Plan>,
    quoted_name: &str,
    lang: Lang,
) -> Option<String> {
    let plan = plan.filter(|_| desk.fields.use_plan)?;
    let (_, option) = desk.chosen(options)?;
    let planned = plan.teaching_hours(&catalog().modules).total();
    let estimated = option.hours.total();
    let (p, e) = (
        model::number::plain(planned, 2),
        model::number::plain(estimated, 2),
    );
    Some(match lang {
        Lang::Zh => {
            format!("报价按课程计划的 {p} 小时（及其活动、期数）计，不按{quoted_name}的 {e} 小时。")
        }
        Lang::En => format!(
            "The quote prices the plan's {p} hours (and its activities and phases), not {quoted_name}'s {e} hours."
        ),
    })
}
