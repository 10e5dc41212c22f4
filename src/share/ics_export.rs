//! The agenda as a calendar file (`.ics`, iCalendar, RFC 5545) that Outlook, WPS, phone and web
//! calendars import: one event per half-day session, on the dates and at the times of
//! [`model::plan::timetable`], with its modules in the title and the description.
//!
//! Times are written in UTC (RFC 5545 §3.3.5, form 2, `…Z`), converted from Beijing time. Every
//! calendar program turns a UTC time into the hour of the zone the device is set to, so a phone
//! or an Outlook in China shows 09:00 and a trainer's laptop still set to another zone shows the
//! same moment in its own hours. Floating times (no zone) would show 09:00 wherever the device
//! is, the wrong moment outside China; `TZID=Asia/Shanghai` would need a VTIMEZONE block, which
//! the icalendar crate cannot write, and Outlook needs it. Beijing time never changes its
//! offset, so the conversion is exact all year.
//!
//! The file is the same for the same course: each event's id (UID) is a hash of what it is
//! (course title, date, times, modules), so importing the file again updates the events rather
//! than doubling them. Only `DTSTAMP` (when the file was made, which RFC 5545 requires) is taken
//! from the caller.

use std::fmt::Write as _;
use std::hash::Hasher as _;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};
use model::Lang;
use model::number::plain;
use model::plan::{Agenda, AgendaRules, TimedSession, TimetableError, Timing, timetable};
use model::quote::Day;

/// The media type to serve or download the file as (RFC 5545 §8.1; UTF-8 is its default
/// charset, named so that no program guesses another).
pub const MIME: &str = "text/calendar; charset=utf-8";

/// Beijing time (北京时间, China Standard Time) is UTC+8 all year: China has kept no daylight
/// saving time since 1992. This is the clock's definition, not a setting.
const BEIJING_UTC_OFFSET_HOURS: i64 = 8;

/// What the calendar file is of, besides the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarOptions<'a> {
    /// The course's name, e.g. the client and the programme: the calendar's name and the start
    /// of every event's title. May be empty.
    pub title: &'a str,
    /// Where the course is taught (a city, a venue). Empty for none.
    pub location: &'a str,
    pub lang: Lang,
    /// The dates and start time.
    pub timing: Timing,
    /// When the file is made (RFC 5545's `DTSTAMP`); the caller reads the clock.
    pub made_at: DateTime<Utc>,
}

/// The agenda as the text of an `.ics` file.
pub fn agenda_ics(
    agenda: &Agenda,
    rules: &AgendaRules,
    options: &CalendarOptions,
) -> Result<String, TimetableError> {
    let lang = options.lang;
    let phases = agenda.phases.len();
    let mut calendar = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        // RFC 5545 §3.7.3: who made the file, as "-//maker//product//language".
        (
            "PRODID",
            "-//training-planner//客诉处理培训 成本估算与课程规划//ZH",
        ),
        ("CALSCALE", "GREGORIAN"),
        // A published timetable, not a meeting invitation: importing adds it, nobody replies.
        ("METHOD", "PUBLISH"),
    ] {
        calendar.append_property(Property::new(key, value));
    }
    if !options.title.is_empty() {
        // The calendar's name in Apple's, Google's and Outlook's imports.
        calendar.append_property(Property::new("X-WR-CALNAME", options.title));
    }
    for slot in timetable(agenda, rules, &options.timing)? {
        let mut event = Event::new();
        event
            .uid(&uid(options.title, &slot))
            .timestamp(options.made_at)
            .starts(utc(slot.date, slot.start.hour(), slot.start.minute()))
            .ends(utc(slot.date, slot.end.hour(), slot.end.minute()))
            .summary(&summary(options.title, &slot, lang))
            .description(&description(&slot, phases, lang));
        if !options.location.is_empty() {
            event.location(options.location);
        }
        calendar.push(event.done());
    }
    Ok(calendar.to_string())
}

/// A Beijing-time moment in UTC.
fn utc(day: Day, hour: u32, minute: u32) -> DateTime<Utc> {
    let date = NaiveDate::from_ymd_opt(
        day.year(),
        u32::from(day.month()),
        u32::from(day.day_of_month()),
    )
    // A model Day is always a valid calendar date.
    .expect("a Day is a valid date");
    let time = NaiveTime::from_hms_opt(hour, minute, 0).expect("a TimeOfDay is a valid time");
    let local = NaiveDateTime::new(date, time);
    (local - Duration::hours(BEIJING_UTC_OFFSET_HOURS)).and_utc()
}

/// The event's title: the course, the half of the day, the modules in the session.
fn summary(title: &str, slot: &TimedSession, lang: Lang) -> String {
    let modules = slot
        .session
        .blocks
        .iter()
        .map(|b| b.title.get(lang))
        .collect::<Vec<_>>()
        .join(lang.pick("、", "; "));
    let half = slot.session.half.label(lang);
    match (title.is_empty(), lang) {
        (true, Lang::Zh) => format!("{half}：{modules}"),
        (true, Lang::En) => format!("{half}: {modules}"),
        (false, Lang::Zh) => format!("{title}｜{half}：{modules}"),
        (false, Lang::En) => format!("{title} | {half}: {modules}"),
    }
}

/// Where the session sits in the course, then one line per module (the title in both
/// languages, the user's first, its depth and hours, and whether it runs on from or into
/// another session), then the break, the way the planner's agenda shows them.
fn description(slot: &TimedSession, phases: usize, lang: Lang) -> String {
    let day = slot.day + 1;
    let half = slot.session.half.label(lang);
    let mut text = match (phases > 1, lang) {
        (true, Lang::Zh) => format!("第 {} 期 · 第 {day} 天 · {half}", slot.phase + 1),
        (true, Lang::En) => format!("Phase {} · Day {day} · {half}", slot.phase + 1),
        (false, Lang::Zh) => format!("第 {day} 天 · {half}"),
        (false, Lang::En) => format!("Day {day} · {half}"),
    };
    for b in &slot.session.blocks {
        let _ = write!(
            text,
            "\n{}. {}（{}）· {} · {}{}",
            b.module,
            b.title.get(lang),
            b.title.get(lang.other()),
            b.depth.label(lang),
            plain(b.hours, 2),
            lang.pick(" 小时", " h"),
        );
        if b.continued {
            text.push_str(lang.pick("（续）", " (continued)"));
        }
        if b.continues {
            text.push_str(lang.pick("（未完）", " (continues)"));
        }
    }
    if slot.session.break_minutes > 0.0 {
        let _ = write!(
            text,
            "\n{} {} {}",
            lang.pick("茶歇", "Break"),
            plain(slot.session.break_minutes, 0),
            lang.pick("分钟", "min"),
        );
    }
    text
}

/// The event's id: FNV-1a of what the event is, so the same course exported again gives the same
/// ids (and an importing calendar updates instead of doubling), and two different sessions never
/// share one. Fields are separated by a byte no text holds (0x1F, the ASCII unit separator).
fn uid(title: &str, slot: &TimedSession) -> String {
    let mut hasher = fnv::FnvHasher::default();
    let mut field = |text: &str| {
        hasher.write(text.as_bytes());
        hasher.write(&[0x1f]);
    };
    field(title);
    field(&slot.date.to_string());
    field(&slot.start.to_string());
    field(&slot.end.to_string());
    for b in &slot.session.blocks {
        field(&b.module.to_string());
        field(b.depth.id());
        field(&plain(b.hours, 6));
    }
    format!("{:016x}@training-planner", hasher.finish())
}
