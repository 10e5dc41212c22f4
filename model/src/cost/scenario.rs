//! A scenario: everything a user says about the course they want priced.

use crate::i18n;
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::declare::declare_scenario;
use crate::Lang;
use crate::link_text::{LinkText, Unreadable};
use crate::text::echo;
use crate::vocab::{Activity, DeliveryMode, DepthHours, Sourcing, TrainerTier, Venue};

/// Whether participants' own paid time is counted, and at what wage. Written as
/// `{"kind": "daily-wage", "cny": 400}` (or `{"kind": "off"}`, `{"kind": "city-wage"}`).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ParticipantTime {
    /// Not counted (the budget covers the course only).
    Off,
    /// Counted at the city's wage level.
    #[default]
    CityWage,
    /// Counted at a daily wage the user typed, in CNY.
    DailyWage { cny: f64 },
}

declare_scenario! {
    /// Everything the user says about the course to be priced: the one table of the scenario's
    /// fields. Each row is the field as saved work writes it; `=> Variant "param"` makes it an
    /// [`Input`] the form edits and a link carries under `param`; `when missing` is what a save
    /// from before the field existed means by leaving it out. The default scenario is
    /// `data/pricing.toml`'s `[default.scenario]`, written as a save writes it.
    pub struct Scenario {
        /// Signed so that a negative number typed or linked is reported, not wrapped.
        headcount: i64 => Headcount "people";
        /// An id from `data/cities.toml`.
        city: String => City "city";
        /// An id from `data/industries.toml`.
        industry: String => Industry "industry";
        /// How the training is obtained; it decides how every line is priced. A save from
        /// before routes existed was priced as a course bought from a vendor (an internal
        /// trainer's as the internal route).
        #[serde(rename = "route")]
        sourcing: Sourcing => Sourcing "route",
            when missing |r: &ScenarioRecord| if r.trainer == TrainerTier::Internal {
                Sourcing::Internal
            } else {
                Sourcing::Vendor
            };
        /// How an in-house course reaches people (a public course is in a room, an online
        /// course is self-paced: their routes fix it).
        mode: DeliveryMode => Mode "mode";
        /// The outside trainer's tier, or the tier of the course a seat is bought on. An
        /// internal trainer's route ignores it.
        trainer: TrainerTier => Trainer "trainer";
        /// Teaching hours at each depth (a course plan spreads them; a quick estimate and a
        /// link put them at one depth: the link's `depth` and `hours`).
        hours: DepthHours;
        /// One block (1) or several sessions weeks apart.
        phases: u32 => Phases "phases";
        activities: BTreeSet<Activity> => Activities "activities";
        /// The outside trainer comes from another city: travel and lodging at cost, and a local
        /// trainer's city price no longer applies.
        trainer_travels: bool => TrainerTravels "travel";
        /// An assistant trainer is booked even when the class is small enough for one.
        assistant_trainer: bool => Assistant "assistant";
        /// Where an in-house classroom course is held. A save from before routes had its course
        /// in a rented room.
        venue: Venue => Venue "venue",
            when missing |r: &ScenarioRecord| if r.sourcing.is_none() {
                Venue::Rented
            } else {
                Venue::Own
            };
        /// Lunch and tea provided for an in-house classroom course (always, before it could be
        /// chosen).
        catering: bool => Catering "catering", when missing |_| true;
        /// The outside trainer customises deeply (own cases, scripts, recorded role-plays),
        /// quoted on top of the day rate.
        customise: bool => Customise "customise", when missing |_| false;
        /// The public course is held in another city: participants travel to it.
        course_elsewhere: bool => CourseElsewhere "away", when missing |_| false;
        participant_time: ParticipantTime => ParticipantTime "staff-time";
        contingency_pct: f64 => Contingency "contingency";
        /// VAT on what an outside trainer invoices.
        vat_pct: f64 => Vat "vat";
    }
    retired {
        /// A vendor's margin, read from earlier saves and dropped: it is inside its day rate.
        markup_pct: f64;
    }
}

