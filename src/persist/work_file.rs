//! Work saved as a JSON file, to move it to another browser or keep it: the options compared,
//! the course plan, the vendor's rate card and the quotes issued, in a versioned envelope. Reading a file checks, in order, its size, that
//! it is JSON, that it is ours, its version, that every scenario can be priced, the rate card,
//! and that every issued quote adds up as one made here with a number of its own; any failure
//! is a message in the interface's language and changes nothing.

use model::i18n::{self, Text};
use serde::{Deserialize, Serialize};

pub use super::option_id::{OptionId, OptionIds, option_name};

use model::compare::Enquiry;
use model::cost::{Costing, Scenario, ScenarioError};
use model::plan::Plan;
use model::quote::{BookProblem, CardError, Quote, QuoteBook, QuoteProblem, RateCard};
use model::text::echo;
use model::worth::WorthInputs;
use model::year::Programme;
use model::{Catalog, Lang};

use crate::persist::budget_fields::BudgetFields;
use crate::persist::desk_draft::DeskDraft;

/// Written in every file so another program's JSON is recognised as not ours.
pub const FORMAT: &str = "training-planner";
/// The version this build writes. Older versions are migrated when read (`read_version`); newer
/// ones are refused with a message, never half-read.
///
/// - 1: the options compared and the course plan.
/// - 2: adds the rate card and the quote book.
/// - 3: adds the interface language; the same form is kept in the browser's storage.
/// - 4: each option has an id of its own (several windows edit options side by side, and an
///   edit must land on the option it was made on, wherever it has moved); the quote desk's
///   draft (which option, whether the course plan sets the hours, the client) is kept; the
///   budget request names its option by id; quotes' amounts are in fen (earlier quotes'
///   whole yuan are read as such and marked as rounded to the yuan).
/// - 5: adds the year's programme (a save from before opens with an empty year).
/// - 6: adds the comparison of received quotes (a save from before opens with none).
/// - 7: each option keeps the figures of its "is it worth it" panel (a save from before opens
///   with none typed). A version 6 build refuses the file rather than drop them unseen.
pub const VERSION: u32 = 7;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedScenario {
    /// Absent from files written before version 4 (given on reading).
    #[serde(default)]
    pub id: OptionId,
    pub name: String,
    pub scenario: Scenario,
    /// Is it worth it: the figures typed in the option's panel (version 7 on).
    #[serde(default, skip_serializing_if = "WorthInputs::is_empty")]
    pub worth: WorthInputs,
}

/// Gives every option without an id (or with one an earlier option already has) the first of
/// `1`, `2`, `3`… not yet used, and points a reference by place (`#0`) at that option's id.
/// Deterministic, so every window reading the same old save gives the same ids.
pub fn assign_option_ids(options: &mut [NamedScenario]) {
    let mut used = std::collections::BTreeSet::new();
    let mut counter = 0usize;
    for option in options.iter_mut() {
        if option.id.0.is_empty() || !used.insert(option.id.clone()) {
            option.id = loop {
                counter += 1;
                let id = OptionId(counter.to_string());
                if !used.contains(&id) {
                    break id;
                }
            };
            used.insert(option.id.clone());
        }
    }
}

