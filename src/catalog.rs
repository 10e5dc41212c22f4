//! The catalog of every figure in `data/`, decoded once from what `build.rs` embedded. One place
//! for the whole app: components read it from here instead of passing it down as props.

use std::sync::OnceLock;

use crate::model::{Catalog, DataError};

static CATALOG: OnceLock<Result<Catalog, DataError>> = OnceLock::new();

/// The embedded catalog, or why it could not be decoded (only a broken build gets there: the
/// build script checked every file, and a native test decodes the embedded bytes).
pub fn try_catalog() -> Result<&'static Catalog, &'static DataError> {
    CATALOG.get_or_init(Catalog::embedded).as_ref()
}

/// The embedded catalog. The app's shell shows [`try_catalog`]'s error instead of any place, so
/// code under a place may rely on it.
pub fn catalog() -> &'static Catalog {
    try_catalog().expect("the embedded catalog decodes (checked by build.rs and the native tests)")
}
