//! The three places, each shipped as a page of its own.
//!
//! Each place is its own wasm bundle (`src/bin/`), so a person opening the estimator downloads
//! the estimator and not the planner or the quote desk as well: the whole app in one bundle was
//! 300 KB gzip against a 200 KB budget (BENCHMARKS.md). A page reaches the others through
//! ordinary links, and what the user made travels through local storage, where every page
//! already keeps its part after each change.

use std::rc::Rc;

use yew::prelude::*;

use super::estimator::EstimatePage;
use super::planner::PlanPage;
use super::quote::QuotePage;
use super::state::Place;
use crate::model::{Catalog, Lang};
use crate::share::open::Opened;

/// What one page shows below the shared header and tabs.
pub trait Page: 'static {
    const PLACE: Place;
    /// Whether the page shows the modules' titles and texts. A page that does not loads the
    /// catalog without them (`Catalog::embedded_without_module_texts`), and its bundle does
    /// not carry them.
    const SHOWS_MODULE_TEXTS: bool;
    /// Whether the page reads the saved plan, rate card and quotes: JSON. The estimator's page
    /// does not, and carries no JSON code (~35 KB gzip): its options are kept in a form of
    /// their own (`share::stored_options`).
    const READS_WORK: bool;
    /// Whether the page offers the work files (all work saved to one JSON file, and read back):
    /// only the quote desk, where work is handed on; the other pages link to it. Writing every
    /// part of the work as JSON costs a page ~6.5 KB gzip.
    const WORK_FILES: bool;

    /// The page's content. `link` is the share link the page was opened with, if any.
    fn body(catalog: &Rc<Catalog>, lang: Lang, link: Option<&Opened>) -> Html;
}

/// 成本估算: opens a link's scenario.
pub struct EstimatePlace;

impl Page for EstimatePlace {
    const PLACE: Place = Place::Estimate;
    const SHOWS_MODULE_TEXTS: bool = false;
    const READS_WORK: bool = false;
    const WORK_FILES: bool = false;

    fn body(catalog: &Rc<Catalog>, lang: Lang, link: Option<&Opened>) -> Html {
        let initial = link.map(|o| o.scenario.clone());
        html! { <EstimatePage catalog={catalog.clone()} {lang} {initial} /> }
    }
}

/// 课程规划: opens a link's modules.
pub struct PlanPlace;

impl Page for PlanPlace {
    const PLACE: Place = Place::Plan;
    const SHOWS_MODULE_TEXTS: bool = true;
    const READS_WORK: bool = true;
    const WORK_FILES: bool = false;

    fn body(catalog: &Rc<Catalog>, lang: Lang, link: Option<&Opened>) -> Html {
        let initial = link.and_then(|o| o.plan.clone());
        html! { <PlanPage catalog={catalog.clone()} {lang} {initial} /> }
    }
}

/// 报价与预算: works from what was saved; links carry nothing for it.
pub struct QuotePlace;

impl Page for QuotePlace {
    const PLACE: Place = Place::Quote;
    const SHOWS_MODULE_TEXTS: bool = true;
    const READS_WORK: bool = true;
    const WORK_FILES: bool = true;

    fn body(catalog: &Rc<Catalog>, lang: Lang, _link: Option<&Opened>) -> Html {
        html! { <QuotePage catalog={catalog.clone()} {lang} /> }
    }
}
