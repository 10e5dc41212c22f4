//! Turns the interface's text catalogues, `i18n/zh.toml` and `i18n/en.toml` (one file per
//! language, so each can be reviewed whole), into constants: `i18n::section::KEY` is a `Text`
//! holding both renderings, so a misspelt key fails to compile and the browser carries each
//! string once, as it did when the texts were inline.
//!
//! A key whose value is a list (`plan_columns = ["序号", "课程", …]`) becomes an array of
//! `Text`s: a table's column headings, kept in order as one entry so a translator sees the
//! table whole. Its two languages must list as many headings.
//!
//! Written here rather than with an i18n crate: rosetta-i18n (compile time, last released in
//! 2023) brings its own language type and JSON files, and rust-i18n and fluent look texts up by
//! their key at run time, from tables the bundle would carry whole. A key missing in one
//! language is filled from the other and warned about here; `tests/i18n_catalogue.rs` fails on it.

use std::{collections::BTreeMap, env, fmt::Write, fs, path::Path};

type Catalogue = BTreeMap<String, BTreeMap<String, Entry>>;

/// One key's value: a text, or a table's headings.
#[derive(serde::Deserialize, Clone, PartialEq)]
#[serde(untagged)]
enum Entry {
    Text(String),
    List(Vec<String>),
}

fn read(lang: &str) -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../i18n/{lang}.toml"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("i18n/{lang}.toml: {e}"))
}

fn get<'a>(catalogue: &'a Catalogue, section: &str, key: &str) -> Option<&'a Entry> {
    catalogue.get(section)?.get(key)
}

/// `Text { zh, en }` as Rust source.
fn text(zh: &str, en: &str) -> String {
    format!("Text {{ zh: {zh:?}, en: {en:?} }}")
}

fn main() {
    println!("cargo::rerun-if-changed=../i18n");
    let zh = read("zh");
    let en = read("en");
    let mut sections: BTreeMap<&str, BTreeMap<&str, (&Entry, &Entry)>> = BTreeMap::new();
    for (section, keys) in zh.iter().chain(&en) {
        for key in keys.keys() {
            let entries = match (get(&zh, section, key), get(&en, section, key)) {
                (Some(z), Some(e)) => (z, e),
                (Some(only), None) | (None, Some(only)) => {
                    let missing = if get(&zh, section, key).is_none() {
                        "zh"
                    } else {
                        "en"
                    };
                    println!("cargo::warning=i18n/{missing}.toml has no {section}.{key}");
                    (only, only)
                }
                (None, None) => unreachable!("the key was read from one of the two"),
            };
            sections.entry(section).or_default().insert(key, entries);
        }
    }
    let mut out = String::new();
    for (section, keys) in &sections {
        writeln!(out, "pub mod {section} {{\n    use super::Text;").unwrap();
        for (key, entries) in keys {
            let name = key.to_uppercase();
            let line = match entries {
                (Entry::Text(z), Entry::Text(e)) => {
                    format!("pub const {name}: Text = {};", text(z, e))
                }
                (Entry::List(z), Entry::List(e)) if z.len() == e.len() => {
                    let texts: Vec<String> = z.iter().zip(e).map(|(z, e)| text(z, e)).collect();
                    format!(
                        "pub const {name}: [Text; {}] = [{}];",
                        z.len(),
                        texts.join(", ")
                    )
                }
                _ => panic!(
                    "i18n: {section}.{key} is a list in one language and not the other, or the two lists differ in length"
                ),
            };
            writeln!(out, "    {line}").unwrap();
        }
        out.push_str("}\n");
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("i18n.rs");
    fs::write(dest, out).expect("write i18n.rs into OUT_DIR");
}
