//! The quote comparison (询价比价表) procurement signs, as a spreadsheet: the heading, the scope
//! bought with the market's price for it, one row per quote on the common basis (the cost to
//! the buyer after the tax it deducts, per head as a formula over the cost and the headcount),
//! the lowest valid cost as a formula over the cost column, the recommendation with its reason,
//! the purchasing rule's warnings and the price in capitals, and the signatures. The CSV export
//! is the one sheet.

use model::calendar::Day;
use model::compare::{Assessed, Bid, Comparison, Enquiry, Standing};
use model::heading::DocumentHeading;
use model::i18n::{self, Text};
use model::money::amount_in_words;
use model::{Catalog, Lang};

use sheet::{Cell, NumberFormat, Sheet, Workbook, cell_name};

/// 序号, vendor, price with tax, invoice, cost, per head, per class hour, payment terms, valid
/// until, against the market, score, rank. The heading's labels sit under the vendor and their
/// values under the price, as the year's plan lays them out.
const WIDTHS: [f64; 12] = [
    6.0, 28.0, 16.0, 24.0, 14.0, 12.0, 12.0, 20.0, 16.0, 14.0, 8.0, 6.0,
];
const LABEL: usize = 1;
const VALUE: usize = 2;
const WITH_TAX: usize = 2;
const COST: usize = 4;

/// 询价比价表.csv / quote-comparison.xlsx.
pub fn file_name(lang: Lang, extension: &str) -> String {
    format!("{}.{extension}", lang.t(i18n::compare_sheet::FILE_NAME))
}

/// One sheet in `lang`: `enquiry` as the buyer keeps it, `comparison` worked out from it (its
/// bids in the enquiry's order), `reason` the choice's reason as the buyer edited it, and
/// `today` the date when the heading gives none.
pub fn comparison(
    enquiry: &Enquiry,
    comparison: &Comparison,
    reason: &str,
    today: Day,
    catalog: &Catalog,
    lang: Lang,
) -> Workbook {
    let title = lang.t(i18n::compare_sheet::QUOTE_COMPARISON);
    let mut sheet = Sheet::new(title, Some(title.to_string()), WIDTHS.to_vec());
    heading(&mut sheet, enquiry, today, lang);
    sheet.gap();
    let people = scope(&mut sheet, comparison, catalog, lang);
    sheet.gap();
    let rows = bids(&mut sheet, &enquiry.bids, comparison, people, lang);
    lowest_valid_cost(&mut sheet, comparison, &rows, lang);
    sheet.gap();
    result(&mut sheet, enquiry, comparison, &rows, reason, lang);
    sheet.gap();
    signatures(&mut sheet, enquiry, lang);
    Workbook {
        sheets: vec![sheet],
    }
}

/// A heading row: its label under the vendors, its value beside it.
fn labelled(sheet: &mut Sheet, label: Text, value: Cell, lang: Lang) -> usize {
    let mut cells = vec![Cell::Empty; VALUE + 1];
    cells[LABEL] = Cell::text(lang.t(label));
    cells[VALUE] = value;
    sheet.body(cells)
}

fn heading(sheet: &mut Sheet, enquiry: &Enquiry, today: Day, lang: Lang) {
    let h = &enquiry.heading;
    let date = h.date.unwrap_or(today).formal(lang);
    for (label, value) in [
        (i18n::common::NUMBER, h.number.clone()),
        (i18n::agenda_sheet::DATE, date),
        (i18n::compare_page::ITEM, h.item.clone()),
    ] {
        labelled(sheet, label, Cell::text(value), lang);
    }
}

/// What is bought and what the market asks for it; the row of the headcount, which the per
/// head formulas divide by.
fn scope(sheet: &mut Sheet, comparison: &Comparison, catalog: &Catalog, lang: Lang) -> usize {
    let scope = &comparison.scope;
    let s = &scope.scenario;
    let mut header = vec![Cell::Empty; LABEL + 1];
    header[LABEL] = Cell::text(lang.t(i18n::compare_sheet::SCOPE));
    sheet.header(header);
    let people = labelled(
        sheet,
        i18n::common::HEADCOUNT,
        Cell::Quantity(scope.people.into()),
        lang,
    );
    let city = catalog
        .city(&s.city)
        .map(|city| city.name.get(lang).to_string())
        .unwrap_or_default();
    for (label, value) in [
        (
            i18n::compare_sheet::CLASS_HOURS,
            Cell::Number(round_to(scope.class_hours, 1)),
        ),
        (i18n::common::CITY, Cell::text(city)),
        (i18n::form::DELIVERY_MODE, Cell::text(s.mode.label(lang))),
        (
            i18n::common::TRAINER_TIER,
            Cell::text(s.trainer.label(lang)),
        ),
        (
            i18n::compare_sheet::MARKET_LOW,
            Cell::Money(round_fen(scope.market.low)),
        ),
        (
            i18n::compare_sheet::MARKET_EXPECTED,
            Cell::Money(round_fen(scope.market.likely)),
        ),
        (
            i18n::compare_sheet::MARKET_HIGH,
            Cell::Money(round_fen(scope.market.high)),
        ),
    ] {
        labelled(sheet, label, value, lang);
    }
    people
}

fn header(lang: Lang) -> Vec<Cell> {
    i18n::compare_sheet::COLUMNS
        .map(|t| Cell::text(lang.t(t)))
        .to_vec()
}

