//! Loading the figures in `data/`.
//!
//! Every number the model uses lives in a TOML file under `data/`, next to its source (a
//! citation, or `assumption: …` with the reasoning). The files are embedded in the binary at
//! build time, so the app needs no network, and checked when loaded: a malformed file is an
//! error naming the file and the field, never a silent zero.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::budget::BudgetRules;
use super::cost::rates::{
    Bounds, Cities, City, Costs, Delivery, Industries, Industry, Pricing, Seats, Trainers,
};
use super::plan::{Holidays, Modules};
use super::vocab::Sourcing;

/// A data file could not be used: which file, which field, and what is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {field}: {message}")]
pub struct DataError {
    pub file: String,
    pub field: String,
    pub message: String,
}

/// Where a figure comes from: a citation, or the word `assumption` followed by the reasoning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Source(String);

/// How far a figure can be trusted (domain.md, "Figures from public sources"). A data file's
/// source starts with its grade in brackets (`[W] Explainer pages …`), or is an assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Grade {
    /// `[O]`: a law, regulation or official rule.
    Official,
    /// `[S]`: official statistics or a published survey.
    Statistics,
    /// `[V]`: a vendor's own price listing.
    Vendor,
    /// `[W]`: explainer pages and articles; use as a wide range.
    Weak,
    /// `assumption:` reasoning of ours, no source found.
    Assumption,
}

impl Grade {
    pub fn label(self, lang: super::Lang) -> &'static str {
        match self {
            Grade::Official => lang.pick("官方规定", "official"),
            Grade::Statistics => lang.pick("统计数据", "statistics"),
            Grade::Vendor => lang.pick("机构报价", "vendor listing"),
            Grade::Weak => lang.pick("弱来源", "weak source"),
            Grade::Assumption => lang.pick("假设", "assumption"),
        }
    }

    /// Figures the user should read as a rough range only.
    pub fn is_weak(self) -> bool {
        matches!(self, Grade::Weak | Grade::Assumption)
    }
}

impl Source {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_assumption(&self) -> bool {
        self.0
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("assumption")
    }

    /// The trust grade the text starts with; `None` for an ungraded citation (refused on load).
    pub fn grade(&self) -> Option<Grade> {
        if self.is_assumption() {
            return Some(Grade::Assumption);
        }
        let text = self.0.trim_start();
        [
            ("[O]", Grade::Official),
            ("[S]", Grade::Statistics),
            ("[V]", Grade::Vendor),
            ("[W]", Grade::Weak),
        ]
        .into_iter()
        .find_map(|(tag, grade)| text.starts_with(tag).then_some(grade))
    }

    /// The text without its grade tag, as a person reads it.
    pub fn text(&self) -> &str {
        let text = self.0.trim_start();
        match self.grade() {
            Some(Grade::Assumption) | None => text,
            Some(_) => text[3..].trim_start(),
        }
    }

    fn problem(&self) -> Option<&'static str> {
        let text = self.0.trim();
        if text.is_empty() {
            return Some(
                "source is empty: cite where the figure comes from, or write `assumption: why`",
            );
        }
        if self.is_assumption() && text.len() < "assumption: ".len() + 10 {
            return Some("an assumption must say why (write `assumption: the reasoning`)");
        }
        if self.grade().is_none() {
            return Some(
                "a citation starts with its trust grade: [O] official, [S] statistics, [V] vendor, [W] weak",
            );
        }
        None
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Text in both interface languages.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

impl Bilingual {
    pub fn get(&self, lang: super::Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

/// An uncertain figure: the least it plausibly is, what we expect, and the most.
///
/// Used for rates in `data/` (the Monte Carlo draws from them) and for results (a line item's
/// low / likely / high), so both read the same way.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

impl Range {
    pub fn exactly(value: f64) -> Range {
        Range {
            low: value,
            likely: value,
            high: value,
        }
    }

    /// Apply the same operation to each bound.
    pub fn map(self, f: impl Fn(f64) -> f64) -> Range {
        Range {
            low: f(self.low),
            likely: f(self.likely),
            high: f(self.high),
        }
    }
}

impl std::ops::Add for Range {
    type Output = Range;
    fn add(self, o: Range) -> Range {
        Range {
            low: self.low + o.low,
            likely: self.likely + o.likely,
            high: self.high + o.high,
        }
    }
}

/// Collects the checks of one file; the first failure becomes a [`DataError`].
pub struct Checker {
    file: &'static str,
    error: Option<DataError>,
}

impl Checker {
    pub fn new(file: &'static str) -> Self {
        Checker { file, error: None }
    }

    /// Record a failure at `field` unless one was already recorded.
    pub fn fail(&mut self, field: impl Into<String>, message: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some(DataError {
                file: self.file.to_string(),
                field: field.into(),
                message: message.into(),
            });
        }
    }

    pub fn source(&mut self, field: &str, source: &Source) {
        if let Some(problem) = source.problem() {
            self.fail(format!("{field}.source"), problem);
        }
    }

    /// A single value: finite and not negative (money, hours, factors are never negative).
    pub fn non_negative(&mut self, field: &str, value: f64) {
        if !value.is_finite() || value < 0.0 {
            self.fail(field, format!("must be a finite number ≥ 0, found {value}"));
        }
    }

    /// A range: every bound finite and non-negative, and ordered `low ≤ likely ≤ high`.
    pub fn ordered(&mut self, field: &str, bounds: &[(&str, f64)]) {
        for (name, value) in bounds {
            self.non_negative(&format!("{field}.{name}"), *value);
        }
        for pair in bounds.windows(2) {
            let ((a, va), (b, vb)) = (pair[0], pair[1]);
            if va > vb {
                self.fail(
                    field,
                    format!("range is out of order: {a} = {va} is above {b} = {vb}"),
                );
            }
        }
    }

    /// A [`Range`] from a data file: finite, non-negative and ordered.
    pub fn range(&mut self, field: &str, range: &Range) {
        self.ordered(
            field,
            &[
                ("low", range.low),
                ("likely", range.likely),
                ("high", range.high),
            ],
        );
    }

    /// A value that must be strictly positive (a divisor, a limit).
    pub fn positive(&mut self, field: &str, value: f64) {
        if !value.is_finite() || value <= 0.0 {
            self.fail(field, format!("must be a finite number > 0, found {value}"));
        }
    }

    /// Ids must be unique within a list.
    pub fn unique<'a>(&mut self, field: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.fail(field, format!("id `{id}` appears twice"));
            }
        }
    }

    pub fn finish(self) -> Result<(), DataError> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// A data file's content: parsed with serde, then checked by [`DataFile::check`].
