//! The budget request as a spreadsheet: its details, the finance categories with their total
//! and the cost per head as formulas over them, the options compared, the fund shares (the
//! set-aside and the deductible limit as formulas over the wage bill and their rates), and the
//! signature lines. The same figures as the printed request and its CSV.

use model::budget::Request;
use model::i18n;
use model::money::amount_in_words;
use model::{Catalog, Lang};

use sheet::{Cell, NumberFormat, RowStyle, Sheet, Workbook, cell_name};

/// Column widths: the label, the amount (enough for `99,999,999.00`), a per head or a rate,
/// and what a line includes.
const WIDTHS: [f64; 4] = [30.0, 16.0, 14.0, 44.0];
const AMOUNT: usize = 1;
const RATE: usize = 2;

/// Two sheets in the user's language: 预算表, the request as printed, and 方案比较, the options
/// side by side in finance's categories.
pub fn budget_request(r: &Request, catalog: &Catalog, lang: Lang) -> Workbook {
    let title = lang.t(i18n::common::TRAINING_BUDGET_REQUEST);
    let mut sheet = Sheet::new(
        lang.t(i18n::budget_sheet::BUDGET_REQUEST),
        Some(title.to_string()),
        WIDTHS.to_vec(),
    );
    let text = |zh: &str, en: &str| Cell::text(lang.pick(zh, en));
    for (label, value) in [
        (text("编号", "Number"), Cell::text(&r.number)),
        (text("申请部门", "Department"), Cell::text(&r.department)),
        (text("编制日期", "Date"), Cell::text(r.date.formal(lang))),
        (
            text("培训项目", "Course"),
            Cell::text(r.scenario.describe(catalog, lang)),
        ),
    ] {
        sheet.push(RowStyle::Body, vec![label, value]);
    }
    let headcount = sheet.push(
        RowStyle::Body,
        vec![
            text("参训人数", "Participants"),
            Cell::Quantity(r.lines.headcount.into()),
        ],
    );
    sheet.push(RowStyle::Body, vec![]);

    sheet.push(
        RowStyle::Header,
        vec![
            text("费用类别", "Category"),
            text("金额（元）", "Amount (CNY)"),
            Cell::Empty,
            text("说明", "Includes"),
        ],
    );
    let first = sheet.next_row();
    for line in &r.lines.lines {
        sheet.push(
            RowStyle::Body,
            vec![
                Cell::text(line.category.label(lang)),
                Cell::Money(line.amount as f64),
                Cell::Empty,
                Cell::text(line.note(lang)),
            ],
        );
    }
    let amount = |row: usize| cell_name(row, AMOUNT);
    let last = sheet.next_row() - 1;
    let total = sheet.push(
        RowStyle::Total,
        vec![
            text("合计", "Total"),
            Cell::formula(
                format!("=SUM({}:{})", amount(first), amount(last)),
                r.lines.total as f64,
                NumberFormat::Money,
            ),
            Cell::Empty,
            Cell::text(amount_in_words(r.lines.total * 100)),
        ],
    );
    let reserve = r.lines.contingency >= 0.5;
    sheet.push(
        RowStyle::Body,
        vec![
            if reserve {
                text("人均（含不可预见费）", "Per head (reserve included)")
            } else {
                text("人均", "Per head")
            },
            Cell::formula(
                format!("=ROUND({}/{},2)", amount(total), amount(headcount)),
                (r.lines.per_head() * 100.0).round() / 100.0,
                NumberFormat::Money,
            ),
        ],
    );
    if let Some(note) = r.contingency_note(lang) {
        sheet.push(
            RowStyle::Body,
            vec![text("不可预见费", "Contingency"), Cell::text(note)],
        );
    }
    if r.lines.staff_time > 0.0 {
        sheet.push(
            RowStyle::Body,
            vec![
                text("员工工时（不计入预算）", "Staff time (not in the request)"),
                Cell::Money(r.lines.staff_time.round()),
            ],
        );
    }
    sheet.push(RowStyle::Body, vec![]);

    sheet.push(
        RowStyle::Header,
        vec![
            text("比较方案", "Options compared"),
            text("预算总额（元）", "Budget total (CNY)"),
            text("人均（元）", "Per head (CNY)"),
            text("获取方式", "Sourcing"),
        ],
    );
    for (i, c) in r.compared.iter().enumerate() {
        let chosen = if i == r.chosen {
            lang.t(i18n::common::CHOSEN)
        } else {
            ""
        };
        sheet.push(
            RowStyle::Body,
            vec![
                Cell::text(format!("{}{chosen}", c.name)),
                Cell::Money(c.total() as f64),
                Cell::Money((c.per_head() * 100.0).round() / 100.0),
                Cell::text(c.sourcing.label(lang)),
            ],
        );
    }
    sheet.push(
        RowStyle::Body,
        vec![
            text("选择理由", "Reason for the choice"),
            Cell::text(&r.reason),
        ],
    );

    if let Some(f) = &r.shares {
        sheet.push(RowStyle::Body, vec![]);
        sheet.push(
            RowStyle::Header,
            vec![
                text("职工教育经费", "Staff education fund"),
                text("金额（元）", "Amount (CNY)"),
                text("比例", "Rate"),
                text("本次培训占比", "This course's share"),
            ],
        );
        // To the fen, as the cell holds it; the formulas below compute from that figure.
        let wage_bill = (f.wage_bill * 100.0).round() / 100.0;
        let wage = sheet.push(
            RowStyle::Body,
            vec![
                text("工资总额（年）", "Wage bill (a year)"),
                Cell::Money(wage_bill),
                Cell::Empty,
                Cell::Percent(f.of_wage_bill),
            ],
        );
        for (label, rate, share) in [
            (
                text("计提额", "Set aside"),
                f.set_aside_rate,
                f.of_set_aside,
            ),
            (
                text("税前扣除限额", "Deductible limit"),
                f.deductible_rate,
                f.of_deductible_limit,
            ),
        ] {
            let row = sheet.next_row();
            sheet.push(
                RowStyle::Body,
                vec![
                    label,
                    Cell::formula(
                        format!("=ROUND({}*{},2)", amount(wage), cell_name(row, RATE)),
                        (wage_bill * rate * 100.0).round() / 100.0,
                        NumberFormat::Money,
                    ),
                    Cell::Percent(rate),
                    Cell::Percent(share),
                ],
            );
        }
        sheet.push(
            RowStyle::Body,
            vec![
                text("工资总额依据", "Wage bill basis"),
                Cell::text(f.basis.describe(catalog, lang)),
            ],
        );
        for w in f.warnings(lang) {
            sheet.push(RowStyle::Body, vec![text("提示", "Warning"), Cell::text(w)]);
        }
    }
    sheet.push(RowStyle::Body, vec![]);
    for (zh, en, name) in [
        ("编制人", "Prepared by", &r.prepared_by),
        ("审核人", "Reviewed by", &r.reviewed_by),
        ("审批人", "Approved by", &r.approved_by),
    ] {
        sheet.push(RowStyle::Body, vec![text(zh, en), Cell::text(name)]);
    }
    Workbook {
        sheets: vec![sheet, options_compared(r, lang)],
    }
}

