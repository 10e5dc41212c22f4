//! The cost model: from a [`Scenario`] to an [`Estimate`] with its expected lines, a Monte Carlo
//! [`Distribution`], the market [`Verdict`]s, the [`Swing`] of each input, and the comparison
//! of routes ([`SourcingComparison`]).
//!
//! ```text
//! Scenario ──Costing::new──▶ quantities (by route) ──× rates──▶ lines ──▶ Estimate / Distribution / Swings
//! ```

pub mod costing;
mod declare;
pub mod estimate;
pub mod outcome;
pub mod scenario;
mod scenario_data;
pub mod sensitivity;
pub mod simulate;

pub use costing::{Bound, Category, Costing, Counts, Driver, Shape, rate};
pub use estimate::{Comparison, Estimate, LineItem, Position, Verdict, seat_cost_words};
pub use outcome::{Analysis, Outcome, Point, SourcingComparison};
pub use scenario::{Field, Input, ParticipantTime, Scenario, ScenarioError, ScenarioRecord};
pub use sensitivity::Swing;
pub use simulate::Distribution;
