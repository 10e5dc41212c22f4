//! What the calendar export says under its fields: the teaching dates (make-up working days
//! marked), the holidays they go round and what sets them, years not announced yet, and what
//! is wrong.

use yew::prelude::*;

use model::Lang;
use model::calendar::Day;
use model::catalog::{Holiday, Holidays, Law, Notice};
use model::plan::{Timetable, not_announced_message};

/// A line under the fields: its class, test id, whether it is an alert, and its text. One list
/// keeps the markup (and the code yew makes of it) in one place.
pub struct Note {
    class: &'static str,
    test_id: &'static str,
    alert: bool,
    text: String,
}

impl Note {
    /// What is wrong, as an alert.
    pub fn error(text: String) -> Note {
        Note {
            class: "field-error",
            test_id: "error",
            alert: true,
            text,
        }
    }

    /// A line that informs (not an alert).
    fn info(class: &'static str, test_id: &'static str, text: String) -> Note {
        Note {
            class,
            test_id,
            alert: false,
            text,
        }
    }

    pub fn view(self) -> Html {
        let Note {
            class,
            test_id,
            alert,
            text,
        } = self;
        html! {
            <p {class} data-testid={test_id} role={alert.then_some("alert")}>{ text }</p>
        }
    }
}

/// What the timetable shows: its dates, the holidays they go round, the years not announced.
pub fn timetable_notes(table: &Timetable, holidays: &Holidays, lang: Lang) -> Vec<Note> {
    let mut notes = Vec::new();
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
        .join(lang.pick("、", "; "));
    if !dates.is_empty() {
        let label = lang.pick("上课日期：", "Teaching days: ");
        notes.push(Note::info(
            "calendar-note",
            "calendar-dates",
            label.to_string() + &dates,
        ));
    }
    if let Some(note) = holidays_note(&table.holidays, lang) {
        notes.push(Note::info("calendar-note", "calendar-holidays", note));
    }
    if let Some(note) = law_note(&table.law_holidays, &holidays.law, lang) {
        notes.push(Note::info("calendar-note", "calendar-law-holidays", note));
    }
    if let Some(note) = not_announced_message(&table.not_announced, holidays, lang) {
        notes.push(Note::info(
            "calendar-note unknown",
            "holidays-unknown",
            note,
        ));
    }
    notes
}

/// A teaching date as the list beside the fields shows it, a make-up working day marked:
/// `2026年2月14日（周六，春节调休上班日）`, `Sat 14 February 2026 (a working day in exchange for
/// the Spring Festival holiday)`.
fn date_label(date: Day, make_up: Option<&Holiday>, lang: Lang) -> String {
    let (formal, weekday) = (date.formal(lang), date.weekday_label(lang));
    match (make_up, lang) {
        (None, Lang::Zh) => format!("{formal}（{weekday}）"),
        (None, Lang::En) => format!("{weekday} {formal}"),
        (Some(h), Lang::Zh) => format!("{formal}（{weekday}，{}调休上班日）", h.name.zh),
        (Some(h), Lang::En) => format!(
            "{weekday} {formal} (a working day in exchange for the {} holiday)",
            h.name.en
        ),
    }
}

/// The holidays the dates go round, with what sets them:
/// `已避开法定放假日：春节 2026年2月15日至2026年2月23日（依据国办发明电〔2025〕7号）。`
fn holidays_note(holidays: &[(&Holiday, &Notice)], lang: Lang) -> Option<String> {
    let mut numbers: Vec<&str> = holidays.iter().map(|(_, n)| n.number.as_str()).collect();
    numbers.dedup();
    let basis = match lang {
        Lang::Zh => numbers.join("、"),
        Lang::En => format!("State Council notice {}", numbers.join(", ")),
    };
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
                (false, Lang::Zh) => {
                    format!("{name} {}至{}", first.formal(lang), last.formal(lang))
                }
                (false, Lang::En) => {
                    format!("{name} {} to {}", first.formal(lang), last.formal(lang))
                }
            })
        })
        .collect::<Vec<_>>();
    if spans.is_empty() {
        return None;
    }
    let spans = spans.join(lang.pick("；", "; "));
    Some(match lang {
        Lang::Zh => format!("已避开法定放假日：{spans}（依据{basis}）。"),
        Lang::En => format!("Skips the statutory days off: {spans} ({basis})."),
    })
}

/// The law's festival days the dates go round, in a year whose notice is not out yet.
fn law_note(holidays: &[&Holiday], law: &Law, lang: Lang) -> Option<String> {
    let basis = match lang {
        Lang::Zh => format!("《{}》，{}", law.title, law.number),
        Lang::En => format!(
            "the law on festivals and days off, State Council order {}",
            law.number.trim_start_matches("国务院令")
        ),
    };
    spans_note(holidays, &basis, lang)
}
