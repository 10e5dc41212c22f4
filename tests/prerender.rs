//! The pages the build prerenders (src/prerender.rs): what a first visitor sees before the app
//! has started, or without it. Run with `--features prerender` (make test does).

use training_planner::catalog::catalog;
use training_planner::model::Lang;
use training_planner::model::calendar::Day;
use training_planner::model::cost::{Analysis, Point, Scenario};
use training_planner::model::i18n;
use training_planner::model::money::cny;
use training_planner::prerender::{PLACES, Place, first_paint_script, page, render};

/// trunk's page as `make dist` writes it (minified), without its bundle's tags.
const TEMPLATE: &str = "<!doctype html><html lang=zh-CN><meta charset=utf-8>\
<meta content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\" http-equiv=Content-Security-Policy>\
<meta content=\"width=device-width,initial-scale=1\" name=viewport>\
<meta content=\"客诉处理培训 · Complaint-handling training\" name=description>\
<title>客诉处理培训</title><link href=/app-0123456789abcdef.css rel=stylesheet></head>\
<body><noscript>本应用需要启用 JavaScript。</noscript></body></html>";

fn day() -> Day {
    Day::from_ymd(2026, 12, 6).unwrap()
}

fn place(path: &str) -> &'static Place {
    PLACES.iter().find(|p| p.path() == path).unwrap()
}

/// The place's view, rendered as the build renders it.
fn view(path: &str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    tokio::task::LocalSet::new().block_on(&runtime, render(place(path), day()))
}

/// The text of the first element marked `data-testid="id"`, tags left out.
fn text_of(html: &str, id: &str) -> String {
    let marker = format!("data-testid=\"{id}\"");
    let at = html.find(&marker).unwrap_or_else(|| panic!("no {marker}"));
    let open_end = at + html[at..].find('>').unwrap() + 1;
    let mut depth = 1;
    let mut text = String::new();
    let mut rest = &html[open_end..];
    while depth > 0 && !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix('<') {
            let end = tag.find('>').unwrap();
            let name = &tag[..end];
            if name.starts_with('/') {
                depth -= 1;
            } else if !name.ends_with('/')
                && !["input", "br", "img", "meta"]
                    .iter()
                    .any(|v| name.starts_with(v))
            {
                depth += 1;
            }
            rest = &tag[end + 1..];
        } else {
            let next = rest.find('<').unwrap_or(rest.len());
            text.push_str(&rest[..next]);
            rest = &rest[next..];
        }
    }
    text
}

#[test]
fn the_estimate_page_shows_the_default_estimate_with_its_range() {
    let catalog = catalog();
    let scenario = Scenario::default_for(catalog);
    let point = Point::compute(catalog, &scenario).unwrap();
    let analysis = Analysis::compute(catalog, &scenario).unwrap();
    let html = view("/");
    assert_eq!(text_of(&html, "total"), cny(point.estimate.total));
    let range = text_of(&html, "range");
    assert!(range.contains(&cny(analysis.distribution.p10)), "{range}");
    assert!(range.contains(&cny(analysis.distribution.p90)), "{range}");
    // Every line of the estimate, by its label, in the table of line items.
    let lines = text_of(&html, "line-items");
    for line in &point.estimate.lines {
        assert!(lines.contains(line.category.label(Lang::Zh)), "{lines}");
    }
    // Where the price sits in the market, and when the course pays off, are worked out.
    assert!(!text_of(&html, "band-verdict").is_empty());
    assert!(!text_of(&html, "break-even").is_empty());
}

#[test]
fn the_plan_page_shows_the_default_agenda() {
    let catalog = catalog();
    let (_, plan) = catalog.modules.preset_plans().next().unwrap();
    let agenda = text_of(&view("/plan"), "agenda");
    for item in &plan.items {
        let module = catalog
            .modules
            .module
            .iter()
            .find(|m| m.id == item.module)
            .unwrap();
        assert!(
            agenda.contains(module.title.get(Lang::Zh)),
            "{} not in {agenda}",
            module.title.zh
        );
    }
}

