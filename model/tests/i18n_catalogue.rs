//! The interface's text catalogues (`i18n/zh.toml`, `i18n/en.toml`) against each other and
//! against the code: a text added in one language only, a key no code shows any more, or a
//! `{slot}` one translation forgot, fails here (the build script only warns about a missing one,
//! so the app still builds while a translation is on its way).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Catalogue = BTreeMap<String, BTreeMap<String, Entry>>;

/// A key's value: a text, or a table's column headings (`model/build.rs`).
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Entry {
    Text(String),
    List(Vec<String>),
}

impl Entry {
    /// Its text, or each heading of its list.
    fn texts(&self) -> Vec<&str> {
        match self {
            Entry::Text(t) => vec![t],
            Entry::List(l) => l.iter().map(String::as_str).collect(),
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn catalogue(lang: &str) -> Catalogue {
    let path = root().join(format!("i18n/{lang}.toml"));
    let text = fs::read_to_string(&path).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn keys(c: &Catalogue) -> BTreeSet<String> {
    c.iter()
        .flat_map(|(section, texts)| {
            texts
                .keys()
                .map(move |k| format!("{section}::{}", k.to_uppercase()))
        })
        .collect()
}

fn slots(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Every `.rs` file of the app and the model, as text.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("src"), &mut out);
    walk(&root().join("model/src"), &mut out);
    out
}

#[test]
fn every_text_is_in_both_languages() {
    let (zh, en) = (keys(&catalogue("zh")), keys(&catalogue("en")));
    let only_zh: Vec<_> = zh.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&zh).collect();
    assert!(
        only_zh.is_empty(),
        "in i18n/zh.toml but not en.toml: {only_zh:?}"
    );
    assert!(
        only_en.is_empty(),
        "in i18n/en.toml but not zh.toml: {only_en:?}"
    );
}

/// Where the `]` closing an opened `[` is in `text` (which starts just after it): brackets inside
/// string literals and nested calls do not count.
fn closing_bracket(text: &str) -> usize {
    let (mut depth, mut in_string) = (0usize, false);
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => in_string = !in_string,
            '\\' if in_string => {
                chars.next(); // the escaped character, whatever it is
            }
            _ if in_string => {}
            '(' | '[' | '{' => depth += 1,
            ']' if depth == 0 => return i,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    text.len()
}

/// Where [`slots_passed`] puts the names passed with a text held in a variable.
const INDIRECT: &str = "(a variable)";

/// The slot names each `lang.fill(i18n::section::KEY, &[("name", …), …])` in the code passes.
fn slots_passed(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut passed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for call in code.split(".fill(").skip(1) {
        // A text chosen beforehand (`let text = match … { … => i18n::…, };`) is filled through
        // a variable: its slots count for every text the same file names.
        let key: String = match call.trim_start().strip_prefix("i18n::") {
            Some(key) => key
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect(),
            None => INDIRECT.to_string(),
        };
        // The values run to the `]` that closes the slice `&[…]`; each starts with `("name",`.
        let values = call.split_once("&[").map_or("", |(_, rest)| rest);
        let values = &values[..closing_bracket(values)];
        let names = values
            .split('(')
            .skip(1)
            .filter_map(|v| v.trim_start().strip_prefix('"')?.split_once('"'))
            .filter(|(_, after)| after.trim_start().starts_with(','))
            .map(|(name, _)| name.to_string());
        passed.entry(key).or_default().extend(names);
    }
    passed
}

#[test]
fn every_slot_in_a_text_is_filled_by_the_code() {
    // A language may leave a slot out (English says "person" or "people" after the count,
    // Chinese needs no word there), but a slot the code does not fill would show as `{name}`,
    // and a text shown with `t` has no slots at all.
    let mut passed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut through_a_variable: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, code) in sources() {
        let mut here = slots_passed(&code);
        let indirect = here.remove(INDIRECT).unwrap_or_default();
        for (id, names) in here {
            passed.entry(id).or_default().extend(names);
        }
        let named = code.split("i18n::").skip(1).map(|rest| {
            rest.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect::<String>()
        });
        for id in named.collect::<Vec<_>>() {
            if !indirect.is_empty() {
                through_a_variable
                    .entry(id)
                    .or_default()
                    .extend(indirect.iter().cloned());
            }
        }
    }
    let mut wrong = Vec::new();
    for lang in ["zh", "en"] {
        for (section, texts) in catalogue(lang) {
            for (key, entry) in texts {
                let id = format!("{section}::{}", key.to_uppercase());
                let mut given = passed.get(&id).cloned().unwrap_or_default();
                given.extend(through_a_variable.get(&id).cloned().unwrap_or_default());
                for slot in entry.texts().into_iter().flat_map(slots) {
                    if !given.contains(slot) {
                        wrong.push(format!("{lang} {section}.{key}: {{{slot}}} is not filled"));
                    }
                }
            }
        }
    }
    for (id, names) in &passed {
        let (section, key) = id.split_once("::").unwrap();
        let key = key.to_lowercase();
        let used: BTreeSet<String> = ["zh", "en"]
            .iter()
            .filter_map(|lang| {
                catalogue(lang)
                    .remove(section)
                    .and_then(|mut s| s.remove(&key))
            })
            .flat_map(|entry| {
                entry
                    .texts()
                    .into_iter()
                    .flat_map(slots)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        for name in names.difference(&used) {
            wrong.push(format!(
                "{id}: the code fills {{{name}}}, which neither language shows"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_text_is_shown_somewhere() {
    let code: String = sources().into_iter().map(|(_, text)| text).collect();
    let unused: Vec<_> = keys(&catalogue("zh"))
        .into_iter()
        .filter(|key| !code.contains(&format!("i18n::{key}")))
        .collect();
    assert!(
        unused.is_empty(),
        "no code shows these texts; remove them from i18n/: {unused:?}"
    );
}

#[test]
fn the_code_picks_no_inline_pairs() {
    // What the catalogue replaced: `lang.pick("中文", "English")` and `Lang::Zh => …` arms. The
    // few left choose between texts that come from data/ (a source's note in both languages) or
    // are not texts at all (the language's own id and tag).
    let mut found = Vec::new();
    for (path, text) in sources() {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        for (n, line) in text.lines().enumerate() {
            let literal_pick = line.contains(".pick(\"");
            if literal_pick || line.contains("Lang::Zh =>") {
                found.push(format!("{name}:{}", n + 1));
            }
        }
    }
    let allowed = ["model/src/lang.rs", "model/src/i18n.rs"];
    found.retain(|at| !allowed.iter().any(|a| at.starts_with(a)));
    assert!(
        found.is_empty(),
        "inline bilingual texts; move them to i18n/: {found:?}"
    );
}
