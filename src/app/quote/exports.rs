//! The quote's exports (CSV, Excel, JSON and print): a hook holding what the last one said, and
//! the buttons.

use model::Lang;
use model::i18n;
use model::quote::{Quote, QuoteError};
use yew::prelude::*;

use crate::app::components::save_file;
use crate::app::documents;
use crate::export::{csv, quote_sheet};

/// The exports of the quote shown, and why the last one made no file.
pub struct QuoteExports {
    csv: Callback<MouseEvent>,
    json: Callback<MouseEvent>,
    xlsx: Callback<MouseEvent>,
    /// The Excel writer is at work: its button waits.
    xlsx_busy: bool,
    error: Option<String>,
}

/// The exports of `shown`; `export_hold`: why a draft is not exported (an input it is made from
/// is in error), said instead of a file.
#[hook]
pub fn use_quote_exports(
    shown: &Result<Quote, QuoteError>,
    export_hold: Option<String>,
    lang: Lang,
) -> QuoteExports {
    let export_error = use_state(|| None::<String>);
    // What every export does first: a draft held for an error says so; otherwise the quote
    // shown and the name its files take.
    let ready = {
        let (export_error, shown) = (export_error.clone(), shown.clone());
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
    QuoteExports {
        csv: export("csv"),
        json: export("json"),
        xlsx: export_xlsx,
        xlsx_busy,
        error: (*export_error).clone(),
    }
}

impl QuoteExports {
    pub fn view(&self, lang: Lang) -> Html {
        html! {
        <div class="exports no-print">
            <button type="button" data-testid="quote-print" onclick={Callback::from(|_| crate::app::browser::print("quote"))}>
                { lang.t(i18n::quote::PRINT_THE_QUOTE_SAVE_AS_PDF) }
            </button>
            <button type="button" data-testid="export-csv" onclick={self.csv.clone()}>{ lang.t(i18n::quote::EXPORT_THE_QUOTE_CSV) }</button>
            <button type="button" data-testid="export-xlsx" onclick={self.xlsx.clone()} disabled={self.xlsx_busy}>
                { if self.xlsx_busy { lang.t(i18n::common::MAKING_THE_SPREADSHEET) } else { lang.t(i18n::quote::EXPORT_THE_QUOTE_EXCEL) } }
            </button>
            <button type="button" data-testid="quote-json" onclick={self.json.clone()}>{ lang.t(i18n::quote::EXPORT_THE_QUOTE_JSON) }</button>
            if let Some(message) = &self.error {
                <p class="error" role="alert" data-testid="error">{ message }</p>
            }
        </div>
        }
    }
}
