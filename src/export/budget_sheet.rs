//! The budget request as a spreadsheet: its details, the finance categories with their total
//! and the cost per head as formulas over them, the options compared, the fund shares (the
//! set-aside and the deductible limit as formulas over the wage bill and their rates), and the
//! signature lines. The same figures as the printed request and its CSV.

use model::budget::Request;
use model::i18n::{self, Text};
use model::money::amount_in_words;
use model::{Catalog, Lang};

use sheet::{Cell, NumberFormat, Sheet, Workbook, cell_name};

/// Column widths: the label, the amount (enough for `99,999,999.00`), a per head or a rate,
/// and what a line includes.
const WIDTHS: [f64; 4] = [30.0, 16.0, 14.0, 44.0];
const AMOUNT: usize = 1;
const RATE: usize = 2;

/// Two sheets in the user's language: 预算表, the request as printed, and 方案比较, the options
/// side by side in finance's categories. `worth` is the chosen option's break-even sentence,
/// when its "is it worth it" panel has every figure it needs: a row under the reason.
pub fn budget_request(r: &Request, worth: Option<&str>, catalog: &Catalog, lang: Lang) -> Workbook {
    let title = lang.t(i18n::common::TRAINING_BUDGET_REQUEST);
    let mut sheet = Sheet::new(
        lang.t(i18n::budget_sheet::BUDGET_REQUEST),
        Some(title.to_string()),
        WIDTHS.to_vec(),
    );
    let text = |t: Text| Cell::text(lang.t(t));
    for (label, value) in [
        (text(i18n::common::NUMBER), Cell::text(&r.number)),
        (
            text(i18n::budget_sheet::DEPARTMENT),
            Cell::text(&r.department),
        ),
        (
            text(i18n::budget_sheet::DATE),
            Cell::text(r.date.formal(lang)),
        ),
        (
            text(i18n::budget_sheet::COURSE),
            Cell::text(r.scenario.describe(catalog, lang)),
        ),
    ] {
        sheet.body(vec![label, value]);
    }
    let headcount = sheet.body(vec![
        text(i18n::budget_sheet::PARTICIPANTS),
        Cell::Quantity(r.lines.headcount.into()),
    ]);
    sheet.gap();

    sheet.header(vec![
        text(i18n::budget_sheet::CATEGORY),
        text(i18n::budget_sheet::AMOUNT_CNY),
        Cell::Empty,
        text(i18n::budget_sheet::INCLUDES),
    ]);
    let first = sheet.next_row();
    for line in &r.lines.lines {
        sheet.body(vec![
            Cell::text(line.category.label(lang)),
            Cell::Money(line.amount as f64),
            Cell::Empty,
            Cell::text(line.note(lang)),
        ]);
    }
    let amount = |row: usize| cell_name(row, AMOUNT);
    let last = sheet.next_row() - 1;
    let total = sheet.total(vec![
        text(i18n::common::TOTAL),
        Cell::formula(
            format!("=SUM({}:{})", amount(first), amount(last)),
            r.lines.total as f64,
            NumberFormat::Money,
        ),
        Cell::Empty,
        Cell::text(amount_in_words(r.lines.total * 100)),
    ]);
    let reserve = r.lines.contingency >= 0.5;
    sheet.body(vec![
        if reserve {
            text(i18n::budget_sheet::PER_HEAD_RESERVE_INCLUDED)
        } else {
            text(i18n::budget_sheet::PER_HEAD)
        },
        Cell::formula(
            format!("=ROUND({}/{},2)", amount(total), amount(headcount)),
            (r.lines.per_head() * 100.0).round() / 100.0,
            NumberFormat::Money,
        ),
    ]);
    if let Some(note) = r.contingency_note(lang) {
        sheet.body(vec![text(i18n::common::CONTINGENCY), Cell::text(note)]);
    }
    if r.lines.staff_time > 0.0 {
        sheet.body(vec![
            text(i18n::budget_sheet::STAFF_TIME_NOT_IN_THE_REQUEST),
            Cell::Money(r.lines.staff_time.round()),
        ]);
    }
    sheet.gap();

    sheet.header(i18n::budget_sheet::OPTIONS_COLUMNS.map(text).to_vec());
    for (i, c) in r.compared.iter().enumerate() {
        let chosen = if i == r.chosen {
            lang.t(i18n::common::CHOSEN)
        } else {
            ""
        };
        sheet.body(vec![
            Cell::text(format!("{}{chosen}", c.name)),
            Cell::Money(c.total() as f64),
            Cell::Money((c.per_head() * 100.0).round() / 100.0),
            Cell::text(c.sourcing.label(lang)),
        ]);
    }
    sheet.body(vec![
        text(i18n::budget_sheet::REASON_FOR_THE_CHOICE),
        Cell::text(&r.reason),
    ]);
    if let Some(line) = worth {
        let basis = lang.t(i18n::worth::BUDGET_BASIS);
        sheet.body(vec![
            text(i18n::worth::SHEET_LABEL),
            Cell::text(format!("{line}{basis}")),
        ]);
    }

    if let Some(f) = &r.shares {
        sheet.gap();
        sheet.header(i18n::budget_sheet::FUND_COLUMNS.map(text).to_vec());
        // To the fen, as the cell holds it; the formulas below compute from that figure.
        let wage_bill = (f.wage_bill * 100.0).round() / 100.0;
        let wage = sheet.body(vec![
            text(i18n::budget_sheet::WAGE_BILL_A_YEAR),
            Cell::Money(wage_bill),
            Cell::Empty,
            Cell::Percent(f.of_wage_bill),
        ]);
        for (label, rate, share) in [
            (
                text(i18n::budget_sheet::SET_ASIDE),
                f.set_aside_rate,
                f.of_set_aside,
            ),
            (
                text(i18n::budget_sheet::DEDUCTIBLE_LIMIT),
                f.deductible_rate,
                f.of_deductible_limit,
            ),
        ] {
            let row = sheet.next_row();
            sheet.body(vec![
                label,
                Cell::formula(
                    format!("=ROUND({}*{},2)", amount(wage), cell_name(row, RATE)),
                    (wage_bill * rate * 100.0).round() / 100.0,
                    NumberFormat::Money,
                ),
                Cell::Percent(rate),
                Cell::Percent(share),
            ]);
        }
        sheet.body(vec![
            text(i18n::budget_sheet::WAGE_BILL_BASIS),
            Cell::text(f.basis.describe(catalog, lang)),
        ]);
        for w in f.warnings(lang) {
            sheet.body(vec![text(i18n::budget_sheet::WARNING), Cell::text(w)]);
        }
    }
    sheet.gap();
    for (label, name) in [
        (i18n::budget_sheet::PREPARED_BY, &r.prepared_by),
        (i18n::budget_sheet::REVIEWED_BY, &r.reviewed_by),
        (i18n::budget_sheet::APPROVED_BY, &r.approved_by),
    ] {
        sheet.body(vec![text(label), Cell::text(name)]);
    }
    Workbook {
        sheets: vec![sheet, options_compared(r, lang)],
    }
}

