//! The quote and budget page (报价与预算): a vendor keeps their rate card and issues numbered
//! quotes for clients; a budget owner prints a one-page summary of the options compared. Both
//! print on their own and export as CSV (and the quote as JSON and, for now, as Excel).

mod budget_request;
mod card_form;
mod issued;
mod quote_doc;

use model::i18n;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{SelectField, TextField, save_file};
use crate::app::documents;
use crate::app::store::{use_keeper, use_store};
use crate::catalog::catalog;
use crate::export::{csv, quote_sheet};
use crate::persist::work_file::OptionId;
use crate::persist::work_file::option_name;
use crate::store::quote_desk::QuoteAction;
use crate::store::{Action, Saving};
use budget_request::BudgetRequestView;
use card_form::CardForm;
use issued::IssuedList;
use model::calendar::Day;
use quote_doc::QuoteDoc;

/// Print one document: the page marks which, so the print stylesheet hides the other.
fn print(document: &'static str) {
    let root = gloo::utils::document().document_element();
    if let Some(root) = &root {
        let _ = root.set_attribute("data-print", document);
    }
    let _ = gloo::utils::window().print();
    if let Some(root) = &root {
        let _ = root.remove_attribute("data-print");
    }
}

#[component]
pub fn QuotePage() -> Html {
    let store = use_store();
    let lang = store.lang;
    let catalog = catalog();
    let keeper = use_keeper();
    let state = &store.desk;
    let options = store.estimator.identified();
    let plan = (!store.planner.plan.items.is_empty()).then_some(&store.planner.plan);
    let problems = state.card_problems();
    let unsaved = store.saving != Saving::Kept;
    // The quoted option's name, for messages about it.
    let quoted_name = state
        .chosen(&options)
        .and_then(|(id, _)| options.iter().position(|(o, _)| o == id))
        .map(|i| option_name(i, lang))
        .unwrap_or_default();
    let hold = store.quote_hold().map(|h| h.message(&quoted_name, lang));

    let send = {
        let store = store.clone();
        move |action: QuoteAction| store.dispatch(Action::Quote(action))
    };
    let on_card = {
        let send = send.clone();
        Callback::from(move |change| send(QuoteAction::Card(change)))
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
    let on_issue = {
        let store = store.clone();
        Callback::from(move |_| keeper.issue(&store))
    };

    let draft = state.draft(&options, plan);
    let shown = state.shown().cloned().map(Ok).unwrap_or(draft);
    let viewing_issued = state.shown().is_some();
    // A draft is not exported while an input it is made from is in error; an issued quote is
    // what it was when issued.
    let export_hold = (!viewing_issued).then(|| hold.clone()).flatten();
    let export_error = use_state(|| None::<String>);
    // What every export does first: a draft held for an error says so; otherwise the quote
    // shown and the name its files take.
    let ready = {
        let (export_error, shown) = (export_error.clone(), shown.clone());
        let export_hold = export_hold.clone();
        move || {
            if let Some(why) = &export_hold {
                export_error.set(Some(why.clone()));
                return None;
            }
            let quote = shown.as_ref().ok()?.clone();
            let name = quote.number.clone().unwrap_or_else(|| "quote-draft".into());
            Some((quote, name))
        }
    };
    let export = |kind: &'static str| {
        let (export_error, ready) = (export_error.clone(), ready.clone());
        Callback::from(move |_| {
            let Some((quote, name)) = ready() else {
                return;
            };
            let quote = &quote;
            let result = match kind {
                "csv" => save_file(
                    &format!("{name}.csv"),
                    "text/csv;charset=utf-8",
                    &csv::quote(quote, lang),
                    lang,
                ),
                _ => save_file(
                    &format!("{name}.json"),
                    "application/json",
                    &serde_json::to_string(quote).unwrap_or_default(),
                    lang,
                ),
            };
            export_error.set(result.err());
        })
    };
    // The Excel export, while the worker writes it: the button waits.
    let (xlsx_busy, start_xlsx) = documents::use_export(&export_error, lang, true);
    let export_xlsx = {
        let ready = ready.clone();
        Callback::from(move |_| {
            if let Some((quote, name)) = ready() {
                start_xlsx.emit((quote_sheet::quote(&quote, lang), format!("{name}.xlsx")));
            }
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
        .chosen(&options)
        .map(|(id, _)| id.0.clone())
        .unwrap_or_default();
    let plan_modules = plan.map_or(0, |p| p.items.len());
    // With the plan ticked, its hours replace the option's: say so, with both figures.
    let plan_note = plan.filter(|_| state.fields.use_plan).and_then(|plan| {
        let (_, option) = state.chosen(&options)?;
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
        <div class="quote-page">
            <section class="quote-inputs no-print">
                <CardForm card={state.card.clone()} {problems} {lang} on_change={on_card} />
                <fieldset class="quote-request">
                    <legend>{ lang.t(i18n::quote::THIS_QUOTE) }</legend>
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
                    if let Some(why) = &hold {
                        <p class="error" role="alert" data-testid="quote-hold">{ why }</p>
                    }
                    <div class="quote-actions">
                        <button type="button" data-testid="quote-issue" onclick={on_issue} disabled={viewing_issued || hold.is_some()}>
                            { lang.t(i18n::quote::ISSUE_THE_QUOTE_NUMBER_AND_KEEP) }
                        </button>
                        if viewing_issued {
                            <button type="button" onclick={let send = send.clone(); Callback::from(move |_| send(QuoteAction::Show(None)))}>
                                { lang.t(i18n::quote::BACK_TO_THE_DRAFT) }
                            </button>
                        }
                    </div>
                    if unsaved {
                        <p class="error" role="alert" data-testid="error">
                            { lang.t(i18n::quote::THE_BROWSER_IS_NOT_KEEPING_YOUR) }
                        </p>
                    }
                    if let Some(e) = state.issue_error {
                        <p class="error" role="alert" data-testid="error">{ e.message(lang) }</p>
                    }
                </fieldset>
            </section>

            <section class="quote-output">
                // A draft made from an input in error is not what is typed: said above it, so the
                // figures are never read as the quote (and it is neither issued nor exported).
                if let Some(why) = &export_hold {
                    <p class="stale-note no-print" data-testid="draft-held">{ lang.fill(i18n::quote::THIS_DRAFT_IS_NOT_PRICED_FROM, &[("why", &why)]) }</p>
                }
                { match &shown {
                    Ok(quote) => html! { <QuoteDoc quote={quote.clone()} {lang} /> },
                    Err(e) => html! { <p class="error" role="alert" data-testid="error">{ e.message(lang) }</p> },
                } }
                <div class="exports no-print">
                    <button type="button" data-testid="quote-print" onclick={Callback::from(|_| print("quote"))}>
                        { lang.t(i18n::quote::PRINT_THE_QUOTE_SAVE_AS_PDF) }
                    </button>
                    <button type="button" data-testid="export-csv" onclick={export("csv")}>{ lang.t(i18n::quote::EXPORT_THE_QUOTE_CSV) }</button>
                    <button type="button" data-testid="export-xlsx" onclick={export_xlsx} disabled={xlsx_busy}>
                        { if xlsx_busy { lang.t(i18n::common::MAKING_THE_SPREADSHEET) } else { lang.t(i18n::quote::EXPORT_THE_QUOTE_EXCEL) } }
                    </button>
                    <button type="button" data-testid="quote-json" onclick={export("json")}>{ lang.t(i18n::quote::EXPORT_THE_QUOTE_JSON) }</button>
                    if let Some(message) = &*export_error {
                        <p class="error" role="alert" data-testid="error">{ message }</p>
                    }
                </div>
            </section>

            <IssuedList book={state.book.clone()} {lang} today={state.today}
                on_status={let send = send.clone(); Callback::from(move |(n, s)| send(QuoteAction::SetStatus(n, s)))}
                on_show={let send = send.clone(); Callback::from(move |n| send(QuoteAction::Show(Some(n))))}
                on_remove={let send = send.clone(); Callback::from(move |n| send(QuoteAction::Remove(n)))} />

            <BudgetRequestView />
        </div>
    }
}
