//! The app's places, each a route of the one page (yew-router). Earlier versions served the
//! planner at `plan/` and the quote desk at `quote/`: yew-router ignores a trailing slash, so
//! those addresses (and links to them) still open the same places.

use model::i18n;
use yew_router::prelude::*;

use model::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    /// 成本估算: the live cost estimate, where the app opens.
    #[at("/")]
    Estimate,
    /// 课程规划: the service manager's course plan.
    #[at("/plan")]
    Plan,
    /// 报价与预算: the vendor's quote and the budget owner's summary.
    #[at("/quote")]
    Quote,
    /// 年度计划: next year's courses against the caps.
    #[at("/year")]
    Year,
    /// 比价: the quotes a buyer received, on one basis, against the market.
    #[at("/compare")]
    Compare,
    /// Some static hosts send `/index.html` for the root.
    #[at("/index.html")]
    Index,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The places, in the order the tabs show them.
    pub const PLACES: [Route; 5] = [
        Route::Plan,
        Route::Estimate,
        Route::Quote,
        Route::Year,
        Route::Compare,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Route::Plan => "plan",
            Route::Estimate | Route::Index => "estimate",
            Route::Quote => "quote",
            Route::Year => "year",
            Route::Compare => "compare",
            Route::NotFound => "not-found",
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Route::Plan => lang.t(i18n::route::COURSE_PLAN),
            Route::Estimate | Route::Index => lang.t(i18n::route::COST_ESTIMATE),
            Route::Quote => lang.t(i18n::route::QUOTE_BUDGET),
            Route::Year => lang.t(i18n::route::YEAR),
            Route::Compare => lang.t(i18n::route::COMPARE),
            Route::NotFound => lang.t(i18n::route::PAGE_NOT_FOUND),
        }
    }

    /// The page's title (the browser's tab, a bookmark, a search result): the place, then the
    /// app.
    pub fn page_title(self, lang: Lang) -> &'static str {
        match self {
            Route::Plan => lang.t(i18n::route::PLAN_PAGE),
            Route::Estimate | Route::Index => lang.t(i18n::route::ESTIMATE_PAGE),
            Route::Quote => lang.t(i18n::route::QUOTE_PAGE),
            Route::Year => lang.t(i18n::route::YEAR_PAGE),
            Route::Compare => lang.t(i18n::route::COMPARE_PAGE),
            Route::NotFound => lang.t(i18n::route::NOT_FOUND_PAGE),
        }
    }
}