/// Every option compared, a column each (the chosen one marked), in finance's categories, with
/// the total and the cost per head as formulas over the column: what finance reads to see where
/// the options differ.
fn options_compared(r: &Request, lang: Lang) -> Sheet {
    let text = |t: Text| Cell::text(lang.t(t));
    let mut widths = vec![WIDTHS[0]];
    widths.extend(r.compared.iter().map(|_| WIDTHS[AMOUNT] + 4.0));
    let mut sheet = Sheet::new(
        lang.t(i18n::common::OPTIONS_COMPARED),
        Some(lang.t(i18n::budget_sheet::THE_OPTIONS_COMPARED).to_string()),
        widths,
    );
    let mut header = vec![text(i18n::budget_sheet::CATEGORY)];
    header.extend(r.compared.iter().enumerate().map(|(i, c)| {
        let chosen = if i == r.chosen {
            lang.t(i18n::common::CHOSEN)
        } else {
            ""
        };
        Cell::text(format!("{}{chosen}", c.name))
    }));
    sheet.header(header);
    let mut routes = vec![text(i18n::budget_sheet::SOURCING)];
    routes.extend(
        r.compared
            .iter()
            .map(|c| Cell::text(c.sourcing.label(lang))),
    );
    sheet.body(routes);
    let first = sheet.next_row();
    for (i, category) in model::budget::FinanceCategory::ALL.iter().enumerate() {
        let mut row = vec![Cell::text(category.label(lang))];
        row.extend(
            r.compared
                .iter()
                .map(|c| Cell::Money(c.lines.lines[i].amount as f64)),
        );
        sheet.body(row);
    }
    let last = sheet.next_row() - 1;
    let column = |i: usize| i + 1;
    let mut totals = vec![text(i18n::common::TOTAL)];
    totals.extend(r.compared.iter().enumerate().map(|(i, c)| {
        let (from, to) = (cell_name(first, column(i)), cell_name(last, column(i)));
        Cell::formula(
            format!("=SUM({from}:{to})"),
            c.total() as f64,
            NumberFormat::Money,
        )
    }));
    let total = sheet.total(totals);
    let mut people = vec![text(i18n::budget_sheet::PARTICIPANTS)];
    people.extend(
        r.compared
            .iter()
            .map(|c| Cell::Quantity(c.lines.headcount.into())),
    );
    let headcount = sheet.body(people);
    let mut per_head = vec![text(i18n::budget_sheet::PER_HEAD)];
    per_head.extend(r.compared.iter().enumerate().map(|(i, c)| {
        let (t, n) = (cell_name(total, column(i)), cell_name(headcount, column(i)));
        Cell::formula(
            format!("=ROUND({t}/{n},2)"),
            (c.per_head() * 100.0).round() / 100.0,
            NumberFormat::Money,
        )
    }));
    sheet.body(per_head);
    sheet
}
