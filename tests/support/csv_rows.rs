//! What a CSV reader (the csv crate's, not our writer) reads back from an export: the rows of
//! cells, after the byte-order mark every export starts with (a test fails without it).

pub fn rows(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix(training_planner::export::csv::BOM)
        .expect("starts with the UTF-8 byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}
