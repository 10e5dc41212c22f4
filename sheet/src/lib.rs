//! A spreadsheet described as plain data: sheets of rows of typed cells, and formulas with the
//! value they compute. The app builds one from a quote, a budget or an agenda; the xlsx worker
//! (`xlsx-worker/`) writes it as an Excel file. Its own crate, without a writer, so the app can
//! describe a workbook without linking the xlsx writer into its bundle, and the worker can read
//! the description without linking the app.
//!
//! It crosses from the page to the worker in postcard's binary form (serde), so both sides
//! must come from the same build: the service worker keeps one release's files together.

use serde::{Deserialize, Serialize};

/// The whole file: its sheets, in tab order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    /// The message the page sends the worker.
    pub fn to_message(&self) -> Vec<u8> {
        // Serialising plain data into memory does not fail.
        postcard::to_allocvec(self).expect("a workbook serialises")
    }

    /// The workbook in a message from [`Workbook::to_message`]; an error if the bytes are not
    /// one (a page and a worker from different builds).
    pub fn from_message(bytes: &[u8]) -> Result<Workbook, MessageError> {
        postcard::from_bytes(bytes).map_err(MessageError)
    }
}

/// Bytes that are not a workbook description.
#[derive(Debug)]
pub struct MessageError(postcard::Error);

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for MessageError {}

/// One sheet: an optional title row, then the rows of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    /// The tab's name: Excel allows at most 31 characters and none of `[ ] : * ? / \`; the
    /// writer refuses any other.
    pub name: String,
    /// A title in the first row, in bold and merged across all the columns; `None` starts the
    /// table in the first row.
    pub title: Option<String>,
    /// Each column's width, in Excel's unit (the width of one digit in the default font); a
    /// Chinese character takes about two.
    pub columns: Vec<f64>,
    pub rows: Vec<Row>,
}

/// One row of a table and how it stands out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub style: RowStyle,
    pub cells: Vec<Cell>,
}

/// How a row looks: the writer turns each into bold, borders and fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowStyle {
    /// An ordinary row.
    Body,
    /// Column headings: bold, shaded, a rule below.
    Header,
    /// A sum or total: bold, a rule above.
    Total,
}

/// What a cell holds; each kind of number has its own display format ([`Cell::number_format`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Empty,
    Text(String),
    /// A plain number, shown as Excel's General format shows it.
    Number(f64),
    /// An amount in yuan (CNY), shown with thousands separators and two decimals.
    Money(f64),
    /// A count of something (people, days, classes), shown as a whole number.
    Quantity(i64),
    /// A rate as a fraction: 0.06 is shown as 6%.
    Percent(f64),
    Formula(Formula),
}

/// A formula, and the value it computes, so a reader that does not recalculate (a preview, a
/// phone's viewer, a program reading the file) still shows the right figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Formula {
    /// As typed in Excel, with the leading `=`: `=SUM(C8:C12)`. Function names in English, as
    /// the file format stores them whatever the language Excel or WPS shows.
    pub text: String,
    pub value: f64,
    /// How the value is shown.
    pub format: NumberFormat,
}

/// How the value of a formula is shown: the same formats as the cells of those kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NumberFormat {
    General,
    Money,
    Quantity,
}

/// Money: thousands separators and two decimals, no currency sign. Chinese finance and HR
/// sheets name the unit in the heading (`金额（元）`, `单位：元`) rather than in every cell; the
/// figures then stay plain numbers when pasted into other sheets or a finance system; and a
/// `¥` in the format is drawn half-width in some fonts and full-width (`￥`) in others, and as
/// a yen sign in a Japanese locale. It is also Excel's built-in format 4, which Excel and WPS
/// show the same way in every locale.
pub const MONEY_FORMAT: &str = "#,##0.00";
/// A count: whole, with thousands separators (Excel's built-in format 3).
pub const QUANTITY_FORMAT: &str = "#,##0";
/// A rate that is a whole percentage (6%, 20%): Excel's built-in format 9.
pub const WHOLE_PERCENT_FORMAT: &str = "0%";
/// A rate with a fraction of a percent (12.5%, 6.25%): as many decimals as it has, up to two.
pub const PART_PERCENT_FORMAT: &str = "0.0#%";

impl NumberFormat {
    /// The Excel number format code; `None` for General.
    pub fn code(self) -> Option<&'static str> {
        match self {
            NumberFormat::General => None,
            NumberFormat::Money => Some(MONEY_FORMAT),
            NumberFormat::Quantity => Some(QUANTITY_FORMAT),
        }
    }
}

