//! `data/cities.toml`: cities and the wage figures their price index comes from.

use serde::{Deserialize, Serialize};

use super::{Bilingual, Checker, DataFile, Source};

fn one() -> f64 {
    1.0
}

/// A city (region) and the wage figures its price index is derived from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    pub name: Bilingual,
    /// Average annual wage, CNY.
    pub wage: f64,
    /// The same statistic, same year and basis, for the reference area.
    pub reference_wage: f64,
    /// Any further step from the reference area to the nation (see the file's header).
    #[serde(default = "one")]
    pub adjust: f64,
    pub source: Source,
}

impl City {
    /// Local prices relative to the national average (1.0).
    pub fn index(&self) -> f64 {
        self.wage / self.reference_wage * self.adjust
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cities {
    pub city: Vec<City>,
}

impl DataFile for Cities {
    const PATH: &'static str = "data/cities.toml";

    fn check(&self, c: &mut Checker) {
        if self.city.is_empty() {
            c.fail("city", "at least one city is needed");
        }
        c.unique("city", self.city.iter().map(|x| x.id.as_str()));
        for (i, city) in self.city.iter().enumerate() {
            let field = format!("city[{i}] ({})", city.id);
            c.positive(&format!("{field}.wage"), city.wage);
            c.positive(&format!("{field}.reference_wage"), city.reference_wage);
            c.positive(&format!("{field}.adjust"), city.adjust);
            c.source(&field, &city.source);
        }
    }
}
