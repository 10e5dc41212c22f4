//! A scenario read against the data files: the one the estimator opens with, the line that
//! describes it, and the check of every input against the limits in `data/pricing.toml`.

use super::scenario::{Field, ParticipantTime, Scenario, ScenarioError};
use crate::i18n;
use crate::vocab::{Sourcing, TrainerTier};
use crate::{Catalog, Lang};

impl Scenario {
    /// One line saying what the scenario is: `30 人 · 贵阳 · 线下面授 · 职业培训师 · 6 课时`.
    pub fn describe(&self, catalog: &Catalog, lang: Lang) -> String {
        let city = catalog
            .city(&self.city)
            .map_or(self.city.as_str(), |c| c.name.get(lang));
        let (mode, trainer, hours) = (
            self.sourcing.label(lang),
            match self.sourcing {
                Sourcing::Internal => TrainerTier::Internal.label(lang),
                _ => self.trainer.label(lang),
            },
            self.hours.total(),
        );
        let people = if self.headcount == 1 {
            i18n::scenario_data::PERSON
        } else {
            i18n::scenario_data::PEOPLE
        };
        lang.fill(
            i18n::scenario_data::DESCRIPTION,
            &[
                ("headcount", &self.headcount),
                ("city", &city),
                ("mode", &mode),
                ("trainer", &trainer),
                ("hours", &hours),
                ("people", &lang.t(people)),
            ],
        )
    }

    /// The scenario the estimator opens with (`data/pricing.toml`, `[default.scenario]`).
    pub fn default_for(catalog: &Catalog) -> Scenario {
        catalog.pricing.default.scenario.clone()
    }
}

/// Check every input against the limits in `data/pricing.toml`; the first problem is returned.
pub(super) fn validate(s: &Scenario, catalog: &Catalog) -> Result<(), ScenarioError> {
    let limits = &catalog.pricing.limits;
    let in_range = |field, value: f64, b: crate::catalog::Bounds| {
        if value.is_nan() {
            Err(ScenarioError::NotANumber { field })
        } else if !b.contains(value) {
            Err(ScenarioError::OutOfRange {
                field,
                value,
                min: b.min,
                max: b.max,
            })
        } else {
            Ok(())
        }
    };
    in_range(Field::Headcount, s.headcount as f64, limits.headcount)?;
    for depth_hours in [s.hours.basic, s.hours.standard, s.hours.deep] {
        // Each part must be a real, non-negative number before the total means anything.
        if depth_hours.is_nan() {
            return Err(ScenarioError::NotANumber {
                field: Field::Hours,
            });
        }
        if depth_hours < 0.0 || !depth_hours.is_finite() {
            return in_range(Field::Hours, depth_hours, limits.hours);
        }
    }
    in_range(Field::Hours, s.total_hours(), limits.hours)?;
    in_range(Field::Phases, f64::from(s.phases), limits.phases)?;
    in_range(Field::Contingency, s.contingency_pct, limits.pct)?;
    in_range(Field::Vat, s.vat_pct, limits.pct)?;
    if let ParticipantTime::DailyWage { cny } = s.participant_time {
        in_range(Field::DailyWage, cny, limits.daily_wage)?;
    }
    if catalog.city(&s.city).is_none() {
        return Err(ScenarioError::UnknownCity(s.city.clone()));
    }
    if catalog.industry(&s.industry).is_none() {
        return Err(ScenarioError::UnknownIndustry(s.industry.clone()));
    }
    if s.sourcing != Sourcing::Internal && s.trainer == TrainerTier::Internal {
        return Err(ScenarioError::TierNotOffered {
            sourcing: s.sourcing,
            tier: s.trainer,
        });
    }
    Ok(())
}