impl Cell {
    /// The Excel number format code the cell is shown with; `None` for General (and for text).
    pub fn number_format(&self) -> Option<&'static str> {
        match self {
            Cell::Empty | Cell::Text(_) | Cell::Number(_) => None,
            Cell::Money(_) => NumberFormat::Money.code(),
            Cell::Quantity(_) => NumberFormat::Quantity.code(),
            Cell::Percent(fraction) => {
                // Whole percentages without decimals, so 6% is not shown as 6.0%. Rounded to
                // tell 0.07 (7.000000000000001 per cent in binary) from a real fraction.
                let hundredths = (fraction * 10_000.0).round();
                Some(if hundredths % 100.0 == 0.0 {
                    WHOLE_PERCENT_FORMAT
                } else {
                    PART_PERCENT_FORMAT
                })
            }
            Cell::Formula(formula) => formula.format.code(),
        }
    }

    /// Text in a cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// A formula showing `value` as `format`.
    pub fn formula(text: impl Into<String>, value: f64, format: NumberFormat) -> Cell {
        Cell::Formula(Formula {
            text: text.into(),
            value,
            format,
        })
    }
}

impl Sheet {
    /// An empty sheet with these column widths and an optional title.
    pub fn new(name: impl Into<String>, title: Option<String>, columns: Vec<f64>) -> Sheet {
        Sheet {
            name: name.into(),
            title,
            columns,
            rows: Vec::new(),
        }
    }

    /// The zero-based row number (as in [`cell_name`]) the next row pushed will have.
    pub fn next_row(&self) -> usize {
        usize::from(self.title.is_some()) + self.rows.len()
    }

    /// Add a row; returns its zero-based row number, for formulas that refer to it.
    pub fn push(&mut self, style: RowStyle, cells: Vec<Cell>) -> usize {
        let row = self.next_row();
        self.rows.push(Row { style, cells });
        row
    }

    /// Add a body row; returns its row number.
    pub fn body(&mut self, cells: Vec<Cell>) -> usize {
        self.push(RowStyle::Body, cells)
    }

    /// Add a table's header row; returns its row number.
    pub fn header(&mut self, cells: Vec<Cell>) -> usize {
        self.push(RowStyle::Header, cells)
    }

    /// Add a total row; returns its row number.
    pub fn total(&mut self, cells: Vec<Cell>) -> usize {
        self.push(RowStyle::Total, cells)
    }

    /// An empty row between two parts of the sheet.
    pub fn gap(&mut self) {
        self.push(RowStyle::Body, Vec::new());
    }
}

/// The A1-style name of a column: 0 is `A`, 25 `Z`, 26 `AA`.
pub fn column_name(column: usize) -> String {
    // Bijective base 26: there is no zero digit.
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let digit = (n - 1) % 26;
        letters.push(b'A' + digit as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// The A1-style name of a cell from zero-based row and column: `(0, 0)` is `A1`, `(6, 2)` `C7`.
pub fn cell_name(row: usize, column: usize) -> String {
    format!("{}{}", column_name(column), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_excel_names_them() {
        // Excel's own sequence: A..Z, then AA..AZ, BA..; ZZ is followed by AAA; XFD is its
        // last column, the 16,384th.
        for (column, name) in [
            (0, "A"),
            (1, "B"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (51, "AZ"),
            (52, "BA"),
            (701, "ZZ"),
            (702, "AAA"),
            (16_383, "XFD"),
        ] {
            assert_eq!(column_name(column), name, "column {column}");
        }
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 2), "C7");
    }

    #[test]
    fn rows_are_numbered_after_the_title() {
        let mut bare = Sheet::new("a", None, vec![10.0]);
        assert_eq!(bare.push(RowStyle::Header, vec![Cell::text("x")]), 0);
        assert_eq!(bare.next_row(), 1);
        let mut titled = Sheet::new("b", Some("标题".into()), vec![10.0]);
        assert_eq!(titled.push(RowStyle::Header, vec![Cell::text("x")]), 1);
        assert_eq!(titled.push(RowStyle::Body, vec![Cell::Quantity(3)]), 2);
    }

    #[test]
    fn whole_percentages_have_no_decimals_and_others_keep_theirs() {
        for (fraction, format) in [
            (0.06, "0%"),
            (0.07, "0%"),
            (0.2, "0%"),
            (1.0, "0%"),
            (0.0, "0%"),
            (0.125, "0.0#%"),
            (0.0625, "0.0#%"),
        ] {
            assert_eq!(
                Cell::Percent(fraction).number_format(),
                Some(format),
                "{fraction}"
            );
        }
    }
}
