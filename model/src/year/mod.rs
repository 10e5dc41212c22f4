//! The year's programme (年度培训计划): next year's courses by department and quarter, each
//! priced by the cost model, added up with one range for the year ([`cost`]), held against the
//! staff education fund, the deductible limit, the front-line floor and the user's cap
//! ([`caps`]), and, when it does not fit, a proposal that does ([`fit`]).
//!
//! Pure Rust with no web dependency; every rate, share and weight comes from `data/`.

pub mod caps;
pub mod cost;
pub mod course;
pub mod fit;

pub use caps::{CapInputs, CapKind, CapWarning, Caps};
pub use cost::{CourseCost, Priced, Subtotal, YearCost};
pub use course::{Course, CourseId, Heading, Period, Priority, Programme};
pub use fit::{Change, Move, Proposal, Proposed, propose};
