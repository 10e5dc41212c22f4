//! The agenda's calendar file reads back, with icalendar's own parser, as one event per session
//! on the dates and at the times the agenda rules give. Expected dates and times are worked out
//! here from the rules (working days, weeks between phases, the day's start, a full morning and
//! lunch before the afternoon, Beijing time = UTC+8), not taken from the exporter; the working
//! days around the holidays these tests cross are the State Council notice's, quoted below, not
//! read from data/holidays.toml.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday,
};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};
use model::Lang;
use model::calendar::Day;
use model::calendar::TimeOfDay;
use model::catalog::AgendaRules;
use model::catalog::Modules;
use model::plan::{Agenda, OutsideHours, TimetableError, Timing};
use model::vocab::Half;
use training_planner::catalog::catalog;
use training_planner::export::ics::{CalendarOptions, agenda_ics};

fn modules() -> &'static Modules {
    &catalog().modules
}

/// The preset taught in three phases: several days per phase, mornings and afternoons.
fn three_phase_agenda() -> Agenda {
    let m = modules();
    let preset = m.preset("all-deep").expect("the all-deep preset");
    let agenda = Agenda::build(&preset.plan(), m);
    assert_eq!(agenda.phases.len(), 3);
    assert!(agenda.phases.iter().all(|p| p.days.len() >= 2));
    agenda
}

/// When the file is made, as the exporter takes it and as the parser reads it back.
const MADE_AT: i64 = 1_795_000_000;

fn made_at() -> DateTime<Utc> {
    DateTime::from_timestamp(MADE_AT, 0).unwrap()
}

fn options(first_day: &str, weeks: u32, lang: Lang) -> CalendarOptions<'static> {
    let rules = &modules().agenda;
    CalendarOptions {
        title: "贵阳分行 客诉处理培训",
        location: "贵阳",
        lang,
        timing: Timing {
            weeks_between_phases: weeks,
            ..Timing::starting(Day::parse(first_day).unwrap(), rules)
        },
        holidays: &catalog().holidays,
        made_at: time::OffsetDateTime::from_unix_timestamp(MADE_AT).unwrap(),
    }
}

fn read(text: &str) -> Calendar {
    text.parse().expect("the .ics parses")
}

