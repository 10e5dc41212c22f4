//! The one reading of the browser's clock: today's date, for quotes, budget requests and the
//! agenda's first day. Everything after it is calendar arithmetic in the model.

use model::calendar::Day;

/// Today in the browser's time zone, or the first day the calendar allows if the clock is odd.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::from_ymd(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .or_else(|| Day::from_ymd(2000, 1, 1))
    .expect("2000-01-01 is a valid date")
}
