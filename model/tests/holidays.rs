//! `data/holidays.toml`: the State Council's notices from 2024 on, with their titles, numbers,
//! addresses and days, and the checks that refuse a file that cannot be right. Expected figures
//! are the notices' own (titles, numbers, addresses, the length of each break as "共N天").
#![cfg(not(target_arch = "wasm32"))]

use model::Catalog;
use model::calendar::Day;
use model::catalog::DayKind;
use model::catalog::Holidays;
use model::catalog::{DataFile, Grade};

const TEXT: &str = include_str!("../../data/holidays.toml");

fn holidays() -> Holidays {
    match Holidays::parse(TEXT) {
        Ok(h) => h,
        Err(e) => panic!("data/holidays.toml does not load: {e}"),
    }
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

#[test]
fn every_notice_from_2024_to_the_latest_published_is_in_the_data() {
    let h = holidays();
    let years: Vec<i32> = h.notice.iter().map(|n| n.year).collect();
    // holiday-cn as read has 2024–2026; its 2027.json holds no notice and no days.
    assert_eq!(years, [2024, 2025, 2026]);
    assert!(!h.is_announced(2027) && !h.is_announced(2023));
    let cited: Vec<(&str, &str, &str)> = h
        .notice
        .iter()
        .map(|n| (n.title.as_str(), n.number.as_str(), n.url.as_str()))
        .collect();
    assert_eq!(
        cited,
        [
            (
                "国务院办公厅关于2024年部分节假日安排的通知",
                "国办发明电〔2023〕7号",
                "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"
            ),
            (
                "国务院办公厅关于2025年部分节假日安排的通知",
                "国办发明电〔2024〕12号",
                "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"
            ),
            (
                "国务院办公厅关于2026年部分节假日安排的通知",
                "国办发明电〔2025〕7号",
                "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"
            ),
        ]
    );
    assert!(
        h.notice
            .iter()
            .all(|n| n.source.grade() == Some(Grade::Official))
    );
    // The catalog the app is built from has it too.
    assert_eq!(Catalog::from_toml_sources().unwrap().holidays, h);
}

#[test]
fn each_break_is_as_long_as_its_notice_says() {
    let h = holidays();
    let lengths = |year: i32| -> Vec<(String, usize, usize)> {
        h.notice(year)
            .unwrap()
            .holiday
            .iter()
            .map(|x| (x.name.zh.clone(), x.off.len(), x.work.len()))
            .collect()
    };
    let named = |rows: &[(&str, usize, usize)]| -> Vec<(String, usize, usize)> {
        rows.iter()
            .map(|(n, o, w)| (n.to_string(), *o, *w))
            .collect()
    };
    // 2024: 元旦 1 天 (与周末连休); 春节 共8天, 2 Sundays worked; 清明 共3天, 1; 劳动节 共5天, 2;
    // 端午 1 天 (与周末连休); 中秋 共3天, 1; 国庆 共7天, 2.
    assert_eq!(
        lengths(2024),
        named(&[
            ("元旦", 1, 0),
            ("春节", 8, 2),
            ("清明节", 3, 1),
            ("劳动节", 5, 2),
            ("端午节", 1, 0),
            ("中秋节", 3, 1),
            ("国庆节", 7, 2),
        ])
    );
    // 2025: 元旦 1天, 不调休; 春节 共8天, 2; 清明 共3天; 劳动节 共5天, 1; 端午 共3天;
    // 国庆节、中秋节 共8天, 2.
    assert_eq!(
        lengths(2025),
        named(&[
            ("元旦", 1, 0),
            ("春节", 8, 2),
            ("清明节", 3, 0),
            ("劳动节", 5, 1),
            ("端午节", 3, 0),
            ("国庆节、中秋节", 8, 2),
        ])
    );
    // 2026: 元旦 共3天, 1; 春节 共9天, 2; 清明 共3天; 劳动节 共5天, 1; 端午 共3天; 中秋 共3天;
    // 国庆 共7天, 2.
    assert_eq!(
        lengths(2026),
        named(&[
            ("元旦", 3, 1),
            ("春节", 9, 2),
            ("清明节", 3, 0),
            ("劳动节", 5, 1),
            ("端午节", 3, 0),
            ("中秋节", 3, 0),
            ("国庆节", 7, 2),
        ])
    );
}

#[test]
fn a_date_is_a_weekday_a_weekend_a_day_off_or_a_make_up_working_day() {
    let h = holidays();
    // 2026-01-01 Thursday off; 2026-01-04 Sunday worked; 2026-11-28 an ordinary Saturday;
    // 2026-11-30 an ordinary Monday.
    assert!(matches!(h.kind(day("2026-01-01")), DayKind::Off(x, _) if x.name.zh == "元旦"));
    assert!(matches!(h.kind(day("2026-01-04")), DayKind::MakeUp(x, _) if x.name.zh == "元旦"));
    assert_eq!(h.kind(day("2026-11-28")), DayKind::Weekend);
    assert_eq!(h.kind(day("2026-11-30")), DayKind::Weekday);
    assert!(h.is_working_day(day("2026-02-14")) && !h.is_working_day(day("2026-02-16")));
    assert_eq!(
        h.this_or_next_working_day(day("2026-09-25")),
        Some(day("2026-09-28"))
    );
}

/// The file with its first occurrence of `from` replaced by `to`; it must be refused, naming
/// `field` (a part of the field's path) and the file.
fn refused(from: &str, to: &str, field: &str) {
    assert!(TEXT.contains(from), "{from}");
    let text = TEXT.replacen(from, to, 1);
    let e = Holidays::parse(&text).unwrap_err();
    assert_eq!(e.file, "data/holidays.toml");
    assert!(e.field.contains(field), "{field}: {e}");
}

#[test]
fn a_file_that_cannot_be_right_is_refused_with_the_field() {
    // A make-up working day on a weekday (2026-01-04 is a Sunday, 2026-01-05 a Monday).
    refused(
        "work = [\"2026-01-04\"]",
        "work = [\"2026-01-05\"]",
        "holiday (元旦).work",
    );
    // A gap in a break.
    refused(
        "off = [\"2026-01-01\", \"2026-01-02\", \"2026-01-03\"]",
        "off = [\"2026-01-01\", \"2026-01-03\"]",
        "holiday (元旦).off",
    );
    // A day outside the notice's year (and not in the December before).
    refused(
        "off = [\"2026-01-01\", \"2026-01-02\", \"2026-01-03\"]",
        "off = [\"2025-11-30\"]",
        "notice (2026).holiday (元旦)",
    );
    // A day listed twice (the Saturday worked for National Day given to the Mid-Autumn
    // Festival as well).
    refused(
        "off = [\"2026-09-25\", \"2026-09-26\", \"2026-09-27\"]",
        "off = [\"2026-09-25\", \"2026-09-26\", \"2026-09-27\"]\nwork = [\"2026-10-10\"]",
        "notice (2026).holiday (国庆节)",
    );
    // A title that is not the notice's, a number that is not a notice number, an address that
    // is not the government's, a source that is not official.
    refused(
        "title = \"国务院办公厅关于2026年部分节假日安排的通知\"",
        "title = \"国务院办公厅关于2027年部分节假日安排的通知\"",
        "notice (2026).title",
    );
    refused(
        "number = \"国办发明电〔2025〕7号\"",
        "number = \"7\"",
        "notice (2026).number",
    );
    refused(
        "url = \"https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm\"",
        "url = \"https://example.com/2026.htm\"",
        "notice (2026).url",
    );
    refused(
        "source = \"[O] 国务院办公厅关于2026",
        "source = \"[W] 国务院办公厅关于2026",
        "notice (2026).source",
    );
    // A holiday listed before one that comes earlier in the year.
    refused(
        "off = [\"2026-09-25\", \"2026-09-26\", \"2026-09-27\"]",
        "off = [\"2026-10-25\", \"2026-10-26\"]",
        "notice (2026).holiday (国庆节)",
    );
    // Notices out of order, and a key the file does not have.
    refused("year = 2025", "year = 2027", "notice");
    refused("year = 2026", "year = 2026\nregion = \"全国\"", "line");
}

/// The law's festival days of a year whose notice is not out yet (2027) are the law's rules on
/// that year's calendar: worked out again here with the lunar-lite crate's Chinese calendar,
/// not read from the data. 春节: the lunar new year's eve and 正月初一 to 初三; 端午: 五月初五;
/// 中秋: 八月十五; 清明: the day the solar term 清明 begins (the month of 辰 in the
/// calendar's months by solar terms); 元旦, 劳动节 and 国庆节 on their fixed days.
#[test]
fn the_laws_festival_days_of_2027_are_its_calendars() {
    use lunar_lite::{
        EarthlyBranch, LunarDate, MonthDivide, SolarDate, StemBranchOptions, YearDivide,
        four_pillars_from_solar_date_with_options, lunar_to_solar,
    };
    let solar =
        |d: SolarDate| Day::from_ymd(d.year, d.month, d.day).expect("a date the calendar knows");
    let lunar = |month: u8, day: u8| {
        solar(
            lunar_to_solar(LunarDate {
                year: 2027,
                month,
                day,
                is_leap_month: false,
            })
            .unwrap(),
        )
    };
    let new_year = lunar(1, 1);
    // The eve: the day before the new year.
    let eve = (1..=2u8)
        .flat_map(|m| (1..=31u8).filter_map(move |d| Day::from_ymd(2027, m, d)))
        .find(|d| d.plus_days(1) == Some(new_year))
        .unwrap();
    let spring: Vec<Day> = (0..4).map(|k| eve.plus_days(k).unwrap()).collect();
    // 清明: the first day of April whose month (by solar terms) at day's end is 辰.
    let qingming = (1..=10u8)
        .map(|d| SolarDate {
            year: 2027,
            month: 4,
            day: d,
        })
        .find(|&d| {
            let options = StemBranchOptions {
                year: YearDivide::Exact,
                month: MonthDivide::Exact,
            };
            let pillars = four_pillars_from_solar_date_with_options(d, 11, options).unwrap();
            pillars.monthly.branch() == EarthlyBranch::Chen
        })
        .map(solar)
        .unwrap();
    let fixed = |m: u8, days: &[u8]| -> Vec<Day> {
        days.iter()
            .map(|&d| Day::from_ymd(2027, m, d).unwrap())
            .collect()
    };
    let expected: Vec<(&str, Vec<Day>)> = vec![
        ("元旦", fixed(1, &[1])),
        ("春节", spring),
        ("清明节", vec![qingming]),
        ("劳动节", fixed(5, &[1, 2])),
        ("端午节", vec![lunar(5, 5)]),
        ("中秋节", vec![lunar(8, 15)]),
        ("国庆节", fixed(10, &[1, 2, 3])),
    ];
    let h = holidays();
    let year = h
        .law_year(2027)
        .expect("2027's festival days are in the data");
    let in_data: Vec<(&str, Vec<Day>)> = year
        .holiday
        .iter()
        .map(|f| (f.name.zh.as_str(), f.off.clone()))
        .collect();
    assert_eq!(in_data, expected);
    // 13 days, as the law says.
    assert_eq!(year.holiday.iter().map(|f| f.off.len()).sum::<usize>(), 13);
    // Until the notice, those days are off and nothing else moves.
    assert!(matches!(h.kind(day("2027-02-06")), DayKind::LawOff(f) if f.name.zh == "春节"));
    assert_eq!(h.kind(day("2027-02-14")), DayKind::Weekend);
    assert_eq!(h.law.number, "国务院令第795号");
    assert_eq!(h.law.source.grade(), Some(Grade::Official));
}
