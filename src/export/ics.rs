//! The agenda as a calendar file (`.ics`, iCalendar, RFC 5545) that Outlook, WPS, phone and web
//! calendars import: one event per half-day session, on the dates and at the times of
//! [`model::plan::timetable`] (working days: weekends and statutory days off skipped, make-up
//! working days used), with its modules in the title and the description. Sessions outside the
//! working day are written only once the user has confirmed the time (`Timing::hours_accepted`).
//!
//! Times are written in UTC (RFC 5545 §3.3.5, form 2, `…Z`), converted from Beijing time. Every
//! calendar program turns a UTC time into the hour of the zone the device is set to, so a phone
//! or an Outlook in China shows 09:00 and a trainer's laptop still set to another zone shows the
//! same moment in its own hours. Floating times (no zone) would show 09:00 wherever the device
//! is, the wrong moment outside China; `TZID=Asia/Shanghai` needs a VTIMEZONE block as well
//! (Outlook relies on it). Beijing time never changes its offset, so the conversion is exact
//! all year.
//!
//! The file is the same for the same course: each event's id (UID) is a hash of what it is
//! (course title, date, times, modules), so importing the file again updates the events rather
//! than doubling them. Only `DTSTAMP` (when the file was made, which RFC 5545 requires) is taken
//! from the caller.
//!
//! The text is written here rather than with the `icalendar` crate: that crate always links
//! chrono's date formatting, a random UUID generator and a clock for the ids and stamps it
//! fills in when they are missing (these never are), about 24 KB gzip in the app's wasm
//! against a few hundred bytes for the three rules it needs (content lines and their folding,
//! §3.1; text escaping, §3.3.11; UTC date-times, §3.3.5). The tests read the file back with
//! that crate's parser.

use model::i18n;
use std::fmt::Write as _;
use std::hash::Hasher as _;

use model::Lang;
use model::calendar::Day;
use model::calendar::TimeOfDay;
use model::catalog::AgendaRules;
use model::catalog::Holidays;
use model::number::plain;
use model::plan::{Agenda, TimedSession, TimetableError, Timing, timetable};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// The media type to serve or download the file as (RFC 5545 §8.1; UTF-8 is its default
/// charset, named so that no program guesses another).
pub const MIME: &str = "text/calendar; charset=utf-8";

/// Beijing time (北京时间, China Standard Time) is UTC+8 all year: China has kept no daylight
/// saving time since 1992. This is the clock's definition, not a setting.
const BEIJING_UTC_OFFSET_HOURS: i8 = 8;

/// RFC 5545 §3.1: a content line is at most 75 octets, not counting its line break; a longer
/// one goes on after a line break and one space.
const LINE_OCTETS: usize = 75;

/// What the calendar file is of, besides the agenda.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CalendarOptions<'a> {
    /// The course's name, e.g. the client and the programme: the calendar's name and the start
    /// of every event's title. May be empty.
    pub title: &'a str,
    /// Where the course is taught (a city, a venue). Empty for none.
    pub location: &'a str,
    pub lang: Lang,
    /// The dates and start time.
    pub timing: Timing,
    /// The statutory holidays and make-up working days the dates follow (`data/holidays.toml`).
    pub holidays: &'a Holidays,
    /// When the file is made (RFC 5545's `DTSTAMP`); the caller reads the clock.
    pub made_at: OffsetDateTime,
}

/// The agenda as the text of an `.ics` file.
pub fn agenda_ics(
    agenda: &Agenda,
    rules: &AgendaRules,
    options: &CalendarOptions,
) -> Result<String, TimetableError> {
    let lang = options.lang;
    let phases = agenda.phases.len();
    let table =
        timetable(agenda, rules, options.holidays, &options.timing)?.for_export(&options.timing)?;
    let slots = table.sessions;
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    // §3.7.3: who made the file, as "-//maker//product//language".
    line(
        &mut out,
        "PRODID",
        "-//training-planner//客诉处理培训 成本估算与课程规划//ZH",
    );
    line(&mut out, "CALSCALE", "GREGORIAN");
    // A published timetable, not a meeting invitation: importing adds it, nobody replies.
    line(&mut out, "METHOD", "PUBLISH");
    if !options.title.is_empty() {
        // The calendar's name in Apple's, Google's and Outlook's imports.
        line(&mut out, "X-WR-CALNAME", &text(options.title));
    }
    let stamp = utc_text(options.made_at);
    for slot in &slots {
        line(&mut out, "BEGIN", "VEVENT");
        line(&mut out, "UID", &uid(options.title, slot));
        line(&mut out, "DTSTAMP", &stamp);
        line(
            &mut out,
            "DTSTART",
            &utc_text(beijing(slot.date, slot.start)),
        );
        line(&mut out, "DTEND", &utc_text(beijing(slot.date, slot.end)));
        line(
            &mut out,
            "SUMMARY",
            &text(&summary(options.title, slot, lang)),
        );
        line(
            &mut out,
            "DESCRIPTION",
            &text(&description(slot, phases, lang)),
        );
        if !options.location.is_empty() {
            line(&mut out, "LOCATION", &text(options.location));
        }
        line(&mut out, "END", "VEVENT");
    }
    line(&mut out, "END", "VCALENDAR");
    Ok(out)
}

