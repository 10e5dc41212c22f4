//! A quote as a spreadsheet: who and when, the course's counts, each line, then subtotal,
//! markup, VAT and total as formulas over the lines above them (with the quote's own figures as
//! their values), so the sheet stays right when a client edits a line. The same figures as the
//! printed quote and its CSV.

use model::Lang;
use model::cost::Category;
use model::quote::Quote;

use super::sheet::{Cell, NumberFormat, RowStyle, Sheet, Workbook, cell_name};

/// Column widths: the label (Chinese labels are about two units a character), the rate, the
/// amount (enough for `99,999,999.00`).
const WIDTHS: [f64; 3] = [30.0, 10.0, 16.0];
/// The columns of the table, zero-based.
const RATE: usize = 1;
const AMOUNT: usize = 2;

/// One sheet named after the quote (its number, or "draft"), in the user's language.
pub fn quote(q: &Quote, lang: Lang) -> Workbook {
    let number = q
        .number
        .clone()
        .unwrap_or_else(|| lang.pick("草稿", "Draft").to_string());
    let mut sheet = Sheet::new(
        lang.pick("报价单", "Quotation"),
        Some(format!("{} {}", lang.pick("报价单", "Quotation"), number)),
        WIDTHS.to_vec(),
    );
    let text = |zh: &str, en: &str| Cell::text(lang.pick(zh, en));
    for (label, value) in [
        (text("报价编号", "Number"), Cell::text(&number)),
        (text("供应商", "Vendor"), Cell::text(&q.vendor)),
        (text("客户", "Client"), Cell::text(&q.client)),
        (text("报价日期", "Date"), Cell::text(q.issued.to_string())),
        (
            text("有效期至", "Valid until"),
            Cell::text(q.valid_until.to_string()),
        ),
        (
            text("参训人数", "Participants"),
            Cell::Quantity(q.scenario.headcount),
        ),
        (text("班数", "Classes"), Cell::Quantity(q.classes.into())),
        (
            text("每班天数", "Days per class"),
            Cell::Quantity(q.days_per_class.into()),
        ),
    ] {
        sheet.push(RowStyle::Body, vec![label, value]);
    }
    sheet.push(RowStyle::Body, vec![]);

    sheet.push(
        RowStyle::Header,
        vec![
            text("项目", "Item"),
            text("比例", "Rate"),
            text("金额（元）", "Amount (CNY)"),
        ],
    );
    let first = sheet.next_row();
    for line in &q.lines {
        sheet.push(
            RowStyle::Body,
            vec![
                Cell::text(line.category.label(lang)),
                Cell::Empty,
                Cell::Money(line.amount as f64),
            ],
        );
    }
    let amount = |row: usize| cell_name(row, AMOUNT);
    let rate = |row: usize| cell_name(row, RATE);
    let lines_sum = match q.lines.len() {
        0 => "=0".to_string(),
        n => format!("=SUM({}:{})", amount(first), amount(first + n - 1)),
    };
    let subtotal = sheet.push(
        RowStyle::Total,
        vec![
            text("小计", "Subtotal"),
            Cell::Empty,
            Cell::formula(lines_sum, q.subtotal as f64, NumberFormat::Money),
        ],
    );
    // Markup and VAT in whole yuan, rounded as the quote rounds them (half away from zero,
    // which is also Excel's ROUND).
    let markup_row = sheet.next_row();
    sheet.push(
        RowStyle::Body,
        vec![
            Cell::text(Category::Markup.label(lang)),
            Cell::Percent(q.markup_pct / 100.0),
            Cell::formula(
                format!("=ROUND({}*{},0)", amount(subtotal), rate(markup_row)),
                q.markup as f64,
                NumberFormat::Money,
            ),
        ],
    );
    let vat_row = sheet.next_row();
    sheet.push(
        RowStyle::Body,
        vec![
            Cell::text(Category::Tax.label(lang)),
            Cell::Percent(q.vat_pct / 100.0),
            Cell::formula(
                format!(
                    "=ROUND(({}+{})*{},0)",
                    amount(subtotal),
                    amount(markup_row),
                    rate(vat_row)
                ),
                q.vat as f64,
                NumberFormat::Money,
            ),
        ],
    );
    sheet.push(
        RowStyle::Total,
        vec![
            text("合计（含税）", "Total (VAT included)"),
            Cell::Empty,
            Cell::formula(
                format!(
                    "={}+{}+{}",
                    amount(subtotal),
                    amount(markup_row),
                    amount(vat_row)
                ),
                q.total as f64,
                NumberFormat::Money,
            ),
        ],
    );
    Workbook {
        sheets: vec![sheet],
    }
}
