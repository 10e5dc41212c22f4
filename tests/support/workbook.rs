//! Reading back a workbook the documents worker writes: each sheet's values, formulas and number
//! formats (calamine), for the export tests. Each test uses the parts it needs.
#![allow(dead_code)]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

pub type Book = Xlsx<Cursor<Vec<u8>>>;

/// The workbook the worker writes from `message` (a `Workbook::to_message`), opened.
pub fn written(message: &[u8]) -> Book {
    let bytes = xlsx_worker::write_message(message).expect("the workbook is written");
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens it")
}

/// A sheet's values, formulas and number formats, by zero-based row and column.
pub struct Read {
    pub values: calamine::Range<Data>,
    formulas: calamine::Range<String>,
    styles: calamine::StyleRange,
}

impl Read {
    pub fn of(xlsx: &mut Book, name: &str) -> Read {
        Read {
            values: xlsx.worksheet_range(name).unwrap(),
            formulas: xlsx.worksheet_formula(name).unwrap(),
            styles: xlsx.worksheet_style(name).unwrap(),
        }
    }

    pub fn value(&self, row: u32, column: u32) -> Data {
        self.values
            .get_value((row, column))
            .cloned()
            .unwrap_or(Data::Empty)
    }

    pub fn number(&self, row: u32, column: u32) -> f64 {
        super::formula::number_at(&self.values, row, column)
    }

    pub fn text(&self, row: u32, column: u32) -> String {
        match self.value(row, column) {
            Data::String(s) => s,
            other => panic!("({row}, {column}) is not text: {other:?}"),
        }
    }

    pub fn format(&self, row: u32, column: u32) -> Option<String> {
        self.styles
            .get((row, column))
            .and_then(|s| s.number_format.clone())
            .map(|f| f.format_code)
    }

    pub fn formula(&self, row: u32, column: u32) -> String {
        self.formulas
            .get_value((row, column))
            .filter(|f| !f.is_empty())
            .cloned()
            .unwrap_or_else(|| panic!("({row}, {column}) is a formula"))
    }

    /// The formula at `(row, column)` computed from the cells as written, with `edit` in place
    /// of one cell's value.
    pub fn computed(&self, row: u32, column: u32, edit: Option<((u32, u32), f64)>) -> f64 {
        let f = self.formula(row, column);
        let cell = |r: u32, c: u32| match edit {
            Some((at, v)) if at == (r, c) => v,
            _ => self.number(r, c),
        };
        super::formula::evaluate(&f, &cell)
    }

    /// The row whose first cell is `label`.
    pub fn row_of(&self, label: &str) -> u32 {
        self.values
            .rows()
            .position(|row| row.first() == Some(&Data::String(label.into())))
            .unwrap_or_else(|| panic!("no row {label:?}")) as u32
            + self.values.start().unwrap().0
    }

    pub fn row_texts(&self, row: u32) -> Vec<String> {
        let width = self.values.end().unwrap().1 + 1;
        (0..width)
            .map(|c| match self.value(row, c) {
                Data::String(s) => s,
                Data::Empty => String::new(),
                other => format!("{other:?}"),
            })
            .collect()
    }
}

impl Read {
    /// The row whose cell in `column` is `label` (the first such).
    pub fn row_with(&self, column: u32, label: &str) -> u32 {
        let start = self.values.start().unwrap();
        self.values
            .rows()
            .position(|row| {
                row.get((column - start.1) as usize) == Some(&Data::String(label.into()))
            })
            .unwrap_or_else(|| panic!("no row with {label:?} in column {column}")) as u32
            + start.0
    }
}
