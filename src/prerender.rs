//! Prerendering: each place's first view, as a first visit sees it (the default work), rendered
//! at build time by the app's own components with yew's server renderer, so that the page shows
//! the default estimate before its wasm has arrived (and without it: no WebAssembly, no
//! JavaScript, a search engine).
//!
//! `scripts/build.sh` runs `src/bin/prerender.rs` after trunk: it reads trunk's page and writes
//! one page per place (`index.html`, `plan/index.html`, `quote/index.html`, `year/index.html`,
//! `compare/index.html`), each trunk's page
//! with the place's view, title and description, and `app.html`, trunk's page as it was, for
//! every other address. In the browser the app renders its own view and the prerendered one
//! gives way in the same task (`app::browser::remove_prerendered`): a replacement, not yew's
//! hydration, because a link or saved work makes the app's first view differ from the
//! prerendered one, which hydration cannot take over.
//!
//! Until the app is live, the prerendered view's controls are disabled and a note says the page
//! is getting ready: nothing can be typed that the app would then drop.
//!
//! Never the wrong figures: before the first paint, a few lines of script in the page's head
//! ([`first_paint_script`]) hide the prerendered view when the page was opened with a link
//! (any query: a share link, a plan link, `?lang=en`), at another address than its place's, or
//! in a browser that keeps work of this app; the page then says it is opening them.

use crate::app::browser::{PRERENDER_NOTES, PRERENDERED};
use crate::app::{Route, ServerApp, ServerAppProps};
use crate::persist::stored::KEY_PREFIX;
use base64::Engine;
use model::calendar::Day;
use model::i18n::{self, Text};
use model::{Catalog, Lang};
use sha2::{Digest, Sha256};
use yew_router::Routable;

/// A place the build prerenders.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub route: Route,
    /// The page written for it, under `dist/`.
    pub file: &'static str,
    description: Text,
}

/// The places, each with the page a host serves at its address.
pub const PLACES: [Place; 5] = [
    Place {
        route: Route::Estimate,
        file: "index.html",
        description: i18n::prerender::ESTIMATE_DESCRIPTION,
    },
    Place {
        route: Route::Plan,
        file: "plan/index.html",
        description: i18n::prerender::PLAN_DESCRIPTION,
    },
    Place {
        route: Route::Quote,
        file: "quote/index.html",
        description: i18n::prerender::QUOTE_DESCRIPTION,
    },
    Place {
        route: Route::Year,
        file: "year/index.html",
        description: i18n::prerender::YEAR_DESCRIPTION,
    },
    Place {
        route: Route::Compare,
        file: "compare/index.html",
        description: i18n::prerender::COMPARE_DESCRIPTION,
    },
];

impl Place {
    /// Its address, as the router reads it (`/`, `/plan`).
    pub fn path(&self) -> String {
        self.route.to_path()
    }
}

/// The page trunk wrote, kept as it was for every address that is not a place's own.
pub const APP_PAGE: &str = "app.html";

/// The place's view for a first visit on `today`, as HTML. Runs yew's single-threaded server
/// renderer: await it inside a local task set.
pub async fn render(place: &Place, today: Day) -> String {
    yew::LocalServerRenderer::<ServerApp>::with_props(ServerAppProps {
        path: place.path().into(),
        today,
    })
    // Markers for yew's hydration are left out: the app replaces the view rather than
    // hydrating it (see above).
    .hydratable(false)
    .render()
    .await
}

/// The script that decides, before the first paint, what the prerendered page may show. It
/// marks `<html>`: `js` (notes may show), `opening` (a link, another address or kept work: the
/// prerendered figures are not this visit's, so they are hidden), `no-wasm` (the app cannot run
/// here). The stylesheet does the rest (style/app.css, "Prerendered pages").
pub fn first_paint_script() -> String {
    format!(
        "(function(){{var d=document.documentElement,c=d.classList,\
         p=location.pathname.replace(/\\/(index\\.html)?$/,'')||'/',kept=false;\
         try{{for(var i=0;i<localStorage.length;i++)\
         if(localStorage.key(i).indexOf('{KEY_PREFIX}')===0)kept=true}}catch(e){{}}\
         c.add('js');\
         if(location.search||p!==d.getAttribute('data-place')||kept)c.add('opening');\
         if(typeof WebAssembly!=='object')c.add('no-wasm')}})()"
    )
}

