//! Each page loads `style/base.css` and its own sheet only (scripts/page-styles.sh). A class a
//! page's code names must be styled in one of those two, not only in another page's sheet,
//! where the page would never see it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The class names a stylesheet gives rules for (`.name` in its selectors).
fn classes_in_sheet(name: &str) -> BTreeSet<String> {
    let css = read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("style")
            .join(name),
    );
    let mut classes = BTreeSet::new();
    for (i, _) in css.match_indices('.') {
        let rest = &css[i + 1..];
        let class: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        // `.5rem` and the like are numbers, not classes.
        if class.starts_with(|c: char| c.is_ascii_alphabetic()) {
            classes.insert(class);
        }
    }
    classes
}

/// The class names the Rust files under `src/app/<dir>` put on elements: the words of
/// `class="…"`, and of the string literals in `classes!(…)`.
fn classes_in_code(dir: &str) -> BTreeSet<String> {
    let mut classes = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/app")
        .join(dir);
    let mut stack = vec![root];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let code = read(&path);
            for (start, marker) in code
                .match_indices("class=\"")
                .chain(code.match_indices("classes!("))
            {
                let rest = &code[start + marker.len()..];
                let inside = if marker.ends_with('"') {
                    rest.split('"').next().unwrap_or_default().to_string()
                } else {
                    let args = rest.split(')').next().unwrap_or_default();
                    args.split('"')
                        .skip(1)
                        .step_by(2)
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                classes.extend(inside.split_whitespace().map(str::to_string));
            }
        }
    }
    classes
}

#[test]
fn every_class_a_page_names_is_in_the_sheets_it_loads() {
    let base = classes_in_sheet("base.css");
    let sheets = ["estimate.css", "plan.css", "quote.css"];
    let everywhere: BTreeSet<String> = sheets.iter().flat_map(|s| classes_in_sheet(s)).collect();
    for (dir, sheet) in [
        ("estimator", "estimate.css"),
        ("planner", "plan.css"),
        ("quote", "quote.css"),
    ] {
        let loaded: BTreeSet<String> = base.union(&classes_in_sheet(sheet)).cloned().collect();
        let missing: Vec<String> = classes_in_code(dir)
            .into_iter()
            .filter(|w| everywhere.contains(w) && !loaded.contains(w))
            .collect();
        assert!(
            missing.is_empty(),
            "src/app/{dir} names classes styled only in another page's sheet: {missing:?}"
        );
    }
}
