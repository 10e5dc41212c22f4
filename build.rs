//! Builds the catalog the app embeds: every `data/*.toml` parsed and checked by the model's own
//! loader (the `model` crate, a build-dependency), so a broken data file fails the build, naming
//! the file and the field; then written in postcard's compact binary form to
//! `OUT_DIR/catalog.bin`, which `src/catalog.rs` includes.
//!
//! People edit TOML (comments, sources beside figures). The browser gets a binary form because
//! deserialising from it needs far less code than from JSON or TOML: the TOML parser would add
//! ~65 KB gzip to the bundle, JSON ~35 KB more than postcard (BENCHMARKS.md). Native tests check
//! that the embedded catalog equals the one parsed from the TOML sources (`Catalog::for_embedding`):
//! the source texts the estimate shows beside its figures are kept, the rest left in data/.

use std::{env, fs, path::Path};

fn main() {
    // The model crate's own changes rebuild this script (it is a dependency); the data is read
    // through `include_str!` in the model, but say so here too.
    println!("cargo::rerun-if-changed=data");
    let catalog = model::Catalog::from_toml_sources()
        .unwrap_or_else(|e| panic!("a data file cannot be used: {e}"))
        .for_embedding();
    let bytes = postcard::to_allocvec(&catalog).expect("the catalog serialises (plain data)");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.bin");
    fs::write(out, bytes).expect("write the catalog into OUT_DIR");
}
