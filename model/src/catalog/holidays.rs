//! China's statutory holidays and the weekend days worked in exchange for them (调休), as the
//! State Council's General Office announces them year by year (`data/holidays.toml`).
//!
//! Each year's notice (国务院办公厅关于YYYY年部分节假日安排的通知, usually published in
//! October or November of the year before) lists, for each holiday, the days off (放假, weekend
//! days inside the break included) and the weekend days that become working days (调休上班).
//! A weekend merely next to a holiday (与周末连休) is an ordinary weekend and is not listed.
//!
//! A notice is named by the year in its title, not by the dates it lists: the 2023 notice gave
//! 2022-12-31 off. So a date is looked up in every notice, and a notice may list days of the
//! December before its year. Whether a date's holidays are known is judged by the date's own
//! year: a year with no notice in the data is "not yet announced". Its dates still avoid the
//! days the law itself gives off (《全国年节及纪念日放假办法》, [`Law`]) where the data has that
//! year's festival dates, and otherwise weekends only; either way the make-up working days are
//! unknown until the notice, and the planner says so.

use serde::{Deserialize, Serialize};

use crate::calendar::Day;
use crate::catalog::{Bilingual, Checker, DataFile, Grade, Source};

/// The month a notice may reach back into, in the year before its own: December.
const DECEMBER: u8 = 12;

/// One holiday of a notice: its days off and the weekend days worked in exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    /// As the notice names it (元旦, 春节, 国庆节、中秋节 …).
    pub name: Bilingual,
    /// The days off (放假), consecutive, weekend days inside the break included.
    pub off: Vec<Day>,
    /// Saturdays and Sundays worked in exchange (调休上班): working days like any weekday.
    #[serde(default)]
    pub work: Vec<Day>,
}

impl Holiday {
    /// The first and the last day off.
    pub fn span(&self) -> Option<(Day, Day)> {
        Some((*self.off.first()?, *self.off.last()?))
    }
}

/// One year's notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// The year in the notice's title.
    pub year: i32,
    /// 国务院办公厅关于YYYY年部分节假日安排的通知.
    pub title: String,
    /// Its document number, 国办发明电〔YYYY〕N号.
    pub number: String,
    /// The day it was signed.
    pub issued: Day,
    /// Where the government publishes it.
    pub url: String,
    pub source: Source,
    pub holiday: Vec<Holiday>,
}

/// `data/holidays.toml`: every year's notice in the data, oldest first, and the law's own days
/// for years whose notice is not out yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holidays {
    pub notice: Vec<Notice>,
    pub law: Law,
}

/// The festival days the law gives off (《全国年节及纪念日放假办法》), by year: what is known of a
/// year before its notice says how the weekends move around them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    pub title: String,
    /// The order that last revised it (国务院令第795号).
    pub number: String,
    pub source: Source,
    pub year: Vec<LawYear>,
}

/// One year's festival days, by the law's rules on that year's calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawYear {
    pub year: i32,
    pub source: Source,
    pub holiday: Vec<Holiday>,
}

/// How many days the law gives off for each festival, by its Chinese name.
const LAW_DAYS: [(&str, usize); 7] = [
    ("元旦", 1),
    ("春节", 4),
    ("清明节", 1),
    ("劳动节", 2),
    ("端午节", 1),
    ("中秋节", 1),
    ("国庆节", 3),
];

/// What a date is for teaching.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DayKind<'a> {
    /// Monday to Friday, no holiday.
    Weekday,
    /// Saturday or Sunday, no notice says otherwise.
    Weekend,
    /// A statutory day off (放假).
    Off(&'a Holiday, &'a Notice),
    /// A Saturday or Sunday worked in exchange for a holiday (调休上班): a working day.
    MakeUp(&'a Holiday, &'a Notice),
    /// A festival day the law gives off, in a year whose notice is not out yet.
    LawOff(&'a Holiday),
}

impl DayKind<'_> {
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Weekday | DayKind::MakeUp(..))
    }
}

impl Holidays {
    /// The notice of `year`, if the data has it.
    pub fn notice(&self, year: i32) -> Option<&Notice> {
        self.notice.iter().find(|n| n.year == year)
    }

    /// Whether the holidays of `year` are in the data; if not, its dates avoid weekends only.
    pub fn is_announced(&self, year: i32) -> bool {
        self.notice(year).is_some()
    }

