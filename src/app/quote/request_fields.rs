//! What the quote is for: the client and their contact, the remarks, the date, the option
//! quoted and whether the course plan's hours replace its own. A view function: what it shows
//! is the store's, and each change goes straight to it.

use model::Lang;
use model::calendar::Day;
use model::cost::Scenario;
use model::i18n;
use model::plan::Plan;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{SelectField, TextField};
use crate::app::store::Store;
use crate::catalog::catalog;
use crate::persist::work_file::{OptionId, option_name};
use crate::store::Action;
use crate::store::quote_desk::QuoteAction;

/// The quote's own fields; `options`: the estimator's options with their ids, `plan`: the
/// course plan when it has modules, `quoted_name`: the quoted option's name.
pub fn request_fields(
    store: &Store,
    options: &[(OptionId, Scenario)],
    plan: Option<&Plan>,
    quoted_name: &str,
    lang: Lang,
) -> Html {
    let catalog = catalog();
    let state = &store.desk;
    let send = {
        let store = store.clone();
        move |action: QuoteAction| store.dispatch(Action::Quote(action))
    };
    // The client, their contact and the remarks: plain text, sent as typed.
    let text_action = |make: fn(String) -> QuoteAction| {
        let send = send.clone();
        Callback::from(move |text: String| send(make(text)))
    };
    let on_date = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            // A date input gives YYYY-MM-DD, or nothing when it is cleared.
            send(QuoteAction::Issued(Day::parse(&text)))
        })
    };
    let on_option = {
        let send = send.clone();
        Callback::from(move |id: AttrValue| send(QuoteAction::Option(OptionId(id.to_string()))))
    };
    let on_use_plan = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            send(QuoteAction::UsePlan(
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };
    let option_choices: Vec<(AttrValue, AttrValue)> = options
        .iter()
        .enumerate()
        .map(|(i, (id, s))| {
            let label = format!("{} · {}", option_name(i, lang), s.describe(catalog, lang));
            (AttrValue::from(id.0.clone()), AttrValue::from(label))
        })
        .collect();
    let chosen_id = state
        .chosen(options)
        .map(|(id, _)| id.0.clone())
        .unwrap_or_default();
    let plan_modules = plan.map_or(0, |p| p.items.len());
    // With the plan ticked, its hours replace the option's: say so, with both figures.
    let plan_note = plan.filter(|_| state.fields.use_plan).and_then(|plan| {
        let (_, option) = state.chosen(options)?;
        let planned = plan.teaching_hours(&catalog.modules).total();
        let estimated = option.hours.total();
        let (p, e) = (
            model::number::plain(planned, 2),
            model::number::plain(estimated, 2),
        );
        Some(lang.fill(
            i18n::quote::THE_QUOTE_PRICES_THE_PLANS_HOURS,
            &[
                ("planned", &p),
                ("quoted_name", &quoted_name),
                ("estimated", &e),
            ],
        ))
    });
    let limits = &catalog.pricing.limits;
    html! {
        <>
        <TextField id="quote-client" test_id="quote-client-input" label={lang.t(i18n::quote::CLIENT)}
            value={state.fields.client.clone()} max_chars={limits.max_client_chars} on_change={text_action(QuoteAction::Client)} />
        <TextField id="quote-client-person" label={lang.t(i18n::quote::CLIENTS_CONTACT_PERSON)}
            value={state.fields.contact.person.clone()} max_chars={limits.max_contact_person_chars} on_change={text_action(QuoteAction::ClientPerson)} />
        <TextField id="quote-client-phone" kind="tel" label={lang.t(i18n::quote::CLIENTS_PHONE)}
            value={state.fields.contact.phone.clone()} max_chars={limits.max_phone_chars} on_change={text_action(QuoteAction::ClientPhone)} />
        <TextField id="quote-remarks" test_id="quote-remarks-input" multiline=true label={lang.t(i18n::common::REMARKS)}
            value={state.fields.remarks.clone()} max_chars={limits.max_remarks_chars} on_change={text_action(QuoteAction::Remarks)} />
        <div class="field">
            <label for="quote-date">{ lang.t(i18n::common::DATE) }</label>
            <div class="field-box">
                <input id="quote-date" data-testid="quote-date" type="date" value={state.issued.to_string()} onchange={on_date}
                    aria-invalid={state.date_missing.to_string()} />
            </div>
            if state.date_missing {
                <p class="field-error" role="alert" data-testid="error">
                    { lang.t(i18n::quote::ENTER_THE_QUOTES_DATE_A_QUOTE) }
                </p>
            }
        </div>
        <SelectField id="quote-option" label={lang.t(i18n::quote::OPTION_TO_QUOTE_SET_ON_THE_ESTIMATE)}
            options={option_choices} selected={AttrValue::from(chosen_id)} on_change={on_option} />
        <label class="check">
            <input type="checkbox" data-testid="quote-use-plan" checked={state.fields.use_plan}
                disabled={plan.is_none()} onchange={on_use_plan} />
            { lang.fill(i18n::quote::QUOTE_THE_COURSE_PLAN_FROM_THE, &[("plan_modules", &plan_modules)]) }
        </label>
        if let Some(note) = plan_note {
            <p class="hint" data-testid="quote-plan-note">{ note }</p>
        }
        </>
    }
}
