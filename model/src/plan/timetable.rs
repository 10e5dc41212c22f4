//! Putting an agenda on the calendar: which date each teaching day falls on, and when each
//! session starts and ends.
//!
//! Teaching days of a phase follow each other on working days (a phase that starts on a Friday
//! goes on on Monday); each phase starts a chosen number of weeks after the one before, never
//! before it has ended. The morning session starts at the day's start time, the afternoon
//! session after a full morning and lunch (`data/modules.toml`, `[agenda]`).
//!
//! Working days are Monday to Friday, less the statutory days off (放假), plus the Saturdays
//! and Sundays worked in exchange for them (调休上班), as the State Council's notice for each
//! year sets them (`data/holidays.toml`, [`Holidays`]). A teaching date in a year whose notice
//! is not in the data avoids weekends only, and the timetable names that year
//! ([`Timetable::not_announced`]) so the page can say the dates may fall on a holiday. A date's
//! year decides whether it is covered; the days themselves are looked up in every notice (a
//! notice may give days off in the December before its year).
//!
//! Sessions that start before or end after the working day (`earliest_start`, `latest_end` in
//! `[agenda]`) are not refused: the timetable reports them ([`Timetable::outside_hours`]) and
//! the exports write them only once the user has confirmed the time
//! ([`Timing::hours_accepted`]). A session that would run past midnight is refused.
//!
//! Until the holidays issue, holidays were not skipped (the user was left to pick dates around
//! them) and any start time whose sessions ended before midnight was taken, 00:00 included.

use crate::Lang;
use crate::calendar::Day;
use crate::i18n;

use super::agenda::{Agenda, Session};
use crate::calendar::TimeOfDay;
use crate::catalog::AgendaRules;
use crate::catalog::modules::whole_minutes;
use crate::catalog::{DayKind, Holiday, Holidays, Notice};
use crate::vocab::Half;

/// When a course is taught.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// The first teaching day (a weekend day or a day off moves to the next working day).
    pub first_day: Day,
    /// When each teaching day's morning session starts.
    pub day_start: TimeOfDay,
    /// From the first day of one phase to the first day of the next.
    pub weeks_between_phases: u32,
    /// The user has confirmed a start time whose sessions fall outside the working day.
    pub hours_accepted: bool,
}

impl Timing {
    /// From `first_day`, with the data's start time and spacing of phases.
    pub fn starting(first_day: Day, rules: &AgendaRules) -> Timing {
        Timing {
            first_day,
            day_start: rules.day_start,
            weeks_between_phases: rules.weeks_between_phases,
            hours_accepted: false,
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

/// Sessions outside the working day: the earliest start and the latest end of any teaching
/// day, and the working day they are held against (`data/modules.toml`, `[agenda]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutsideHours {
    pub start: TimeOfDay,
    pub end: TimeOfDay,
    pub earliest: TimeOfDay,
    pub latest: TimeOfDay,
}

impl OutsideHours {
    /// What the page asks before it exports.
    pub fn question(&self, lang: Lang) -> String {
        let OutsideHours {
            start,
            end,
            earliest,
            latest,
        } = self;
        lang.fill(
            i18n::timetable::WITH_THIS_START_THE_SESSIONS,
            &[
                ("start", &start),
                ("end", &end),
                ("earliest", &earliest),
                ("latest", &latest),
            ],
        )
    }
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
    /// Sessions outside the working day that the user has not confirmed (exports only).
    #[error("sessions from {} to {} are outside the working day", .0.start, .0.end)]
    OutsideWorkingHours(OutsideHours),
}

impl TimetableError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (TimetableError::PastMidnight { start }, _) => lang.fill(
                i18n::timetable::SESSIONS_FROM_WOULD_RUN_PAST,
                &[("start", &start)],
            ),
            (TimetableError::PastCalendarEnd, _) => lang
                .t(i18n::timetable::THE_DATES_RUN_PAST_THE_END_OF)
                .into(),
            (TimetableError::OutsideWorkingHours(h), _) => lang.fill(
                i18n::timetable::THE_SESSIONS_RUN_OUTSIDE_THE,
                &[
                    ("h_start", &h.start),
                    ("h_end", &h.end),
                    ("h_earliest", &h.earliest),
                    ("h_latest", &h.latest),
                ],
            ),
        }
    }
}

/// An agenda on the calendar, with what the page says beside its dates.
#[derive(Debug, Clone, PartialEq)]
pub struct Timetable<'a> {
    /// Every session with its date and times, in the agenda's order.
    pub sessions: Vec<TimedSession<'a>>,
    /// Holidays with a day off from the first day asked for to the last teaching day, in date
    /// order: the dates go round them.
    pub holidays: Vec<(&'a Holiday, &'a Notice)>,
    /// Teaching dates on a Saturday or Sunday that a notice makes a working day (调休上班).
    pub make_up_days: Vec<(Day, &'a Holiday)>,
    /// The law's festival days the dates go round in years whose notice is not out yet.
    pub law_holidays: Vec<&'a Holiday>,
    /// Years of teaching dates whose notice is not in the data, oldest first: those dates avoid
    /// the law's festival days where the data has them, else weekends only.
    pub not_announced: Vec<i32>,
    /// Sessions before or after the working day, if any.
    pub outside_hours: Option<OutsideHours>,
}

