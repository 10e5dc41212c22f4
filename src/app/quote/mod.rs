//! The quote and budget page (报价与预算): a vendor keeps their rate card and issues numbered
//! quotes for clients; a budget owner prints a one-page summary of the options compared. Both
//! print on their own and export as CSV (and the quote as JSON and, for now, as Excel).

mod budget_request;
mod card_form;
mod exports;
mod issue;
mod issued;
mod quote_doc;
mod request_fields;

use yew::prelude::*;

use crate::app::store::{dispatch_with, use_keeper, use_store};
use crate::persist::work_file::option_name;
use crate::store::quote_desk::QuoteAction;
use crate::store::{Action, Saving};
use budget_request::BudgetRequestView;
use card_form::CardForm;
use exports::QuoteExports;
use issue::IssueQuote;
use issued::IssuedList;
use model::Lang;
use quote_doc::QuoteDoc;
use request_fields::{RequestFields, option_choices, plan_note};

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
    let keeper = use_keeper();
    let state = &store.desk;
    let options = store.estimator.identified();
    let plan = (!store.planner.plan.items.is_empty()).then_some(&store.planner.plan);
    // The quoted option's name, for messages about it.
    let quoted_name = state
        .chosen(&options)
        .and_then(|(id, _)| options.iter().position(|(o, _)| o == id))
        .map(|i| option_name(i, lang))
        .unwrap_or_default();
    let hold = store.quote_hold().map(|h| h.message(&quoted_name, lang));
    let send = dispatch_with(&store, Action::Quote);
    let on_issue = {
        let store = store.clone();
        Callback::from(move |()| keeper.issue(&store))
    };

    let draft = state.draft(&options, plan);
    let shown = state.shown().cloned().map(Ok).unwrap_or(draft);
    let viewing_issued = state.shown().is_some();
    // A draft is not exported while an input it is made from is in error; an issued quote is
    // what it was when issued.
    let export_hold = (!viewing_issued).then(|| hold.clone()).flatten();
    let chosen_id = state
        .chosen(&options)
        .map(|(id, _)| id.0.clone())
        .unwrap_or_default();
    let plan_note = plan_note(state, &options, plan, &quoted_name, lang);

    html! {
        <div class="quote-page">
            <section class="quote-inputs no-print">
                <CardForm card={state.card.clone()} problems={state.card_problems()} {lang} on_change={send.reform(QuoteAction::Card)} />
                <fieldset class="quote-request">
                    <legend>{ lang.pick("这份报价", "This quote") }</legend>
                    <RequestFields fields={state.fields.clone()} issued={state.issued} date_missing={state.date_missing}
                        options={option_choices(&options, lang)} chosen={AttrValue::from(chosen_id)}
                        plan_modules={plan.map(|p| p.items.len())} {plan_note} {lang} on_change={send.clone()} />
                    <IssueQuote hold={hold.clone()} {viewing_issued} unsaved={store.saving != Saving::Kept}
                        issue_error={state.issue_error} {lang} {on_issue} on_back={send.reform(|()| QuoteAction::Show(None))} />
                </fieldset>
            </section>

            <section class="quote-output">
                // A draft made from an input in error is not what is typed: said above it, so the
                // figures are never read as the quote (and it is neither issued nor exported).
                if let Some(why) = &export_hold {
                    <p class="stale-note no-print" data-testid="draft-held">{ match lang {
                        Lang::Zh => format!("这份草稿不是按现在所填的内容算的：{why}"),
                        Lang::En => format!("This draft is not priced from what is typed now: {why}"),
                    } }</p>
                }
                { match &shown {
                    Ok(quote) => html! { <QuoteDoc quote={quote.clone()} {lang} /> },
                    Err(e) => html! { <p class="error" role="alert" data-testid="error">{ e.message(lang) }</p> },
                } }
                <QuoteExports quote={shown.ok()} held={export_hold} {lang} />
            </section>

            <IssuedList book={state.book.clone()} {lang} today={state.today}
                on_status={send.reform(|(n, s)| QuoteAction::SetStatus(n, s))}
                on_show={send.reform(|n| QuoteAction::Show(Some(n)))}
                on_remove={send.reform(QuoteAction::Remove)} />

            <BudgetRequestView />
        </div>
    }
}