/// Every option compared, a column each (the chosen one marked), in finance's categories, with
/// the total and the cost per head as formulas over the column: what finance reads to see where
/// the options differ.
fn options_compared(r: &Request, lang: Lang) -> Sheet {
    let text = |zh: &str, en: &str| Cell::text(lang.pick(zh, en));
    let mut widths = vec![WIDTHS[0]];
    widths.extend(r.compared.iter().map(|_| WIDTHS[AMOUNT] + 4.0));
    let mut sheet = Sheet::new(
        lang.t(i18n::common::OPTIONS_COMPARED),
        Some(lang.t(i18n::budget_sheet::THE_OPTIONS_COMPARED).to_string()),
        widths,
    );
    let mut header = vec![text("费用类别", "Category")];
    header.extend(r.compared.iter().enumerate().map(|(i, c)| {
        let chosen = if i == r.chosen {
            lang.t(i18n::common::CHOSEN)
        } else {
            ""
        };
        Cell::text(format!("{}{chosen}", c.name))
    }));
    sheet.push(RowStyle::Header, header);
    let mut routes = vec![text("获取方式", "Sourcing")];
    routes.extend(
        r.compared
            .iter()
            .map(|c| Cell::text(c.sourcing.label(lang))),
    );
    sheet.push(RowStyle::Body, routes);
    let first = sheet.next_row();
    for (i, category) in model::budget::FinanceCategory::ALL.iter().enumerate() {
        let mut row = vec![Cell::text(category.label(lang))];
        row.extend(
            r.compared
                .iter()
                .map(|c| Cell::Money(c.lines.lines[i].amount as f64)),
        );
        sheet.push(RowStyle::Body, row);
    }
    let last = sheet.next_row() - 1;
    let column = |i: usize| i + 1;
    let mut totals = vec![text("合计", "Total")];
    totals.extend(r.compared.iter().enumerate().map(|(i, c)| {
        let (from, to) = (cell_name(first, column(i)), cell_name(last, column(i)));
        Cell::formula(
            format!("=SUM({from}:{to})"),
            c.total() as f64,
            NumberFormat::Money,
        )
    }));
    let total = sheet.push(RowStyle::Total, totals);
    let mut people = vec![text("参训人数", "Participants")];
    people.extend(
        r.compared
            .iter()
            .map(|c| Cell::Quantity(c.lines.headcount.into())),
    );
    let headcount = sheet.push(RowStyle::Body, people);
    let mut per_head = vec![text("人均", "Per head")];
    per_head.extend(r.compared.iter().enumerate().map(|(i, c)| {
        let (t, n) = (cell_name(total, column(i)), cell_name(headcount, column(i)));
        Cell::formula(
            format!("=ROUND({t}/{n},2)"),
            (c.per_head() * 100.0).round() / 100.0,
            NumberFormat::Money,
        )
    }));
    sheet.push(RowStyle::Body, per_head);
    sheet
}
