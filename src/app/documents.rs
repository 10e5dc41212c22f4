//! The documents worker: Excel export and QR codes. Both are made in a web worker of its own (`xlsx-worker/`:
//! rust_xlsxwriter and its zip compressor, about 260 KB gzip, and a QR encoder), started the
//! first time the user asks for either and kept for the next ones, so the app's first load never
//! downloads it. Once fetched, the service worker keeps its files (`scripts/sw-template.js`), so
//! it works offline from then on.
//!
//! The page sends the worker a workbook description ([`Workbook::to_message`]) or a link (a
//! string); the worker's script (`xlsx-worker/xlsx-export.js`) answers every message with
//! exactly one, in order: `{ xlsx }`, the file, `{ svg }`, the code, or `{ error, stage }`. So
//! the requests waiting for an answer are a queue. On any failure the worker is dropped, and the next request starts a new one: the
//! network may be back, and a writer that failed mid-write is not trusted again.

use model::i18n;
use std::cell::RefCell;

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{Blob, BlobPropertyBag, Event, MessageEvent, Worker};
use yew::prelude::*;

use crate::app::components::{download_blob, not_saved};
use model::Lang;
use sheet::Workbook;

/// The worker's script, copied to the root of the app by trunk (index.html).
const SCRIPT: &str = "/xlsx-export.js";
const MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Why no spreadsheet was saved.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportError {
    /// The writer could not be loaded: offline before its first use, or no web workers.
    Unavailable,
    /// The writer could not write this workbook; its reason.
    Failed(String),
    /// The file was made but the browser did not save it.
    NotSaved,
}

impl ExportError {
    /// What the user is told, in their language; `csv`: whether to point to a CSV export.
    pub fn told(&self, lang: Lang, csv: bool) -> String {
        let mut said = match (self, lang) {
            (ExportError::Unavailable, _) => lang.t(i18n::documents::WORKER_UNAVAILABLE).into(),
            (ExportError::Failed(reason), _) => lang.fill(
                i18n::documents::THE_SPREADSHEET_COULD_NOT_BE,
                &[("reason", &reason)],
            ),
            (ExportError::NotSaved, lang) => return not_saved(lang),
        };
        said.push_str(match (self, lang, csv) {
            (_, _, false) => lang.t(i18n::documents::FULL_STOP),
            (ExportError::Unavailable, _, true) => lang.t(i18n::documents::OR_EXPORT_AS_CSV),
            (_, _, true) => lang.t(i18n::documents::EXPORT_AS_CSV_INSTEAD),
        });
        said
    }
}

/// A request waiting for the worker's answer.
enum Job {
    /// A spreadsheet to offer as `filename`.
    Sheet {
        filename: String,
        done: Box<dyn FnOnce(Result<(), ExportError>)>,
    },
    /// A QR code, handed back as SVG text.
    Qr {
        done: Box<dyn FnOnce(Result<String, ExportError>)>,
    },
}

impl Job {
    fn fail(self, failure: ExportError) {
        match self {
            Job::Sheet { done, .. } => done(Err(failure)),
            Job::Qr { done } => done(Err(failure)),
        }
    }
}

/// The worker, once started, and the requests it has not answered yet, oldest first (a
/// handful at most: a `Vec` costs less code in the bundle than a `VecDeque`).
#[derive(Default)]
struct Writer {
    worker: Option<Worker>,
    waiting: Vec<Job>,
}

/// The worker's two listeners, made once and given to every worker started: a failure drops
/// the worker from within them, and a listener must not be dropped while it runs.
struct Listeners {
    message: Closure<dyn FnMut(MessageEvent)>,
    error: Closure<dyn FnMut(Event)>,
}

thread_local! {
    static WRITER: RefCell<Writer> = RefCell::default();
    static LISTENERS: Listeners = Listeners {
        message: Closure::new(answered),
        error: Closure::new(|event: Event| {
            // The script or the files it imports did not load (offline, or gone from the
            // server): the browser reports it here, not as a message.
            event.prevent_default();
            fail_all(ExportError::Unavailable);
        }),
    };
}