impl Input {
    /// The field a typed input is checked as (what its error is shown beside).
    pub fn field(&self) -> Option<Field> {
        Some(match self {
            Input::Headcount(_) => Field::Headcount,
            Input::Phases(_) => Field::Phases,
            Input::Contingency(_) => Field::Contingency,
            Input::Vat(_) => Field::Vat,
            Input::ParticipantTime(_) => Field::DailyWage,
            _ => return None,
        })
    }
}

/// Participants' time in a link: `off`, `city`, or a daily wage in CNY.
impl LinkText for ParticipantTime {
    fn read(text: &str) -> Result<ParticipantTime, Unreadable> {
        match text {
            "off" => Ok(ParticipantTime::Off),
            "city" => Ok(ParticipantTime::CityWage),
            _ => match f64::read(text) {
                Ok(cny) => Ok(ParticipantTime::DailyWage { cny }),
                Err(Unreadable::Comma) => Err(Unreadable::Comma),
                Err(_) => Err(Unreadable::UnknownChoice),
            },
        }
    }

    fn write(&self) -> String {
        match self {
            ParticipantTime::Off => "off".to_string(),
            ParticipantTime::CityWage => "city".to_string(),
            ParticipantTime::DailyWage { cny } => cny.write(),
        }
    }
}

impl Scenario {
    pub fn total_hours(&self) -> f64 {
        self.hours.total()
    }

    /// The room is rented or a hotel's (the company's own costs nothing).
    pub fn venue_costs_money(&self) -> bool {
        self.venue != Venue::Own
    }
}

/// The input a [`ScenarioError`] is about, so the interface can mark that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Headcount,
    City,
    Industry,
    Hours,
    Phases,
    Contingency,
    Trainer,
    Vat,
    DailyWage,
    /// Not a user input: the data files lack something the scenario needs.
    Data,
}

impl Field {
    /// How many fields there are (bounds a loop that resets them one by one).
    pub const COUNT: usize = 10;
}

/// Why a scenario cannot be priced. Each says which input and what is accepted.
#[derive(Debug, Clone, PartialEq)]
pub enum ScenarioError {
    OutOfRange {
        field: Field,
        value: f64,
        min: f64,
        max: f64,
    },
    NotANumber {
        field: Field,
    },
    UnknownCity(String),
    UnknownIndustry(String),
    /// Seats and outside trainers come from the market; an internal trainer does not sell them.
    TierNotOffered {
        sourcing: Sourcing,
        tier: TrainerTier,
    },
    /// The data has no entry for something the scenario names (a broken data file).
    MissingData(String),
}

impl ScenarioError {
    pub fn field(&self) -> Field {
        match self {
            ScenarioError::OutOfRange { field, .. } | ScenarioError::NotANumber { field } => *field,
            ScenarioError::UnknownCity(_) => Field::City,
            ScenarioError::UnknownIndustry(_) => Field::Industry,
            ScenarioError::TierNotOffered { .. } => Field::Trainer,
            ScenarioError::MissingData(_) => Field::Data,
        }
    }

    /// A message fit to show the user, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ScenarioError::OutOfRange {
                field,
                value,
                min,
                max,
            } => lang.fill(
                i18n::scenario::MUST_BE_BETWEEN_AND_IT_IS,
                &[
                    ("field", &field_name(*field, lang)),
                    ("min", &plain(*min)),
                    ("max", &plain(*max)),
                    ("value", &echo(&plain(*value))),
                ],
            ),
            ScenarioError::NotANumber { field } => lang.fill(
                i18n::scenario::IS_NOT_A_VALID_NUMBER,
                &[("field", &field_name(*field, lang))],
            ),
            ScenarioError::UnknownCity(id) => lang.fill(
                i18n::scenario::THERE_IS_NO_CITY_CHOOSE_ONE_FROM,
                &[("id", &echo(id))],
            ),
            ScenarioError::UnknownIndustry(id) => lang.fill(
                i18n::scenario::THERE_IS_NO_INDUSTRY_CHOOSE_ONE,
                &[("id", &echo(id))],
            ),
            ScenarioError::TierNotOffered { sourcing, tier } => lang.fill(
                i18n::scenario::CANNOT_HAVE_CHOOSE_AN_OUTSIDE,
                &[
                    ("sourcing", &sourcing.label(lang)),
                    ("tier", &tier.label(lang)),
                ],
            ),
            ScenarioError::MissingData(what) => lang.fill(
                i18n::scenario::THE_DATA_FILES_LACK_NOTHING_CAN,
                &[("what", &what)],
            ),
        }
    }
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ScenarioError {}

