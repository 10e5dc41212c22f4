//! The planner's workbook (日程 and 费用), natively: written with the worker's own writer and
//! read back with calamine. The agenda sheet has one row per session on the dates and at the
//! times the agenda rules give (worked out here from `data/modules.toml [agenda]` and, around
//! holidays, from the State Council notice's dates quoted below: working days,
//! weeks between phases, the day's start, a full morning, its break and lunch before the
//! afternoon), dates written formally; the cost sheet's amounts are numbers formatted as money,
//! and its total is a formula that computes the sum of the lines (figures worked out by hand).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/formula.rs"]
mod formula;
#[path = "support/workbook.rs"]
mod workbook;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use model::Lang;
use model::calendar::Day;
use model::calendar::TimeOfDay;
use model::catalog::Modules;
use model::catalog::Range;
use model::cost::{Category, Costing, Estimate, LineItem, Scenario};
use model::plan::{Agenda, Plan, TimetableError, Timing};
use model::vocab::Half;
use training_planner::catalog::catalog;
use training_planner::export::agenda_sheet::{AgendaBook, agenda_book};

fn modules() -> &'static Modules {
    &catalog().modules
}

fn preset(id: &str) -> Plan {
    modules().preset(id).expect("the preset").plan()
}

/// The plan priced as the planner prices it: the default scenario with the plan's hours,
/// depths, activities and phases.
fn planner_estimate(plan: &Plan) -> Estimate {
    let c = catalog();
    let scenario = plan.applied_to(&Scenario::default_for(c), modules());
    Costing::new(c, &scenario)
        .unwrap()
        .estimate(c, &scenario)
        .unwrap()
}

const PRICED_AS: &str = "这份计划的费用（30 人，贵阳）";

fn book<'a>(first_day: &str, cost: Option<&'a Estimate>, lang: Lang) -> AgendaBook<'a> {
    AgendaBook {
        title: "客诉处理培训 · 一线员工",
        lang,
        timing: Timing::starting(Day::parse(first_day).unwrap(), &modules().agenda),
        holidays: &catalog().holidays,
        cost,
        priced_as: PRICED_AS,
    }
}

use workbook::{Book, Read};

fn written(agenda: &Agenda, book: &AgendaBook) -> Book {
    let message = agenda_book(agenda, &modules().agenda, book)
        .expect("the agenda has a timetable")
        .to_message();
    let bytes = xlsx_worker::write_message(&message).expect("the workbook is written");
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens it")
}

// The calendar, from the rules.

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// 国办发明电〔2025〕7号 (the 2026 notice): "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月
/// 初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。"
const DAYS_OFF: [(i32, u32, u32); 10] = [
    (2026, 2, 15),
    (2026, 2, 16),
    (2026, 2, 17),
    (2026, 2, 18),
    (2026, 2, 19),
    (2026, 2, 20),
    (2026, 2, 21),
    (2026, 2, 22),
    (2026, 2, 23),
    // 2027's notice is not out: the law's New Year's Day (《全国年节及纪念日放假办法》).
    (2027, 1, 1),
];
const DAYS_WORKED: [(i32, u32, u32); 2] = [(2026, 2, 14), (2026, 2, 28)];

/// Monday to Friday but a day off, or a weekend day worked in exchange (the dates these tests
/// use; 2027's notice is not out, so only the law's festival days are off in it).
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

/// One session as the rules put it on the calendar.
#[derive(Debug)]
struct Expected {
    phase: usize,
    day: usize,
    date: NaiveDate,
    half: Half,
    start: NaiveTime,
    end: NaiveTime,
    /// Each block's module number and title in both languages.
    modules: Vec<(u32, String, String)>,
    hours: f64,
}