/// One content line, folded (§3.1): a break and a space before any character that would take
/// the line past 75 octets, never inside a character's UTF-8 bytes.
fn line(out: &mut String, name: &str, value: &str) {
    let mut octets = 0;
    for ch in name.chars().chain([':']).chain(value.chars()) {
        if octets + ch.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(ch);
        octets += ch.len_utf8();
    }
    out.push_str("\r\n");
}

/// A TEXT value (§3.3.11): backslash, semicolon and comma escaped, a line break as `\n`; other
/// control characters, which TEXT may not hold, left out.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(ch),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A moment as a UTC DATE-TIME (§3.3.5, form 2): `20261127T010000Z`.
fn utc_text(moment: OffsetDateTime) -> String {
    let t = moment.to_offset(UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A date and time in Beijing as a moment.
fn beijing(day: Day, time: TimeOfDay) -> OffsetDateTime {
    // A model Day is a valid date and a TimeOfDay a valid time, so none of these fail.
    let date = Month::try_from(day.month())
        .ok()
        .and_then(|m| Date::from_calendar_date(day.year(), m, day.day_of_month()).ok())
        .expect("a Day is a valid date");
    let clock = Time::from_hms(time.hour() as u8, time.minute() as u8, 0)
        .expect("a TimeOfDay is a valid time");
    let offset = UtcOffset::from_hms(BEIJING_UTC_OFFSET_HOURS, 0, 0).expect("UTC+8 is an offset");
    PrimitiveDateTime::new(date, clock).assume_offset(offset)
}

/// The event's title: the course, the half of the day, the modules in the session.
fn summary(title: &str, slot: &TimedSession, lang: Lang) -> String {
    let modules = slot
        .session
        .blocks
        .iter()
        .map(|b| b.title.get(lang))
        .collect::<Vec<_>>()
        .join(lang.t(i18n::common::LIST_SEPARATOR_SEMICOLON));
    let half = slot.session.half.label(lang);
    match (title.is_empty(), lang) {
        (true, _) => lang.fill(
            i18n::ics::SESSION_MODULES,
            &[("half", &half), ("modules", &modules)],
        ),
        (false, _) => lang.fill(
            i18n::ics::TITLED_SESSION_MODULES,
            &[("title", &title), ("half", &half), ("modules", &modules)],
        ),
    }
}

/// Where the session sits in the course, then one line per module (the title in both
/// languages, the user's first, its depth and hours, and whether it runs on from or into
/// another session), then the break, the way the planner's agenda shows them.
fn description(slot: &TimedSession, phases: usize, lang: Lang) -> String {
    let day = slot.day + 1;
    let half = slot.session.half.label(lang);
    let mut text = match (phases > 1, lang) {
        (true, _) => lang.fill(
            i18n::ics::PHASE_DAY,
            &[("phase", &(slot.phase + 1)), ("day", &day), ("half", &half)],
        ),
        (false, _) => lang.fill(i18n::ics::DAY, &[("day", &day), ("half", &half)]),
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
            lang.t(i18n::common::HOURS_SUFFIX),
        );
        if b.continued {
            text.push_str(lang.t(i18n::common::CONTINUED));
        }
        if b.continues {
            text.push_str(lang.t(i18n::common::CONTINUES));
        }
    }
    if slot.session.break_minutes > 0.0 {
        let _ = write!(
            text,
            "\n{} {} {}",
            lang.t(i18n::common::BREAK),
            plain(slot.session.break_minutes, 0),
            lang.t(i18n::common::MINUTES),
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
