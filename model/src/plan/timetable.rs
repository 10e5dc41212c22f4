//! Putting an agenda on the calendar: which date each teaching day falls on, and when each
//! session starts and ends.
//!
//! Teaching days of a phase follow each other on working weekdays (a phase that starts on a
//! Friday goes on on Monday); each phase starts a chosen number of weeks after the one before,
//! never before it has ended. The morning session starts at the day's start time, the afternoon
//! session after a full morning and lunch (`data/modules.toml`, `[agenda]`). Public holidays are
//! not skipped: they (and the weekend days worked in exchange for them, 调休) are set by the
//! State Council year by year, so the user picks dates around them.

use crate::quote::Day;

use super::agenda::{Agenda, Half, Session};
use super::modules::{AgendaRules, whole_minutes};
use super::time_of_day::TimeOfDay;

/// When a course is taught.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// The first teaching day (a Saturday or Sunday moves to the Monday after).
    pub first_day: Day,
    /// When each teaching day's morning session starts.
    pub day_start: TimeOfDay,
    /// From the first day of one phase to the first day of the next.
    pub weeks_between_phases: u32,
}

impl Timing {
    /// From `first_day`, with the data's start time and spacing of phases.
    pub fn starting(first_day: Day, rules: &AgendaRules) -> Timing {
        Timing {
            first_day,
            day_start: rules.day_start,
            weeks_between_phases: rules.weeks_between_phases,
        }
    }
}

/// One session of the agenda on the calendar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimedSession<'a> {
    /// Counted from 0, in the agenda's order.
    pub phase: usize,
    /// Teaching day within the whole course, counted from 0 (the agenda numbers days through
    /// all phases).
    pub day: usize,
    pub date: Day,
    pub start: TimeOfDay,
    /// The session's teaching time and its break after `start`.
    pub end: TimeOfDay,
    pub session: &'a Session,
}

/// Why an agenda cannot be put on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TimetableError {
    /// A session would end at or after midnight (a start time late in the day).
    #[error("a session starting at {start} would run past midnight")]
    PastMidnight { start: TimeOfDay },
    /// The dates run past the end of the calendar the date type knows.
    #[error("the dates run past the end of the calendar")]
    PastCalendarEnd,
}

impl TimetableError {
    pub fn message(&self, lang: crate::Lang) -> String {
        match (self, lang) {
            (TimetableError::PastMidnight { start }, crate::Lang::Zh) => {
                format!("从 {start} 开始的课程会延续到午夜之后，请选择更早的开始时间。")
            }
            (TimetableError::PastMidnight { start }, crate::Lang::En) => {
                format!("Sessions from {start} would run past midnight; choose an earlier start.")
            }
            (TimetableError::PastCalendarEnd, crate::Lang::Zh) => "日期超出日历范围。".into(),
            (TimetableError::PastCalendarEnd, crate::Lang::En) => {
                "The dates run past the end of the calendar.".into()
            }
        }
    }
}

/// Every session of `agenda` with its date and times, in the agenda's order.
pub fn timetable<'a>(
    agenda: &'a Agenda,
    rules: &AgendaRules,
    timing: &Timing,
) -> Result<Vec<TimedSession<'a>>, TimetableError> {
    let spacing = timing
        .weeks_between_phases
        .checked_mul(7)
        .ok_or(TimetableError::PastCalendarEnd)?;
    let mut out = Vec::new();
    let mut day_no = 0;
    // The first day of the phase before, and the last teaching day so far.
    let mut previous: Option<(Day, Day)> = None;
    for (p, phase) in agenda.phases.iter().enumerate() {
        let phase_start = match previous {
            None => timing.first_day.this_or_next_weekday(),
            Some((start, last)) => {
                let spaced = start.plus_days(spacing).and_then(Day::this_or_next_weekday);
                let after_last = last.next_weekday();
                spaced.zip(after_last).map(|(a, b)| a.max(b))
            }
        }
        .ok_or(TimetableError::PastCalendarEnd)?;
        let mut date = phase_start;
        for (d, day) in phase.days.iter().enumerate() {
            if d > 0 {
                date = date.next_weekday().ok_or(TimetableError::PastCalendarEnd)?;
            }
            for session in &day.sessions {
                let start = match session.half {
                    Half::Morning => Some(timing.day_start),
                    Half::Afternoon => timing
                        .day_start
                        .plus_minutes(rules.afternoon_offset_minutes()),
                }
                .ok_or(TimetableError::PastMidnight {
                    start: timing.day_start,
                })?;
                let length = whole_minutes(session.hours() * 60.0 + session.break_minutes);
                let end = start
                    .plus_minutes(length)
                    .ok_or(TimetableError::PastMidnight {
                        start: timing.day_start,
                    })?;
                out.push(TimedSession {
                    phase: p,
                    day: day_no,
                    date,
                    start,
                    end,
                    session,
                });
            }
            day_no += 1;
        }
        previous = Some((phase_start, date));
    }
    Ok(out)
}
