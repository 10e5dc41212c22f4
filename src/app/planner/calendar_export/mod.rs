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

mod controls;
mod notes;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::clock::today;
use crate::app::components::download;
use crate::app::documents;
use crate::catalog::catalog;
use crate::export::agenda_sheet::{AgendaBook, agenda_book};
use crate::export::ics::{CalendarOptions, MIME, agenda_ics};
use controls::{ExportButtons, OutsideHoursQuestion, StartTimeFields};
use model::Lang;
use model::calendar::Day;
use model::calendar::TimeOfDay;
use model::cost::Estimate;
use model::plan::{Agenda, OutsideHours, TimetableError, Timing, timetable};
use notes::{Note, timetable_notes};
use sheet::Workbook;

#[derive(Properties, PartialEq, Clone)]
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
fn problem(lang: Lang, zh: &str, en: &str) -> String {
    lang.pick(zh, en).to_string()
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
            "请选择第一天的日期。",
            "Choose the first day's date.",
        ));
    };
    let Some(day_start) = TimeOfDay::parse(start) else {
        return Err(problem(
            lang,
            "请输入开始时间，如 09:00。",
            "Enter a start time such as 09:00.",
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

/// The agenda on these dates as an iCalendar file, one event per session.
fn calendar_file(props: &CalendarExportProps, timing: Timing) -> Result<String, TimetableError> {
    let catalog = catalog();
    // RFC 5545 asks when the file was made: the browser's clock, in whole seconds.
    let now = (js_sys::Date::now() / 1000.0) as i64;
    let made_at =
        time::OffsetDateTime::from_unix_timestamp(now).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let options = CalendarOptions {
        title: &props.title,
        location: &props.location,
        lang: props.lang,
        timing,
        holidays: &catalog.holidays,
        made_at,
    };
    agenda_ics(&props.agenda, &catalog.modules.agenda, &options)
}

/// Hands the calendar file to the browser to save; why it did not, if it did not.
fn save_calendar(text: &str, lang: Lang) -> Result<(), String> {
    let name = format!("{}.ics", lang.pick("课程日程", "course-agenda"));
    download(&name, MIME, text).map_err(|_| {
        problem(
            lang,
            "浏览器没有保存这个文件，请重试。",
            "The browser did not save the file; try again.",
        )
    })
}

/// The workbook of the agenda on these dates and the plan's cost, with its file name.
fn agenda_workbook(
    props: &CalendarExportProps,
    timing: Timing,
) -> Result<(Workbook, String), TimetableError> {
    let (catalog, lang) = (catalog(), props.lang);
    let book = AgendaBook {
        title: &props.title,
        lang,
        cost: props.cost.as_ref(),
        priced_as: &props.priced_as,
        timing,
        holidays: &catalog.holidays,
    };
    let workbook = agenda_book(&props.agenda, &catalog.modules.agenda, &book)?;
    Ok((
        workbook,
        format!("{}.xlsx", lang.pick("课程日程", "course-agenda")),
    ))
}

#[component]
pub fn CalendarExport(props: &CalendarExportProps) -> Html {
    let lang = props.lang;
    let catalog = catalog();
    let (rules, holidays) = (&catalog.modules.agenda, &catalog.holidays);
    // The first working day from today, and the data's start time (data/modules.toml [agenda]).
    let first = use_state(|| {
        holidays
            .this_or_next_working_day(today())
            .unwrap_or_else(today)
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

    let timing = timing(&first, &start, *accepted, &props.agenda, lang);
    let table = timing
        .clone()
        .and_then(|t| timetable(&props.agenda, rules, holidays, &t).map_err(|e| e.message(lang)));
    let outside = table.as_ref().ok().and_then(|t| t.outside_hours);

    let on_first = {
        let (first, failed) = (first.clone(), failed.clone());
        Callback::from(move |value: String| {
            first.set(value);
            failed.set(None);
        })
    };
    let on_start = {
        let (start, accepted, failed) = (start.clone(), accepted.clone(), failed.clone());
        Callback::from(move |value: String| {
            start.set(value);
            accepted.set(None);
            failed.set(None);
        })
    };
    let on_accept = {
        let accepted = accepted.clone();
        Callback::from(move |yes: bool| accepted.set(outside.filter(|_| yes)))
    };
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
    // The fields as they read now, for the exports: when they are wrong the exports do nothing
    // (what is wrong is already shown beside them).
    let ready = timing.clone().ok();
    let on_ics = {
        let (props, failed, refused) = (props.clone(), failed.clone(), refused.clone());
        Callback::from(move |_| {
            if let Some(why) = &props.held {
                return failed.set(Some(why.clone()));
            }
            let Some(timing) = ready else { return };
            match calendar_file(&props, timing) {
                Ok(text) => failed.set(save_calendar(&text, lang).err()),
                Err(e) => refused(e),
            }
        })
    };
    let (xlsx_busy, start_xlsx) = documents::use_export(&failed, lang, false);
    let on_xlsx = {
        let (props, failed) = (props.clone(), failed.clone());
        Callback::from(move |_| {
            if let Some(why) = &props.held {
                return failed.set(Some(why.clone()));
            }
            let Some(timing) = ready else { return };
            match agenda_workbook(&props, timing) {
                Ok(made) => start_xlsx.emit(made),
                Err(e) => refused(e),
            }
        })
    };

    let mut notes = match &table {
        Err(message) => vec![Note::error(message.clone())],
        Ok(table) => timetable_notes(table, holidays, lang),
    };
    if let Some(message) = &*failed {
        notes.push(Note::error(message.clone()));
    }

    html! {
        <div class="calendar-export no-print" role="group" aria-label={lang.pick("导出日程", "Export the agenda")}>
            <StartTimeFields first={(*first).clone()} start={(*start).clone()} {lang} {on_first} {on_start} />
            <ExportButtons {xlsx_busy} {lang} {on_ics} {on_xlsx} />
            { for notes.into_iter().map(Note::view) }
            if let Some(hours) = outside {
                <OutsideHoursQuestion {hours} accepted={*accepted == Some(hours)} checkbox={accept_box} {lang} on_answer={on_accept} />
            }
        </div>
    }
}