    /// What `day` is, by every notice in the data (a December day may be in the next year's).
    pub fn kind(&self, day: Day) -> DayKind<'_> {
        for notice in &self.notice {
            for holiday in &notice.holiday {
                if holiday.off.contains(&day) {
                    return DayKind::Off(holiday, notice);
                }
                if holiday.work.contains(&day) {
                    return DayKind::MakeUp(holiday, notice);
                }
            }
        }
        if !self.is_announced(day.year())
            && let Some(holiday) = self
                .law_year(day.year())
                .and_then(|y| y.holiday.iter().find(|h| h.off.contains(&day)))
        {
            return DayKind::LawOff(holiday);
        }
        if day.is_weekend() {
            DayKind::Weekend
        } else {
            DayKind::Weekday
        }
    }

    /// The law's festival days of `year`, if the data has that year's dates.
    pub fn law_year(&self, year: i32) -> Option<&LawYear> {
        self.law.year.iter().find(|y| y.year == year)
    }

    /// The law's festival days from `first` to `last` (both included) in years whose notice is
    /// not out yet: the dates go round them.
    pub fn law_off_between(&self, first: Day, last: Day) -> Vec<&Holiday> {
        self.law
            .year
            .iter()
            .filter(|y| !self.is_announced(y.year))
            .flat_map(|y| &y.holiday)
            .filter(|h| h.off.iter().any(|d| (first..=last).contains(d)))
            .collect()
    }

    pub fn is_working_day(&self, day: Day) -> bool {
        self.kind(day).is_working()
    }

    /// This day if it is a working day, else the next one; `None` past the calendar's end.
    pub fn this_or_next_working_day(&self, day: Day) -> Option<Day> {
        let mut day = day;
        while !self.is_working_day(day) {
            day = day.plus_days(1)?;
        }
        Some(day)
    }

    /// The first working day after `day`; `None` past the calendar's end.
    pub fn next_working_day(&self, day: Day) -> Option<Day> {
        self.this_or_next_working_day(day.plus_days(1)?)
    }

    /// Every holiday with a day off from `first` to `last`, both included, in date order (the
    /// order of the file, which the check keeps), with the notice that gives it.
    pub fn off_between(&self, first: Day, last: Day) -> Vec<(&Holiday, &Notice)> {
        self.notice
            .iter()
            .flat_map(|n| n.holiday.iter().map(move |h| (h, n)))
            .filter(|(h, _)| h.off.iter().any(|d| (first..=last).contains(d)))
            .collect()
    }
}

impl DataFile for Holidays {
    const PATH: &'static str = "data/holidays.toml";

    fn check(&self, c: &mut Checker) {
        for pair in self.notice.windows(2) {
            if pair[0].year >= pair[1].year {
                c.fail(
                    format!("notice ({})", pair[1].year),
                    "notices go oldest first, one a year",
                );
            }
        }
        // Holidays go in the order of their first day off, through all notices: the app lists
        // them in that order without sorting.
        let starts: Vec<(Day, &Holiday, i32)> = self
            .notice
            .iter()
            .flat_map(|n| n.holiday.iter().map(move |h| (h, n.year)))
            .filter_map(|(h, year)| Some((*h.off.first()?, h, year)))
            .collect();
        for pair in starts.windows(2) {
            let ((a, _, _), (b, h, year)) = (pair[0], pair[1]);
            if b <= a {
                c.fail(
                    format!("notice ({year}).holiday ({})", h.name.zh),
                    format!("starts {b}, not after the holiday before it ({a}): list holidays in date order"),
                );
            }
        }
        check_law(&self.law, c);
        let mut seen = std::collections::BTreeSet::new();
        for notice in &self.notice {
            check_notice(notice, c);
            for holiday in &notice.holiday {
                for day in holiday.off.iter().chain(&holiday.work) {
                    if !seen.insert(*day) {
                        c.fail(
                            format!("notice ({}).holiday ({})", notice.year, holiday.name.zh),
                            format!("{day} is listed twice"),
                        );
                    }
                }
            }
        }
    }
}

