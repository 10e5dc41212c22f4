//! The agenda into a calendar or a workbook: the user picks the first teaching day and the
//! daily start time, sees the teaching dates (working days: weekends and statutory days off
//! skipped, make-up working days marked as such, a year whose holidays are not announced yet
//! named), is asked first when the sessions fall outside the working day, and gets an
//! iCalendar (.ics) file with one event per session (`export::ics`), which Outlook and
//! phone calendars import, or an Excel workbook of the agenda on those dates and the plan's
//! cost (`export::agenda_sheet`, written by the documents worker, `app::documents`).
//!
//! What is wrong with the fields (no date, no time, a day running past midnight) is worked out
//! from them on every render, so its message goes as soon as they are right; only an export's
//! own failure (the browser, the Excel writer) is kept until the fields change or it succeeds.

use model::i18n::{self, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::download;
use crate::app::documents;
use crate::app::store::use_store;
use crate::catalog::catalog;
use crate::export::agenda_sheet::{AgendaBook, agenda_book};
use crate::export::ics::{CalendarOptions, MIME, agenda_ics};
use model::Lang;
use model::calendar::Day;
use model::calendar::TimeOfDay;
use model::catalog::Holiday;
use model::catalog::Law;
use model::catalog::Notice;
use model::cost::Estimate;
use model::plan::{
    Agenda, OutsideHours, Timetable, TimetableError, Timing, not_announced_message, timetable,
};

#[derive(Properties, PartialEq)]
pub struct CalendarExportProps {
    pub agenda: Agenda,
    /// The calendar's name and the start of each event's title; the workbook's agenda title.
    pub title: AttrValue,
    /// Where the course is taught (the city), or empty.
    pub location: AttrValue,
    /// The plan's cost as the planner shows it, for the workbook; `None` when it has none.
    pub cost: Option<Estimate>,
    /// What the cost is priced as (people, city, mode, trainer).
    pub priced_as: AttrValue,
    pub lang: Lang,
    /// Why nothing is exported now (an input the agenda or its cost depends on is in error).
    #[prop_or_default]
    pub held: Option<String>,
}

/// Why no file was made, in the user's language.
fn problem(lang: Lang, text: Text) -> String {
    lang.t(text).to_string()
}

/// The first day and start time as typed, or what is wrong with them. `accepted`: the hours
/// outside the working day the user has said yes to, if any; the timing carries the yes only
/// when the agenda's hours from this start are exactly those.
fn timing(
    first: &str,
    start: &str,
    accepted: Option<OutsideHours>,
    agenda: &Agenda,
    lang: Lang,
) -> Result<Timing, String> {
    let Some(first_day) = Day::parse(first) else {
        return Err(problem(
            lang,
            i18n::calendar_export::CHOOSE_THE_FIRST_DAYS_DATE,
        ));
    };
    let Some(day_start) = TimeOfDay::parse(start) else {
        return Err(problem(
            lang,
            i18n::calendar_export::ENTER_A_START_TIME_SUCH_AS_09,
        ));
    };
    let catalog = catalog();
    let timing = Timing::starting(first_day, &catalog.modules.agenda);
    let timing = Timing {
        day_start,
        ..timing
    };
    let outside = timetable(agenda, &catalog.modules.agenda, &catalog.holidays, &timing)
        .ok()
        .and_then(|t| t.outside_hours);
    Ok(Timing {
        hours_accepted: outside.is_some() && outside == accepted,
        ..timing
    })
}

/// A teaching date as the list beside the fields shows it, a make-up working day marked:
/// `2026年2月14日（周六，春节调休上班日）`, `Sat 14 February 2026 (a working day in exchange for
/// the Spring Festival holiday)`.
fn date_label(date: Day, make_up: Option<&Holiday>, lang: Lang) -> String {
    let (formal, weekday) = (date.formal(lang), date.weekday_label(lang));
    match (make_up, lang) {
        (None, _) => lang.fill(
            i18n::calendar_export::DATE_AND_WEEKDAY,
            &[("formal", &formal), ("weekday", &weekday)],
        ),
        (Some(h), _) => lang.fill(
            i18n::calendar_export::A_WORKING_DAY_IN_EXCHANGE_FOR,
            &[
                ("formal", &formal),
                ("weekday", &weekday),
                ("name", &h.name.get(lang)),
            ],
        ),
    }
}

/// The holidays the dates go round, with what sets them:
/// `已避开法定放假日：春节 2026年2月15日至2026年2月23日（依据国办发明电〔2025〕7号）。`
fn holidays_note(holidays: &[(&Holiday, &Notice)], lang: Lang) -> Option<String> {
    let mut numbers: Vec<&str> = holidays.iter().map(|(_, n)| n.number.as_str()).collect();
    numbers.dedup();
    let basis = lang.fill(
        i18n::calendar_export::NOTICE_NUMBERS,
        &[(
            "numbers",
            &numbers.join(lang.t(i18n::common::LIST_SEPARATOR)),
        )],
    );
    let spans: Vec<&Holiday> = holidays.iter().map(|(h, _)| *h).collect();
    spans_note(&spans, &basis, lang)
}

/// `已避开法定放假日：元旦 2027年1月1日；…（依据{basis}）。`
fn spans_note(holidays: &[&Holiday], basis: &str, lang: Lang) -> Option<String> {
    let spans = holidays
        .iter()
        .filter_map(|h| {
            let (first, last) = h.span()?;
            let name = h.name.get(lang);
            Some(match (first == last, lang) {
                (true, _) => format!("{name} {}", first.formal(lang)),
                (false, _) => lang.fill(
                    i18n::calendar_export::TO,
                    &[
                        ("name", &name),
                        ("first", &first.formal(lang)),
                        ("last", &last.formal(lang)),
                    ],
                ),
            })
        })
        .collect::<Vec<_>>();
    if spans.is_empty() {
        return None;
    }
    let spans = spans.join(lang.t(i18n::common::CLAUSE_SEPARATOR));
    Some(lang.fill(
        i18n::calendar_export::SKIPS_THE_STATUTORY_DAYS_OFF,
        &[("spans", &spans), ("basis", &basis)],
    ))
}

/// The law's festival days the dates go round, in a year whose notice is not out yet.
fn law_note(holidays: &[&Holiday], law: &Law, lang: Lang) -> Option<String> {
    let basis = lang.fill(
        i18n::calendar_export::THE_LAW_ON_FESTIVALS_AND_DAYS,
        &[
            ("law_title", &law.title),
            ("law_number", &law.number),
            ("order_number", &law.number.trim_start_matches("国务院令")),
        ],
    );
    spans_note(holidays, &basis, lang)
}

#[component]
pub fn CalendarExport(props: &CalendarExportProps) -> Html {
    let lang = props.lang;
    let catalog = catalog();
    let (rules, holidays) = (&catalog.modules.agenda, &catalog.holidays);
    // The first working day from the day the app opened (the store's, so that prerendering
    // gives its own), and the data's start time (data/modules.toml [agenda]).
    let today = use_store().desk.today;
    let first = use_state(|| {
        holidays
            .this_or_next_working_day(today)
            .unwrap_or(today)
            .to_string()
    });
    let start = use_state(|| rules.day_start.to_string());
    // The hours outside the working day the user has said yes to; a new start time asks again.
    let accepted = use_state(|| None::<OutsideHours>);
    // Why the last export made no file (the browser, the Excel writer). What is wrong with the
    // fields is worked out from them on every render instead, so it goes as soon as they are
    // right.
    let failed = use_state(|| None::<String>);
    let accept_box = use_node_ref();

    let table = timing(&first, &start, *accepted, &props.agenda, lang)
        .and_then(|t| timetable(&props.agenda, rules, holidays, &t).map_err(|e| e.message(lang)));

    let on_first = {
        let (first, failed) = (first.clone(), failed.clone());
        Callback::from(move |e: Event| {
            first.set(e.target_unchecked_into::<HtmlInputElement>().value());
            failed.set(None);
        })
    };
    let on_start = {
        let (start, accepted, failed) = (start.clone(), accepted.clone(), failed.clone());
        Callback::from(move |e: Event| {
            start.set(e.target_unchecked_into::<HtmlInputElement>().value());
            accepted.set(None);
            failed.set(None);
        })
    };
    let on_accept = {
        let accepted = accepted.clone();
        let outside = table.as_ref().ok().and_then(|t| t.outside_hours);
        Callback::from(move |e: Event| {
            let yes = e.target_unchecked_into::<HtmlInputElement>().checked();
            accepted.set(outside.filter(|_| yes));
        })
    };
    let typed = Typed {
        first: first.clone(),
        start: start.clone(),
        accepted: accepted.clone(),
        failed: failed.clone(),
    };
    let exports = use_agenda_exports(props, &typed, &accept_box);

    let (notes, outside) = calendar_notes(&table, failed.as_deref(), lang);

    html! {
        <div class="calendar-export no-print" role="group" aria-label={lang.t(i18n::calendar_export::EXPORT_THE_AGENDA)}>
            <label class="inline-field">{ lang.t(i18n::calendar_export::FIRST_DAY) }
                <input id="calendar-first" type="date" data-testid="calendar-first" value={(*first).clone()} onchange={on_first} /></label>
            <label class="inline-field">{ lang.t(i18n::calendar_export::STARTS_AT) }
                <input id="calendar-start" type="time" data-testid="calendar-start" value={(*start).clone()} onchange={on_start} /></label>
            <button type="button" data-testid="export-ics" onclick={exports.ics}>{ lang.t(i18n::calendar_export::EXPORT_TO_CALENDAR_ICS) }</button>
            <button type="button" data-testid="export-xlsx" onclick={exports.xlsx} disabled={exports.xlsx_busy}>
                { if exports.xlsx_busy { lang.t(i18n::common::MAKING_THE_SPREADSHEET) } else { lang.t(i18n::calendar_export::EXPORT_AGENDA_AND_COST_EXCEL) } }
            </button>
            { for notes.into_iter().map(|(class, id, alert, text)| html! {
                <p {class} data-testid={id} role={alert.then_some("alert")}>{ text }</p>
            }) }
            if let Some(hours) = outside {
                <div class="calendar-confirm" role="group" data-testid="outside-hours">
                    <p>{ hours.question(lang) }</p>
                    <label class="check">
                        <input type="checkbox" data-testid="accept-hours" ref={accept_box}
                            checked={*accepted == Some(hours)} onchange={on_accept} />
                        { lang.t(i18n::calendar_export::USE_THIS_TIME_ANYWAY) }
                    </label>
                </div>
            }
        </div>
    }
}

/// What is typed in the export's fields, and why the last export made no file.
#[derive(Clone)]
struct Typed {
    first: UseStateHandle<String>,
    start: UseStateHandle<String>,
    /// The hours outside the working day the user has said yes to.
    accepted: UseStateHandle<Option<OutsideHours>>,
    failed: UseStateHandle<Option<String>>,
}

/// The agenda's two exports and whether the Excel writer is at work.
struct AgendaExports {
    ics: Callback<MouseEvent>,
    xlsx: Callback<MouseEvent>,
    xlsx_busy: bool,
}

/// The agenda as a calendar file and as a workbook, from the dates and times typed.
#[hook]
fn use_agenda_exports(
    props: &CalendarExportProps,
    typed: &Typed,
    accept_box: &NodeRef,
) -> AgendaExports {
    let lang = props.lang;
    // An export refused for its hours sends the user to the question (the keyboard lands on
    // its checkbox); the other reasons are already shown beside the fields.
    let refused = {
        let accept_box = accept_box.clone();
        move |e: TimetableError| {
            if let (TimetableError::OutsideWorkingHours(_), Some(input)) =
                (e, accept_box.cast::<HtmlInputElement>())
            {
                let _ = input.focus();
            }
        }
    };
    // What both exports do first: a plan held for an error says so; otherwise the dates and
    // times as typed, or nothing (what is wrong with them is already shown beside the fields).
    let ready = {
        let (first, start, accepted, failed) = (
            typed.first.clone(),
            typed.start.clone(),
            typed.accepted.clone(),
            typed.failed.clone(),
        );
        let (agenda, held) = (props.agenda.clone(), props.held.clone());
        move || {
            if let Some(why) = &held {
                failed.set(Some(why.clone()));
                return None;
            }
            timing(&first, &start, *accepted, &agenda, lang).ok()
        }
    };
    let on_export = {
        let (ready, refused, failed) = (ready.clone(), refused.clone(), typed.failed.clone());
        let (agenda, title, location) = (
            props.agenda.clone(),
            props.title.clone(),
            props.location.clone(),
        );
        Callback::from(move |_| {
            let Some(timing) = ready() else {
                return;
            };
            let catalog = crate::catalog::catalog();
            // RFC 5545 asks when the file was made: the browser's clock, in whole seconds.
            let now = (js_sys::Date::now() / 1000.0) as i64;
            let made_at = time::OffsetDateTime::from_unix_timestamp(now)
                .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
            let options = CalendarOptions {
                title: &title,
                location: &location,
                lang,
                timing,
                holidays: &catalog.holidays,
                made_at,
            };
            match agenda_ics(&agenda, &catalog.modules.agenda, &options) {
                Ok(text) => {
                    let name = format!("{}.ics", lang.t(i18n::calendar_export::COURSE_AGENDA));
                    match download(&name, MIME, &text) {
                        Ok(()) => failed.set(None),
                        Err(_) => failed.set(Some(problem(
                            lang,
                            i18n::calendar_export::THE_BROWSER_DID_NOT_SAVE_THE,
                        ))),
                    }
                }
                Err(e) => refused(e),
            }
        })
    };
    let (xlsx_busy, start_xlsx) = documents::use_export(&typed.failed, lang, false);
    let on_xlsx = {
        let (agenda, title, cost, priced_as) = (
            props.agenda.clone(),
            props.title.clone(),
            props.cost.clone(),
            props.priced_as.clone(),
        );
        Callback::from(move |_| {
            let Some(timing) = ready() else {
                return;
            };
            let catalog = crate::catalog::catalog();
            let book = AgendaBook {
                title: &title,
                lang,
                cost: cost.as_ref(),
                priced_as: &priced_as,
                timing,
                holidays: &catalog.holidays,
            };
            match agenda_book(&agenda, &catalog.modules.agenda, &book) {
                Ok(workbook) => start_xlsx.emit((
                    workbook,
                    format!("{}.xlsx", lang.t(i18n::calendar_export::COURSE_AGENDA)),
                )),
                Err(e) => refused(e),
            }
        })
    };
    AgendaExports {
        ics: on_export,
        xlsx: on_xlsx,
        xlsx_busy,
    }
}

/// One line the export says under its fields: its class, its test id, whether it is an alert,
/// and its text.
type Note = (&'static str, &'static str, bool, String);

/// What the export says under its fields, each a line, and the hours outside the working day to
/// ask about. One list keeps the markup (and the code yew makes of it) in one place.
fn calendar_notes(
    table: &Result<Timetable<'_>, String>,
    failed: Option<&str>,
    lang: Lang,
) -> (Vec<Note>, Option<OutsideHours>) {
    let catalog = catalog();
    let mut notes = Vec::new();
    let mut outside = None;
    match table {
        Err(message) => notes.push(("field-error", "error", true, message.clone())),
        Ok(table) => {
            let dates = table
                .dates()
                .into_iter()
                .map(|d| {
                    let make_up = table
                        .make_up_days
                        .iter()
                        .find(|(m, _)| *m == d)
                        .map(|(_, h)| *h);
                    date_label(d, make_up, lang)
                })
                .collect::<Vec<_>>()
                .join(lang.t(i18n::common::LIST_SEPARATOR_SEMICOLON));
            if !dates.is_empty() {
                let label = lang.t(i18n::calendar_export::TEACHING_DAYS);
                notes.push((
                    "calendar-note",
                    "calendar-dates",
                    false,
                    label.to_string() + &dates,
                ));
            }
            if let Some(note) = holidays_note(&table.holidays, lang) {
                notes.push(("calendar-note", "calendar-holidays", false, note));
            }
            if let Some(note) = law_note(&table.law_holidays, &catalog.holidays.law, lang) {
                notes.push(("calendar-note", "calendar-law-holidays", false, note));
            }
            if let Some(note) = not_announced_message(&table.not_announced, &catalog.holidays, lang)
            {
                notes.push(("calendar-note unknown", "holidays-unknown", false, note));
            }
            outside = table.outside_hours;
        }
    }
    if let Some(message) = failed {
        notes.push(("field-error", "error", true, message.to_string()));
    }
    (notes, outside)
}