/// Every session: teaching days on consecutive working days from the first working day on or
/// after `first`; each phase the rules' weeks after the one before, or the first working day
/// after (a phase of at most five days ends before then); mornings at the day's start, afternoons after a full session, its break
/// and lunch; each session as long as its teaching and its break.
fn expected_sessions(agenda: &Agenda, first: NaiveDate) -> Vec<Expected> {
    let rules = &modules().agenda;
    let day_start =
        NaiveTime::from_hms_opt(rules.day_start.hour(), rules.day_start.minute(), 0).unwrap();
    let full_session = (rules.session_hours * 60.0 + rules.break_minutes).round() as i64;
    let mut phase_start = this_or_next_working(first);
    let mut out = Vec::new();
    let mut day_no = 0;
    for (p, phase) in agenda.phases.iter().enumerate() {
        if p > 0 {
            phase_start = this_or_next_working(
                phase_start + Duration::weeks(i64::from(rules.weeks_between_phases)),
            );
        }
        let mut date = phase_start;
        for (d, day) in phase.days.iter().enumerate() {
            if d > 0 {
                date = next_working(date);
            }
            for session in &day.sessions {
                let offset = match session.half {
                    Half::Morning => 0,
                    Half::Afternoon => full_session + rules.lunch_minutes.round() as i64,
                };
                let hours: f64 = session.blocks.iter().map(|b| b.hours).sum();
                let begins = day_start + Duration::minutes(offset);
                let ends = begins
                    + Duration::minutes((hours * 60.0 + session.break_minutes).round() as i64);
                out.push(Expected {
                    phase: p + 1,
                    day: day_no + 1,
                    date,
                    half: session.half,
                    start: begins,
                    end: ends,
                    modules: session
                        .blocks
                        .iter()
                        .map(|b| (b.module, b.title.zh.clone(), b.title.en.clone()))
                        .collect(),
                    hours,
                });
            }
            day_no += 1;
        }
    }
    out
}

/// A date as a formal document writes it: 2026年12月4日 (no leading zeros), 4 December 2026.
fn formal(d: NaiveDate, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Zh => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year()),
    }
}

