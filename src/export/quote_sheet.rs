//! A quote as a spreadsheet: who and when, then the lines as 序号 / 项目 / 内容 / 单位 / 数量 /
//! 单价 / 金额 with each amount a formula (quantity × unit price), then subtotal, VAT and total
//! as formulas over the cells above them (each stored with the quote's own figure as its
//! value), the total in capitals and the terms. A client who edits a quantity or a price in
//! Excel sees the totals follow. The same figures as the printed quote and its CSV.

use model::Lang;
use model::cost::Category;
use model::i18n::{self, Text};
use model::money::{Fen, amount_in_words};
use model::quote::{Quote, Rounding};

use sheet::{Cell, NumberFormat, Sheet, Workbook, cell_name};

/// Column widths, in Excel's unit (a Chinese character takes about two): the number (and the
/// labels of the heading and totals), item, description, unit, quantity, unit price, amount
/// (enough for `99,999,999.00`).
const WIDTHS: [f64; 7] = [12.0, 18.0, 34.0, 6.0, 8.0, 14.0, 16.0];
/// The columns of the table, zero-based.
const QUANTITY: usize = 4;
const PRICE: usize = 5;
const AMOUNT: usize = 6;

/// One sheet named after the quote (its number, or "draft"), in the user's language.
pub fn quote(q: &Quote, lang: Lang) -> Workbook {
    let number = q
        .number
        .clone()
        .unwrap_or_else(|| lang.t(i18n::common::DRAFT).to_string());
    let mut sheet = Sheet::new(
        lang.t(i18n::common::QUOTATION),
        Some(format!("{} {}", lang.t(i18n::common::QUOTATION), number)),
        WIDTHS.to_vec(),
    );
    let text = |t: Text| Cell::text(lang.t(t));
    // The decimals each amount's formula rounds to, as the quote rounded it.
    let places = match q.rounding {
        Rounding::Fen => 2,
        Rounding::Yuan => 0,
    };
    let mut heading = vec![
        (text(i18n::quote_sheet::NUMBER), Cell::text(&number)),
        (text(i18n::quote_sheet::VENDOR), Cell::text(&q.vendor)),
        (text(i18n::quote_sheet::CLIENT), Cell::text(&q.client)),
        (text(i18n::common::DATE), Cell::text(q.issued.formal(lang))),
        (
            text(i18n::quote_sheet::VALID_UNTIL),
            Cell::text(q.valid_until.formal(lang)),
        ),
    ];
    if let Some(t) = &q.terms {
        let contact = |c: &model::quote::Contact| {
            Cell::text(format!("{} {}", c.person, c.phone).trim().to_string())
        };
        heading.push((
            text(i18n::quote_sheet::VENDOR_CONTACT),
            contact(&t.vendor_contact),
        ));
        heading.push((
            text(i18n::quote_sheet::CLIENT_CONTACT),
            contact(&t.client_contact),
        ));
    }
    heading.extend([
        (
            text(i18n::quote_sheet::PARTICIPANTS),
            Cell::Quantity(q.scenario.headcount),
        ),
        (
            text(i18n::quote_sheet::CLASSES),
            Cell::Quantity(q.classes.into()),
        ),
        (
            text(i18n::quote_sheet::DAYS_PER_CLASS),
            Cell::Quantity(q.days_per_class.into()),
        ),
    ]);
    for (label, value) in heading {
        sheet.body(vec![label, value]);
    }
    sheet.gap();

    sheet.header(i18n::common::QUOTE_LINE_COLUMNS.map(text).to_vec());
    let amount = |row: usize| cell_name(row, AMOUNT);
    let first = sheet.next_row();
    for (i, line) in q.lines.iter().enumerate() {
        let row = sheet.next_row();
        let mut cells = vec![
            Cell::Quantity(i as i64 + 1),
            Cell::text(line.label(lang)),
            Cell::text(line.content(q.scenario.trainer, lang)),
        ];
        match &line.priced {
            // Rounded as the quote rounds each line, to the fen (to the yuan on quotes issued
            // before version 4); Excel's ROUND is half away from zero, as the quote's is.
            Some(p) => cells.extend([
                Cell::text(p.unit.label(lang)),
                Cell::Number(p.quantity),
                Cell::Money(p.unit_price.yuan()),
                Cell::formula(
                    format!(
                        "=ROUND({}*{},{places})",
                        cell_name(row, QUANTITY),
                        cell_name(row, PRICE)
                    ),
                    line.amount.yuan(),
                    NumberFormat::Money,
                ),
            ]),
            // A line of a quote issued by an earlier version has an amount only.
            None => cells.extend([
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Money(line.amount.yuan()),
            ]),
        }
        sheet.body(cells);
    }
    let lines_sum = match q.lines.len() {
        0 => "=0".to_string(),
        n => format!("=SUM({}:{})", amount(first), amount(first + n - 1)),
    };
    // Totals: the label under 序号, a rate under 单价, the figure under 金额.
    let total_row = |label: Cell, rate: Cell, figure: Cell| {
        let mut cells = vec![label];
        cells.resize(PRICE, Cell::Empty);
        cells.extend([rate, figure]);
        cells
    };
    let subtotal = sheet.total(total_row(
        text(i18n::common::SUBTOTAL),
        Cell::Empty,
        Cell::formula(lines_sum, q.subtotal.yuan(), NumberFormat::Money),
    ));
    // Only quotes issued by earlier versions carry a markup; it stays on them as issued.
    let before_vat = if q.markup != Fen::ZERO {
        let row = sheet.next_row();
        sheet.body(total_row(
            Cell::text(Category::Markup.label(lang)),
            Cell::Percent(q.markup_pct / 100.0),
            Cell::formula(
                format!(
                    "=ROUND({}*{},{places})",
                    amount(subtotal),
                    cell_name(row, PRICE)
                ),
                q.markup.yuan(),
                NumberFormat::Money,
            ),
        ));
        format!("({}+{})", amount(subtotal), amount(row))
    } else {
        amount(subtotal)
    };
    let vat_row = sheet.next_row();
    let rate = cell_name(vat_row, PRICE);
    // The tax inside a tax-inclusive price is what is left when the price is divided by
    // 1 + rate; on top of a tax-exclusive one it is the rate of it.
    let (vat_label, vat_formula, total_formula) = if q.tax_included {
        (
            text(i18n::quote_sheet::OF_WHICH_VAT),
            format!("=ROUND({before_vat}-{before_vat}/(1+{rate}),{places})"),
            format!("={before_vat}"),
        )
    } else {
        (
            Cell::text(Category::Tax.label(lang)),
            format!("=ROUND({before_vat}*{rate},{places})"),
            format!("={before_vat}+{}", amount(vat_row)),
        )
    };
    sheet.body(total_row(
        vat_label,
        Cell::Percent(q.vat_pct / 100.0),
        Cell::formula(vat_formula, q.vat.yuan(), NumberFormat::Money),
    ));
    // A sum needs no brackets: `=(G10+G11)+G12` reads better as `=G10+G11+G12`.
    let total_formula = total_formula.replace(['(', ')'], "");
    sheet.total(total_row(
        text(i18n::common::TOTAL),
        Cell::Empty,
        Cell::formula(total_formula, q.total.yuan(), NumberFormat::Money),
    ));
    sheet.body(vec![
        text(i18n::quote_sheet::IN_WORDS),
        Cell::text(amount_in_words(q.total.0)),
    ]);
    sheet.gap();
    let mut terms = vec![(text(i18n::quote_sheet::TAX), q.tax_basis(lang))];
    if let Some(payment) = q.payment_terms(lang) {
        terms.push((text(i18n::quote_sheet::PAYMENT), payment));
    }
    if q.terms.is_some() {
        for said in q.inclusions(lang) {
            terms.push((text(i18n::quote_sheet::COSTS), said));
        }
    }
    if let Some(t) = q.terms.as_ref().filter(|t| !t.remarks.is_empty()) {
        terms.push((text(i18n::common::REMARKS), t.remarks.clone()));
    }
    for (label, said) in terms {
        sheet.body(vec![label, Cell::text(said)]);
    }
    Workbook {
        sheets: vec![sheet],
    }
}
