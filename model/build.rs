//! Turns the interface's text catalogues, `i18n/zh.toml` and `i18n/en.toml` (one file per
//! language, so each can be reviewed whole), into constants: `i18n::section::KEY` is a `Text`
//! holding both renderings, so a misspelt key fails to compile and the browser carries each
//! string once, as it did when the texts were inline.
//!
//! Written here rather than with an i18n crate: rosetta-i18n (compile time, last released in
//! 2023) brings its own language type and JSON files, and rust-i18n and fluent look texts up by
//! their key at run time, from tables the bundle would carry whole. A key missing in one
//! language is filled from the other and warned about here; `tests/i18n_catalogue.rs` fails on it.

use std::{collections::BTreeMap, env, fmt::Write, fs, path::Path};

type Catalogue = BTreeMap<String, BTreeMap<String, String>>;

fn read(lang: &str) -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../i18n/{lang}.toml"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("i18n/{lang}.toml: {e}"))
}

fn get<'a>(catalogue: &'a Catalogue, section: &str, key: &str) -> Option<&'a str> {
    catalogue.get(section)?.get(key).map(String::as_str)
}

fn main() {
    println!("cargo::rerun-if-changed=../i18n");
    let zh = read("zh");
    let en = read("en");
    let mut sections: BTreeMap<&str, BTreeMap<&str, (&str, &str)>> = BTreeMap::new();
    for (section, keys) in zh.iter().chain(&en) {
        for key in keys.keys() {
            let texts = match (get(&zh, section, key), get(&en, section, key)) {
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
            sections.entry(section).or_default().insert(key, texts);
        }
    }
    let mut out = String::new();
    for (section, keys) in &sections {
        writeln!(out, "pub mod {section} {{\n    use super::Text;").unwrap();
        for (key, (z, e)) in keys {
            writeln!(
                out,
                "    pub const {}: Text = Text {{ zh: {z:?}, en: {e:?} }};",
                key.to_uppercase()
            )
            .unwrap();
        }
        out.push_str("}\n");
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("i18n.rs");
    fs::write(dest, out).expect("write i18n.rs into OUT_DIR");
}
