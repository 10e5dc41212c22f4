//! `data/market_bands.toml`: the public price bands a seat is held against.

use serde::{Deserialize, Serialize};

use super::{Bilingual, Bounds, Checker, DataFile, Source};
use crate::vocab::Sourcing;

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
