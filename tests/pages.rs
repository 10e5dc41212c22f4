//! The three pages' HTML (trunk needs one file per page): the same Content-Security-Policy and
//! head on each, and each starting its own binary with its own one stylesheet.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn page(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The line of `html` that contains `needle`.
fn line_with<'a>(html: &'a str, needle: &str) -> &'a str {
    html.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?}"))
        .trim()
}

#[test]
fn every_page_has_the_same_policy_and_starts_its_own_binary_and_stylesheet() {
    let pages = [
        ("index.html", "estimate", ""),
        ("pages/plan.html", "plan", "../"),
        ("pages/quote.html", "quote", "../"),
    ];
    let first = page(pages[0].0);
    for (path, bin, up) in pages {
        let html = page(path);
        for shared in ["Content-Security-Policy", "name=\"viewport\"", "<noscript>"] {
            assert_eq!(
                line_with(&html, shared),
                line_with(&first, shared),
                "{path}"
            );
        }
        assert!(html.contains(&format!("data-bin=\"{bin}\"")), "{path}");
        assert!(
            html.contains(&format!("href=\"{up}style/pages/{bin}.css\"")),
            "{path}"
        );
        assert_eq!(
            html.matches("rel=\"css\"").count(),
            1,
            "{path}: one stylesheet"
        );
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("src/bin/{bin}.rs"))
                .is_file()
        );
    }
}
