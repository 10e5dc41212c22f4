//! Builds the catalog the app embeds: every `data/*.toml` parsed and checked by the model's own
//! loader (so a broken data file fails the build, naming the file and the field), then written
//! in postcard's compact binary form to `OUT_DIR/catalog.bin`.
//!
//! People edit TOML (comments, sources beside figures). The browser gets a binary form because
//! deserialising from it needs far less code than from JSON or TOML: the TOML parser would add
//! ~65 KB gzip to the bundle, JSON ~35 KB more than postcard (BENCHMARKS.md). Native tests check
//! that the embedded catalog equals the one parsed from the TOML sources, less the source texts
//! (`Catalog::for_embedding`): the interface never shows them.

use std::{env, fs, path::Path};

#[allow(dead_code, unused_imports)]
#[path = "build/model.rs"]
mod model;

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/model");
    println!("cargo::rerun-if-changed=build");
    let catalog = model::Catalog::from_toml_sources()
        .unwrap_or_else(|e| panic!("a data file cannot be used: {e}"));
    let catalog = catalog.for_embedding();
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    for (file, catalog) in [
        ("catalog.bin", &catalog),
        // For pages that show no module texts (src/app/pages.rs).
        (
            "catalog-without-module-texts.bin",
            &catalog.without_module_texts(),
        ),
    ] {
        let bytes = postcard::to_allocvec(catalog).expect("the catalog serialises (plain data)");
        fs::write(out.join(file), bytes).expect("write the catalog into OUT_DIR");
    }
}
