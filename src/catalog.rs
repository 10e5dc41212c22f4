//! The catalog compiled into the app: what `build.rs` made from `data/` (parsed and checked
//! there by the model's own loader), in postcard's binary form.
//!
//! postcard rather than JSON because deserialising the catalog from it takes far less code in
//! the wasm: JSON measured about 33 KB gzip more, a TOML parser about 65 KB (BENCHMARKS.md).
//! The source texts of the figures an estimate explains are kept (`Catalog::for_embedding`); the
//! rest stay in data/.

use std::sync::OnceLock;

use model::{Catalog, DataError};

/// The bytes `build.rs` wrote.
const BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));

static CATALOG: OnceLock<Result<Catalog, DataError>> = OnceLock::new();

/// The data compiled into this binary, decoded on first use.
pub fn try_catalog() -> Result<&'static Catalog, &'static DataError> {
    CATALOG
        .get_or_init(|| {
            postcard::from_bytes(BYTES).map_err(|e| DataError {
                file: "data/ (as built into the app)".into(),
                field: "(whole catalog)".into(),
                message: e.to_string(),
            })
        })
        .as_ref()
}

/// The data compiled into this binary.
///
/// # Panics
/// If the embedded bytes do not decode, which cannot happen for a binary that built: `build.rs`
/// wrote them from checked data with the same types, and a native test decodes them.
pub fn catalog() -> &'static Catalog {
    try_catalog().expect("the catalog build.rs embedded decodes (tests/data_files.rs)")
}
