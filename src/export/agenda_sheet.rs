//! The planner's plan as a spreadsheet, one sheet per part: 日程 (the agenda, one row per
//! half-day session on the dates and at the times of [`model::plan::timetable`], working days
//! only, the same as the calendar export, with the hours summed by a formula) and 费用 (the plan's cost lines as the
//! planner prices the plan, their total a `SUM` and the cost per participant a formula over it,
//! so an edit in Excel recomputes both).

use model::Lang;
use model::catalog::AgendaRules;
use model::catalog::Holidays;
use model::cost::Estimate;
use model::i18n::{self, Text};
use model::number::plain;
use model::plan::{Agenda, TimetableError, Timing, timetable};

use sheet::{Cell, NumberFormat, Sheet, Workbook, cell_name};

/// The agenda's columns, in Excel's unit (a Chinese character takes about two): phase, day,
/// date (`2026年11月30日`, `30 November 2026`), half of the day, time (`09:00–12:15`), the
/// modules, hours.
const AGENDA_WIDTHS: [f64; 7] = [8.0, 8.0, 18.0, 10.0, 13.0, 70.0, 8.0];
/// The cost sheet's columns: the item (and the labels above the table), the amount (enough for
/// `99,999,999.00`).
const COST_WIDTHS: [f64; 2] = [30.0, 18.0];
/// The column of the cost sheet's amounts.
const AMOUNT: usize = 1;

/// What the workbook is of, besides the agenda.
#[derive(Debug, Clone, Copy)]
pub struct AgendaBook<'a> {
    /// The course's name: the agenda sheet's title.
    pub title: &'a str,
    pub lang: Lang,
    /// The first day and the daily start time, as for the calendar export.
    pub timing: Timing,
    /// The statutory holidays and make-up working days the dates follow (`data/holidays.toml`).
    pub holidays: &'a Holidays,
    /// The plan's cost as the planner prices it; `None` when the plan cannot be priced.
    pub cost: Option<&'a Estimate>,
    /// What the cost is priced as (people, city, mode, trainer): the cost sheet's title.
    pub priced_as: &'a str,
}

/// To the fen, as a money cell holds it.
fn fen(amount: f64) -> f64 {
    (amount * 100.0).round() / 100.0
}

/// The workbook: the agenda, then its cost.
pub fn agenda_book(
    agenda: &Agenda,
    rules: &AgendaRules,
    book: &AgendaBook,
) -> Result<Workbook, TimetableError> {
    let lang = book.lang;
    let text = |t: Text| Cell::text(lang.t(t));

    // 日程: a phase column only when the course is taught in more than one.
    let phased = agenda.phases.len() > 1;
    let skip = usize::from(!phased);
    let mut sheet = Sheet::new(
        lang.t(i18n::agenda_sheet::AGENDA),
        Some(book.title.to_string()),
        AGENDA_WIDTHS[skip..].to_vec(),
    );
    let mut header = vec![
        text(i18n::agenda_sheet::PHASE),
        text(i18n::agenda_sheet::DAY),
        text(i18n::agenda_sheet::DATE),
        text(i18n::agenda_sheet::SESSION),
        text(i18n::agenda_sheet::TIME),
        text(i18n::agenda_sheet::MODULES),
        text(i18n::agenda_sheet::HOURS),
    ];
    header.drain(..skip);
    let hours_column = header.len() - 1;
    sheet.header(header);
    let first = sheet.next_row();
    let slots = timetable(agenda, rules, book.holidays, &book.timing)?
        .for_export(&book.timing)?
        .sessions;
    let mut hours = 0.0;
    for slot in &slots {
        let s = slot.session;
        let modules = s
            .blocks
            .iter()
            .map(|b| {
                let mut m = format!(
                    "{}. {} · {}{}",
                    b.module,
                    b.title.get(lang),
                    plain(b.hours, 2),
                    lang.t(i18n::common::HOURS_SUFFIX)
                );
                if b.continued {
                    m.push_str(lang.t(i18n::common::CONTINUED));
                }
                if b.continues {
                    m.push_str(lang.t(i18n::common::CONTINUES));
                }
                m
            })
            .collect::<Vec<_>>()
            .join(lang.t(i18n::common::CLAUSE_SEPARATOR));
        hours += s.hours();
        let mut cells = vec![
            Cell::Quantity(slot.phase as i64 + 1),
            Cell::Quantity(slot.day as i64 + 1),
            Cell::text(slot.date.formal(lang)),
            Cell::text(s.half.label(lang)),
            Cell::text(format!("{}–{}", slot.start, slot.end)),
            Cell::text(modules),
            Cell::Number(s.hours()),
        ];
        cells.drain(..skip);
        sheet.body(cells);
    }
    let sum = |first: usize, count: usize, column: usize| match count {
        0 => "=0".to_string(),
        n => format!(
            "=SUM({}:{})",
            cell_name(first, column),
            cell_name(first + n - 1, column)
        ),
    };
    let mut total = vec![text(i18n::common::TOTAL)];
    total.resize(hours_column, Cell::Empty);
    total.push(Cell::formula(
        sum(first, slots.len(), hours_column),
        hours,
        NumberFormat::General,
    ));
    sheet.total(total);

    // 费用: the lines' expected values, their total and the cost per participant.
    let mut cost = Sheet::new(
        lang.t(i18n::agenda_sheet::COST),
        Some(book.priced_as.to_string()),
        COST_WIDTHS.to_vec(),
    );
    match book.cost {
        Some(e) => {
            let people = cost.body(vec![
                text(i18n::agenda_sheet::PARTICIPANTS),
                Cell::Quantity(e.shape.headcount.into()),
            ]);
            cost.body(vec![
                text(i18n::agenda_sheet::SOURCING),
                Cell::text(e.shape.sourcing.label(lang)),
            ]);
            cost.gap();
            cost.header(vec![
                text(i18n::agenda_sheet::COST_ITEM),
                text(i18n::agenda_sheet::EXPECTED_CNY),
            ]);
            let first = cost.next_row();
            let mut sum_of_lines = 0.0;
            for line in &e.lines {
                sum_of_lines += fen(line.expected);
                cost.body(vec![
                    Cell::text(line.category.label(lang)),
                    Cell::Money(fen(line.expected)),
                ]);
            }
            let total_value = fen(sum_of_lines);
            let total = cost.total(vec![
                text(i18n::common::TOTAL),
                Cell::formula(
                    sum(first, e.lines.len(), AMOUNT),
                    total_value,
                    NumberFormat::Money,
                ),
            ]);
            let amount = |row: usize| cell_name(row, AMOUNT);
            cost.body(vec![
                text(i18n::agenda_sheet::PER_PARTICIPANT),
                Cell::formula(
                    format!("=ROUND({}/{},2)", amount(total), amount(people)),
                    fen(total_value / f64::from(e.shape.headcount)),
                    NumberFormat::Money,
                ),
            ]);
        }
        None => {
            cost.body(vec![text(
                i18n::agenda_sheet::THIS_PLAN_CANNOT_BE_PRICED_AS,
            )]);
        }
    }
    Ok(Workbook {
        sheets: vec![sheet, cost],
    })
}