/// A Content-Security-Policy source that allows exactly `script` inline: `'sha256-…'`.
fn script_hash(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Replaces the first `from` in `page` with `to`, or says which part of trunk's page was not
/// where the build expects it.
fn replace_once(page: &str, from: &str, to: &str) -> Result<String, String> {
    if !page.contains(from) {
        return Err(format!(
            "trunk's page has no `{from}`: src/prerender.rs expects it"
        ));
    }
    Ok(page.replacen(from, to, 1))
}

/// `from…until` (the first `from` and the first `until` after it) in `page` replaced with `to`.
fn replace_between(page: &str, from: &str, until: &str, to: &str) -> Result<String, String> {
    let start = page
        .find(from)
        .ok_or_else(|| format!("trunk's page has no `{from}`: src/prerender.rs expects it"))?;
    let end = page[start..]
        .find(until)
        .map(|at| start + at + until.len())
        .ok_or_else(|| format!("trunk's page has no `{until}` after `{from}`"))?;
    Ok(format!("{}{to}{}", &page[..start], &page[end..]))
}

/// The element that ends with `end` (the last `start` before it, through `end`) replaced with
/// `to`: trunk writes an element's attributes before the one that names it.
fn replace_element(page: &str, start: &str, end: &str, to: &str) -> Result<String, String> {
    let close = page
        .find(end)
        .ok_or_else(|| format!("trunk's page has no `{end}`: src/prerender.rs expects it"))?;
    let open = page[..close]
        .rfind(start)
        .ok_or_else(|| format!("trunk's page has no `{start}` before `{end}`"))?;
    Ok(format!(
        "{}{to}{}",
        &page[..open],
        &page[close + end.len()..]
    ))
}

/// Text for an HTML attribute value or element: the app's texts hold no markup, but a quote
/// or an ampersand must stay text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `view` with every control disabled: until the app is live nothing typed or pressed could
/// be acted on, so nothing looks as if it could (links stay: each place is a page of its own).
/// Yew writes each control's tag as `<input `, `<select `, `<button `, `<textarea `; text
/// that looks like one is escaped (`&lt;input`), so only tags change.
fn disabled(view: &str) -> String {
    ["input", "select", "button", "textarea"]
        .iter()
        .fold(view.to_string(), |html, tag| {
            html.replace(&format!("<{tag} "), &format!("<{tag} disabled "))
        })
}

/// The notes a page shows while the app is not live, one at a time (the stylesheet picks it by
/// its id from the script's marks: style/app.css, "Prerendered pages").
const NOTES: [(&str, Text); 5] = [
    ("note-ready", i18n::prerender::GETTING_READY),
    ("note-opening", i18n::prerender::OPENING),
    ("note-old-browser", i18n::prerender::OLD_BROWSER),
    (
        "note-old-browser-opening",
        i18n::prerender::OLD_BROWSER_OPENING,
    ),
    // Marked by start.js when the app's files did not arrive or did not start.
    ("note-load-failed", i18n::prerender::LOAD_FAILED),
];

/// A note shown (by the stylesheet, after the script's marks) while the app is not live.
fn note(id: &str, text: Text) -> String {
    format!(
        "<p id=\"{id}\" class=\"prerender-note no-print\" role=\"status\">\
         <span lang=\"zh-CN\">{}</span> <span lang=\"en\">{}</span></p>",
        escape(Lang::Zh.t(text)),
        escape(Lang::En.t(text))
    )
}

/// trunk's `template` page as the page of `place`, showing `view` (its [`render`]). The
/// template is trunk's minified output (`index.html` in `dist/`, or [`APP_PAGE`]).
pub fn page(
    template: &str,
    place: &Place,
    view: &str,
    catalog: &Catalog,
) -> Result<String, String> {
    let script = first_paint_script();
    let people = catalog.pricing.default.scenario.headcount.to_string();
    let description = format!(
        "{} · {}",
        Lang::Zh.fill(place.description, &[("people", &people)]),
        Lang::En.fill(place.description, &[("people", &people)])
    );
    let page = replace_once(
        template,
        "<html lang=zh-CN>",
        &format!("<html lang=zh-CN data-place={}>", place.path()),
    )?;
    // The script may run inline, and only it: its hash joins the page's policy.
    let page = replace_once(
        &page,
        "script-src 'self'",
        &format!("script-src 'self' {}", script_hash(&script)),
    )?;
    let page = replace_between(
        &page,
        "<title>",
        "</title>",
        &format!(
            "<title>{} · {}</title><script>{script}</script>",
            escape(place.route.page_title(Lang::Zh)),
            escape(place.route.page_title(Lang::En))
        ),
    )?;
    let page = replace_element(
        &page,
        "<meta",
        " name=description>",
        &format!(
            "<meta content=\"{}\" name=description>",
            escape(&description)
        ),
    )?;
    let notes: String = NOTES.iter().map(|&(id, text)| note(id, text)).collect();
    let body = format!(
        "<noscript><p class=\"no-script-note\"><span lang=\"zh-CN\">{}</span> \
         <span lang=\"en\">{}</span></p></noscript>\
         <div id=\"{PRERENDERED}\" aria-busy=\"true\">{}</div>\
         <div id=\"{PRERENDER_NOTES}\">{notes}</div>",
        escape(Lang::Zh.t(i18n::prerender::NO_SCRIPT)),
        escape(Lang::En.t(i18n::prerender::NO_SCRIPT)),
        disabled(view),
    );
    replace_between(&page, "<noscript>", "</noscript>", &body)
}
