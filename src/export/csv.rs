//! CSV exports for spreadsheets: the line items of an estimate, and a budget summary of the
//! options compared. UTF-8 with a byte-order mark, because spreadsheet programs on Chinese
//! Windows read a file without one in the local code page and garble the Chinese.

use model::Lang;
use model::budget::share;
use model::cost::{Category, Estimate, Position, Scenario};
use model::i18n::{self, Text};
use model::money::{Fen, amount_in_words, plain_fen};
use model::number::fixed;
use model::quote::{Quote, quantity_text};

use sheet::{Cell, Sheet};

/// The byte-order mark that tells spreadsheet programs the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// Money in a cell: whole yuan, no symbol or separators, so the spreadsheet sees a number.
fn yuan(v: f64) -> String {
    format!("{}", v.round() as i64)
}

/// Rows as CSV, after the byte-order mark: the csv crate's writer, which quotes a cell only
/// when it must and writes a row with nothing in it as `""`, so readers keep it as a blank
/// line. Lines end in `\n`. Rows differ in length (a quote's heading has two cells, its table
/// more), hence `flexible`.
fn write_rows(rows: Vec<Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::from(BOM.as_bytes()));
    for row in rows {
        // Writing into memory does not fail.
        writer
            .write_record(row.iter().map(|cell| formula_safe(cell).into_owned()))
            .expect("CSV into memory");
    }
    let bytes = writer.into_inner().expect("CSV into memory");
    // Only whole UTF-8 cells and ASCII quotes, commas and line ends were written.
    String::from_utf8(bytes).expect("CSV of UTF-8 cells is UTF-8")
}