pub trait DataFile: DeserializeOwned {
    /// The path under the repository, as shown in errors (`data/market_bands.toml`).
    const PATH: &'static str;

    fn check(&self, checker: &mut Checker);

    /// Parse and check the TOML a person edits (native: tests and tools).
    #[cfg(not(target_arch = "wasm32"))]
    fn parse(text: &str) -> Result<Self, DataError> {
        let value: Self = toml::from_str(text).map_err(|e| DataError {
            file: Self::PATH.to_string(),
            field: field_of(text, &e),
            message: e.message().to_string(),
        })?;
        checked(value)
    }
}

/// The checks run where the TOML is read: in `build.rs` (so the app is only ever built from data
/// that passes them) and in native tests. The browser loads what the build checked.
#[cfg(not(target_arch = "wasm32"))]
fn checked<T: DataFile>(value: T) -> Result<T, DataError> {
    let mut checker = Checker::new(T::PATH);
    value.check(&mut checker);
    checker.finish()?;
    Ok(value)
}

#[cfg(not(target_arch = "wasm32"))]
/// Name the place a TOML error points at: the key on that line, with the line number.
fn field_of(text: &str, error: &toml::de::Error) -> String {
    let Some(span) = error.span() else {
        return "(whole file)".to_string();
    };
    let start = span.start.min(text.len());
    let line_no = text[..start].matches('\n').count() + 1;
    let line = text.lines().nth(line_no - 1).unwrap_or("").trim();
    let key = line.split('=').next().unwrap_or(line).trim();
    if key.is_empty() {
        format!("line {line_no}")
    } else {
        format!("line {line_no} (`{key}`)")
    }
}

/// One published market price band, per participant, in CNY.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketBand {
    pub id: String,
    pub name: Bilingual,
    pub describes: Bilingual,
    /// The seat routes whose price per seat is held against this band.
    pub compares: Vec<Sourcing>,
    pub low: f64,
    pub high: f64,
    /// The source's looser wording for the same class of course, when it gives one.
    #[serde(default)]
    pub loose: Option<Bounds>,
    #[serde(default)]
    pub loose_source: Option<Source>,
    pub source: Source,
}

/// `data/market_bands.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketBands {
    pub band: Vec<MarketBand>,
}

impl DataFile for MarketBands {
    const PATH: &'static str = "data/market_bands.toml";

