//! A scenario: everything a user says about the course they want priced.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::text::echo;
use crate::vocab::{Activity, DeliveryMode, DepthHours, Sourcing, TrainerTier, Venue};
use crate::{Catalog, Lang};

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "ScenarioRecord")]
pub struct Scenario {
    /// Signed so that a negative number typed or linked is reported, not wrapped.
    pub headcount: i64,
    /// An id from `data/cities.toml`.
    pub city: String,
    /// An id from `data/industries.toml`.
    pub industry: String,
    /// How the training is obtained; it decides how every line is priced.
    #[serde(rename = "route")]
    pub sourcing: Sourcing,
    /// How an in-house course reaches people (a public course is in a room, an online course
    /// is self-paced: their routes fix it).
    pub mode: DeliveryMode,
    /// The outside trainer's tier, or the tier of the course a seat is bought on. An internal
    /// trainer's route ignores it.
    pub trainer: TrainerTier,
    /// The outside trainer comes from another city: travel and lodging at cost, and a local
    /// trainer's city price no longer applies.
    pub trainer_travels: bool,
    /// Teaching hours at each depth (a course plan spreads them; a quick estimate uses one).
    pub hours: DepthHours,
    /// One block (1) or several sessions weeks apart.
    pub phases: u32,
    pub activities: BTreeSet<Activity>,
    /// An assistant trainer is booked even when the class is small enough for one.
    pub assistant_trainer: bool,
    /// Where an in-house classroom course is held.
    pub venue: Venue,
    /// Lunch and tea provided for an in-house classroom course.
    pub catering: bool,
    /// The outside trainer customises deeply (own cases, scripts, recorded role-plays), quoted
    /// on top of the day rate.
    pub customise: bool,
    /// The public course is held in another city: participants travel to it.
    pub course_elsewhere: bool,
    pub participant_time: ParticipantTime,
    pub contingency_pct: f64,
    /// VAT on what an outside trainer invoices.
    pub vat_pct: f64,
}

/// A scenario as saved by any version: the fields added since may be missing, and the ones
/// dropped (`markup_pct`) are read and discarded. A scenario saved before routes existed was
/// priced as a course bought from a vendor in a rented room with lunch: it opens as that route
/// (an internal trainer's as the internal route), its typed values kept. Public so that other
/// earlier forms (`share::stored_options`) migrate through this one conversion.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioRecord {
    pub headcount: i64,
    pub city: String,
    pub industry: String,
    /// Missing in a save from before routes.
    #[serde(default, rename = "route")]
    pub sourcing: Option<Sourcing>,
    pub mode: DeliveryMode,
    pub trainer: TrainerTier,
    pub trainer_travels: bool,
    pub hours: DepthHours,
    pub phases: u32,
    pub activities: BTreeSet<Activity>,
    pub assistant_trainer: bool,
    #[serde(default)]
    pub venue: Option<Venue>,
    #[serde(default = "yes")]
    pub catering: bool,
    #[serde(default)]
    pub customise: bool,
    #[serde(default)]
    pub course_elsewhere: bool,
    pub participant_time: ParticipantTime,
    pub contingency_pct: f64,
    /// Read from earlier saves and dropped: a vendor's margin is inside its day rate.
    #[serde(default, rename = "markup_pct")]
    pub _markup_pct: f64,
    pub vat_pct: f64,
}

fn yes() -> bool {
    true
}

