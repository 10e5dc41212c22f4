//! `data/industries.toml`: industries and how much demand for this training they have.

use serde::{Deserialize, Serialize};

use super::{Bilingual, Checker, DataFile, Range, Source};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Industry {
    pub id: String,
    pub name: Bilingual,
    pub demand: Bilingual,
    /// Scales trainer fees and course development.
    pub factor: Range,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Industries {
    pub industry: Vec<Industry>,
}

impl DataFile for Industries {
    const PATH: &'static str = "data/industries.toml";

    fn check(&self, c: &mut Checker) {
        if self.industry.is_empty() {
            c.fail("industry", "at least one industry is needed");
        }
        c.unique("industry", self.industry.iter().map(|x| x.id.as_str()));
        for (i, ind) in self.industry.iter().enumerate() {
            let field = format!("industry[{i}] ({})", ind.id);
            c.range(&format!("{field}.factor"), &ind.factor);
            c.source(&field, &ind.source);
        }
    }
}