fn clock(t: NaiveTime) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Checks the agenda sheet against the rules: headers, one row per session, the hours total.
fn check_agenda(read: &Read, agenda: &Agenda, first: NaiveDate, lang: Lang, title: &str) {
    let phased = agenda.phases.len() > 1;
    assert_eq!(read.value(0, 0), Data::String(title.into()), "the title");
    let mut header: Vec<&str> = match lang {
        Lang::Zh => vec!["期", "天", "日期", "时段", "时间", "模块", "课时"],
        Lang::En => vec![
            "Phase", "Day", "Date", "Session", "Time", "Modules", "Hours",
        ],
    };
    if !phased {
        header.remove(0);
    }
    assert_eq!(read.row_texts(1), header);
    let c = |name: &str| header.iter().position(|h| *h == name).unwrap() as u32;
    let pick = |zh: &'static str, en: &'static str| if lang == Lang::Zh { zh } else { en };
    let (day, date, half, time, mods, hours) = (
        c(pick("天", "Day")),
        c(pick("日期", "Date")),
        c(pick("时段", "Session")),
        c(pick("时间", "Time")),
        c(pick("模块", "Modules")),
        c(pick("课时", "Hours")),
    );
    let expected = expected_sessions(agenda, first);
    assert!(!expected.is_empty());
    for (i, e) in expected.iter().enumerate() {
        let row = 2 + i as u32;
        if phased {
            assert_eq!(read.number(row, 0), e.phase as f64, "row {row}'s phase");
        }
        assert_eq!(read.number(row, day), e.day as f64, "row {row}'s day");
        assert_eq!(
            read.text(row, date),
            formal(e.date, lang),
            "row {row}'s date"
        );
        let half_label = match (e.half, lang) {
            (Half::Morning, Lang::Zh) => "上午",
            (Half::Afternoon, Lang::Zh) => "下午",
            (Half::Morning, Lang::En) => "Morning",
            (Half::Afternoon, Lang::En) => "Afternoon",
        };
        assert_eq!(read.text(row, half), half_label, "row {row}");
        assert_eq!(
            read.text(row, time),
            format!("{}–{}", clock(e.start), clock(e.end)),
            "row {row}'s time"
        );
        let text = read.text(row, mods);
        let mut at = 0;
        for (module, zh, en) in &e.modules {
            let named = format!("{module}. {}", if lang == Lang::Zh { zh } else { en });
            let found = text[at..]
                .find(&named)
                .unwrap_or_else(|| panic!("row {row} names {named:?} in order: {text:?}"));
            at += found + named.len();
        }
        assert_eq!(read.number(row, hours), e.hours, "row {row}'s hours");
        assert_eq!(read.format(row, day), Some("#,##0".into()));
    }
    // The total row follows, its hours a formula over the sessions' hours.
    let total = 2 + expected.len() as u32;
    assert_eq!(read.text(total, 0), pick("合计", "Total"));
    let sum: f64 = expected.iter().map(|e| e.hours).sum();
    assert_eq!(read.number(total, hours), sum, "the stored total");
    assert_eq!(
        read.computed(total, hours, None),
        sum,
        "the formula's value"
    );
    assert!(
        read.formula(total, hours).contains("SUM("),
        "{}",
        read.formula(total, hours)
    );
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn a_three_phase_course_has_one_row_per_session_on_the_rules_dates() {
    let plan = preset("all-deep");
    let agenda = Agenda::build(&plan, modules());
    assert_eq!(agenda.phases.len(), 3);
    // A Friday: the second teaching day is the Monday after.
    let first = "2026-12-04";
    let cost = planner_estimate(&plan);
    let mut xlsx = written(&agenda, &book(first, Some(&cost), Lang::Zh));
    assert_eq!(xlsx.sheet_names(), ["日程", "费用"]);
    let read = Read::of(&mut xlsx, "日程");
    check_agenda(
        &read,
        &agenda,
        date(first),
        Lang::Zh,
        "客诉处理培训 · 一线员工",
    );
    // Every teaching hour of the plan is on the sheet.
    let total = read.row_of("合计");
    assert!((read.number(total, 6) - plan.teaching_hours(modules()).total()).abs() < 1e-9);
    // The first two days straddle the weekend, in Chinese formal dates.
    assert_eq!(read.text(2, 2), "2026年12月4日");
    assert!(
        (2..total)
            .map(|r| read.text(r, 2))
            .any(|d| d == "2026年12月7日"),
        "Monday 7 December is the second day"
    );
}

#[test]
fn a_course_over_the_spring_festival_has_its_rows_on_the_notices_working_days() {
    let plan = preset("all-deep");
    let agenda = Agenda::build(&plan, modules());
    // Friday 13 February 2026: the Saturday after is worked for the Spring Festival, the break
    // follows (15–23 February), the next phase starts two weeks on, Friday 27, and goes on on
    // Saturday 28, worked as well.
    let first = "2026-02-13";
    let mut xlsx = written(&agenda, &book(first, None, Lang::Zh));
    let read = Read::of(&mut xlsx, "日程");
    check_agenda(
        &read,
        &agenda,
        date(first),
        Lang::Zh,
        "客诉处理培训 · 一线员工",
    );
    let total = read.row_of("合计");
    let mut dates: Vec<String> = (2..total).map(|r| read.text(r, 2)).collect();
    dates.dedup();
    assert_eq!(
        dates,
        [
            "2026年2月13日",
            "2026年2月14日",
            "2026年2月27日",
            "2026年2月28日",
            "2026年3月13日",
            "2026年3月16日"
        ]
    );
    // Chosen inside the break, the course starts on Tuesday 24 February.
    let mut xlsx = written(&agenda, &book("2026-02-18", None, Lang::En));
    let read = Read::of(&mut xlsx, "Agenda");
    assert_eq!(read.text(2, 2), "24 February 2026");
}

#[test]
fn a_start_outside_the_working_day_is_written_only_once_confirmed() {
    let agenda = Agenda::build(&preset("frontline-essentials"), modules());
    let mut dawn = book("2026-12-01", None, Lang::Zh);
    dawn.timing.day_start = TimeOfDay::parse("06:00").unwrap();
    assert!(matches!(
        agenda_book(&agenda, &modules().agenda, &dawn),
        Err(TimetableError::OutsideWorkingHours(_))
    ));
    dawn.timing.hours_accepted = true;
    let mut xlsx = written(&agenda, &dawn);
    let read = Read::of(&mut xlsx, "日程");
    assert!(read.text(2, 3).starts_with("06:00–"), "{}", read.text(2, 3));
}

#[test]
fn a_one_phase_course_has_no_phase_column_and_english_is_english() {
    let plan = preset("frontline-essentials");
    let agenda = Agenda::build(&plan, modules());
    assert_eq!(agenda.phases.len(), 1);
    // A Sunday: the course starts on Monday 30 November 2026.
    let first = "2026-11-29";
    let cost = planner_estimate(&plan);
    let mut xlsx = written(&agenda, &book(first, Some(&cost), Lang::En));
    assert_eq!(xlsx.sheet_names(), ["Agenda", "Cost"]);
    let read = Read::of(&mut xlsx, "Agenda");
    check_agenda(
        &read,
        &agenda,
        date(first),
        Lang::En,
        "客诉处理培训 · 一线员工",
    );
    assert_eq!(read.text(2, 1), "30 November 2026");
    let cost = Read::of(&mut xlsx, "Cost");
    assert_eq!(cost.text(cost.row_of("Cost item"), 1), "Expected (CNY)");
    assert!(cost.row_of("Total") > cost.row_of("Cost item"));
    assert!(cost.row_of("Per participant") > cost.row_of("Total"));
}

#[test]
fn a_later_start_moves_every_session_and_one_past_midnight_is_refused() {
    let agenda = Agenda::build(&preset("frontline-essentials"), modules());
    let first = "2026-12-01";
    let mut later = book(first, None, Lang::Zh);
    later.timing.day_start = TimeOfDay::parse("08:30").unwrap();
    let mut xlsx = written(&agenda, &later);
    let read = Read::of(&mut xlsx, "日程");
    // The morning starts at 08:30; its end is its hours and break later.
    let morning = &agenda.phases[0].days[0].sessions[0];
    let minutes = (morning.hours() * 60.0 + morning.break_minutes).round() as i64;
    let end = NaiveTime::from_hms_opt(8, 30, 0).unwrap() + Duration::minutes(minutes);
    assert_eq!(read.text(2, 3), format!("08:30–{}", clock(end)));

    let mut late = book(first, None, Lang::Zh);
    late.timing.day_start = TimeOfDay::parse("22:00").unwrap();
    assert!(matches!(
        agenda_book(&agenda, &modules().agenda, &late),
        Err(TimetableError::PastMidnight { .. })
    ));
}

fn line(category: Category, expected: f64) -> LineItem {
    LineItem {
        category,
        expected,
        cost: Range {
            low: expected,
            likely: expected,
            high: expected,
        },
        drivers: Vec::new(),
    }
}

/// 30 people. Lines to the fen: 6,000.004 → 6,000.00; 2,500.456 → 2,500.46; 750 → 750.00;
/// 1,234.5 → 1,234.50. Total 10,484.96; per participant 10,484.96 / 30 = 349.4986… → 349.50.
fn hand_made_estimate() -> Estimate {
    let mut e = planner_estimate(&preset("frontline-essentials"));
    e.shape.headcount = 30;
    e.lines = vec![
        line(Category::TrainerFees, 6_000.004),
        line(Category::TrainerTravel, 2_500.456),
        line(Category::Materials, 750.0),
        line(Category::Catering, 1_234.5),
    ];
    e.total = e.lines.iter().map(|l| l.expected).sum();
    e
}

#[test]
fn the_cost_lines_are_money_and_the_total_and_per_head_are_formulas() {
    let agenda = Agenda::build(&preset("frontline-essentials"), modules());
    let e = hand_made_estimate();
    let mut xlsx = written(&agenda, &book("2026-12-01", Some(&e), Lang::Zh));
    let read = Read::of(&mut xlsx, "费用");
    assert_eq!(read.text(0, 0), PRICED_AS);
    assert_eq!(read.number(read.row_of("参训人数"), 1), 30.0);
    let header = read.row_of("费用项目");
    assert_eq!(read.text(header, 1), "预计金额（元）");
    for (offset, (label, amount)) in [
        ("讲师费", 6_000.0),
        ("讲师差旅（实报实销）", 2_500.46),
        ("教材资料", 750.0),
        ("午餐茶歇", 1_234.5),
    ]
    .into_iter()
    .enumerate()
    {
        let row = header + 1 + offset as u32;
        assert_eq!(read.text(row, 0), label);
        assert_eq!(
            read.value(row, 1),
            Data::Float(amount),
            "a number, not text"
        );
        assert_eq!(
            read.format(row, 1).as_deref(),
            Some("#,##0.00"),
            "row {row}"
        );
    }
    let total = read.row_of("合计");
    assert_eq!(total, header + 5);
    assert_eq!(
        read.formula(total, 1).trim_start_matches('='),
        format!("SUM(B{}:B{})", header + 2, header + 5)
    );
    assert!((read.number(total, 1) - 10_484.96).abs() < 1e-9);
    assert!((read.computed(total, 1, None) - 10_484.96).abs() < 1e-9);
    assert_eq!(read.format(total, 1).as_deref(), Some("#,##0.00"));
    let per_head = read.row_of("人均");
    assert_eq!(read.number(per_head, 1), 349.5);
    assert_eq!(read.computed(per_head, 1, None), 349.5);
    assert_eq!(read.format(per_head, 1).as_deref(), Some("#,##0.00"));

    // Materials edited to 1,000 in Excel: total 10,734.96, per head 357.832 → 357.83.
    let materials = (header + 3, 1);
    let edited = read.computed(total, 1, Some((materials, 1_000.0)));
    assert!((edited - 10_734.96).abs() < 1e-9, "{edited}");
}

#[test]
fn the_planners_own_price_is_summed_by_the_formula() {
    let plan = preset("full-programme");
    let agenda = Agenda::build(&plan, modules());
    let e = planner_estimate(&plan);
    let mut xlsx = written(&agenda, &book("2026-12-01", Some(&e), Lang::Zh));
    let read = Read::of(&mut xlsx, "费用");
    let header = read.row_of("费用项目");
    let total = read.row_of("合计");
    assert_eq!(total - header - 1, e.lines.len() as u32, "one row per line");
    let mut sum = 0.0;
    for (i, l) in e.lines.iter().enumerate() {
        let row = header + 1 + i as u32;
        let cell = read.number(row, 1);
        assert!(
            (cell - l.expected).abs() <= 0.005 + 1e-9,
            "{cell} for {l:?}"
        );
        assert_eq!(read.format(row, 1).as_deref(), Some("#,##0.00"));
        sum += cell;
    }
    // The formula computes the sum of the lines as written, and the stored figure is that sum;
    // both within half a fen a line of the planner's total.
    assert!((read.computed(total, 1, None) - sum).abs() < 1e-6);
    assert!((read.number(total, 1) - sum).abs() < 1e-6);
    let lines = e.lines.len() as f64;
    assert!((read.number(total, 1) - e.total).abs() <= 0.005 * lines + 1e-9);
}

#[test]
fn a_plan_that_cannot_be_priced_says_so_on_its_cost_sheet() {
    let agenda = Agenda::build(&preset("frontline-essentials"), modules());
    let mut xlsx = written(&agenda, &book("2026-12-01", None, Lang::Zh));
    let read = Read::of(&mut xlsx, "费用");
    assert_eq!(read.text(0, 0), PRICED_AS);
    assert!(read.text(1, 0).contains("无法估算"), "{}", read.text(1, 0));
}
