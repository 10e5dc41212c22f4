//! The course planner: the ten curriculum modules (`data/modules.toml`), plans built from them,
//! the agenda a plan makes and its dates and times (on working days, by the State Council's
//! holiday notices in `data/holidays.toml`), ready-made presets, and fitting a plan to an hours
//! budget.
//!
//! Pure Rust with no web dependency; every hour, limit and break length comes from the data file.

pub mod agenda;
pub mod fit;
#[allow(clippy::module_inception)]
pub mod plan;
pub mod presets;
pub mod problems;
pub mod timetable;

pub use agenda::{Agenda, Block, Phase, Session, TeachingDay};
pub use fit::{Fit, LeftOut, LeftOutReason, fit_to_budget};
pub use plan::Plan;
pub use problems::{PlanFix, PlanProblem, Problem, module_name};
pub use timetable::{
    OutsideHours, TimedSession, Timetable, TimetableError, Timing, not_announced_message, timetable,
};

/// Slack when comparing sums of hours: adding decimal fractions in binary floating point can be
/// off in the last bits, and a plan exactly filling a session or a budget must count as fitting.
/// This is numerical rounding, not a figure about training.
pub(crate) const HOURS_TOLERANCE: f64 = 1e-9;