fn start_and_end(event: &icalendar::Event) -> (DateTime<Utc>, DateTime<Utc>) {
    let utc = |d: Option<DatePerhapsTime>| match d {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => t,
        other => panic!("expected a UTC time, found {other:?}"),
    };
    (utc(event.get_start()), utc(event.get_end()))
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// 国办发明电〔2025〕7号 (the 2026 notice): "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日
/// （周日）上班。二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
/// 2月14日（周六）、2月28日（周六）上班。"
const DAYS_OFF: &[(i32, u32, u32)] = &[
    (2026, 1, 1),
    (2026, 1, 2),
    (2026, 1, 3),
    (2026, 2, 15),
    (2026, 2, 16),
    (2026, 2, 17),
    (2026, 2, 18),
    (2026, 2, 19),
    (2026, 2, 20),
    (2026, 2, 21),
    (2026, 2, 22),
    (2026, 2, 23),
];
const DAYS_WORKED: &[(i32, u32, u32)] = &[(2026, 1, 4), (2026, 2, 14), (2026, 2, 28)];

/// A working day around the winter of 2025–26 and after: Monday to Friday but a day off, or a
/// weekend day worked in exchange. (Later dates, 2027 among them, are not announced: weekdays.)
fn is_working(d: NaiveDate) -> bool {
    let ymd = (d.year(), d.month(), d.day());
    DAYS_WORKED.contains(&ymd) || (!is_weekend(d) && !DAYS_OFF.contains(&ymd))
}

fn this_or_next_working(mut d: NaiveDate) -> NaiveDate {
    while !is_working(d) {
        d += Duration::days(1);
    }
    d
}

fn next_working(d: NaiveDate) -> NaiveDate {
    this_or_next_working(d + Duration::days(1))
}

/// The teaching dates the rules give: the first working day on or after `first`, then
/// consecutive working days; each phase `weeks` weeks after the one before, or the first working
/// day after (a phase of at most `max_days_per_phase` days always ends before then).
fn expected_dates(agenda: &Agenda, first: NaiveDate, weeks: i64) -> Vec<NaiveDate> {
    let start = this_or_next_working(first);
    let mut dates = Vec::new();
    let mut phase_start = start;
    for (p, phase) in agenda.phases.iter().enumerate() {
        if p > 0 {
            phase_start = this_or_next_working(phase_start + Duration::weeks(weeks));
        }
        let mut date = phase_start;
        for d in 0..phase.days.len() {
            if d > 0 {
                date = next_working(date);
            }
            dates.push(date);
        }
    }
    dates
}

/// Start and end of a session in Beijing time, from the rules.
fn expected_times(
    rules: &AgendaRules,
    date: NaiveDate,
    half: Half,
    hours: f64,
    break_minutes: f64,
) -> (DateTime<Utc>, DateTime<Utc>) {
    let day_start =
        NaiveTime::from_hms_opt(rules.day_start.hour(), rules.day_start.minute(), 0).unwrap();
    let full_session = (rules.session_hours * 60.0 + rules.break_minutes).round() as i64;
    let offset = match half {
        Half::Morning => 0,
        Half::Afternoon => full_session + rules.lunch_minutes.round() as i64,
    };
    let start = NaiveDateTime::new(date, day_start) + Duration::minutes(offset);
    let end = start + Duration::minutes((hours * 60.0 + break_minutes).round() as i64);
    let beijing = |t: NaiveDateTime| (t - Duration::hours(8)).and_utc();
    (beijing(start), beijing(end))
}

#[test]
fn every_session_is_an_event_at_the_hours_the_rules_give() {
    every_session_on_the_rules_dates("2026-11-27");
}

#[test]
fn sessions_go_round_new_years_day_and_the_spring_festival_on_the_notices_working_days() {
    // Wednesday 31 December 2025, then Sunday 4 January (worked for New Year's Day).
    every_session_on_the_rules_dates("2025-12-31");
    // Friday 13 February 2026 and Saturday 14 (worked for the Spring Festival); two weeks on,
    // Friday 27 and Saturday 28 February (worked too).
    every_session_on_the_rules_dates("2026-02-13");
    // Chosen inside the break: the course starts on Tuesday 24 February.
    every_session_on_the_rules_dates("2026-02-16");

    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let text = agenda_ics(&agenda, rules, &options("2026-02-13", 2, Lang::Zh)).unwrap();
    assert_eq!(
        morning_dates(&text),
        [
            "2026-02-13",
            "2026-02-14",
            "2026-02-27",
            "2026-02-28",
            "2026-03-13",
            "2026-03-16"
        ]
    );
    let text = agenda_ics(&agenda, rules, &options("2026-02-16", 1, Lang::Zh)).unwrap();
    assert_eq!(morning_dates(&text)[..2], ["2026-02-24", "2026-02-25"]);
    let text = agenda_ics(&agenda, rules, &options("2025-12-31", 2, Lang::Zh)).unwrap();
    assert_eq!(morning_dates(&text)[..2], ["2025-12-31", "2026-01-04"]);
}

/// The three-phase course from `first`, two weeks between phases: every session is an event on
/// the date and at the hours the rules give.
fn every_session_on_the_rules_dates(first: &str) {
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let text = agenda_ics(&agenda, rules, &options(first, 2, Lang::Zh)).unwrap();
    let calendar = read(&text);
    let events: Vec<_> = calendar.events().collect();
    let sessions: Vec<_> = agenda.phases.iter().flat_map(|p| &p.days).collect();
    assert_eq!(events.len(), agenda.sessions().count());

    let first = NaiveDate::parse_from_str(first, "%Y-%m-%d").unwrap();
    let dates = expected_dates(&agenda, first, 2);
    let mut events = events.into_iter();
    for (day, date) in sessions.iter().zip(&dates) {
        for session in &day.sessions {
            let event = events.next().unwrap();
            let expected = expected_times(
                rules,
                *date,
                session.half,
                session.hours(),
                session.break_minutes,
            );
            assert_eq!(start_and_end(event), expected, "{:?}", event.get_summary());
            let summary = event.get_summary().unwrap();
            assert!(summary.starts_with("贵阳分行 客诉处理培训｜"), "{summary}");
            assert!(summary.contains(session.half.label(Lang::Zh)), "{summary}");
            let description = event.get_description().unwrap();
            for block in &session.blocks {
                assert!(summary.contains(&block.title.zh), "{summary}");
                assert!(description.contains(&block.title.zh), "{description}");
                assert!(description.contains(&block.title.en), "{description}");
            }
            assert_eq!(event.get_timestamp(), Some(made_at()));
            assert_eq!(event.property_value("LOCATION"), Some("贵阳"));
        }
    }
    assert!(events.next().is_none());
}

#[test]
fn the_morning_is_nine_to_a_quarter_past_twelve_in_beijing() {
    // With the data as it stands: 09:00 start, 3 h + 15 min, 90 min lunch. 09:00 Beijing is
    // 01:00 UTC; the afternoon is 13:45–17:00 Beijing, 05:45–09:00 UTC.
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let calendar = read(&agenda_ics(&agenda, rules, &options("2026-11-30", 2, Lang::Zh)).unwrap());
    let first_two: Vec<_> = calendar.events().take(2).map(start_and_end).collect();
    let at = |h, m| {
        NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
            .and_utc()
    };
    assert_eq!(
        first_two,
        vec![(at(1, 0), at(4, 15)), (at(5, 45), at(9, 0))]
    );
    assert!(calendar.to_string().contains("DTSTART:20261130T010000Z"));
}

/// The dates of the mornings, in order.
fn morning_dates(text: &str) -> Vec<String> {
    read(text)
        .events()
        .map(|e| start_and_end(e).0 + Duration::hours(8))
        .filter(|t| t.hour() < 12)
        .map(|t| t.date_naive().to_string())
        .collect()
}

#[test]
fn a_friday_start_goes_on_on_monday_and_phases_are_spaced_as_asked() {
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let lengths: Vec<usize> = agenda.phases.iter().map(|p| p.days.len()).collect();
    assert_eq!(lengths, [2, 2, 2]);
    let two = agenda_ics(&agenda, rules, &options("2026-11-27", 2, Lang::Zh)).unwrap();
    // Friday 27 November, then Monday; each next phase two weeks on, again a Friday and Monday.
    assert_eq!(
        morning_dates(&two),
        [
            "2026-11-27",
            "2026-11-30",
            "2026-12-11",
            "2026-12-14",
            "2026-12-25",
            "2026-12-28"
        ]
    );
    let three = agenda_ics(&agenda, rules, &options("2026-11-27", 3, Lang::Zh)).unwrap();
    assert_eq!(morning_dates(&three)[2..4], ["2026-12-18", "2026-12-21"]);
    // A Sunday start begins on Monday.
    let sunday = agenda_ics(&agenda, rules, &options("2026-11-29", 2, Lang::Zh)).unwrap();
    assert_eq!(morning_dates(&sunday)[0], "2026-11-30");
}

#[test]
fn ids_are_the_same_for_the_same_course_and_differ_between_sessions() {
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let ids = |text: &str| -> Vec<String> {
        read(text)
            .events()
            .map(|e| e.get_uid().unwrap().to_string())
            .collect()
    };
    let once = ids(&agenda_ics(&agenda, rules, &options("2026-11-27", 2, Lang::Zh)).unwrap());
    let later = CalendarOptions {
        made_at: time::OffsetDateTime::from_unix_timestamp(MADE_AT + 3 * 86_400).unwrap(),
        lang: Lang::En,
        ..options("2026-11-27", 2, Lang::Zh)
    };
    assert_eq!(ids(&agenda_ics(&agenda, rules, &later).unwrap()), once);
    let mut unique = once.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), once.len());
    let moved = ids(&agenda_ics(&agenda, rules, &options("2026-12-07", 2, Lang::Zh)).unwrap());
    assert!(moved.iter().all(|id| !once.contains(id)));
}

