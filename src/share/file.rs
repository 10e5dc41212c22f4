//! Work saved as a JSON file, to move it to another browser or keep it: the options compared,
//! the course plan, the vendor's rate card and the quotes issued, in a versioned envelope. Reading a file checks, in order, its size, that
//! it is JSON, that it is ours, its version, and that every scenario can be priced; any failure
//! is a message and changes nothing.

use serde::{Deserialize, Serialize};

use model::cost::{Costing, Scenario, ScenarioError};
use model::plan::Plan;
use model::quote::{CardError, QuoteBook, RateCard};
use model::{Catalog, Lang};

/// Written in every file so another program's JSON is recognised as not ours.
pub const FORMAT: &str = "training-planner";
/// The version this build writes. Older versions are migrated when read (`read_version`); newer
/// ones are refused with a message, never half-read.
///
/// - 1: the options compared and the course plan.
/// - 2: adds the rate card and the quote book.
/// - 3: adds the interface language; the same form is kept in the browser's storage.
pub const VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedScenario {
    pub name: String,
    pub scenario: Scenario,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedWork {
    pub format: String,
    pub version: u32,
    pub options: Vec<NamedScenario>,
    pub plan: Option<Plan>,
    pub rate_card: Option<RateCard>,
    pub quotes: QuoteBook,
    /// The interface language last chosen (version 3 on).
    #[serde(default)]
    pub lang: Option<Lang>,
}

impl SavedWork {
    pub fn new(options: Vec<NamedScenario>, plan: Option<Plan>) -> SavedWork {
        SavedWork {
            format: FORMAT.into(),
            version: VERSION,
            options,
            plan,
            rate_card: None,
            quotes: QuoteBook::default(),
            lang: None,
        }
    }

    /// What importing `self` over the work already here gives: each part the file holds replaces
    /// that part, parts it lacks stay as they were, and quote numbers keep counting from the
    /// higher of the two books (a number is never given twice).
    pub fn imported_over(self, here: SavedWork) -> SavedWork {
        let next = self.quotes.next.max(here.quotes.next);
        let mut quotes = if self.quotes.issued.is_empty() {
            here.quotes
        } else {
            self.quotes
        };
        quotes.next = next;
        SavedWork {
            format: FORMAT.into(),
            version: VERSION,
            options: if self.options.is_empty() {
                here.options
            } else {
                self.options
            },
            plan: self.plan.or(here.plan),
            rate_card: self.rate_card.or(here.rate_card),
            quotes,
            // The language is this browser's choice, not the file's.
            lang: here.lang,
        }
    }

    /// Nothing saved yet.
    pub fn empty() -> SavedWork {
        SavedWork::new(Vec::new(), None)
    }

    /// Compact JSON, for files and for the browser's storage alike: storage has a few megabytes
    /// in all, and one JSON writer instead of two (compact and pretty) keeps the bundle smaller.
    pub fn to_json(&self) -> String {
        // Plain data with string keys always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: u64,
        max: u64,
    },
    NotJson(String),
    NotOurs,
    NewerVersion(u32),
    /// The file is ours but its content does not fit this version's shape.
    Malformed(String),
    /// An option's scenario cannot be priced.
    Refused {
        option: String,
        error: ScenarioError,
    },
    /// The rate card has a value out of range.
    BadRateCard(CardError),
    Empty,
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::TooLarge { bytes, max }, Lang::Zh) => {
                format!("文件太大（{bytes} 字节，上限 {max} 字节），未读取。")
            }
            (ImportError::TooLarge { bytes, max }, Lang::En) => {
                format!(
                    "The file is too large ({bytes} bytes; the limit is {max}); it was not read."
                )
            }
            (ImportError::NotJson(why), Lang::Zh) => format!("文件不是有效的 JSON：{why}"),
            (ImportError::NotJson(why), Lang::En) => format!("The file is not valid JSON: {why}"),
            (ImportError::NotOurs, Lang::Zh) => "这不是本应用导出的文件。".into(),
            (ImportError::NotOurs, Lang::En) => "This is not a file exported by this app.".into(),
            (ImportError::NewerVersion(v), Lang::Zh) => {
                format!("文件来自更新的版本（{v}），本版本只能读取到 {VERSION}，请更新后再导入。")
            }
            (ImportError::NewerVersion(v), Lang::En) => format!(
                "The file comes from a newer version ({v}); this one reads up to {VERSION}. Update the app, then import it."
            ),
            (ImportError::Malformed(why), Lang::Zh) => format!("文件内容不完整或有误：{why}"),
            (ImportError::Malformed(why), Lang::En) => {
                format!("The file's content is incomplete or wrong: {why}")
            }
            (ImportError::Refused { option, error }, _) => {
                format!("{option}：{}", error.message(lang))
            }
            (ImportError::BadRateCard(e), Lang::Zh) => format!(
                "文件中的价目表有误：{}：{}",
                e.field().label(lang),
                e.message(lang)
            ),
            (ImportError::BadRateCard(e), Lang::En) => format!(
                "The rate card in the file is wrong: {}: {}",
                e.field().label(lang),
                e.message(lang)
            ),
            (ImportError::Empty, Lang::Zh) => "文件里没有任何方案、计划或价目表。".into(),
            (ImportError::Empty, Lang::En) => {
                "The file holds no options, plan or rate card.".into()
            }
        }
    }
}