/// The id of the option a reference names: an id kept with the work, or a place written by a
/// file before version 4. `None` when no option has it.
pub fn resolve_option(options: &[NamedScenario], reference: &OptionId) -> Option<OptionId> {
    if let Some(position) = reference.0.strip_prefix('#') {
        return position
            .parse::<usize>()
            .ok()
            .and_then(|i| options.get(i))
            .map(|o| o.id.clone());
    }
    options
        .iter()
        .any(|o| &o.id == reference)
        .then(|| reference.clone())
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
    /// What was typed on the budget request (absent from files written before it).
    #[serde(default, skip_serializing_if = "BudgetFields::is_empty")]
    pub budget: BudgetFields,
    /// The quote desk's draft (version 4 on).
    #[serde(default, skip_serializing_if = "DeskDraft::is_empty")]
    pub desk: DeskDraft,
    /// The option the course plan is priced with (version 4 on; before, always the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_option: Option<OptionId>,
    /// The year's programme (version 5 on).
    #[serde(default, skip_serializing_if = "Programme::is_empty")]
    pub year: Programme,
    /// The quotes received and compared (version 6 on).
    #[serde(default, skip_serializing_if = "Enquiry::is_empty")]
    pub compare: Enquiry,
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
            budget: BudgetFields::default(),
            desk: DeskDraft::default(),
            plan_option: None,
            year: Programme::default(),
            compare: Enquiry::default(),
        }
    }

    /// What importing `self` over the work already here gives, taking the file's options at
    /// the positions `choice` names (every one, when they fit beside each other), and what
    /// happened, counted. Each part the file holds (options, plan, rate card, the budget
    /// request's and quote desk's fields) replaces that part; parts it lacks stay as they were.
    /// Quotes are merged by number, never replaced: every quote here stays, and a quote of the
    /// file whose number is already used here is left out ([`ImportPreview::clashing`] names
    /// them before the user agrees). Numbering continues past every number either side used.
    pub fn imported_over(
        mut self,
        here: SavedWork,
        choice: &OptionChoice,
    ) -> (SavedWork, ImportReport) {
        // A file read by `import` has ids already; work made some other way gets them here.
        assign_option_ids(&mut self.options);
        let mut quotes = here.quotes;
        let next = self.quotes.next.max(quotes.next);
        let statuses = self.quotes.status;
        let mut report = ImportReport::default();
        for quote in self.quotes.issued {
            let number = quote.number.clone().unwrap_or_default();
            if quotes.find(&number).is_some() {
                report.quotes_clashing.push(number);
                continue;
            }
            // A quote brought in keeps the status the file recorded for it.
            if let Some((n, status)) = statuses.get_key_value(&number) {
                quotes.status.insert(n.clone(), *status);
            }
            quotes.issued.push(quote);
            report.quotes_added += 1;
        }
        quotes.next = next;
        quotes.past_its_own_numbers();
        let in_file = self.options.len();
        let options: Vec<NamedScenario> = match choice {
            OptionChoice::All => self.options,
            OptionChoice::Positions(positions) => self
                .options
                .into_iter()
                .enumerate()
                .filter(|(i, _)| positions.contains(i))
                .map(|(_, o)| o)
                .collect(),
        };
        report.options = (in_file > 0).then_some((options.len(), in_file));
        report.plan = self.plan.as_ref().map(|p| p.items.len());
        report.rate_card = self.rate_card.is_some();
        let work = SavedWork {
            format: FORMAT.into(),
            version: VERSION,
            options: unless_empty(options, here.options, Vec::is_empty),
            plan: self.plan.or(here.plan),
            rate_card: self.rate_card.or(here.rate_card),
            quotes,
            // The language is this browser's choice, not the file's.
            lang: here.lang,
            budget: unless_empty(self.budget, here.budget, BudgetFields::is_empty),
            desk: unless_empty(self.desk, here.desk, DeskDraft::is_empty),
            plan_option: self.plan_option.or(here.plan_option),
            year: unless_empty(self.year, here.year, Programme::is_empty),
            compare: unless_empty(self.compare, here.compare, Enquiry::is_empty),
        };
        (work, report)
    }

    /// What importing `self` here would change, for the user to agree to first. `max` is the
    /// most options compared at once: a file with more asks which to take.
    pub fn preview(&self, here: &SavedWork, max: usize) -> ImportPreview {
        let here_numbers: Vec<&Option<String>> =
            here.quotes.issued.iter().map(|q| &q.number).collect();
        let (clashing, new): (Vec<_>, Vec<_>) = self
            .quotes
            .issued
            .iter()
            .partition(|q| q.number.is_some() && here_numbers.contains(&&q.number));
        ImportPreview {
            options: (!self.options.is_empty()).then_some((self.options.len(), here.options.len())),
            choose_options: (self.options.len() > max).then_some(max),
            plan: self
                .plan
                .as_ref()
                .map(|p| (p.items.len(), here.plan.as_ref().map(|p| p.items.len()))),
            rate_card: self.rate_card.is_some().then_some(here.rate_card.is_some()),
            new_quotes: new.len(),
            clashing: clashing.iter().filter_map(|q| q.number.clone()).collect(),
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

/// Where in a file's text something is wrong, counted from 1 as an editor counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

impl Place {
    fn of(e: &serde_json::Error) -> Option<Place> {
        (e.line() > 0).then(|| Place {
            line: e.line(),
            column: e.column(),
        })
    }

    /// `（第 3 行第 14 列）` / ` (line 3, column 14)`.
    fn note(place: Option<Place>, lang: Lang) -> String {
        match (place, lang) {
            (None, _) => String::new(),
            (Some(Place { line, column }), _) => lang.fill(
                i18n::work_file::LINE_COLUMN,
                &[("line", &line), ("column", &column)],
            ),
        }
    }
}

/// Why a text is not JSON at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonFault {
    pub place: Place,
    /// The text stops before the JSON is complete (a file cut short).
    pub ends_early: bool,
}

/// What does not fit in a file that is ours: serde's kinds of error, told in our own words
/// (serde's own message is English and names Rust types).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flaw {
    MissingField(String),
    UnknownField(String),
    DuplicateField(String),
    /// Text where a number belongs, a list where a name belongs…
    WrongType,
    /// The right kind of value, but not one allowed (a negative count).
    WrongValue,
    WrongLength,
    /// A choice (a city's delivery mode, a line's category) this version does not know.
    UnknownChoice(String),
    NotADate(String),
    /// A version number that was never written (0).
    UnknownVersion(u64),
    /// Anything else serde reports.
    Other,
}

