//! The figures in `data/`, read and checked: one module per data file.
//!
//! Every number the model uses lives in a TOML file under `data/`, next to its source (a
//! citation, or `assumption: …` with the reasoning). The files are embedded in the binary at
//! build time, so the app needs no network, and checked when loaded: a malformed file is an
//! error naming the file and the field, never a silent zero.

//!
//! | file | module |
//! |---|---|
//! | `data/cities.toml` | [`cities`] |
//! | `data/industries.toml` | [`industries`] |
//! | `data/trainers.toml` | [`trainers`] |
//! | `data/delivery.toml` | [`delivery`] |
//! | `data/costs.toml` | [`costs`] |
//! | `data/seats.toml` | [`seats`] |
//! | `data/pricing.toml` | [`pricing`] |
//! | `data/market_bands.toml` | [`market_bands`] |
//! | `data/modules.toml` | [`modules`] |
//! | `data/holidays.toml` | [`holidays`] |
//! | `data/tax.toml` | [`tax`] |
//! | `data/budget.toml` | [`budget`] |
//! | `data/compare.toml` | [`compare`] |
//! | `data/worth.toml` | [`worth`] |

pub mod budget;
mod checks;
pub mod cities;
pub mod compare;
pub mod costs;
pub mod delivery;
pub mod holidays;
pub mod industries;
pub mod market_bands;
pub mod modules;
pub mod pricing;
pub mod seats;
mod source;
pub mod tax;
pub mod trainers;
mod values;
pub mod worth;

pub use budget::{BudgetRules, EducationFund, WageBillRules, YearRules};
pub use checks::{Checker, DataError, DataFile, IdOf};
pub use cities::{Cities, City};
pub use compare::CompareRules;
pub use costs::*;
pub use delivery::*;
pub use holidays::{DayKind, Holiday, Holidays, Law, LawYear, Notice};
pub use industries::{Industries, Industry};
pub use market_bands::{MarketBand, MarketBands};
pub use modules::{ActivityTime, AgendaRules, Module, Modules, PlanItem, Preset, Relevance};
pub use pricing::*;
pub use seats::*;
pub use source::{Grade, Source};
pub use tax::{Invoice, QuoteDefaults, TaxRate, TaxRules, Taxpayer};
pub use trainers::*;
pub use values::{Bilingual, Bounds, ByDepth, Range};
pub use worth::WorthRules;

use serde::{Deserialize, Serialize};

use crate::vocab::Sourcing;

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
    pub tax: TaxRules,
    pub budget: BudgetRules,
    /// Comparing received quotes: the class hour, the purchasing lines, flags and weights.
    pub compare: CompareRules,
    /// Is it worth it: the change a panel opens with, its fade, the staff time a complaint
    /// takes, anchors and draws.
    pub worth: WorthRules,
    /// Statutory holidays and make-up working days, by the State Council's yearly notices.
    pub holidays: Holidays,
}

/// Each data file's TOML text, as a person edits it (for native tests: same catalog, from source).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! from_source {
    ($file:ty, $stem:literal) => {
        <$file>::parse(include_str!(concat!("../../../data/", $stem, ".toml")))
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
            tax: $load!(TaxRules, "tax")?,
            budget: $load!(BudgetRules, "budget")?,
            compare: $load!(CompareRules, "compare")?,
            worth: $load!(WorthRules, "worth")?,
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
        for part in ["limits", "monte_carlo", "quote"] {
            empty_sources(&mut value["pricing"][part]);
        }
        // The contingency's and VAT's sources are shown beside those lines; the default
        // scenario's own reasoning is not.
        value["pricing"]["default"]["source"] = serde_json::Value::String(String::new());
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
