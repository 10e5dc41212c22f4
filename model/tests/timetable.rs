//! The agenda on the calendar: teaching days on consecutive working days, phases spaced by
//! weeks, sessions at the hours `data/modules.toml` gives. Expected dates are read off the
//! calendar (2026-11-27 is a Friday) and, around holidays, off the State Council's notices as
//! they are published (quoted at each test), not off `data/holidays.toml`; expected times are
//! worked out here from the data's rules.
#![cfg(not(target_arch = "wasm32"))]

use model::Lang;
use model::calendar::Day;
use model::calendar::TimeOfDay;
use model::catalog::AgendaRules;
use model::catalog::Holidays;
use model::catalog::Modules;
use model::catalog::PlanItem;
use model::catalog::{Bilingual, DataFile};
use model::plan::{
    Agenda, Block, OutsideHours, Phase, Plan, Session, TeachingDay, TimetableError, Timing,
    not_announced_message, timetable,
};
use model::vocab::Half;
use model::vocab::{Audience, Depth};

const TEXT: &str = include_str!("../../data/modules.toml");
const HOLIDAYS: &str = include_str!("../../data/holidays.toml");

fn modules() -> Modules {
    match Modules::parse(TEXT) {
        Ok(m) => m,
        Err(e) => panic!("data/modules.toml does not load: {e}"),
    }
}