fn check_law(law: &Law, c: &mut Checker) {
    if law.title != "全国年节及纪念日放假办法" {
        c.fail("law.title", "the law is 全国年节及纪念日放假办法");
    }
    c.source("law", &law.source);
    if law.source.grade() != Some(Grade::Official) {
        c.fail("law.source", "a law is an official rule: [O]");
    }
    for y in &law.year {
        let f = format!("law.year ({})", y.year);
        c.source(&f, &y.source);
        // Every festival of the law, each with the days the law gives it, in its year, and no
        // make-up days (only a notice moves weekends).
        let names: Vec<&str> = y.holiday.iter().map(|h| h.name.zh.as_str()).collect();
        let expected: Vec<&str> = LAW_DAYS.iter().map(|(name, _)| *name).collect();
        if names != expected {
            c.fail(
                format!("{f}.holiday"),
                format!("lists {names:?}: the law's festivals are {expected:?}, in that order"),
            );
        }
        for (h, (_, days)) in y.holiday.iter().zip(LAW_DAYS) {
            let f = format!("{f}.holiday ({})", h.name.zh);
            if h.off.len() != days {
                c.fail(
                    format!("{f}.off"),
                    format!("the law gives {days} day(s) off, not {}", h.off.len()),
                );
            }
            if !h.work.is_empty() {
                c.fail(
                    format!("{f}.work"),
                    "only a notice sets make-up working days",
                );
            }
            for pair in h.off.windows(2) {
                if pair[0].plus_days(1) != Some(pair[1]) {
                    c.fail(format!("{f}.off"), "the law's days of one festival run on");
                }
            }
            // The spring festival's eve can be in the year before only if the new year's day
            // is 1 January; otherwise every day is in the year.
            if let Some(day) = h.off.iter().find(|d| d.year() != y.year) {
                c.fail(f.clone(), format!("{day} is outside {}", y.year));
            }
        }
    }
}

fn check_notice(n: &Notice, c: &mut Checker) {
    let f = format!("notice ({})", n.year);
    let title = format!("国务院办公厅关于{}年部分节假日安排的通知", n.year);
    if n.title != title {
        c.fail(format!("{f}.title"), format!("should read `{title}`"));
    }
    if !(n.number.starts_with("国办发明电〔") && n.number.ends_with('号')) {
        c.fail(
            format!("{f}.number"),
            "a State Council office notice is numbered 国办发明电〔YYYY〕N号",
        );
    }
    if !n.url.starts_with("https://www.gov.cn/") {
        c.fail(
            format!("{f}.url"),
            "the notice's address on www.gov.cn, where the government publishes it",
        );
    }
    c.source(&f, &n.source);
    if n.source.grade() != Some(Grade::Official) {
        c.fail(format!("{f}.source"), "the notice is an official rule: [O]");
    }
    if n.holiday.is_empty() {
        c.fail(format!("{f}.holiday"), "a notice sets at least one holiday");
    }
    for h in &n.holiday {
        let f = format!("{f}.holiday ({})", h.name.zh);
        if h.name.zh.trim().is_empty() || h.name.en.trim().is_empty() {
            c.fail(format!("{f}.name"), "needs text in both languages");
        }
        if h.off.is_empty() {
            c.fail(format!("{f}.off"), "a holiday has at least one day off");
        }
        // The break is one run of days: each day off is the day after the one before.
        for pair in h.off.windows(2) {
            if pair[0].plus_days(1) != Some(pair[1]) {
                c.fail(
                    format!("{f}.off"),
                    format!("{} does not follow {}: days off run on", pair[1], pair[0]),
                );
            }
        }
        for day in h.off.iter().chain(&h.work) {
            let in_year =
                day.year() == n.year || (day.year() == n.year - 1 && day.month() == DECEMBER);
            if !in_year {
                c.fail(
                    f.clone(),
                    format!(
                        "{day} is outside {} (a notice lists its year's days and at most the December before)",
                        n.year
                    ),
                );
            }
        }
        for day in &h.work {
            if !day.is_weekend() {
                c.fail(
                    format!("{f}.work"),
                    format!("{day} is a weekday: a make-up working day is a Saturday or Sunday"),
                );
            }
        }
        if h.off.iter().chain(&h.work).any(|d| *d < n.issued) {
            c.fail(
                f.clone(),
                format!("lists a day before the notice was issued ({})", n.issued),
            );
        }
    }
}
