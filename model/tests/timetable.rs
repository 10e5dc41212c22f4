//! The agenda on the calendar: teaching days on consecutive weekdays, phases spaced by weeks,
//! sessions at the hours `data/modules.toml` gives. Expected dates are read off the calendar
//! (2026-11-27 is a Friday); expected times are worked out here from the data's rules.
#![cfg(not(target_arch = "wasm32"))]

use model::data::{Bilingual, DataFile};
use model::plan::{
    Agenda, AgendaRules, Block, Day as AgendaDay, Half, Modules, Phase, Plan, PlanItem, Session,
    TimeOfDay, TimetableError, Timing, timetable,
};
use model::quote::Day;
use model::vocab::{Audience, Depth};

const TEXT: &str = include_str!("../../data/modules.toml");

fn modules() -> Modules {
    match Modules::parse(TEXT) {
        Ok(m) => m,
        Err(e) => panic!("data/modules.toml does not load: {e}"),
    }
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// A hand-made agenda: `days[p]` full teaching days in phase `p`, each a morning and an
/// afternoon of one full session of module 1.
fn agenda(days: &[usize], rules: &AgendaRules) -> Agenda {
    let session = |half| Session {
        half,
        blocks: vec![Block {
            module: 1,
            title: Bilingual {
                zh: "投诉的基本概念".into(),
                en: "What a complaint is".into(),
            },
            depth: Depth::Standard,
            hours: rules.session_hours,
            continued: false,
            continues: false,
        }],
        break_minutes: rules.break_minutes,
    };
    Agenda {
        phases: days
            .iter()
            .map(|&n| Phase {
                days: (0..n)
                    .map(|_| AgendaDay {
                        sessions: vec![session(Half::Morning), session(Half::Afternoon)],
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Minutes after midnight, to compare times worked out here with the timetable's.
fn minutes(t: TimeOfDay) -> u32 {
    t.hour() * 60 + t.minute()
}

fn dates_of(agenda: &Agenda, rules: &AgendaRules, timing: &Timing) -> Vec<Vec<String>> {
    let slots = timetable(agenda, rules, timing).unwrap();
    let mut phases: Vec<Vec<String>> = vec![Vec::new(); agenda.phases.len()];
    for s in slots.iter().filter(|s| s.session.half == Half::Morning) {
        phases[s.phase].push(s.date.to_string());
    }
    phases
}

#[test]
fn the_data_gives_a_start_time_lunch_and_spacing_with_sources() {
    let r = modules().agenda;
    assert!(r.day_start_source.as_str().starts_with("assumption:"));
    assert!(r.lunch_minutes_source.as_str().starts_with("assumption:"));
    assert!(
        r.weeks_between_phases_source
            .as_str()
            .starts_with("assumption:")
    );
    assert!(r.weeks_between_phases >= 1);
}

#[test]
fn a_day_that_cannot_end_before_midnight_or_phases_without_weeks_between_fail_the_check() {
    let late = TEXT.replacen("day_start = \"09:00\"", "day_start = \"21:00\"", 1);
    let e = Modules::parse(&late).unwrap_err();
    assert_eq!(e.field, "agenda.day_start", "{e}");
    let bad = TEXT.replacen("day_start = \"09:00\"", "day_start = \"9 am\"", 1);
    assert!(Modules::parse(&bad).is_err());
    let together = TEXT.replacen("weeks_between_phases = 2", "weeks_between_phases = 0", 1);
    let e = Modules::parse(&together).unwrap_err();
    assert_eq!(e.field, "agenda.weeks_between_phases", "{e}");
}

#[test]
fn teaching_days_of_a_phase_are_consecutive_weekdays_from_monday() {
    let r = modules().agenda;
    let timing = Timing::starting(day("2026-11-30"), &r);
    assert_eq!(
        dates_of(&agenda(&[3], &r), &r, &timing),
        vec![vec!["2026-11-30", "2026-12-01", "2026-12-02"]]
    );
}

#[test]
fn a_friday_start_goes_on_on_monday_and_a_saturday_start_begins_on_monday() {
    let r = modules().agenda;
    let friday = Timing::starting(day("2026-11-27"), &r);
    assert_eq!(
        dates_of(&agenda(&[3], &r), &r, &friday),
        vec![vec!["2026-11-27", "2026-11-30", "2026-12-01"]]
    );
    let saturday = Timing::starting(day("2026-11-28"), &r);
    assert_eq!(
        dates_of(&agenda(&[2], &r), &r, &saturday),
        vec![vec!["2026-11-30", "2026-12-01"]]
    );
}

#[test]
fn phases_start_the_chosen_number_of_weeks_apart() {
    let r = modules().agenda;
    let two_weeks = Timing {
        weeks_between_phases: 2,
        ..Timing::starting(day("2026-11-27"), &r)
    };
    assert_eq!(
        dates_of(&agenda(&[3, 2, 2], &r), &r, &two_weeks),
        vec![
            vec!["2026-11-27", "2026-11-30", "2026-12-01"],
            vec!["2026-12-11", "2026-12-14"],
            vec!["2026-12-25", "2026-12-28"],
        ]
    );
    let one_week = Timing {
        weeks_between_phases: 1,
        ..Timing::starting(day("2026-11-30"), &r)
    };
    assert_eq!(
        dates_of(&agenda(&[2, 2], &r), &r, &one_week),
        vec![
            vec!["2026-11-30", "2026-12-01"],
            vec!["2026-12-07", "2026-12-08"]
        ]
    );
}

#[test]
fn a_phase_never_starts_before_the_one_before_has_ended() {
    // Six teaching days from Monday end on the next Monday, which is also one week on: the
    // next phase takes the day after.
    let r = modules().agenda;
    let timing = Timing {
        weeks_between_phases: 1,
        ..Timing::starting(day("2026-11-30"), &r)
    };
    let dates = dates_of(&agenda(&[6, 1], &r), &r, &timing);
    assert_eq!(dates[0].last().unwrap(), "2026-12-07");
    assert_eq!(dates[1], vec!["2026-12-08"]);
}

#[test]
fn sessions_run_from_the_day_start_and_the_afternoon_follows_a_full_morning_and_lunch() {
    let r = modules().agenda;
    let timing = Timing::starting(day("2026-11-30"), &r);
    let agenda = agenda(&[1], &r);
    let slots = timetable(&agenda, &r, &timing).unwrap();
    let session = (r.session_hours * 60.0 + r.break_minutes).round() as u32;
    let start = minutes(r.day_start);
    let afternoon = start + session + r.lunch_minutes.round() as u32;
    let times: Vec<(u32, u32)> = slots
        .iter()
        .map(|s| (minutes(s.start), minutes(s.end)))
        .collect();
    assert_eq!(
        times,
        vec![(start, start + session), (afternoon, afternoon + session)]
    );
    // With the data as it stands (09:00, 3 h + 15 min, 90 min lunch): 09:00–12:15, 13:45–17:00.
    let shown: Vec<String> = slots
        .iter()
        .map(|s| format!("{}–{}", s.start, s.end))
        .collect();
    assert_eq!(shown, vec!["09:00–12:15", "13:45–17:00"]);
}

#[test]
fn a_short_last_session_ends_early_and_a_chosen_start_time_moves_the_day() {
    let m = modules();
    let r = &m.agenda;
    // Module 1 at basic depth alone is shorter than a session.
    let plan = Plan {
        audience: Audience::Frontline,
        items: vec![PlanItem::lecture(1, Depth::Basic)],
        phases: 1,
    };
    let agenda = Agenda::build(&plan, &m);
    let hours = agenda.teaching_hours();
    assert!(hours < r.session_hours, "{hours}");
    let timing = Timing {
        day_start: TimeOfDay::from_hm(8, 30).unwrap(),
        ..Timing::starting(day("2026-11-30"), r)
    };
    let slots = timetable(&agenda, r, &timing).unwrap();
    assert_eq!(slots.len(), 1);
    assert_eq!(minutes(slots[0].start), 8 * 60 + 30);
    let length = (hours * 60.0 + r.break_minutes).round() as u32;
    assert_eq!(minutes(slots[0].end), 8 * 60 + 30 + length);
}

#[test]
fn a_start_too_late_for_the_afternoon_is_refused() {
    let r = modules().agenda;
    let late = TimeOfDay::from_hm(20, 0).unwrap();
    let timing = Timing {
        day_start: late,
        ..Timing::starting(day("2026-11-30"), &r)
    };
    assert_eq!(
        timetable(&agenda(&[1], &r), &r, &timing),
        Err(TimetableError::PastMidnight { start: late })
    );
}

#[test]
fn days_are_numbered_through_the_whole_course() {
    let r = modules().agenda;
    let timing = Timing::starting(day("2026-11-30"), &r);
    let agenda = agenda(&[2, 1], &r);
    let slots = timetable(&agenda, &r, &timing).unwrap();
    let numbers: Vec<(usize, usize, Half)> = slots
        .iter()
        .map(|s| (s.phase, s.day, s.session.half))
        .collect();
    assert_eq!(
        numbers,
        vec![
            (0, 0, Half::Morning),
            (0, 0, Half::Afternoon),
            (0, 1, Half::Morning),
            (0, 1, Half::Afternoon),
            (1, 2, Half::Morning),
            (1, 2, Half::Afternoon),
        ]
    );
}