/// Write `workbook` in the worker and offer it as `filename`; `done` is called once, with the
/// outcome, when the file has been offered or has failed.
pub fn export(
    workbook: &Workbook,
    filename: String,
    done: impl FnOnce(Result<(), ExportError>) + 'static,
) {
    let message = Uint8Array::from(workbook.to_message().as_slice());
    let job = Job::Sheet {
        filename,
        done: Box::new(done),
    };
    send(job, |worker| {
        worker.post_message_with_transfer(&message, &Array::of1(&message.buffer()))
    });
}

/// A page's Excel export: whether one is under way (its button says so and is disabled), and a
/// callback that starts one with a workbook and a file name unless one is already under way. A
/// failure is told in `error`, where the page shows its other export messages (`csv`: whether
/// the page offers a CSV export beside, which the message then points to).
#[hook]
pub fn use_export(
    error: &UseStateHandle<Option<String>>,
    lang: Lang,
    csv: bool,
) -> (bool, Callback<(Workbook, String)>) {
    let busy = use_state(|| false);
    let start = {
        let (busy, error) = (busy.clone(), error.clone());
        Callback::from(move |(workbook, filename): (Workbook, String)| {
            if *busy {
                return;
            }
            busy.set(true);
            error.set(None);
            let (busy, error) = (busy.clone(), error.clone());
            export(&workbook, filename, move |result| {
                busy.set(false);
                error.set(result.err().map(|e| e.told(lang, csv)));
            });
        })
    };
    (*busy, start)
}

/// Draw `link` as a QR code in the worker; `done` is called once, with the SVG or the failure.
pub fn qr_code(link: &str, done: impl FnOnce(Result<String, ExportError>) + 'static) {
    let message = JsValue::from_str(link);
    send(
        Job::Qr {
            done: Box::new(done),
        },
        |worker| worker.post_message(&message),
    );
}

/// Queue `job` and post its message to the worker, starting the worker if needed.
fn send(job: Job, post: impl FnOnce(&Worker) -> Result<(), JsValue>) {
    let sent = WRITER.with_borrow_mut(|writer| {
        // Queued first, so that a failure below answers it like any other.
        writer.waiting.push(job);
        let worker = match &writer.worker {
            Some(worker) => worker.clone(),
            None => start()?,
        };
        writer.worker = Some(worker.clone());
        post(&worker)
    });
    if sent.is_err() {
        // The browser would not start a worker (or take the message).
        fail_all(ExportError::Unavailable);
    }
}

fn start() -> Result<Worker, JsValue> {
    let worker = Worker::new(SCRIPT)?;
    LISTENERS.with(|listeners| {
        worker.set_onmessage(Some(listeners.message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(listeners.error.as_ref().unchecked_ref()));
    });
    Ok(worker)
}

/// The worker answered the oldest waiting request.
fn answered(event: MessageEvent) {
    let data = event.data();
    let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
    let xlsx = field("xlsx").and_then(|v| v.dyn_into::<Uint8Array>().ok());
    let svg = field("svg").and_then(|v| v.as_string());
    if xlsx.is_none() && svg.is_none() {
        let reason = field("error")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let failure = match field("stage").and_then(|v| v.as_string()).as_deref() {
            Some("write") => ExportError::Failed(reason),
            _ => ExportError::Unavailable,
        };
        fail_all(failure);
        return;
    }
    match (oldest(), xlsx, svg) {
        (Some(Job::Sheet { filename, done }), Some(xlsx), _) => {
            done(save(&filename, &xlsx).map_err(|_| ExportError::NotSaved))
        }
        (Some(Job::Qr { done }), _, Some(svg)) => done(Ok(svg)),
        // An answer of the wrong kind: a page and a worker from different builds.
        (Some(job), _, _) => job.fail(ExportError::Unavailable),
        (None, _, _) => {}
    }
}

/// The oldest request waiting, taken off the queue.
fn oldest() -> Option<Job> {
    WRITER.with_borrow_mut(|writer| (!writer.waiting.is_empty()).then(|| writer.waiting.remove(0)))
}

fn save(filename: &str, xlsx: &Uint8Array) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(MIME);
    let blob = Blob::new_with_u8_array_sequence_and_options(&Array::of1(xlsx), &options)?;
    download_blob(filename, &blob)
}

