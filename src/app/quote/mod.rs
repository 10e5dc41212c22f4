//! The quote and budget page (报价与预算): a vendor keeps their rate card and issues numbered
//! quotes for clients; a budget owner prints a one-page summary of the options compared. Both
//! print on their own and export as CSV (and the quote as JSON and, for now, as Excel).

mod budget_request;
mod card_form;
mod exports;
mod issued;
mod quote_doc;
mod request_fields;

use model::i18n;
use yew::prelude::*;

use crate::app::store::{use_keeper, use_page};
use crate::persist::work_file::option_name;
use crate::store::quote_desk::QuoteAction;
use crate::store::{Action, Saving};
use budget_request::BudgetRequestView;
use card_form::CardForm;
use exports::use_quote_exports;
use issued::IssuedList;
use quote_doc::QuoteDoc;
use request_fields::request_fields;

#[component]
pub fn QuotePage() -> Html {
    let (store, lang, on_action) = use_page(Action::Quote);
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

    let on_card = on_action.reform(QuoteAction::Card);
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
    let exports = use_quote_exports(&shown, export_hold.clone(), lang);

    html! {
        <div class="quote-page">
            <section class="quote-inputs no-print">
                <CardForm card={state.card.clone()} {problems} {lang} on_change={on_card} />
                <fieldset class="quote-request">
                    <legend>{ lang.t(i18n::quote::THIS_QUOTE) }</legend>
                    { request_fields(&store, &options, plan, &quoted_name, lang) }
                    if let Some(why) = &hold {
                        <p class="error" role="alert" data-testid="quote-hold">{ why }</p>
                    }
                    <div class="quote-actions">
                        <button type="button" data-testid="quote-issue" onclick={on_issue} disabled={viewing_issued || hold.is_some()}>
                            { lang.t(i18n::quote::ISSUE_THE_QUOTE_NUMBER_AND_KEEP) }
                        </button>
                        if viewing_issued {
                            <button type="button" onclick={on_action.reform(|_: MouseEvent| QuoteAction::Show(None))}>
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
                { exports.view(lang) }
            </section>

            <IssuedList book={state.book.clone()} {lang} today={state.today}
                on_status={on_action.reform(|(n, s)| QuoteAction::SetStatus(n, s))}
                on_show={on_action.reform(|n| QuoteAction::Show(Some(n)))}
                on_remove={on_action.reform(QuoteAction::Remove)} />

            <BudgetRequestView />
        </div>
    }
}
