//! A time on the clock within one day, to the minute: when a teaching day starts, when a session
//! starts and ends.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Minutes in a day: 24 × 60 (China keeps no daylight saving time, so every day has them all).
const MINUTES_PER_DAY: u32 = 24 * 60;

/// A time of day from 00:00 to 23:59, written `HH:MM` (ISO 8601's extended form, 24-hour
/// clock) in data files and on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    minutes: u32,
}

impl TimeOfDay {
    pub fn from_hm(hour: u32, minute: u32) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay {
            minutes: hour * 60 + minute,
        })
    }

    /// Reads `HH:MM` (what a time input gives and data files hold); anything else is `None`.
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let (h, m) = text.trim().split_once(':')?;
        let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !two_digits(h) || !two_digits(m) {
            return None;
        }
        TimeOfDay::from_hm(h.parse().ok()?, m.parse().ok()?)
    }

    pub fn hour(self) -> u32 {
        self.minutes / 60
    }

    pub fn minute(self) -> u32 {
        self.minutes % 60
    }

    /// The time `minutes` later on the same day, or `None` at or past midnight: a session never
    /// runs into the next day.
    pub fn plus_minutes(self, minutes: u32) -> Option<TimeOfDay> {
        let later = self.minutes.checked_add(minutes)?;
        (later < MINUTES_PER_DAY).then_some(TimeOfDay { minutes: later })
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TimeOfDay, D::Error> {
        let text = String::deserialize(d)?;
        TimeOfDay::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a time written HH:MM (00:00–23:59)"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::TimeOfDay;

    #[test]
    fn reads_and_writes_hh_mm() {
        let t = TimeOfDay::parse("09:05").unwrap();
        assert_eq!((t.hour(), t.minute()), (9, 5));
        assert_eq!(t.to_string(), "09:05");
        assert_eq!(TimeOfDay::parse("23:59").unwrap().to_string(), "23:59");
        assert_eq!(TimeOfDay::parse("00:00").unwrap().to_string(), "00:00");
    }

    #[test]
    fn refuses_what_is_not_a_time_of_day() {
        for bad in [
            "",
            "9:00",
            "24:00",
            "12:60",
            "12-30",
            "12:30:00",
            "ab:cd",
            "１２:００",
        ] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn adds_minutes_within_the_day_only() {
        let nine = TimeOfDay::from_hm(9, 0).unwrap();
        assert_eq!(nine.plus_minutes(195), TimeOfDay::from_hm(12, 15));
        assert_eq!(nine.plus_minutes(14 * 60 + 59), TimeOfDay::from_hm(23, 59));
        assert_eq!(nine.plus_minutes(15 * 60), None);
        assert_eq!(nine.plus_minutes(u32::MAX), None);
    }
}