impl<'a> Timetable<'a> {
    /// The teaching dates, in order, each once.
    pub fn dates(&self) -> Vec<Day> {
        let mut dates: Vec<Day> = self.sessions.iter().map(|s| s.date).collect();
        dates.dedup();
        dates
    }

    /// The timetable as an export may write it: refused while its sessions are outside the
    /// working day and the user has not confirmed the time.
    pub fn for_export(self, timing: &Timing) -> Result<Timetable<'a>, TimetableError> {
        match self.outside_hours {
            Some(hours) if !timing.hours_accepted => {
                Err(TimetableError::OutsideWorkingHours(hours))
            }
            _ => Ok(self),
        }
    }
}

/// What the page says when teaching dates fall in years whose notice is not out yet: for a
/// year whose festival dates the data has, that the dates avoid them but the make-up working
/// days are not known; for another, that they avoid weekends only.
pub fn not_announced_message(years: &[i32], holidays: &Holidays, lang: Lang) -> Option<String> {
    if years.is_empty() {
        return None;
    }
    let list = |years: &[i32]| {
        years
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(lang.t(i18n::timetable::AND))
    };
    let (by_law, unknown): (Vec<i32>, Vec<i32>) =
        years.iter().partition(|y| holidays.law_year(**y).is_some());
    let mut said = Vec::new();
    if !by_law.is_empty() {
        let years = list(&by_law);
        said.push(lang.fill(
            i18n::timetable::THE_NOTICE_FOR_IS_NOT_OUT_YET,
            &[("years", &years)],
        ));
    }
    if !unknown.is_empty() {
        let years = list(&unknown);
        said.push(lang.fill(
            i18n::timetable::THE_HOLIDAYS_FOR_HAVE_NOT_BEEN,
            &[("years", &years)],
        ));
    }
    Some(said.join(lang.t(i18n::timetable::WORD_SPACE)))
}

/// Every session of `agenda` with its date and times, in the agenda's order, on the working
/// days `holidays` gives.
pub fn timetable<'a>(
    agenda: &'a Agenda,
    rules: &AgendaRules,
    holidays: &'a Holidays,
    timing: &Timing,
) -> Result<Timetable<'a>, TimetableError> {
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
            None => holidays.this_or_next_working_day(timing.first_day),
            Some((start, last)) => {
                let spaced = start
                    .plus_days(spacing)
                    .and_then(|d| holidays.this_or_next_working_day(d));
                let after_last = holidays.next_working_day(last);
                spaced.zip(after_last).map(|(a, b)| a.max(b))
            }
        }
        .ok_or(TimetableError::PastCalendarEnd)?;
        let mut date = phase_start;
        for (d, day) in phase.days.iter().enumerate() {
            if d > 0 {
                date = holidays
                    .next_working_day(date)
                    .ok_or(TimetableError::PastCalendarEnd)?;
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
    Ok(described(out, rules, holidays, timing))
}

/// The sessions with what the page says beside them.
fn described<'a>(
    sessions: Vec<TimedSession<'a>>,
    rules: &AgendaRules,
    holidays: &'a Holidays,
    timing: &Timing,
) -> Timetable<'a> {
    let mut table = Timetable {
        sessions,
        holidays: Vec::new(),
        make_up_days: Vec::new(),
        law_holidays: Vec::new(),
        not_announced: Vec::new(),
        outside_hours: None,
    };
    let dates = table.dates();
    if let Some(&last) = dates.last() {
        table.holidays = holidays.off_between(timing.first_day, last);
        table.law_holidays = holidays.law_off_between(timing.first_day, last);
    }
    for &date in &dates {
        // A make-up working day is taught on like any weekday; the page marks it.
        if let DayKind::MakeUp(holiday, _) = holidays.kind(date) {
            table.make_up_days.push((date, holiday));
        }
        // Dates only go forward, so the years come oldest first.
        if !holidays.is_announced(date.year()) && !table.not_announced.contains(&date.year()) {
            table.not_announced.push(date.year());
        }
    }
    let first_start = table.sessions.iter().map(|s| s.start).min();
    let last_end = table.sessions.iter().map(|s| s.end).max();
    if let Some((start, end)) = first_start.zip(last_end)
        && (start < rules.earliest_start || end > rules.latest_end)
    {
        table.outside_hours = Some(OutsideHours {
            start,
            end,
            earliest: rules.earliest_start,
            latest: rules.latest_end,
        });
    }
    table
}