/// The table, one row per quote; each quote's row number, for the formulas below it.
fn bids(
    sheet: &mut Sheet,
    bids: &[Bid],
    comparison: &Comparison,
    people: usize,
    lang: Lang,
) -> Vec<usize> {
    sheet.header(header(lang));
    bids.iter()
        .zip(&comparison.bids)
        .enumerate()
        .map(|(i, (bid, assessed))| {
            let row = sheet.next_row();
            sheet.body(bid_row(i + 1, bid, assessed, comparison, row, people, lang))
        })
        .collect()
}

fn bid_row(
    n: usize,
    bid: &Bid,
    assessed: &Assessed,
    comparison: &Comparison,
    row: usize,
    people: usize,
    lang: Lang,
) -> Vec<Cell> {
    let basis = &assessed.basis;
    let cost = round_fen(basis.cost);
    // Per head follows the cost cell, so an edited cost in Excel carries through; rounded to
    // the fen as the cost is.
    let per_head = Cell::formula(
        format!(
            "=ROUND({}/{},2)",
            cell_name(row, COST),
            cell_name(people, VALUE)
        ),
        round_fen(cost / f64::from(comparison.scope.people.max(1))),
        NumberFormat::Money,
    );
    let (score, rank) = match assessed.score {
        Some(s) => (
            Cell::Number(round_to(s.total, 1)),
            Cell::Quantity(s.rank as i64),
        ),
        None => (Cell::Empty, Cell::Empty),
    };
    vec![
        Cell::Quantity(n as i64),
        Cell::text(&bid.vendor),
        Cell::Money(round_fen(basis.with_tax)),
        Cell::text(basis.invoice_text(bid, lang)),
        Cell::Money(cost),
        per_head,
        basis
            .per_class_hour
            .map_or(Cell::Empty, |v| Cell::Money(round_fen(v))),
        Cell::text(&bid.payment_terms),
        bid.valid_until
            .map_or(Cell::Empty, |d| Cell::text(d.formal(lang))),
        Cell::text(Standing::of(basis.with_tax, &comparison.scope.market).label(lang)),
        score,
        rank,
    ]
}

/// The lowest cost of the valid quotes, as a `MIN` over their cost cells (an expired quote's
/// cost stays in the table but not in the minimum); no row when none is valid.
fn lowest_valid_cost(sheet: &mut Sheet, comparison: &Comparison, rows: &[usize], lang: Lang) {
    let valid: Vec<(usize, f64)> = rows
        .iter()
        .zip(&comparison.bids)
        .filter(|(_, a)| a.valid)
        .map(|(&row, a)| (row, round_fen(a.basis.cost)))
        .collect();
    let Some(lowest) = valid.iter().map(|&(_, cost)| cost).reduce(f64::min) else {
        return;
    };
    let cells: Vec<usize> = valid.iter().map(|&(row, _)| row).collect();
    let mut total = vec![Cell::Empty; COST + 1];
    total[LABEL] = Cell::text(lang.t(i18n::compare_sheet::LOWEST_VALID_COST));
    total[COST] = Cell::formula(
        format!("=MIN({})", ranges(&cells, COST)),
        lowest,
        NumberFormat::Money,
    );
    sheet.total(total);
}

/// The cells of `rows` (ascending) in `column` as a formula's arguments, each run of
/// consecutive rows one range: `E9:E11,E13`.
fn ranges(rows: &[usize], column: usize) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &row in rows {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == row => *last = row,
            _ => runs.push((row, row)),
        }
    }
    runs.iter()
        .map(|&(first, last)| {
            if first == last {
                cell_name(first, column)
            } else {
                format!("{}:{}", cell_name(first, column), cell_name(last, column))
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The recommendation, its reason, what the purchasing rule says, and the recommended price
/// with tax (a formula on its row in the table) and in capitals.
fn result(
    sheet: &mut Sheet,
    enquiry: &Enquiry,
    comparison: &Comparison,
    rows: &[usize],
    reason: &str,
    lang: Lang,
) {
    let vendor = match comparison.winner {
        Some(w) => enquiry.bids[w].vendor.clone(),
        None => lang.t(i18n::compare_sheet::NO_VALID_QUOTE).to_string(),
    };
    labelled(
        sheet,
        i18n::compare_sheet::RECOMMENDED_VENDOR,
        Cell::text(vendor),
        lang,
    );
    labelled(sheet, i18n::compare_page::REASON, Cell::text(reason), lang);
    for warning in &comparison.rule {
        labelled(
            sheet,
            i18n::compare_sheet::PURCHASING_RULE,
            Cell::text(warning.sentence(lang)),
            lang,
        );
    }
    if let Some(w) = comparison.winner {
        let with_tax = round_fen(comparison.bids[w].basis.with_tax);
        labelled(
            sheet,
            i18n::compare_sheet::RECOMMENDED_PRICE,
            Cell::formula(
                format!("={}", cell_name(rows[w], WITH_TAX)),
                with_tax,
                NumberFormat::Money,
            ),
            lang,
        );
        labelled(
            sheet,
            i18n::quote_sheet::IN_WORDS,
            Cell::text(amount_in_words((with_tax * 100.0).round() as i64)),
            lang,
        );
    }
}

fn signatures(sheet: &mut Sheet, enquiry: &Enquiry, lang: Lang) {
    for (label, who) in enquiry.heading.signatures() {
        labelled(sheet, label, Cell::text(who), lang);
    }
}

fn round_fen(v: f64) -> f64 {
    round_to(v, 2)
}

fn round_to(v: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (v * scale).round() / scale
}