/// Drop the worker and fail every waiting request with `failure`.
fn fail_all(failure: ExportError) {
    let (worker, waiting) = WRITER
        .with_borrow_mut(|writer| (writer.worker.take(), std::mem::take(&mut writer.waiting)));
    if let Some(worker) = worker {
        worker.terminate();
    }
    // Called outside the borrow: a callback may ask for another spreadsheet.
    for job in waiting {
        job.fail(failure.clone());
    }
}

/// The document a page hands on, as it stands when a button is pressed: its workbook and the
/// name its files take, without the extension; `Err` with the reason when the document is held
/// back (an input in error), `Ok(None)` when there is none yet.
pub type Document = Result<Option<(Workbook, String)>, String>;

#[derive(Properties, PartialEq)]
pub struct SheetExportsProps {
    /// What is printed (`browser::print`), and the print button's test id before `-print`.
    pub place: &'static str,
    /// The buttons' labels: print, CSV, Excel.
    pub labels: [i18n::Text; 3],
    pub document: Callback<(), Document>,
    /// Whether there is a document to export (else the CSV and Excel buttons are disabled).
    pub ready: bool,
    /// Why the document is held back, said above the buttons; printing waits for it.
    #[prop_or_default]
    pub held: Option<String>,
    pub lang: Lang,
}

/// A document's buttons (the year's plan, the comparison form, the budget request): print it,
/// save its first sheet as CSV, or the whole workbook as Excel; a failed export says why below.
#[component]
pub fn SheetExports(props: &SheetExportsProps) -> Html {
    let SheetExportsProps {
        place,
        labels: [print_label, csv_label, excel_label],
        ready,
        lang,
        ..
    } = *props;
    let error = use_state(|| None::<String>);
    let (busy, start_xlsx) = use_export(&error, lang, true);
    // Each export first asks for the document: one held back says why instead.
    let with_document = |then: Box<dyn Fn(Workbook, String)>| {
        let (document, error) = (props.document.clone(), error.clone());
        Callback::from(move |_: MouseEvent| match document.emit(()) {
            Ok(Some((book, name))) => then(book, name),
            Ok(None) => {}
            Err(why) => error.set(Some(why)),
        })
    };
    let csv = {
        let error = error.clone();
        with_document(Box::new(move |book, name| {
            let text = book.sheets.first().map(crate::export::csv::sheet);
            let saved = crate::app::components::save_file(
                &format!("{name}.csv"),
                "text/csv;charset=utf-8",
                &text.unwrap_or_default(),
                lang,
            );
            error.set(saved.err());
        }))
    };
    let xlsx = with_document(Box::new(move |book, name| {
        start_xlsx.emit((book, format!("{name}.xlsx")))
    }));
    let print = Callback::from(move |_| crate::app::browser::print(place));
    html! {
        <div class="exports no-print">
            if let Some(why) = &props.held {
                <p class="error" role="alert" data-testid="export-held">{ why.clone() }</p>
            }
            <button type="button" data-testid={format!("{place}-print")} disabled={props.held.is_some()} onclick={print}>
                { lang.t(print_label) }
            </button>
            <button type="button" data-testid="export-csv" onclick={csv} disabled={!ready}>
                { lang.t(csv_label) }
            </button>
            <button type="button" data-testid="export-xlsx" onclick={xlsx} disabled={!ready || busy}>
                { if busy { lang.t(i18n::common::MAKING_THE_SPREADSHEET) } else { lang.t(excel_label) } }
            </button>
            if let Some(message) = &*error {
                <p class="error" role="alert" data-testid="error">{ message }</p>
            }
        </div>
    }
}