/// What a file says about itself, read before anything else: whose it is and which version.
/// Every other field is skipped here and read by the version's own shape.
#[derive(Deserialize)]
struct Envelope {
    format: Option<String>,
    version: Option<u64>,
}

/// Version 1: the options compared and the course plan, nothing for quotes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // `format` and `version` are named so that they are allowed; the envelope read them.
struct SavedWorkV1 {
    format: String,
    version: u32,
    options: Vec<NamedScenario>,
    #[serde(default)]
    plan: Option<Plan>,
}

/// Read a file's text into saved work, or say why not.
pub fn import(text: &str, catalog: &Catalog) -> Result<SavedWork, ImportError> {
    let max = catalog.pricing.limits.import_bytes;
    let bytes = text.len() as u64;
    if bytes > max {
        return Err(ImportError::TooLarge { bytes, max });
    }
    // The whole text is checked as JSON here; a wrong type for `format` or `version` (or no
    // object at all) is someone else's JSON.
    let envelope: Envelope = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ImportError::NotOurs
        } else {
            ImportError::NotJson(e.to_string())
        }
    })?;
    if envelope.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let version = envelope
        .version
        .ok_or_else(|| ImportError::Malformed("version".into()))?;
    if version > u64::from(VERSION) {
        return Err(ImportError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let work = read_version(text, version)?;
    if work.options.is_empty()
        && work.plan.is_none()
        && work.rate_card.is_none()
        && work.quotes == QuoteBook::default()
    {
        return Err(ImportError::Empty);
    }
    for option in &work.options {
        Costing::new(catalog, &option.scenario).map_err(|error| ImportError::Refused {
            option: option.name.clone(),
            error,
        })?;
    }
    if let Some(card) = &work.rate_card
        && let Some(problem) = card.problems(catalog).into_iter().next()
    {
        return Err(ImportError::BadRateCard(problem));
    }
    Ok(work)
}

/// Read the text in its version's shape and bring it to the current one. Each older version
/// has its own struct and one step forward, so every old file goes through the same steps.
fn read_version(text: &str, version: u64) -> Result<SavedWork, ImportError> {
    let malformed = |e: serde_json::Error| ImportError::Malformed(e.to_string());
    match version {
        1 => {
            let v1: SavedWorkV1 = serde_json::from_str(text).map_err(malformed)?;
            // Version 1 had no rate card and no quotes.
            Ok(SavedWork::new(v1.options, v1.plan))
        }
        // Version 3 only added a field with a default, so one shape reads both.
        2 | 3 => serde_json::from_str(text).map_err(malformed),
        other => Err(ImportError::Malformed(format!("version {other}"))),
    }
}
