//! Reading a data file: parse with serde, then check every figure and its source; the first
//! failure names the file and the field.

use serde::de::DeserializeOwned;

use super::{Range, Source};
use crate::vocab::{Activity, DeliveryMode, Depth, TrainerTier};

/// A data file could not be used: which file, which field, and what is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {field}: {message}")]
pub struct DataError {
    pub file: String,
    pub field: String,
    pub message: String,
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

/// A half-day booking costs at least half a day (so splitting a day never saves money) and at
/// most a whole one.
pub(super) fn half_day_share(c: &mut Checker, field: &str, share: f64) {
    if !(0.5..=1.0).contains(&share) {
        c.fail(field, format!("must be between 0.5 and 1, found {share}"));
    }
}

/// Every value of a closed set appears exactly once in a list.
pub(super) fn every_once<T: Copy + IdOf>(
    c: &mut Checker,
    field: &str,
    all: &[T],
    count: impl Fn(T) -> usize,
) {
    for &v in all {
        let n = count(v);
        if n != 1 {
            c.fail(
                field,
                format!("`{}` must appear exactly once, found {n}", v.id_of()),
            );
        }
    }
}

/// The stable id of a vocabulary choice, for messages.
pub trait IdOf {
    fn id_of(self) -> &'static str;
}

macro_rules! id_of {
    ($($t:ty),*) => { $(impl IdOf for $t { fn id_of(self) -> &'static str { self.id() } })* };
}
id_of!(TrainerTier, DeliveryMode, Activity, Depth);
