//! Turns every `data/*.toml` into JSON in `OUT_DIR/data/`, which the app embeds.
//!
//! People edit TOML (comments, sources beside figures); the browser gets JSON because a TOML
//! parser would add ~65 KB gzip to the bundle while serde_json is needed anyway. The conversion
//! is generic (no types here): the typed checks run when the catalog loads, and native tests
//! assert that the JSON and the TOML load to the same catalog.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-changed=data");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("create OUT_DIR/data");

    let mut entries: Vec<_> = fs::read_dir("data")
        .expect("data/ is missing")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    entries.sort();

    for path in entries {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| fail(&path, &e.to_string()));
        let table: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| fail(&path, &e.to_string()));
        let json = serde_json::to_string(&table).unwrap_or_else(|e| fail(&path, &e.to_string()));
        let stem = path.file_stem().expect("a .toml file has a stem");
        fs::write(out.join(stem).with_extension("json"), json).expect("write JSON into OUT_DIR");
    }
}

fn fail(path: &Path, message: &str) -> ! {
    panic!("{} is not valid TOML: {message}", path.display())
}