#[test]
fn the_file_is_rfc_5545_text_that_names_itself() {
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let text = agenda_ics(&agenda, rules, &options("2026-11-27", 2, Lang::Zh)).unwrap();
    // §3.1: lines end in CRLF and are folded at 75 octets (a Chinese character is 3 octets and
    // must not be cut).
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n'));
    }
    let calendar = read(&text);
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert_eq!(calendar.property_value("METHOD"), Some("PUBLISH"));
    assert_eq!(calendar.get_name(), Some("贵阳分行 客诉处理培训"));
}

#[test]
fn english_titles_come_first_in_english() {
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let text = agenda_ics(&agenda, rules, &options("2026-11-27", 2, Lang::En)).unwrap();
    let calendar = read(&text);
    let event = calendar.events().next().unwrap();
    let block = &agenda.phases[0].days[0].sessions[0].blocks[0];
    let summary = event.get_summary().unwrap();
    assert!(
        summary.contains(&format!("Morning: {}", block.title.en)),
        "{summary}"
    );
    let description = event.get_description().unwrap();
    assert!(
        description.starts_with("Phase 1 · Day 1 · Morning"),
        "{description}"
    );
    assert!(
        description.contains(&format!("{}（{}）", block.title.en, block.title.zh)),
        "{description}"
    );
}

