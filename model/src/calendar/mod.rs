//! Days and times of day: calendar arithmetic only, never a clock (the app reads today's date
//! and hands it in).

mod day;
mod time_of_day;

pub use day::Day;
pub use time_of_day::TimeOfDay;