#[test]
fn every_place_renders_the_same_page_twice() {
    for place in &PLACES {
        let path = place.path();
        let first = page(TEMPLATE, place, &view(&path), catalog()).unwrap();
        let second = page(TEMPLATE, place, &view(&path), catalog()).unwrap();
        assert!(first == second, "{path} differs between two renders");
    }
}

#[test]
fn a_page_names_its_place_and_allows_only_its_own_script() {
    let html = page(TEMPLATE, place("/plan"), "<p>view</p>", catalog()).unwrap();
    assert!(html.contains("<html lang=zh-CN data-place=/plan>"));
    assert!(html.contains(
        "<title>课程规划 · 客诉处理培训 · Course plan · complaint-handling training</title>"
    ));
    // The one inline script, and the policy allowing exactly it (SHA-256 of its text, base64).
    let script = first_paint_script();
    assert!(html.contains(&format!("<script>{script}</script>")));
    let policy = html.split("script-src 'self' 'sha256-").nth(1).unwrap();
    let hash = &policy[..policy.find('\'').unwrap()];
    assert_eq!(
        hash.len(),
        44,
        "a SHA-256 digest in base64 is 44 characters: {hash}"
    );
    // trunk's description and noscript are the place's.
    assert!(!html.contains("客诉处理培训 · Complaint-handling training\" name=description"));
    assert!(html.contains("name=description>"));
    assert!(!html.contains("本应用需要启用 JavaScript。"));
    assert!(html.contains("<div id=\"prerendered\" aria-busy=\"true\"><p>view</p></div>"));
}

#[test]
fn nothing_in_a_prerendered_page_can_be_typed_or_pressed() {
    let html = page(TEMPLATE, place("/"), &view("/"), catalog()).unwrap();
    for tag in ["input", "select", "button", "textarea"] {
        let all = html.matches(&format!("<{tag} ")).count();
        let disabled = html.matches(&format!("<{tag} disabled ")).count();
        assert_eq!(all, disabled, "every <{tag}> is disabled");
    }
    assert!(html.contains("<input disabled "));
    assert!(html.contains("<button disabled "));
}

#[test]
fn a_page_says_it_cannot_be_read_when_trunk_changes_its_output() {
    let err = page("<html><body></body></html>", place("/"), "", catalog()).unwrap_err();
    assert!(err.contains("<html lang=zh-CN>"), "{err}");
}

#[test]
fn the_year_and_compare_pages_show_their_empty_first_views() {
    // A first visit has no courses and no quotes yet: each place says how to begin.
    let year = text_of(&view("/year"), "year-empty");
    assert!(
        year.contains(Lang::Zh.t(i18n::year::NO_COURSES_YET)),
        "{year}"
    );
    let compare = text_of(&view("/compare"), "compare-empty");
    assert!(
        compare.contains(Lang::Zh.t(i18n::compare_page::NO_QUOTES_YET)),
        "{compare}"
    );
}

#[test]
fn every_place_of_the_app_has_a_page_of_its_own() {
    use training_planner::app::Route;
    let finish = include_str!("../scripts/finish-dist.sh");
    let routes = finish
        .lines()
        .find_map(|line| line.strip_prefix("ROUTES=("))
        .and_then(|rest| rest.strip_suffix(')'))
        .expect("scripts/finish-dist.sh lists ROUTES=(…)");
    for route in Route::PLACES {
        let path = yew_router::Routable::to_path(&route);
        assert!(
            PLACES.iter().any(|p| p.route == route),
            "{path} is not prerendered (src/prerender.rs, PLACES)"
        );
        if path != "/" {
            assert!(
                routes.split_whitespace().any(|r| format!("/{r}") == path),
                "{path} is not in scripts/finish-dist.sh's ROUTES ({routes})"
            );
        }
    }
}