#[test]
fn a_start_that_runs_past_midnight_is_refused() {
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let late = TimeOfDay::from_hm(21, 0).unwrap();
    let mut o = options("2026-11-27", 2, Lang::Zh);
    o.timing.day_start = late;
    assert_eq!(
        agenda_ics(&agenda, rules, &o),
        Err(TimetableError::PastMidnight { start: late })
    );
}

#[test]
fn a_start_outside_the_working_day_is_written_only_once_confirmed() {
    // The hostile tester's 00:00: sessions 00:00–03:15 and 04:45–08:00, before the working day
    // (data/modules.toml: 07:00–21:00).
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let mut o = options("2026-11-30", 2, Lang::Zh);
    o.timing.day_start = TimeOfDay::from_hm(0, 0).unwrap();
    let full_day = rules.afternoon_offset_minutes() + rules.session_minutes();
    assert_eq!(
        agenda_ics(&agenda, rules, &o),
        Err(TimetableError::OutsideWorkingHours(OutsideHours {
            start: o.timing.day_start,
            end: TimeOfDay::from_hm(full_day / 60, full_day % 60).unwrap(),
            earliest: rules.earliest_start,
            latest: rules.latest_end,
        }))
    );
    o.timing.hours_accepted = true;
    let text = agenda_ics(&agenda, rules, &o).unwrap();
    // 00:00 in Beijing is 16:00 UTC the day before.
    assert!(text.contains("DTSTART:20261129T160000Z"), "{text}");
    // The data's own start needs no yes.
    let o = options("2026-11-30", 2, Lang::Zh);
    assert!(!o.timing.hours_accepted);
    assert!(agenda_ics(&agenda, rules, &o).is_ok());
}

#[test]
fn commas_semicolons_backslashes_and_line_breaks_read_back_as_typed() {
    let rules = &modules().agenda;
    let agenda = three_phase_agenda();
    let title = "贵阳分行, 客诉; 培训 \\ 第一批\n（二〇二六）";
    let location = "贵阳市, 观山湖区; 会议室 A\\B";
    let o = CalendarOptions {
        title,
        location,
        ..options("2026-11-27", 2, Lang::Zh)
    };
    let text = agenda_ics(&agenda, rules, &o).unwrap();
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let calendar = read(&text);
    assert_eq!(calendar.get_name(), Some(title));
    let event = calendar.events().next().unwrap();
    assert!(event.get_summary().unwrap().starts_with(title));
    assert_eq!(event.property_value("LOCATION"), Some(location));
}
