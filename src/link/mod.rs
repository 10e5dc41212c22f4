//! Share links: the parameters a link carries, written and read (codec.rs), and what a link
//! opens (open.rs). Pure Rust.

pub mod codec;
pub mod open;
