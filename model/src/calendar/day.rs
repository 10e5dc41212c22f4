//! A calendar day, as a quote carries it: the day it was issued and the last day it holds.

use crate::i18n;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Duration, Month, Weekday};

/// A day in the Gregorian calendar, written `YYYY-MM-DD` on the page and in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

impl Day {
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = Month::try_from(month).ok()?;
        Date::from_calendar_date(year, month, day).ok().map(Day)
    }

    /// Reads `YYYY-MM-DD` (what a date input and our files hold); anything else is `None`.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        Day::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The day `days` later, or `None` past the calendar's end.
    pub fn plus_days(self, days: u32) -> Option<Day> {
        self.0.checked_add(Duration::days(i64::from(days))).map(Day)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// 1 (January) to 12.
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    pub fn day_of_month(self) -> u8 {
        self.0.day()
    }

    /// Saturday or Sunday: the weekly rest days of China's five-day working week
    /// (国务院《关于职工工作时间的规定》, 1995, 第七条).
    pub fn is_weekend(self) -> bool {
        matches!(self.0.weekday(), Weekday::Saturday | Weekday::Sunday)
    }

    /// This day if it is a working weekday, else the Monday after it; `None` past the
    /// calendar's end.
    pub fn this_or_next_weekday(self) -> Option<Day> {
        let mut day = self;
        while day.is_weekend() {
            day = day.plus_days(1)?;
        }
        Some(day)
    }

    /// The day as a formal document writes it: `2026年11月30日` in Chinese (no leading zeros),
    /// `30 November 2026` in English.
    pub fn formal(self, lang: crate::Lang) -> String {
        let (y, d) = (self.0.year(), self.0.day());
        lang.fill(
            i18n::day::FORMAL_DATE,
            &[
                ("y", &y),
                ("month", &self.month()),
                ("d", &d),
                ("month_name", &self.0.month()),
            ],
        )
    }

    /// The day of the week, short, as a timetable writes it beside a date: 周一 … 周日,
    /// Mon … Sun.
    pub fn weekday_label(self, lang: crate::Lang) -> &'static str {
        match self.0.weekday() {
            Weekday::Monday => lang.t(i18n::day::MON),
            Weekday::Tuesday => lang.t(i18n::day::TUE),
            Weekday::Wednesday => lang.t(i18n::day::WED),
            Weekday::Thursday => lang.t(i18n::day::THU),
            Weekday::Friday => lang.t(i18n::day::FRI),
            Weekday::Saturday => lang.t(i18n::day::SAT),
            Weekday::Sunday => lang.t(i18n::day::SUN),
        }
    }

    /// The first weekday after this day (Friday → Monday); `None` past the calendar's end.
    pub fn next_weekday(self) -> Option<Day> {
        self.plus_days(1)?.this_or_next_weekday()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = (self.0.year(), u8::from(self.0.month()), self.0.day());
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let text = String::deserialize(d)?;
        Day::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a date written YYYY-MM-DD"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn reads_and_writes_iso_days() {
        let day = Day::parse("2026-11-23").unwrap();
        assert_eq!(day.to_string(), "2026-11-23");
        assert_eq!(day.year(), 2026);
    }

    #[test]
    fn formal_dates_are_written_as_each_language_writes_them() {
        use crate::Lang;
        let day = Day::parse("2026-11-30").unwrap();
        assert_eq!(day.formal(Lang::Zh), "2026年11月30日");
        assert_eq!(day.formal(Lang::En), "30 November 2026");
        let day = Day::parse("2027-01-05").unwrap();
        assert_eq!(day.formal(Lang::Zh), "2027年1月5日");
        assert_eq!(day.formal(Lang::En), "5 January 2027");
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for bad in [
            "",
            "2026-13-01",
            "2026-02-30",
            "26-11-23",
            "2026/11/23",
            "2026-11-23-1",
            "二〇二六",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn weekends_roll_to_monday() {
        let d = |s| Day::parse(s).unwrap();
        // 2026-11-27 is a Friday (the calendar's own count: 2026-01-01 was a Thursday).
        assert!(!d("2026-11-27").is_weekend());
        assert!(d("2026-11-28").is_weekend() && d("2026-11-29").is_weekend());
        assert_eq!(d("2026-11-27").next_weekday(), Some(d("2026-11-30")));
        assert_eq!(
            d("2026-11-28").this_or_next_weekday(),
            Some(d("2026-11-30"))
        );
        assert_eq!(
            d("2026-11-30").this_or_next_weekday(),
            Some(d("2026-11-30"))
        );
        assert_eq!(d("2026-11-30").next_weekday(), Some(d("2026-12-01")));
        let day = d("2026-11-27");
        assert_eq!((day.month(), day.day_of_month()), (11, 27));
        assert_eq!(day.weekday_label(crate::Lang::Zh), "周五");
        assert_eq!(d("2026-11-29").weekday_label(crate::Lang::En), "Sun");
    }

    #[test]
    fn adds_days_across_months_years_and_leap_days() {
        let d = |s| Day::parse(s).unwrap();
        assert_eq!(d("2026-11-23").plus_days(30), Some(d("2026-12-23")));
        assert_eq!(d("2026-12-15").plus_days(30), Some(d("2027-01-14")));
        assert_eq!(d("2028-02-15").plus_days(14), Some(d("2028-02-29")));
        assert_eq!(d("2027-02-15").plus_days(14), Some(d("2027-03-01")));
    }
}
