//! The budget request handed on: printed (or saved as PDF), and exported as CSV and Excel;
//! nothing while an input it depends on is in error.

use yew::prelude::*;

use crate::app::components::save_file;
use crate::app::documents;
use crate::app::quote::print;
use crate::catalog::catalog;
use crate::export::{budget_sheet, csv};
use model::Lang;
use model::budget::Request;
use sheet::Workbook;

/// The file name without its extension: the request's number, if it has one.
fn file_name(r: &Request) -> String {
    match r.number.as_str() {
        "" => "budget-request".to_string(),
        n => format!("budget-request-{n}"),
    }
}

/// An export button's callback: while an input is in error, it says why; otherwise it hands
/// `deliver` the request and its workbook (the CSV is the workbook's sheet written out).
fn on_export(
    props: &BudgetExportsProps,
    export_error: &UseStateHandle<Option<String>>,
    deliver: impl Fn(&Request, Workbook) + 'static,
) -> Callback<MouseEvent> {
    let (export_error, request, held, lang) = (
        export_error.clone(),
        props.request.clone(),
        props.held.clone(),
        props.lang,
    );
    Callback::from(move |_| {
        if let Some(why) = &held {
            return export_error.set(Some(why.clone()));
        }
        let Some(r) = &request else { return };
        deliver(r, budget_sheet::budget_request(r, catalog(), lang));
    })
}

#[derive(Properties, PartialEq)]
pub struct BudgetExportsProps {
    /// The request; `None` when no option can be estimated.
    pub request: Option<Request>,
    /// Why nothing is printed or exported now.
    pub held: Option<String>,
    pub lang: Lang,
}

#[component]
pub fn BudgetExports(props: &BudgetExportsProps) -> Html {
    let lang = props.lang;
    let export_error = use_state(|| None::<String>);
    let (xlsx_busy, start_xlsx) = documents::use_export(&export_error, lang, true);
    let export_csv = {
        let export_error = export_error.clone();
        on_export(props, &export_error.clone(), move |r, book| {
            let text = book.sheets.first().map(csv::sheet).unwrap_or_default();
            let name = format!("{}.csv", file_name(r));
            export_error.set(save_file(&name, "text/csv;charset=utf-8", &text, lang).err());
        })
    };
    let export_xlsx = on_export(props, &export_error, move |r, book| {
        start_xlsx.emit((book, format!("{}.xlsx", file_name(r))))
    });
    let none = props.request.is_none();
    html! {
        <div class="exports no-print">
            if let Some(why) = &props.held {
                <p class="error" role="alert" data-testid="budget-held">{ why.clone() }</p>
            }
            <button type="button" data-testid="summary-print" disabled={props.held.is_some()} onclick={Callback::from(|_| print("summary"))}>
                { lang.pick("打印预算表 / 存为 PDF", "Print the budget request / save as PDF") }
            </button>
            <button type="button" data-testid="export-csv" onclick={export_csv} disabled={none}>
                { lang.pick("导出预算表（CSV）", "Export the budget request (CSV)") }
            </button>
            <button type="button" data-testid="export-xlsx" onclick={export_xlsx} disabled={none || xlsx_busy}>
                { if xlsx_busy { lang.pick("正在生成 Excel…", "Making the spreadsheet…") } else { lang.pick("导出预算表（Excel）", "Export the budget request (Excel)") } }
            </button>
            if let Some(message) = &*export_error {
                <p class="error" role="alert" data-testid="error">{ message }</p>
            }
        </div>
    }
}
