//! The cost model: from a [`Scenario`] to an [`Estimate`] with a range, a Monte Carlo
//! [`Distribution`], the market [`Verdict`] and the [`Swing`] of each input.
//!
//! ```text
//! Scenario ──Costing::new──▶ quantities ──× rates──▶ lines ──▶ Estimate / Distribution / Swings
//! ```

pub mod costing;
pub mod estimate;
pub mod outcome;
pub mod rates;
pub mod scenario;
pub mod sensitivity;
pub mod simulate;

pub use costing::{Bound, Category, Costing, Driver, Shape};
pub use estimate::{Estimate, LineItem, Position, Verdict};
pub use outcome::Outcome;
pub use scenario::{Field, ParticipantTime, Scenario, ScenarioError};
pub use sensitivity::Swing;
pub use simulate::Distribution;
