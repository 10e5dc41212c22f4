//! Placeholder replaced by the cost model's benchmarks.
fn main() {}