impl Flaw {
    /// serde's message sorted into our kinds. Its wording is stable (serde's `de::Error`
    /// defaults and the date reader in `model::calendar::Day`); what is not recognised is `Other`.
    fn of(e: &serde_json::Error) -> Flaw {
        let text = e.to_string();
        // serde_json appends the place, which we keep as numbers.
        let message = text
            .rfind(" at line ")
            .map_or(text.as_str(), |at| &text[..at]);
        // The name or value serde quotes between backticks.
        let quoted = || message.split('`').nth(1).unwrap_or_default().to_string();
        let starts = |p: &str| message.starts_with(p);
        if starts("missing field") {
            Flaw::MissingField(quoted())
        } else if starts("unknown field") {
            Flaw::UnknownField(quoted())
        } else if starts("duplicate field") {
            Flaw::DuplicateField(quoted())
        } else if starts("unknown variant") {
            Flaw::UnknownChoice(quoted())
        } else if starts("invalid type") {
            Flaw::WrongType
        } else if starts("invalid value") {
            Flaw::WrongValue
        } else if starts("invalid length") {
            Flaw::WrongLength
        } else if message.ends_with("is not a date written YYYY-MM-DD") {
            Flaw::NotADate(quoted())
        } else {
            Flaw::Other
        }
    }

    fn message(&self, lang: Lang) -> String {
        // Most flaws quote what the file held (a field's name, a value) in their `{value}`.
        let (text, quoted) = match self {
            Flaw::MissingField(f) => (i18n::work_file::THE_FIELD_IS_MISSING, Some(f)),
            Flaw::UnknownField(f) => (i18n::work_file::IT_HAS_A_FIELD_THIS_VERSION_DOES, Some(f)),
            Flaw::DuplicateField(f) => (i18n::work_file::THE_FIELD_APPEARS_TWICE, Some(f)),
            Flaw::UnknownChoice(v) => (i18n::work_file::IS_NOT_ONE_OF_THE_CHOICES, Some(v)),
            Flaw::NotADate(v) => (i18n::work_file::IS_NOT_A_DATE_WRITTEN_YEAR_MONTH, Some(v)),
            Flaw::WrongType => (i18n::work_file::A_VALUE_IS_OF_THE_WRONG_KIND, None),
            Flaw::WrongValue => (i18n::work_file::A_VALUE_IS_NOT_ONE_ALLOWED_THERE, None),
            Flaw::WrongLength => (i18n::work_file::A_LIST_HAS_THE_WRONG_NUMBER_OF, None),
            Flaw::Other => (i18n::work_file::IT_DOES_NOT_FIT_THIS_VERSIONS, None),
            Flaw::UnknownVersion(v) => {
                return lang.fill(i18n::work_file::THERE_IS_NO_VERSION, &[("version", v)]);
            }
        };
        match quoted {
            Some(value) => lang.fill(text, &[("value", &echo(value))]),
            None => lang.t(text).into(),
        }
    }
}

