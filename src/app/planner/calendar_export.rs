//! The agenda into a calendar or a workbook: the user picks the first teaching day and the
//! daily start time, and gets an iCalendar (.ics) file with one event per session
//! (`share::ics_export`), which Outlook and phone calendars import, or an Excel workbook of the
//! agenda on those dates and the plan's cost (`share::agenda_sheet`, written by the documents
//! worker, `app::xlsx`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::download;
use crate::app::shell::today;
use crate::app::xlsx;
use crate::catalog::catalog;
use crate::share::agenda_sheet::{AgendaBook, agenda_book};
use crate::share::ics_export::{CalendarOptions, MIME, agenda_ics};
use model::Lang;
use model::cost::Estimate;
use model::plan::{Agenda, TimeOfDay, Timing};
use model::quote::Day;

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
}

/// Why no file was made, in the user's language.
fn problem(lang: Lang, zh: &str, en: &str) -> String {
    lang.pick(zh, en).to_string()
}

/// The first day and start time as typed, or what is wrong with them.
fn timing(first: &str, start: &str, lang: Lang) -> Result<Timing, String> {
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
    Ok(Timing {
        day_start,
        ..Timing::starting(first_day, &catalog().modules.agenda)
    })
}

#[component]
pub fn CalendarExport(props: &CalendarExportProps) -> Html {
    let lang = props.lang;
    let rules = &catalog().modules.agenda;
    // The first weekday from today, and the data's start time (data/modules.toml [agenda]).
    let first = use_state(|| {
        today()
            .this_or_next_weekday()
            .unwrap_or_else(today)
            .to_string()
    });
    let start = use_state(|| rules.day_start.to_string());
    let error = use_state(|| None::<String>);

    let on_first = {
        let first = first.clone();
        Callback::from(move |e: Event| {
            first.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_start = {
        let start = start.clone();
        Callback::from(move |e: Event| {
            start.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_export = {
        let (first, start, error) = (first.clone(), start.clone(), error.clone());
        let (agenda, title, location) = (
            props.agenda.clone(),
            props.title.clone(),
            props.location.clone(),
        );
        Callback::from(move |_| {
            let timing = match timing(&first, &start, lang) {
                Ok(timing) => timing,
                Err(message) => return error.set(Some(message)),
            };
            let rules = &catalog().modules.agenda;
            // RFC 5545 asks when the file was made: the browser's clock, in whole seconds.
            let now = (js_sys::Date::now() / 1000.0) as i64;
            let made_at = time::OffsetDateTime::from_unix_timestamp(now)
                .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
            let options = CalendarOptions {
                title: &title,
                location: &location,
                lang,
                timing,
                holidays: &catalog().holidays,
                made_at,
            };
            match agenda_ics(&agenda, rules, &options) {
                Ok(text) => {
                    let name = format!("{}.ics", lang.pick("课程日程", "course-agenda"));
                    match download(&name, MIME, &text) {
                        Ok(()) => error.set(None),
                        Err(_) => error.set(Some(problem(
                            lang,
                            "浏览器没有保存这个文件，请重试。",
                            "The browser did not save the file; try again.",
                        ))),
                    }
                }
                Err(e) => error.set(Some(e.message(lang))),
            }
        })
    };
    let (xlsx_busy, start_xlsx) = xlsx::use_export(&error, lang, false);
    let on_xlsx = {
        let (first, start, error) = (first.clone(), start.clone(), error.clone());
        let (agenda, title, cost, priced_as) = (
            props.agenda.clone(),
            props.title.clone(),
            props.cost.clone(),
            props.priced_as.clone(),
        );
        Callback::from(move |_| {
            let book = AgendaBook {
                title: &title,
                lang,
                cost: cost.as_ref(),
                priced_as: &priced_as,
                timing: match timing(&first, &start, lang) {
                    Ok(timing) => timing,
                    Err(message) => return error.set(Some(message)),
                },
                holidays: &catalog().holidays,
            };
            match agenda_book(&agenda, &catalog().modules.agenda, &book) {
                Ok(workbook) => start_xlsx.emit((
                    workbook,
                    format!("{}.xlsx", lang.pick("课程日程", "course-agenda")),
                )),
                Err(e) => error.set(Some(e.message(lang))),
            }
        })
    };

    html! {
        <div class="calendar-export no-print" role="group" aria-label={lang.pick("导出日程", "Export the agenda")}>
            <label class="inline-field">{ lang.pick("第一天", "First day") }
                <input id="calendar-first" type="date" data-testid="calendar-first" value={(*first).clone()} onchange={on_first} /></label>
            <label class="inline-field">{ lang.pick("每天开始", "Starts at") }
                <input id="calendar-start" type="time" data-testid="calendar-start" value={(*start).clone()} onchange={on_start} /></label>
            <button type="button" data-testid="export-ics" onclick={on_export}>{ lang.pick("导出日历（.ics）", "Export to calendar (.ics)") }</button>
            <button type="button" data-testid="export-xlsx" onclick={on_xlsx} disabled={xlsx_busy}>
                { if xlsx_busy { lang.pick("正在生成 Excel…", "Making the spreadsheet…") } else { lang.pick("导出日程与费用（Excel）", "Export agenda and cost (Excel)") } }
            </button>
            if let Some(message) = &*error {
                <p class="field-error" role="alert" data-testid="error">{ message.clone() }</p>
            }
        </div>
    }
}
