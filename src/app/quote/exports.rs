//! The quote handed on: printed (or saved as PDF), and exported as CSV, Excel and JSON.

use yew::prelude::*;

use crate::app::components::save_file;
use crate::app::documents;
use crate::export::{csv, quote_sheet};
use model::Lang;
use model::quote::Quote;

/// The file name without its extension: the quote's number, or that it is a draft.
fn file_stem(quote: &Quote) -> String {
    quote.number.clone().unwrap_or_else(|| "quote-draft".into())
}

#[derive(Properties, PartialEq)]
pub struct QuoteExportsProps {
    /// The quote on screen; `None` when the draft cannot be priced.
    pub quote: Option<Quote>,
    /// Why the draft is not exported now (an input it is made from is in error).
    pub held: Option<String>,
    pub lang: Lang,
}

#[component]
pub fn QuoteExports(props: &QuoteExportsProps) -> Html {
    let lang = props.lang;
    let export_error = use_state(|| None::<String>);
    let export = |kind: &'static str| {
        let (export_error, quote, held) = (
            export_error.clone(),
            props.quote.clone(),
            props.held.clone(),
        );
        Callback::from(move |_| {
            if let Some(why) = &held {
                export_error.set(Some(why.clone()));
                return;
            }
            let Some(quote) = &quote else { return };
            let name = file_stem(quote);
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
        let (quote, held, export_error) = (
            props.quote.clone(),
            props.held.clone(),
            export_error.clone(),
        );
        Callback::from(move |_| {
            if let Some(why) = &held {
                export_error.set(Some(why.clone()));
                return;
            }
            let Some(quote) = &quote else { return };
            start_xlsx.emit((
                quote_sheet::quote(quote, lang),
                format!("{}.xlsx", file_stem(quote)),
            ));
        })
    };
    html! {
        <div class="exports no-print">
            <button type="button" data-testid="quote-print" onclick={Callback::from(|_| super::print("quote"))}>
                { lang.pick("打印报价单 / 存为 PDF", "Print the quote / save as PDF") }
            </button>
            <button type="button" data-testid="export-csv" onclick={export("csv")}>{ lang.pick("导出报价（CSV）", "Export the quote (CSV)") }</button>
            <button type="button" data-testid="export-xlsx" onclick={export_xlsx} disabled={xlsx_busy}>
                { if xlsx_busy { lang.pick("正在生成 Excel…", "Making the spreadsheet…") } else { lang.pick("导出报价（Excel）", "Export the quote (Excel)") } }
            </button>
            <button type="button" data-testid="quote-json" onclick={export("json")}>{ lang.pick("导出报价（JSON）", "Export the quote (JSON)") }</button>
            if let Some(message) = &*export_error {
                <p class="error" role="alert" data-testid="error">{ message }</p>
            }
        </div>
    }
}
