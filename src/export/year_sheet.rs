//! The year's plan (年度培训计划表) as a spreadsheet: a summary sheet with the heading, every
//! course, its total as a formula over the courses, the totals by quarter as formulas over the
//! course rows, and the signatures; then one sheet per department with its courses and their
//! total as a formula. The CSV export is the summary sheet.

use model::heading::DocumentHeading;
use model::i18n::{self, Text};
use model::money::amount_in_words;
use model::year::{Course, CourseCost, Programme, YearCost};
use model::{Catalog, Lang};

use sheet::{Cell, NumberFormat, Sheet, Workbook, cell_name};

/// 序号, course, department, audience, people, hours, route, city, when, priority, cost, P10,
/// P90, per head.
const WIDTHS: [f64; 14] = [
    6.0, 26.0, 16.0, 12.0, 8.0, 8.0, 16.0, 10.0, 10.0, 8.0, 14.0, 14.0, 14.0, 12.0,
];
const PEOPLE: usize = 4;
const COST: usize = 10;

fn header(lang: Lang) -> Vec<Cell> {
    i18n::year::SHEET_COLUMNS
        .map(|t| Cell::text(lang.t(t)))
        .to_vec()
}

fn course_row(n: usize, c: &Course, cost: &CourseCost, catalog: &Catalog, lang: Lang) -> Vec<Cell> {
    let city = catalog
        .city(&c.scenario.city)
        .map(|city| city.name.get(lang).to_string())
        .unwrap_or_default();
    vec![
        Cell::Quantity(n as i64),
        Cell::text(&c.name),
        Cell::text(&c.department),
        Cell::text(c.audience.label(lang)),
        Cell::Quantity(i64::from(cost.people)),
        Cell::Number(cost.hours),
        Cell::text(c.scenario.sourcing.label(lang)),
        Cell::text(city),
        Cell::text(c.period.label(lang)),
        Cell::text(c.priority.label(lang)),
        Cell::Money(round_fen(cost.expected)),
        Cell::Money(round_fen(cost.p10)),
        Cell::Money(round_fen(cost.p90)),
        Cell::Money(round_fen(cost.per_head())),
    ]
}

fn round_fen(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The counted courses (not deferred, priced) with their costs, in the table's order.
fn counted<'a>(
    year: &'a Programme,
    cost: &'a YearCost,
) -> impl Iterator<Item = (&'a Course, &'a CourseCost)> {
    year.courses
        .iter()
        .zip(&cost.courses)
        .filter(|(c, _)| !c.deferred)
        .filter_map(|(c, p)| p.as_ref().ok().map(|p| (c, p)))
}

/// Writes the courses from the sheet's next row, then their total row; the total's value.
fn courses_with_total<'a>(
    sheet: &mut Sheet,
    courses: impl Iterator<Item = (&'a Course, &'a CourseCost)>,
    catalog: &Catalog,
    lang: Lang,
) -> f64 {
    sheet.header(header(lang));
    let first = sheet.next_row();
    let mut total = 0.0;
    let mut people = 0;
    for (n, (c, p)) in courses.enumerate() {
        sheet.body(course_row(n + 1, c, p, catalog, lang));
        total += round_fen(p.expected);
        people += i64::from(p.people);
    }
    let last = sheet.next_row().max(first + 1) - 1;
    let sum = |col: usize| format!("=SUM({}:{})", cell_name(first, col), cell_name(last, col));
    let mut row = vec![Cell::Empty; WIDTHS.len()];
    row[1] = Cell::text(lang.t(i18n::common::TOTAL));
    row[PEOPLE] = Cell::formula(sum(PEOPLE), people as f64, NumberFormat::Quantity);
    row[COST] = Cell::formula(sum(COST), total, NumberFormat::Money);
    sheet.total(row);
    total
}

/// A row per heading field or signature: its label, then what was written.
fn labelled<'a>(sheet: &mut Sheet, rows: impl Iterator<Item = (Text, &'a str)>, lang: Lang) {
    for (label, value) in rows {
        sheet.body(vec![
            Cell::Empty,
            Cell::text(lang.t(label)),
            Cell::text(value),
        ]);
    }
}

pub fn year_plan(year: &Programme, cost: &YearCost, catalog: &Catalog, lang: Lang) -> Workbook {
    let title = lang.t(i18n::year::ANNUAL_TRAINING_PLAN);
    let mut summary = Sheet::new(
        lang.t(i18n::year::SUMMARY),
        Some(title.to_string()),
        WIDTHS.to_vec(),
    );
    let h = &year.heading;
    labelled(&mut summary, h.particulars(), lang);
    summary.gap();
    let total = courses_with_total(&mut summary, counted(year, cost), catalog, lang);
    let mut words = vec![Cell::Empty; 3];
    words[1] = Cell::text(lang.t(i18n::year::IN_CAPITALS));
    words[2] = Cell::text(amount_in_words((total * 100.0).round() as i64));
    summary.body(words);
    summary.gap();
    // By quarter: the cash each quarter needs, and their sum as a formula.
    summary.header(vec![
        Cell::Empty,
        Cell::text(lang.t(i18n::year::QUARTER)),
        Cell::text(lang.t(i18n::year::COST_CNY)),
    ]);
    let q_first = summary.next_row();
    for q in &cost.by_quarter {
        summary.body(vec![
            Cell::Empty,
            Cell::text(model::year::Period::ALL[q.key].label(lang)),
            Cell::Money(round_fen(q.cost)),
        ]);
    }
    let q_last = summary.next_row() - 1;
    summary.total(vec![
        Cell::Empty,
        Cell::text(lang.t(i18n::common::TOTAL)),
        Cell::formula(
            format!("=SUM({}:{})", cell_name(q_first, 2), cell_name(q_last, 2)),
            cost.by_quarter.iter().map(|q| round_fen(q.cost)).sum(),
            NumberFormat::Money,
        ),
    ]);
    summary.gap();
    labelled(&mut summary, h.signatures(), lang);

    let mut sheets = vec![summary];
    for d in &cost.by_department {
        let name = if d.key.is_empty() {
            lang.t(i18n::year::NO_DEPARTMENT).to_string()
        } else {
            d.key.clone()
        };
        let mut sheet = Sheet::new(
            sheet_name(&name, sheets.len()),
            Some(name.clone()),
            WIDTHS.to_vec(),
        );
        let courses = counted(year, cost).filter(|(c, _)| c.department.trim() == d.key);
        courses_with_total(&mut sheet, courses, catalog, lang);
        sheets.push(sheet);
    }
    Workbook { sheets }
}

/// A sheet's name as Excel takes it: at most 31 characters, none of `[]:*?/\`, unique (the
/// position is added).
fn sheet_name(name: &str, position: usize) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(27)
        .collect();
    format!("{position} {clean}")
}