    fn check(&self, c: &mut Checker) {
        if self.band.is_empty() {
            c.fail("band", "at least one market band is needed");
        }
        for (i, band) in self.band.iter().enumerate() {
            let field = format!("band[{i}] ({})", band.id);
            c.ordered(&field, &[("low", band.low), ("high", band.high)]);
            c.source(&field, &band.source);
        }
        c.unique("band", self.band.iter().map(|b| b.id.as_str()));
        for (i, band) in self.band.iter().enumerate() {
            let field = format!("band[{i}] ({}).loose", band.id);
            match (&band.loose, &band.loose_source) {
                (Some(loose), Some(source)) => {
                    c.ordered(&field, &[("low", loose.min), ("high", loose.max)]);
                    c.source(&field, source);
                }
                (None, None) => {}
                _ => c.fail(
                    field,
                    "a loose range needs its source, and a source its range",
                ),
            }
        }
        // Every seat route must have exactly one band to be held against; in-house routes are
        // compared with seats instead, never with a band directly.
        for sourcing in Sourcing::ALL {
            let n = self
                .band
                .iter()
                .filter(|b| b.compares.contains(sourcing))
                .count();
            let wanted = usize::from(!sourcing.is_in_house());
            if n != wanted {
                c.fail(
                    "band.compares",
                    format!(
                        "route `{}` is compared with {n} bands; it needs {wanted}",
                        sourcing.id()
                    ),
                );
            }
        }
    }
}

/// Every data file, parsed and checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub market_bands: MarketBands,
    pub cities: Cities,
    pub industries: Industries,
    pub trainers: Trainers,
    pub seats: Seats,
    pub delivery: Delivery,
    pub costs: Costs,
    pub pricing: Pricing,
    pub modules: Modules,
    /// VAT on a vendor's quote and the terms a new rate card starts with.
    pub tax: crate::quote::TaxRules,
    pub budget: BudgetRules,
    /// Statutory holidays and make-up working days, by the State Council's yearly notices.
    pub holidays: Holidays,
}

/// Each data file's TOML text, as a person edits it (for native tests: same catalog, from source).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! from_source {
    ($file:ty, $stem:literal) => {
        <$file>::parse(include_str!(concat!("../../data/", $stem, ".toml")))
    };
}

/// Lists every data file once.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! catalog {
    ($load:ident) => {
        Catalog {
            market_bands: $load!(MarketBands, "market_bands")?,
            cities: $load!(Cities, "cities")?,
            industries: $load!(Industries, "industries")?,
            trainers: $load!(Trainers, "trainers")?,
            seats: $load!(Seats, "seats")?,
            delivery: $load!(Delivery, "delivery")?,
            costs: $load!(Costs, "costs")?,
            pricing: $load!(Pricing, "pricing")?,
            modules: $load!(Modules, "modules")?,
            tax: $load!(crate::quote::TaxRules, "tax")?,
            budget: $load!(BudgetRules, "budget")?,
            holidays: $load!(Holidays, "holidays")?,
        }
    };
}

impl Catalog {
    /// The same catalog read from the TOML sources, with errors that point at their lines.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_toml_sources() -> Result<Catalog, DataError> {
        Ok(catalog!(from_source))
    }

    /// The catalog as the app embeds it: the source texts the interface shows beside an
    /// estimate's figures are kept (rates, costs, seats, bands, cities, industries, the VAT and
    /// contingency defaults); the rest (module, delivery and limit reasoning, the holiday
    /// notices' citations, titles and addresses, which people read in data/) is emptied, saving
    /// ~3.5 KB gzip of the download.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn for_embedding(&self) -> Catalog {
        fn empty_sources(value: &mut serde_json::Value) {
            match value {
                serde_json::Value::Object(fields) => {
                    for (name, field) in fields.iter_mut() {
                        if name.ends_with("source") && field.is_string() {
                            *field = serde_json::Value::String(String::new());
                        } else {
                            empty_sources(field);
                        }
                    }
                }
                serde_json::Value::Array(items) => items.iter_mut().for_each(empty_sources),
                _ => {}
            }
        }
        let mut value = serde_json::to_value(self).expect("the catalog is plain data");
        for part in ["modules", "delivery", "tax", "holidays"] {
            empty_sources(&mut value[part]);
        }
        for part in ["limits", "monte_carlo", "scenario", "quote"] {
            empty_sources(&mut value["pricing"][part]);
        }
        // The planner names a holiday notice by its number; its title and address stay in data/.
        if let Some(notices) = value["holidays"]["notice"].as_array_mut() {
            for notice in notices {
                for field in ["title", "url"] {
                    notice[field] = serde_json::Value::String(String::new());
                }
            }
        }
        serde_json::from_value(value).expect("emptying strings keeps the catalog's shape")
    }

    pub fn band(&self, id: &str) -> Option<&MarketBand> {
        self.market_bands.band.iter().find(|b| b.id == id)
    }

    /// The band a seat on this route is held against (none for an in-house route).
    pub fn band_for(&self, sourcing: Sourcing) -> Option<&MarketBand> {
        self.market_bands
            .band
            .iter()
            .find(|b| b.compares.contains(&sourcing))
    }

    pub fn city(&self, id: &str) -> Option<&City> {
        self.cities.city.iter().find(|c| c.id == id)
    }

    pub fn industry(&self, id: &str) -> Option<&Industry> {
        self.industries.industry.iter().find(|c| c.id == id)
    }
}