impl From<ScenarioRecord> for Scenario {
    fn from(r: ScenarioRecord) -> Scenario {
        let before_routes = r.sourcing.is_none();
        let sourcing = r.sourcing.unwrap_or(if r.trainer == TrainerTier::Internal {
            Sourcing::Internal
        } else {
            Sourcing::Vendor
        });
        Scenario {
            headcount: r.headcount,
            city: r.city,
            industry: r.industry,
            sourcing,
            mode: r.mode,
            trainer: r.trainer,
            trainer_travels: r.trainer_travels,
            hours: r.hours,
            phases: r.phases,
            activities: r.activities,
            assistant_trainer: r.assistant_trainer,
            venue: r.venue.unwrap_or(if before_routes {
                Venue::Rented
            } else {
                Venue::Own
            }),
            catering: r.catering,
            customise: r.customise,
            course_elsewhere: r.course_elsewhere,
            participant_time: r.participant_time,
            contingency_pct: r.contingency_pct,
            vat_pct: r.vat_pct,
        }
    }
}

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
        match lang {
            Lang::Zh => format!(
                "{} 人 · {city} · {mode} · {trainer} · {hours} 课时",
                self.headcount
            ),
            Lang::En => format!(
                "{} {} · {city} · {mode} · {trainer} · {hours} h",
                self.headcount,
                if self.headcount == 1 {
                    "person"
                } else {
                    "people"
                }
            ),
        }
    }

    /// The scenario the estimator opens with (`data/pricing.toml`, `[scenario]`).
    pub fn default_for(catalog: &Catalog) -> Scenario {
        let s = &catalog.pricing.scenario;
        let d = &catalog.pricing.defaults;
        Scenario {
            headcount: s.headcount,
            city: s.city.clone(),
            industry: s.industry.clone(),
            sourcing: s.sourcing,
            mode: s.mode,
            trainer: s.trainer,
            trainer_travels: s.trainer_travels,
            hours: DepthHours::single(s.depth, s.hours),
            phases: s.phases,
            activities: s.activities.iter().copied().collect(),
            assistant_trainer: false,
            venue: s.venue,
            catering: s.catering,
            customise: s.customise,
            course_elsewhere: false,
            participant_time: ParticipantTime::CityWage,
            contingency_pct: d.contingency_pct,
            vat_pct: d.vat_pct,
        }
    }

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
            } => match lang {
                Lang::Zh => format!(
                    "{}必须在 {} 到 {} 之间（现为 {}）",
                    field_name(*field, lang),
                    plain(*min),
                    plain(*max),
                    echo(&plain(*value))
                ),
                Lang::En => format!(
                    "{} must be between {} and {} (it is {})",
                    field_name(*field, lang),
                    plain(*min),
                    plain(*max),
                    echo(&plain(*value))
                ),
            },
            ScenarioError::NotANumber { field } => match lang {
                Lang::Zh => format!("{}不是有效数字", field_name(*field, lang)),
                Lang::En => format!("{} is not a valid number", field_name(*field, lang)),
            },
            ScenarioError::UnknownCity(id) => match lang {
                Lang::Zh => format!("没有“{}”这个城市，请从列表中选择", echo(id)),
                Lang::En => format!("There is no city “{}”; choose one from the list", echo(id)),
            },
            ScenarioError::UnknownIndustry(id) => match lang {
                Lang::Zh => format!("没有“{}”这个行业，请从列表中选择", echo(id)),
                Lang::En => format!(
                    "There is no industry “{}”; choose one from the list",
                    echo(id)
                ),
            },
            ScenarioError::TierNotOffered { sourcing, tier } => match lang {
                Lang::Zh => format!(
                    "“{}”不能选“{}”：请选择外部讲师的级别",
                    sourcing.label(lang),
                    tier.label(lang)
                ),
                Lang::En => format!(
                    "“{}” cannot have “{}”: choose an outside trainer's tier",
                    sourcing.label(lang),
                    tier.label(lang)
                ),
            },
            ScenarioError::MissingData(what) => match lang {
                Lang::Zh => format!("数据文件缺少 {what}，无法估算"),
                Lang::En => format!("The data files lack {what}; nothing can be estimated"),
            },
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
    let (zh, en) = match field {
        Field::Headcount => ("人数", "Headcount"),
        Field::City => ("城市", "City"),
        Field::Industry => ("行业", "Industry"),
        Field::Hours => ("课时", "Teaching hours"),
        Field::Phases => ("阶段数", "Phases"),
        Field::Contingency => ("不可预见费比例", "Contingency"),
        Field::Trainer => ("讲师级别", "Trainer"),
        Field::Vat => ("增值税率", "VAT"),
        Field::DailyWage => ("学员日工资", "Participants' daily wage"),
        Field::Data => ("数据", "Data"),
    };
    lang.pick(zh, en)
}

/// A number as a person writes it: no trailing `.0`, at most two decimals.
fn plain(v: f64) -> String {
    crate::number::plain(v, 2)
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
