//! The model's modules, compiled into `build.rs` so it can parse and check `data/` with the real
//! types. Keep in step with `src/model/mod.rs` (a module missing here fails the build; it cannot
//! drift silently). `embedded.rs` is left out: it reads what the build script writes.

#[path = "../src/model/cost/mod.rs"]
pub mod cost;
#[path = "../src/model/data.rs"]
pub mod data;
#[path = "../src/model/lang.rs"]
pub mod lang;
#[path = "../src/model/money.rs"]
pub mod money;
#[path = "../src/model/number.rs"]
pub mod number;
#[path = "../src/model/order.rs"]
pub mod order;
#[path = "../src/model/plan/mod.rs"]
pub mod plan;
#[path = "../src/model/quote/mod.rs"]
pub mod quote;
#[path = "../src/model/vocab.rs"]
pub mod vocab;

pub use data::{Catalog, DataError};
pub use lang::Lang;