pub fn field_name(field: Field, lang: Lang) -> &'static str {
    let text = match field {
        Field::Headcount => i18n::common::HEADCOUNT,
        Field::City => i18n::common::CITY,
        Field::Industry => i18n::common::INDUSTRY,
        Field::Hours => i18n::common::TEACHING_HOURS,
        Field::Phases => i18n::scenario::PHASES,
        Field::Contingency => i18n::scenario::CONTINGENCY,
        Field::Trainer => i18n::scenario::TRAINER,
        Field::Vat => i18n::scenario::VAT,
        Field::DailyWage => i18n::common::PARTICIPANTS_DAILY_WAGE,
        Field::Data => i18n::scenario::DATA,
    };
    lang.t(text)
}

/// A number as a person writes it: no trailing `.0`, at most two decimals.
fn plain(v: f64) -> String {
    crate::number::plain(v, 2)
}

#[cfg(test)]
mod tests {
    use super::{ParticipantTime, Scenario};
    use crate::{Catalog, Lang};

    #[test]
    fn participants_time_reads_the_saved_file_form_and_refuses_a_wage_missing_or_unknown() {
        let read = |json: &str| serde_json::from_str::<ParticipantTime>(json);
        assert_eq!(read(r#"{"kind": "off"}"#).unwrap(), ParticipantTime::Off);
        assert_eq!(
            read(r#"{"kind": "city-wage"}"#).unwrap(),
            ParticipantTime::CityWage
        );
        assert_eq!(
            read(r#"{"cny": 420.5, "kind": "daily-wage"}"#).unwrap(),
            ParticipantTime::DailyWage { cny: 420.5 }
        );
        for bad in [
            r#"{"kind": "daily-wage"}"#,
            r#"{"kind": "by-the-hour"}"#,
            r#"{"cny": 300}"#,
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
        // A key beside a wage is refused...
        assert!(read(r#"{"kind": "daily-wage", "cny": 300, "extra": 1}"#).is_err());
        // ...but serde's derive skips other keys beside a unit variant's tag, so a stray key
        // beside `off` is ignored rather than refused: what it means is still unambiguous.
        assert_eq!(
            read(r#"{"kind": "off", "cny": 300}"#).unwrap(),
            ParticipantTime::Off
        );
        for t in [
            ParticipantTime::Off,
            ParticipantTime::CityWage,
            ParticipantTime::DailyWage { cny: 388.0 },
        ] {
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(read(&json).unwrap(), t, "{json}");
        }
    }

    #[test]
    fn a_scenario_describes_itself_in_either_language() {
        let c = Catalog::from_toml_sources().unwrap();
        let s = Scenario::default_for(&c);
        let city = c.city(&s.city).unwrap();
        let zh = s.describe(&c, Lang::Zh);
        assert!(
            zh.starts_with(&format!("{} 人 · {}", s.headcount, city.name.zh)),
            "{zh}"
        );
        assert!(
            zh.contains(s.sourcing.label(Lang::Zh)) && zh.ends_with("课时"),
            "{zh}"
        );
        let en = s.describe(&c, Lang::En);
        assert!(
            en.contains(&city.name.en)
                && en.contains(s.sourcing.label(Lang::En))
                && en.contains(s.trainer.label(Lang::En)),
            "{en}"
        );
        // The internal route names the company's own trainer, whatever tier is left selected.
        let internal = Scenario {
            sourcing: crate::vocab::Sourcing::Internal,
            ..s.clone()
        }
        .describe(&c, Lang::En);
        assert!(
            internal.contains(crate::vocab::TrainerTier::Internal.label(Lang::En))
                && !internal.contains(s.trainer.label(Lang::En)),
            "{internal}"
        );
        let unknown = Scenario {
            city: "atlantis".into(),
            ..s
        };
        assert!(unknown.describe(&c, Lang::En).contains("atlantis"));
    }
}