/// What is wrong in a file that is ours, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformation {
    pub flaw: Flaw,
    pub place: Option<Place>,
}

impl Malformation {
    fn of(e: &serde_json::Error) -> Malformation {
        Malformation {
            flaw: Flaw::of(e),
            place: Place::of(e),
        }
    }
}

/// What an import would do, shown before anything here changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// The file's options replace this browser's: (in the file, here).
    pub options: Option<(usize, usize)>,
    /// The file holds more options than are compared at once (this many): the user picks
    /// which to take, and nothing is left out without that choice.
    pub choose_options: Option<usize>,
    /// The file's plan replaces this browser's: (its modules, the modules here, if a plan).
    pub plan: Option<(usize, Option<usize>)>,
    /// The file's rate card replaces this browser's: whether there is one here.
    pub rate_card: Option<bool>,
    /// Quotes of the file added beside those here.
    pub new_quotes: usize,
    /// Numbers of the file's quotes already used here: those are not imported.
    pub clashing: Vec<String>,
}

impl ImportPreview {
    /// One line per part, in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some((file, here)) = self.options {
            lines.push(match (lang, self.choose_options) {
                (_, None) => lang.fill(
                    i18n::work_file::OPTIONS_THE_FILES_REPLACE_THE,
                    &[("file", &file), ("here", &here)],
                ),
                (_, Some(max)) => lang.fill(
                    i18n::work_file::OPTIONS_THE_FILE_HAS_AND_AT_MOST,
                    &[("file", &file), ("max", &max), ("here", &here)],
                ),
            });
        }
        if let Some((file, here)) = self.plan {
            lines.push(match (lang, here) {
                (_, Some(h)) => lang.fill(
                    i18n::work_file::COURSE_PLAN_THE_FILES_MODULES,
                    &[("file", &file), ("here", &h)],
                ),
                (_, None) => lang.fill(
                    i18n::work_file::COURSE_PLAN_THE_FILES_MODULES_2,
                    &[("file", &file)],
                ),
            });
        }
        if let Some(here) = self.rate_card {
            lines.push(match (lang, here) {
                (_, true) => lang
                    .t(i18n::work_file::RATE_CARD_THE_FILES_REPLACES)
                    .to_string(),
                (_, false) => lang
                    .t(i18n::work_file::RATE_CARD_THE_FILES_IS_ADDED)
                    .to_string(),
            });
        }
        lines.push(lang.fill(
            i18n::work_file::QUOTES_ADDED_EVERY_QUOTE_HERE,
            &[("new_quotes", &self.new_quotes)],
        ));
        if !self.clashing.is_empty() {
            let list = self.clashing.join("、");
            lines.push(lang.fill(
                i18n::work_file::QUOTES_NOT_IMPORTED_THEIR_NUMBERS,
                &[("list", &list)],
            ));
        }
        lines
    }
}

/// Which of a file's options to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionChoice {
    /// Every one (they fit beside each other).
    All,
    /// Those at these places in the file (from 0), as the user ticked them.
    Positions(Vec<usize>),
}

/// What an import did, counted from what was taken, for the message the user reads after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// (options taken, options in the file), when the file had options.
    pub options: Option<(usize, usize)>,
    /// The modules of the plan taken, when the file had a plan.
    pub plan: Option<usize>,
    pub rate_card: bool,
    pub quotes_added: usize,
    /// The file's quotes not taken, their numbers already used here.
    pub quotes_clashing: Vec<String>,
}

