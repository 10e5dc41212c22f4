//! The options compared on the estimator, as kept in this browser's local storage under a key of
//! their own (`storage::OPTIONS_KEY`): `v1:` and the hex of their postcard encoding.
//!
//! Not JSON, so the estimator's page needs no JSON code: that was ~35 KB gzip of its download.
//! postcard is already in every page (the catalog is embedded with it) and keeps each scenario
//! exactly, which a share link does not (a link carries the dominant depth and the total hours,
//! not hours split over depths). postcard writes fields by position, so a change to `Scenario`
//! needs a new version here, with the old shape kept for reading; the recorded text in
//! `tests/fixtures/options-v1.txt` fails the tests if the encoding changes unnoticed.

use model::cost::{Costing, Scenario, ScenarioError};
use model::{Catalog, Lang};

const PREFIX: &str = "v1:";

/// Why the stored options could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum StoredOptionsError {
    /// Not text this version wrote: another version's, or damaged.
    Unreadable,
    /// Option `n` (from 1) is a scenario the model refuses.
    Refused { n: usize, error: ScenarioError },
}

impl StoredOptionsError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (StoredOptionsError::Unreadable, Lang::Zh) => "保存的方案已损坏，或来自其他版本".into(),
            (StoredOptionsError::Unreadable, Lang::En) => {
                "the saved options are damaged or come from another version".into()
            }
            (StoredOptionsError::Refused { n, error }, Lang::Zh) => {
                format!("第 {n} 个方案：{}", error.message(lang))
            }
            (StoredOptionsError::Refused { n, error }, Lang::En) => {
                format!("option {n}: {}", error.message(lang))
            }
        }
    }
}

/// The text to store for these options.
pub fn encode(options: &[Scenario]) -> String {
    // Plain data always serialises.
    let bytes = postcard::to_allocvec(options).unwrap_or_default();
    format!("{PREFIX}{}", hex::encode(bytes))
}

/// Read stored options back; every one must be a scenario the model can price.
pub fn decode(text: &str, catalog: &Catalog) -> Result<Vec<Scenario>, StoredOptionsError> {
    let options: Vec<Scenario> = text
        .strip_prefix(PREFIX)
        .and_then(|hex| hex::decode(hex.trim()).ok())
        .and_then(|bytes| postcard::from_bytes(&bytes).ok())
        .ok_or(StoredOptionsError::Unreadable)?;
    for (i, scenario) in options.iter().enumerate() {
        Costing::new(catalog, scenario)
            .map_err(|error| StoredOptionsError::Refused { n: i + 1, error })?;
    }
    Ok(options)
}