fn holidays() -> Holidays {
    match Holidays::parse(HOLIDAYS) {
        Ok(h) => h,
        Err(e) => panic!("data/holidays.toml does not load: {e}"),
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
                    .map(|_| TeachingDay {
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
    let holidays = holidays();
    let slots = timetable(agenda, rules, &holidays, timing)
        .unwrap()
        .sessions;
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
    let holidays = holidays();
    let slots = timetable(&agenda, &r, &holidays, &timing).unwrap().sessions;
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
    let holidays = holidays();
    let slots = timetable(&agenda, r, &holidays, &timing).unwrap().sessions;
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
        timetable(&agenda(&[1], &r), &r, &holidays(), &timing),
        Err(TimetableError::PastMidnight { start: late })
    );
    // Saying yes to hours outside the working day does not make a session past midnight one.
    let accepted = Timing {
        hours_accepted: true,
        ..timing
    };
    assert_eq!(
        timetable(&agenda(&[1], &r), &r, &holidays(), &accepted),
        Err(TimetableError::PastMidnight { start: late })
    );
}

#[test]
fn days_are_numbered_through_the_whole_course() {
    let r = modules().agenda;
    let timing = Timing::starting(day("2026-11-30"), &r);
    let agenda = agenda(&[2, 1], &r);
    let holidays = holidays();
    let slots = timetable(&agenda, &r, &holidays, &timing).unwrap().sessions;
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

// Holidays and make-up working days. Each expected date is the notice's own, quoted.

/// The mornings' dates of one phase of `days` teaching days from `first`.
fn dates_from(first: &str, days: usize) -> Vec<String> {
    let r = modules().agenda;
    let timing = Timing::starting(day(first), &r);
    dates_of(&agenda(&[days], &r), &r, &timing).remove(0)
}

#[test]
fn new_years_days_off_are_skipped_and_the_sunday_worked_for_them_is_taught_on() {
    // 国办发明电〔2025〕7号: "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"
    assert_eq!(
        dates_from("2025-12-31", 3),
        ["2025-12-31", "2026-01-04", "2026-01-05"]
    );
    // A first day chosen on New Year's Day itself moves to the first working day.
    assert_eq!(dates_from("2026-01-01", 1), ["2026-01-04"]);
    // 国办发明电〔2024〕12号: "一、元旦：1月1日（周三）放假1天，不调休。"
    assert_eq!(dates_from("2024-12-31", 2), ["2024-12-31", "2025-01-02"]);
}

#[test]
fn a_course_starting_in_the_spring_festival_week_moves_past_it() {
    // 国办发明电〔2025〕7号: "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）
    // 放假调休，共9天。2月14日（周六）、2月28日（周六）上班。"
    assert_eq!(
        dates_from("2026-02-16", 3),
        ["2026-02-24", "2026-02-25", "2026-02-26"]
    );
    // Started before it, a course is taught on the Saturday worked in exchange, then waits
    // for the break to end.
    assert_eq!(
        dates_from("2026-02-12", 4),
        ["2026-02-12", "2026-02-13", "2026-02-14", "2026-02-24"]
    );
    // 国办发明电〔2024〕12号: "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）
    // 放假调休，共8天。1月26日（周日）、2月8日（周六）上班。"
    assert_eq!(
        dates_from("2025-01-27", 3),
        ["2025-01-27", "2025-02-05", "2025-02-06"]
    );
    // The next phase, two weeks on, is moved past the break too.
    let r = modules().agenda;
    let timing = Timing::starting(day("2026-02-02"), &r);
    assert_eq!(
        dates_of(&agenda(&[2, 2], &r), &r, &timing),
        vec![
            vec!["2026-02-02", "2026-02-03"],
            vec!["2026-02-24", "2026-02-25"]
        ]
    );
}

#[test]
fn a_make_up_saturday_counts_as_a_working_day_and_is_named() {
    // 国办发明电〔2025〕7号: "四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）
    // 上班。" and "七、国庆节：… 9月20日（周日）、10月10日（周六）上班。"
    assert_eq!(dates_from("2026-05-09", 2), ["2026-05-09", "2026-05-11"]);
    assert_eq!(
        dates_from("2026-04-30", 3),
        ["2026-04-30", "2026-05-06", "2026-05-07"]
    );
    assert_eq!(dates_from("2026-10-09", 2), ["2026-10-09", "2026-10-10"]);
    // An ordinary Saturday is still no teaching day.
    assert_eq!(dates_from("2026-10-17", 1), ["2026-10-19"]);

    let r = modules().agenda;
    let holidays = holidays();
    let course = agenda(&[2], &r);
    let table = timetable(
        &course,
        &r,
        &holidays,
        &Timing::starting(day("2026-10-09"), &r),
    )
    .unwrap();
    let marked: Vec<(String, &str)> = table
        .make_up_days
        .iter()
        .map(|(d, h)| (d.to_string(), h.name.zh.as_str()))
        .collect();
    assert_eq!(marked, [("2026-10-10".to_string(), "国庆节")]);
}

#[test]
fn the_holidays_a_course_goes_round_are_named_with_their_notice() {
    let r = modules().agenda;
    let holidays = holidays();
    let course = agenda(&[4], &r);
    let table = timetable(
        &course,
        &r,
        &holidays,
        &Timing::starting(day("2026-02-12"), &r),
    )
    .unwrap();
    let named: Vec<(&str, &str)> = table
        .holidays
        .iter()
        .map(|(h, n)| (h.name.zh.as_str(), n.number.as_str()))
        .collect();
    assert_eq!(named, [("春节", "国办发明电〔2025〕7号")]);
    let (first, last) = table.holidays[0].0.span().unwrap();
    assert_eq!(
        (first.to_string(), last.to_string()),
        ("2026-02-15".to_string(), "2026-02-23".to_string())
    );
    assert!(table.not_announced.is_empty());

    // A course in an ordinary week passes no holiday.
    let table = timetable(
        &course,
        &r,
        &holidays,
        &Timing::starting(day("2026-11-30"), &r),
    )
    .unwrap();
    assert!(table.holidays.is_empty() && table.make_up_days.is_empty());
}

#[test]
fn a_year_not_yet_announced_goes_round_the_laws_festival_days_and_is_reported() {
    // 2027's notice is not in the data (no notice in holiday-cn as read), but the law fixes
    // its festival days: New Year's Day 2027 (a Friday) and the Spring Festival's four days
    // (the eve, 2027-02-05, to 初三, 2027-02-08) are not taught; the make-up working days are
    // not known, and the timetable says so.
    let r = modules().agenda;
    let holidays = holidays();
    assert!(!holidays.is_announced(2027));
    for (first, expected, festival) in [
        (
            "2027-01-01",
            ["2027-01-04", "2027-01-05", "2027-01-06"],
            "元旦",
        ),
        (
            "2027-02-04",
            ["2027-02-04", "2027-02-09", "2027-02-10"],
            "春节",
        ),
        (
            "2027-10-01",
            ["2027-10-04", "2027-10-05", "2027-10-06"],
            "国庆节",
        ),
    ] {
        let course = agenda(&[3], &r);
        let table = timetable(&course, &r, &holidays, &Timing::starting(day(first), &r)).unwrap();
        let dates: Vec<String> = table.dates().iter().map(Day::to_string).collect();
        assert_eq!(dates, expected, "{first}");
        assert_eq!(table.not_announced, [2027], "{first}");
        let skipped: Vec<&str> = table
            .law_holidays
            .iter()
            .map(|h| h.name.zh.as_str())
            .collect();
        assert_eq!(skipped, [festival], "{first}");
    }
    let zh = not_announced_message(&[2027], &holidays, Lang::Zh).unwrap();
    assert!(zh.contains("2027") && zh.contains("调休"), "{zh}");
    // A year the data has no festival dates for: weekends only, and said so. 1 May 2028, a
    // Monday, is taught.
    let course = agenda(&[3], &r);
    let table = timetable(
        &course,
        &r,
        &holidays,
        &Timing::starting(day("2028-05-01"), &r),
    )
    .unwrap();
    assert_eq!(table.dates()[0].to_string(), "2028-05-01");
    assert_eq!(
        not_announced_message(&[2028], &holidays, Lang::Zh).unwrap(),
        "2028 年的节假日安排尚未公布，日期未避开节假日。"
    );
    assert!(
        not_announced_message(&[2028], &holidays, Lang::En)
            .unwrap()
            .contains("2028")
    );
    assert_eq!(not_announced_message(&[], &holidays, Lang::Zh), None);
}

#[test]
fn whether_a_date_is_covered_is_judged_by_its_own_year() {
    let r = modules().agenda;
    let holidays = holidays();
    // December 2026 is covered by the 2026 notice; the course's January days are not.
    let course = agenda(&[2], &r);
    let december = timetable(
        &course,
        &r,
        &holidays,
        &Timing::starting(day("2026-12-30"), &r),
    )
    .unwrap();
    assert!(december.not_announced.is_empty());
    let course = agenda(&[3], &r);
    let across = timetable(
        &course,
        &r,
        &holidays,
        &Timing::starting(day("2026-12-30"), &r),
    )
    .unwrap();
    // 1 January 2027 is the law's New Year's Day: the third day goes to the Monday after.
    let dates: Vec<String> = across.dates().iter().map(Day::to_string).collect();
    assert_eq!(dates, ["2026-12-30", "2026-12-31", "2027-01-04"]);
    assert_eq!(across.not_announced, [2027]);
}

#[test]
fn a_december_day_off_set_by_the_next_years_notice_is_skipped() {
    // The 2023 notice (issued 2022-12-08, at the address below as holiday-cn keeps it) gave
    // "一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。"; a notice is looked up by the day,
    // whatever the year in its title. 2022 itself is not in this data, so its dates are reported
    // as not covered. (Its document number is not checked here and left as a placeholder.)
    let text = r#"
[[notice]]
year = 2023
title = "国务院办公厅关于2023年部分节假日安排的通知"
number = "国办发明电〔2022〕…号"
issued = "2022-12-08"
url = "https://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm"
source = "[O] 国务院办公厅关于2023年部分节假日安排的通知"

[[notice.holiday]]
name = { zh = "元旦", en = "New Year's Day" }
off = ["2022-12-31", "2023-01-01", "2023-01-02"]

[law]
title = "全国年节及纪念日放假办法"
number = "国务院令第795号"
source = "[O] 全国年节及纪念日放假办法"
year = []
"#;
    let holidays = Holidays::parse(text).unwrap();
    assert!(!holidays.is_working_day(day("2022-12-31")));
    let r = modules().agenda;
    let course = agenda(&[2], &r);
    let table = timetable(
        &course,
        &r,
        &holidays,
        &Timing::starting(day("2022-12-30"), &r),
    )
    .unwrap();
    let dates: Vec<String> = table.dates().iter().map(Day::to_string).collect();
    assert_eq!(dates, ["2022-12-30", "2023-01-03"]);
    assert_eq!(table.not_announced, [2022]);
}

// Working hours.

#[test]
fn the_working_day_is_in_the_data_with_its_reasons_and_holds_the_default_start() {
    let r = modules().agenda;
    assert!(r.earliest_start_source.as_str().starts_with("assumption:"));
    assert!(r.latest_end_source.as_str().starts_with("assumption:"));
    assert!(r.earliest_start < r.latest_end);
    // The default day, morning to the end of the afternoon, is inside the working day.
    let end = r
        .day_start
        .plus_minutes(r.afternoon_offset_minutes() + r.session_minutes())
        .unwrap();
    assert!(r.day_start >= r.earliest_start && end <= r.latest_end);

    let dawn = TEXT.replacen("day_start = \"09:00\"", "day_start = \"05:00\"", 1);
    let e = Modules::parse(&dawn).unwrap_err();
    assert_eq!(e.field, "agenda.day_start", "{e}");
    let upside_down = TEXT.replacen("latest_end = \"21:00\"", "latest_end = \"06:00\"", 1);
    assert!(Modules::parse(&upside_down).is_err());
}

/// The one-day course's timetable from `start`, as the page would ask for it.
fn day_from(start: TimeOfDay, accepted: bool) -> Result<Option<OutsideHours>, TimetableError> {
    let r = modules().agenda;
    let holidays = holidays();
    let course = agenda(&[1], &r);
    let timing = Timing {
        day_start: start,
        hours_accepted: accepted,
        ..Timing::starting(day("2026-11-30"), &r)
    };
    let table = timetable(&course, &r, &holidays, &timing)?;
    let outside = table.outside_hours;
    table.for_export(&timing).map(|_| outside)
}

#[test]
fn a_start_outside_the_working_day_is_asked_about_before_any_export() {
    let r = modules().agenda;
    let full_day = r.afternoon_offset_minutes() + r.session_minutes();
    let at = |minutes: u32| TimeOfDay::from_hm(minutes / 60, minutes % 60).unwrap();

    // 00:00, the start the hostile tester typed: both sessions are before 07:00 + … ; it is
    // named with the day's first start and last end, and an export waits for a yes.
    let midnight = at(0);
    let outside = OutsideHours {
        start: midnight,
        end: at(full_day),
        earliest: r.earliest_start,
        latest: r.latest_end,
    };
    assert_eq!(
        day_from(midnight, false),
        Err(TimetableError::OutsideWorkingHours(outside))
    );
    assert_eq!(day_from(midnight, true), Ok(Some(outside)));
    // With the data as it stands: 00:00–08:00, against 07:00–21:00.
    assert_eq!(
        outside.question(Lang::Zh),
        "按这个开始时间，课程在 00:00–08:00 之间，不在通常的工作时间（07:00–21:00）内。确定用这个时间吗？"
    );

    // The bounds themselves are inside; a minute beyond either is not.
    let earliest = minutes(r.earliest_start);
    let latest_start = minutes(r.latest_end) - full_day;
    assert_eq!(day_from(at(earliest), false), Ok(None));
    assert_eq!(day_from(at(latest_start), false), Ok(None));
    assert!(matches!(
        day_from(at(earliest - 1), false),
        Err(TimetableError::OutsideWorkingHours(_))
    ));
    assert!(matches!(
        day_from(at(latest_start + 1), false),
        Err(TimetableError::OutsideWorkingHours(_))
    ));
}
