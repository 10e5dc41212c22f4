//! Options compared on the estimator as earlier versions kept them in this browser's local
//! storage (under `storage::OPTIONS_KEY`): `v1:` and the hex of their postcard encoding.
//!
//! The single-page app no longer needs this form (it was there to keep JSON out of the
//! estimator's own bundle); it is read so that options saved by those versions migrate. postcard
//! writes by position and writes a derived enum as its index, while this form stores the choice
//! ids as strings and participants' time as a kind and an optional wage: so it is read into
//! private copies of those old shapes, then converted. The recorded text in
//! `tests/fixtures/options-v1.txt` fails the tests if that reading breaks.

use model::i18n;
use std::collections::BTreeSet;

use model::cost::scenario::ScenarioRecord;
use model::cost::{Costing, ParticipantTime, Scenario, ScenarioError};
use model::vocab::{Activity, DeliveryMode, DepthHours, TrainerTier};
use model::{Catalog, Lang};
use serde::Deserialize;

const PREFIX: &str = "v1:";

/// Why the stored options could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum StoredOptionsError {
    /// Not text a version wrote: another form, or damaged.
    Unreadable,
    /// Option `n` (from 1) is a scenario the model refuses.
    Refused { n: usize, error: ScenarioError },
}

impl StoredOptionsError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (StoredOptionsError::Unreadable, _) => lang
                .t(i18n::stored_options::THE_SAVED_OPTIONS_ARE_DAMAGED)
                .into(),
            (StoredOptionsError::Refused { n, error }, _) => lang.fill(
                i18n::stored_options::OPTION,
                &[("n", &n), ("error", &error.message(lang))],
            ),
        }
    }
}

/// `Scenario` as version 1 wrote it, field for field in the same order (postcard has no names).
#[derive(Deserialize)]
struct ScenarioV1 {
    headcount: i64,
    city: String,
    industry: String,
    mode: String,
    trainer: String,
    trainer_travels: bool,
    hours: DepthHours,
    phases: u32,
    activities: Vec<String>,
    assistant_trainer: bool,
    participant_time: ParticipantTimeV1,
    contingency_pct: f64,
    markup_pct: f64,
    vat_pct: f64,
}

/// Participants' time as version 1 wrote it: its kind's id, and a wage for a daily wage only.
#[derive(Deserialize)]
struct ParticipantTimeV1 {
    kind: String,
    cny: Option<f64>,
}

impl ScenarioV1 {
    /// The scenario, or `None` when an id or a kind is not one this version knows.
    fn into_scenario(self) -> Option<Scenario> {
        let participant_time = match (
            self.participant_time.kind.as_str(),
            self.participant_time.cny,
        ) {
            ("off", None) => ParticipantTime::Off,
            ("city-wage", None) => ParticipantTime::CityWage,
            ("daily-wage", Some(cny)) => ParticipantTime::DailyWage { cny },
            _ => return None,
        };
        let activities = self
            .activities
            .iter()
            .map(|id| Activity::from_id(id))
            .collect::<Option<BTreeSet<_>>>()?;
        // Through the same migration as every save from before routes (model::cost::Scenario):
        // a vendor's in-house course (an internal trainer's own route), typed values kept, and what
        // version 1 could not say as the record's rules for a missing field have it.
        Some(Scenario::from(ScenarioRecord {
            headcount: self.headcount,
            city: self.city,
            industry: self.industry,
            sourcing: None,
            mode: DeliveryMode::from_id(&self.mode)?,
            trainer: TrainerTier::from_id(&self.trainer)?,
            trainer_travels: self.trainer_travels,
            hours: self.hours,
            phases: self.phases,
            activities,
            assistant_trainer: self.assistant_trainer,
            venue: None,
            catering: None,
            customise: None,
            course_elsewhere: None,
            participant_time,
            contingency_pct: self.contingency_pct,
            markup_pct: Some(self.markup_pct),
            vat_pct: self.vat_pct,
        }))
    }
}

/// Read options stored by an earlier version; every one must be a scenario the model can price.
pub fn decode(text: &str, catalog: &Catalog) -> Result<Vec<Scenario>, StoredOptionsError> {
    let old: Vec<ScenarioV1> = text
        .strip_prefix(PREFIX)
        .and_then(|hex| hex::decode(hex.trim()).ok())
        .and_then(|bytes| postcard::from_bytes(&bytes).ok())
        .ok_or(StoredOptionsError::Unreadable)?;
    let options = old
        .into_iter()
        .map(ScenarioV1::into_scenario)
        .collect::<Option<Vec<_>>>()
        .ok_or(StoredOptionsError::Unreadable)?;
    for (i, scenario) in options.iter().enumerate() {
        Costing::new(catalog, scenario)
            .map_err(|error| StoredOptionsError::Refused { n: i + 1, error })?;
    }
    Ok(options)
}