/// A cell as text a spreadsheet will not run. Excel and WPS read a cell that starts with `=`,
/// `+`, `-` or `@` as a formula (and a leading tab or carriage return can hide one), so a
/// vendor or client named `=HYPERLINK(…)` would run when the file is opened: such a cell gets a
/// leading `'`, which both show as text (OWASP, "CSV Injection"). A plain number, negative or
/// not, is left as it is so the spreadsheet still sees a number.
fn formula_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = cell
        .strip_prefix('-')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'));
    if risky && !number {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Line items with their expected value, low, likely and high, and the total, in the user's
/// language. The expected values add up to the total.
pub fn line_items(estimate: &Estimate, lang: Lang) -> String {
    let mut rows = vec![vec![
        lang.t(i18n::common::ITEM).to_string(),
        lang.t(i18n::csv::EXPECTED_CNY).to_string(),
        lang.t(i18n::csv::LOW_CNY).to_string(),
        lang.t(i18n::csv::LIKELY_CNY).to_string(),
        lang.t(i18n::csv::HIGH_CNY).to_string(),
    ]];
    for line in &estimate.lines {
        rows.push(vec![
            line.category.label(lang).to_string(),
            yuan(line.expected),
            yuan(line.cost.low),
            yuan(line.cost.likely),
            yuan(line.cost.high),
        ]);
    }
    let t = estimate.extremes;
    rows.push(vec![
        lang.t(i18n::common::TOTAL).to_string(),
        yuan(estimate.total),
        yuan(t.low),
        yuan(t.likely),
        yuan(t.high),
    ]);
    write_rows(rows)
}

/// One row per option: what it is, its totals, and where it sits in the market.
pub fn budget_summary(options: &[(String, &Scenario, &Estimate)], lang: Lang) -> String {
    let mut rows = vec![
        i18n::csv::BUDGET_SUMMARY_COLUMNS
            .iter()
            .map(|t| lang.t(*t).to_string())
            .collect::<Vec<_>>(),
    ];
    for (name, s, e) in options {
        let verdict = e.verdicts.first();
        let position = verdict.map_or("", |v| match v.position {
            Position::Below => lang.t(i18n::csv::BELOW),
            Position::Inside => lang.t(i18n::csv::INSIDE),
            Position::Above => lang.t(i18n::csv::ABOVE),
        });
        rows.push(vec![
            name.clone(),
            s.city.clone(),
            s.sourcing.label(lang).to_string(),
            s.trainer.label(lang).to_string(),
            s.headcount.to_string(),
            s.hours.total().to_string(),
            yuan(e.total),
            yuan(e.per_participant),
            yuan(e.cash),
            position.to_string(),
            verdict.map_or(String::new(), |v| v.reason(lang).to_string()),
        ]);
    }
    write_rows(rows)
}

/// A sheet described for the Excel export, as CSV: its title, then each row's cells, with the
/// figures formulas compute (money in yuan, to the fen when it has fen; rates as percentages).
/// The budget request exports this way, so its CSV and workbook are one description and
/// cannot disagree (and the app carries one builder, not two).
pub fn sheet(sheet: &Sheet) -> String {
    let number = |v: f64, format: Option<&str>| match format {
        Some(f) if f.ends_with('%') => share(v),
        _ if v.fract() == 0.0 => fixed(v, 0),
        _ => fixed(v, 2),
    };
    let cell = |c: &Cell| match c {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::Number(v) | Cell::Money(v) | Cell::Percent(v) => number(*v, c.number_format()),
        Cell::Quantity(n) => n.to_string(),
        Cell::Formula(f) => number(f.value, f.format.code()),
    };
    let title = sheet.title.iter().map(|t| vec![t.clone()]);
    write_rows(
        title
            .chain(
                sheet
                    .rows
                    .iter()
                    .map(|r| r.cells.iter().map(cell).collect()),
            )
            .collect(),
    )
}

/// A quote: who and when, both parties' contacts and the tax basis, then the lines
/// (序号 / 项目 / 内容 / 单位 / 数量 / 单价 / 金额), the subtotal, VAT and total with the total in
/// capitals, and the terms: the same figures and words as the printed quote. A quote issued by
/// an earlier version keeps its markup and has amounts only.
pub fn quote(q: &Quote, lang: Lang) -> String {
    let pair = |t: Text, value: String| vec![lang.t(t).to_string(), value];
    let mut rows = vec![
        pair(
            i18n::csv::QUOTE_NUMBER,
            q.number
                .clone()
                .unwrap_or_else(|| lang.t(i18n::common::DRAFT).to_string()),
        ),
        pair(i18n::csv::VENDOR, q.vendor.clone()),
        pair(i18n::csv::CLIENT, q.client.clone()),
        pair(i18n::common::DATE, q.issued.formal(lang)),
        pair(i18n::csv::VALID_UNTIL, q.valid_until.formal(lang)),
    ];
    if let Some(t) = &q.terms {
        let contact =
            |c: &model::quote::Contact| format!("{} {}", c.person, c.phone).trim().to_string();
        rows.push(pair(i18n::csv::VENDOR_CONTACT, contact(&t.vendor_contact)));
        rows.push(pair(i18n::csv::CLIENT_CONTACT, contact(&t.client_contact)));
    }
    rows.push(vec![]);
    rows.push(
        i18n::common::QUOTE_LINE_COLUMNS
            .iter()
            .map(|t| lang.t(*t).to_string())
            .collect(),
    );
    for (i, line) in q.lines.iter().enumerate() {
        let (unit, quantity, price) = match &line.priced {
            Some(p) => (
                p.unit.label(lang).to_string(),
                quantity_text(p.quantity),
                plain_fen(p.unit_price),
            ),
            None => Default::default(),
        };
        rows.push(vec![
            (i + 1).to_string(),
            line.label(lang).to_string(),
            line.content(q.scenario.trainer, lang),
            unit,
            quantity,
            price,
            plain_fen(line.amount),
        ]);
    }
    // Totals carry their figure in the amount column, under the lines' amounts.
    let total_row = |label: String, amount: Fen| {
        let mut row = vec![label];
        row.resize(6, String::new());
        row.push(plain_fen(amount));
        row
    };
    rows.push(total_row(lang.t(i18n::common::SUBTOTAL).into(), q.subtotal));
    if q.markup != Fen::ZERO {
        rows.push(total_row(
            format!("{} {}%", Category::Markup.label(lang), q.markup_pct),
            q.markup,
        ));
    }
    let vat_label = match (q.tax_included, lang) {
        (true, _) => lang.fill(i18n::csv::OF_WHICH_VAT, &[("vat_pct", &q.vat_pct)]),
        (false, _) => format!("{} {}%", Category::Tax.label(lang), q.vat_pct),
    };
    rows.push(total_row(vat_label, q.vat));
    rows.push(total_row(lang.t(i18n::common::TOTAL).into(), q.total));
    rows.push(pair(i18n::csv::TOTAL_IN_WORDS, amount_in_words(q.total.0)));
    rows.push(vec![]);
    rows.push(pair(i18n::csv::TAX, q.tax_basis(lang)));
    if let Some(terms) = q.payment_terms(lang) {
        rows.push(pair(i18n::csv::PAYMENT, terms));
    }
    if q.terms.is_some() {
        for said in q.inclusions(lang) {
            rows.push(pair(i18n::csv::COSTS, said));
        }
    }
    if let Some(t) = q.terms.as_ref().filter(|t| !t.remarks.is_empty()) {
        rows.push(pair(i18n::common::REMARKS, t.remarks.clone()));
    }
    write_rows(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a CSV reader (the csv crate's) reads back from what was written.
    fn read_back(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("starts with the BOM");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn a_cell_is_quoted_only_when_it_must_be_and_an_empty_row_is_kept() {
        let rows = vec![
            vec![
                "贵阳".to_string(),
                "1,200".to_string(),
                "say \"hi\"".to_string(),
            ],
            vec![],
            vec!["a\nb".to_string(), String::new()],
        ];
        assert_eq!(
            write_rows(rows),
            format!("{BOM}贵阳,\"1,200\",\"say \"\"hi\"\"\"\n\"\"\n\"a\nb\",\n")
        );
    }

    proptest! {
        /// Any cells (commas, quotes, line breaks, Chinese text, empty cells and empty rows)
        /// read back as written; a row with no cells reads back as one empty cell, and a cell
        /// starting with a carriage return (which can hide a formula) with a `'` before it.
        #[test]
        fn rows_read_back_as_written(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a-z0-9 ,\"\\n\\r贵阳，“”]{0,12}", 0..5),
                0..6,
            )
        ) {
            let safe = |cell: &String| match cell.starts_with('\r') {
                true => format!("'{cell}"),
                false => cell.clone(),
            };
            let expected: Vec<Vec<String>> = rows
                .iter()
                .map(|r| if r.is_empty() { vec![String::new()] } else { r.iter().map(safe).collect() })
                .collect();
            prop_assert_eq!(read_back(&write_rows(rows)), expected);
        }
    }
}