impl ImportReport {
    /// One sentence of what was imported.
    pub fn message(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if let Some((taken, in_file)) = self.options {
            parts.push(match (lang, taken == in_file) {
                (_, true) => lang.fill(i18n::work_file::OPTION_S, &[("taken", &taken)]),
                (_, false) => lang.fill(
                    i18n::work_file::OF_THE_FILES_OPTIONS_THE_OTHER,
                    &[
                        ("in_file", &in_file),
                        ("taken", &taken),
                        ("left_out", &(in_file - taken)),
                    ],
                ),
            });
        }
        if let Some(modules) = self.plan {
            parts.push(lang.fill(
                i18n::work_file::A_COURSE_PLAN_OF_MODULE_S,
                &[("modules", &modules)],
            ));
        }
        if self.rate_card {
            parts.push(lang.t(i18n::work_file::A_RATE_CARD).to_string());
        }
        parts.push(lang.fill(
            i18n::work_file::NEW_QUOTE_S,
            &[("quotes_added", &self.quotes_added)],
        ));
        let list = parts.join(lang.t(i18n::work_file::COMMA));
        let mut text = lang.fill(i18n::work_file::IMPORTED, &[("list", &list)]);
        if !self.quotes_clashing.is_empty() {
            let numbers = self
                .quotes_clashing
                .join(lang.t(i18n::common::LIST_SEPARATOR));
            text.push_str(&lang.fill(
                i18n::work_file::NOT_IMPORTED_THEIR_NUMBERS_ALREADY,
                &[("numbers", &numbers)],
            ));
        }
        text
    }
}

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: u64,
        max: u64,
    },
    NotJson(JsonFault),
    NotOurs,
    NewerVersion(u32),
    /// The file is ours but its content does not fit this version's shape.
    Malformed(Malformation),
    /// An option's scenario cannot be priced.
    Refused {
        option: String,
        error: ScenarioError,
    },
    /// The rate card has a value out of range.
    BadRateCard(CardError),
    /// An issued quote is not one this app could have made (edited by hand, or damaged):
    /// `position` counts from 1, `number` is what the file says.
    BadQuote {
        position: usize,
        number: Option<String>,
        problem: QuoteProblem,
    },
    /// Two quotes have this number: showing, finding or deleting one would take the other along.
    DuplicateQuote(String),
    /// A text of the quote desk or the budget request longer than its field allows: the field
    /// (Chinese and English names) and its limit.
    TooLong {
        field: Text,
        max: usize,
    },
    /// More quotes compared, or lines in one quote, than a comparison holds.
    TooMany {
        what: Text,
        max: usize,
    },
    Empty,
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::TooLarge { bytes, max }, _) => lang.fill(
                i18n::work_file::THE_FILE_IS_TOO_LARGE_BYTES_THE,
                &[("bytes", &bytes), ("max", &max)],
            ),
            (ImportError::NotJson(JsonFault { place, ends_early }), _) => {
                let Place { line, column } = place;
                let text = if *ends_early {
                    i18n::work_file::JSON_ENDS_EARLY
                } else {
                    i18n::work_file::NOT_JSON
                };
                lang.fill(text, &[("line", &line), ("column", &column)])
            }
            (ImportError::NotOurs, _) => lang
                .t(i18n::work_file::THIS_IS_NOT_A_FILE_EXPORTED_BY)
                .into(),
            (ImportError::NewerVersion(v), _) => lang.fill(
                i18n::work_file::THE_FILE_COMES_FROM_A_NEWER_VERSION,
                &[("version", &v), ("readable", &VERSION)],
            ),
            (ImportError::Malformed(m), _) => lang.fill(
                i18n::work_file::THE_FILES_CONTENT_IS_INCOMPLETE,
                &[
                    ("m_flaw", &m.flaw.message(lang)),
                    ("m_place", &Place::note(m.place, lang)),
                ],
            ),
            (ImportError::Refused { option, error }, _) => {
                format!("{}：{}", echo(option), error.message(lang))
            }
            (ImportError::BadRateCard(e), _) => lang.fill(
                i18n::work_file::THE_RATE_CARD_IN_THE_FILE_IS,
                &[
                    ("field", &e.field().label(lang)),
                    ("value", &e.message(lang)),
                ],
            ),
            (
                ImportError::BadQuote {
                    number: Some(n),
                    problem,
                    ..
                },
                _,
            ) => lang.fill(
                i18n::work_file::QUOTE_IN_THE_FILE_IS_WRONG_THE,
                &[("number", &echo(n)), ("problem", &problem.message(lang))],
            ),
            (
                ImportError::BadQuote {
                    number: None,
                    position,
                    problem,
                },
                _,
            ) => lang.fill(
                i18n::work_file::QUOTE_COUNTING_FROM_THE_FIRST,
                &[("position", &position), ("problem", &problem.message(lang))],
            ),
            (ImportError::DuplicateQuote(n), _) => lang.fill(
                i18n::work_file::TWO_QUOTES_IN_THE_FILE_HAVE_THE,
                &[("number", &echo(n))],
            ),
            (ImportError::TooMany { what, max }, _) => lang.fill(
                i18n::work_file::THE_FILE_HAS_MORE_THAN_A_COMPARISON_HOLDS,
                &[("what", &lang.t(*what)), ("max", &max)],
            ),
            (ImportError::TooLong { field, max }, _) => lang.fill(
                i18n::work_file::THE_FILES_IS_LONGER_THAN_CHARACTERS,
                &[("field", &lang.t(*field)), ("max", &max)],
            ),
            (ImportError::Empty, _) => lang
                .t(i18n::work_file::THE_FILE_HOLDS_NO_OPTIONS_PLAN)
                .into(),
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
            ImportError::NotJson(JsonFault {
                place: Place {
                    line: e.line(),
                    column: e.column(),
                },
                ends_early: e.is_eof(),
            })
        }
    })?;
    if envelope.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let version = envelope.version.ok_or_else(|| {
        ImportError::Malformed(Malformation {
            flaw: Flaw::MissingField("version".into()),
            place: None,
        })
    })?;
    if version > u64::from(VERSION) {
        return Err(ImportError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let mut work = read_version(text, version)?;
    assign_option_ids(&mut work.options);
    // What names an option must name one of these (an id, or a place in a file before
    // version 4); an option no longer there leaves the choice to the first.
    for reference in [
        &mut work.budget.option,
        &mut work.desk.option,
        &mut work.plan_option,
    ] {
        *reference = reference
            .as_ref()
            .and_then(|r| resolve_option(&work.options, r));
    }
    work.year.give_unique_ids();
    if work.options.is_empty()
        && work.year.courses.is_empty()
        && work.plan.is_none()
        && work.rate_card.is_none()
        && work.quotes == QuoteBook::default()
        && work.compare.is_empty()
    {
        return Err(ImportError::Empty);
    }
    let named = work.options.iter().map(|o| (&o.name, &o.scenario));
    let courses = work.year.courses.iter().map(|c| (&c.name, &c.scenario));
    for (name, scenario) in named.chain(courses) {
        Costing::new(catalog, scenario).map_err(|error| ImportError::Refused {
            option: name.clone(),
            error,
        })?;
    }
    if let Some(scenario) = &work.compare.scope {
        Costing::new(catalog, scenario).map_err(|error| ImportError::Refused {
            option: work.compare.heading.item.clone(),
            error,
        })?;
    }
    if let Some((what, max)) = work.compare.too_many(catalog) {
        return Err(ImportError::TooMany { what, max });
    }
    if let Some((field, max)) = work.compare.too_long(catalog) {
        return Err(ImportError::TooLong { field, max });
    }
    if let Some(card) = &work.rate_card
        && let Some(problem) = card.problems(catalog).into_iter().next()
    {
        return Err(ImportError::BadRateCard(problem));
    }
    check_texts(&work, &catalog.pricing.limits, &catalog.budget.year)?;
    work.quotes
        .check(&catalog.pricing.limits)
        .map_err(|problem| match problem {
            BookProblem::Quote {
                position,
                number,
                problem,
            } => ImportError::BadQuote {
                position,
                number,
                problem,
            },
            BookProblem::Duplicate(number) => ImportError::DuplicateQuote(number),
        })?;
    // A `next` edited down would give one of the file's own numbers again.
    work.quotes.past_its_own_numbers();
    Ok(work)
}

/// The texts of the quote desk and the budget request hold no more than their fields take
/// (`data/pricing.toml`): a file is read as if typed here.
fn check_texts(
    work: &SavedWork,
    limits: &model::catalog::Limits,
    year_rules: &model::catalog::YearRules,
) -> Result<(), ImportError> {
    let (d, b) = (&work.desk, &work.budget);
    // The budget request's short fields take as much as a client's name.
    let short = limits.max_client_chars;
    #[rustfmt::skip]
    let texts: [(Text, &String, usize); 10] = [
        (i18n::work_file::CLIENT, &d.client, short),
        (i18n::work_file::CLIENTS_CONTACT_PERSON, &d.contact.person, limits.max_contact_person_chars),
        (i18n::work_file::CLIENTS_PHONE, &d.contact.phone, limits.max_phone_chars),
        (i18n::common::REMARKS, &d.remarks, limits.max_remarks_chars),
        (i18n::common::NUMBER, &b.number, short),
        (i18n::work_file::REQUESTING_DEPARTMENT, &b.department, short),
        (i18n::work_file::PREPARED_BY, &b.prepared_by, short),
        (i18n::work_file::REVIEWED_BY, &b.reviewed_by, short),
        (i18n::work_file::APPROVED_BY, &b.approved_by, short),
        (i18n::work_file::REASON_FOR_THE_CHOICE, &b.reason, limits.max_reason_chars),
    ];
    let y = year_rules;
    let courses = work.year.courses.iter().flat_map(|c| {
        [
            (i18n::year::COURSE, &c.name, y.max_name_chars),
            (
                i18n::year::DEPARTMENT,
                &c.department,
                y.max_department_chars,
            ),
        ]
    });
    for (field, text, max) in texts.into_iter().chain(courses) {
        if text.chars().count() > max {
            return Err(ImportError::TooLong { field, max });
        }
    }
    Ok(())
}

/// Read the text in its version's shape and bring it to the current one. Each older version
/// has its own struct and one step forward, so every old file goes through the same steps.
fn read_version(text: &str, version: u64) -> Result<SavedWork, ImportError> {
    let malformed = |e: serde_json::Error| ImportError::Malformed(Malformation::of(&e));
    match version {
        1 => {
            let v1: SavedWorkV1 = serde_json::from_str(text).map_err(malformed)?;
            // Version 1 had no rate card and no quotes.
            Ok(SavedWork::new(v1.options, v1.plan))
        }
        // Version 3 only added a field with a default, so one shape reads both; their quotes'
        // amounts were whole yuan.
        2 | 3 => {
            let mut work: SavedWork = serde_json::from_str(text).map_err(malformed)?;
            work.quotes.issued = work
                .quotes
                .issued
                .into_iter()
                .map(Quote::from_whole_yuan)
                .collect();
            // Brought to this version: written again, it is read as this version's.
            work.version = VERSION;
            Ok(work)
        }
        // Version 4's options ids, desk and fen amounts are fields of this shape; options
        // without an id are given one on reading (above). Version 5 adds the year, a field
        // with a default, version 6 the comparison and version 7 each option's figures of
        // worth, two more.
        4..=7 => {
            let mut work: SavedWork = serde_json::from_str(text).map_err(malformed)?;
            work.version = VERSION;
            Ok(work)
        }
        other => Err(ImportError::Malformed(Malformation {
            flaw: Flaw::UnknownVersion(other),
            place: None,
        })),
    }
}

/// A part of an imported file, or the one here when the file leaves it empty: an import fills
/// in what the file holds and keeps the rest.
fn unless_empty<T>(from_file: T, here: T, is_empty: fn(&T) -> bool) -> T {
    if is_empty(&from_file) {
        here
    } else {
        from_file
    }
}
