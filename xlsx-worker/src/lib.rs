//! Writes a described workbook ([`sheet::Workbook`]) as an Excel 2007+ `.xlsx` file with
//! rust_xlsxwriter. Kept out of the app's bundle: in the browser it runs as a web worker of its
//! own (`src/main.rs`, loaded on first use), since the writer and its zip compressor measured
//! about 260 KB gzip, two thirds of the whole app.

pub mod qr;

use rust_xlsxwriter::{Format, FormatBorder, Formula, Worksheet};
use sheet::{Cell, RowStyle, Sheet, Workbook};

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A number that is not finite: an xlsx cell cannot hold NaN or infinity.
    #[error("sheet {sheet:?}, cell {cell}: {value} is not a number a spreadsheet can hold")]
    NotFinite {
        sheet: String,
        cell: String,
        value: f64,
    },
    /// What rust_xlsxwriter refused (a bad sheet name, a row or column past Excel's limits).
    #[error("sheet {sheet:?}: {source}")]
    Xlsx {
        sheet: String,
        source: rust_xlsxwriter::XlsxError,
    },
    /// The sheets were written but the file could not be put together.
    #[error("the file could not be put together: {0}")]
    Save(rust_xlsxwriter::XlsxError),
    /// The description did not decode (a page and a worker from different builds).
    #[error("the workbook description could not be read: {0}")]
    Message(#[from] sheet::MessageError),
}

/// Number formats that are among Excel's built-in ones, by their index: written as the index,
/// as Excel itself does, so Excel and WPS show them as their own "number, with thousands
/// separator" and "percentage" in any locale (rust_xlsxwriter would store the code as a custom
/// format).
const BUILT_IN: [(&str, u8); 3] = [("#,##0", 3), ("#,##0.00", 4), ("0%", 9)];

/// The light grey of the header rows, as Excel's own "White, Background 1, Darker 15%".
const HEADER_FILL: u32 = 0xD9D9D9;
/// The title row's font size (the body is Excel's default, 11).
const TITLE_SIZE: f64 = 14.0;
/// Excel's code for A4 paper (its `paperSize` enumeration).
const A4: u8 = 9;

/// The `.xlsx` file's bytes.
pub fn write_xlsx(book: &Workbook) -> Result<Vec<u8>, WriteError> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for sheet in &book.sheets {
        let worksheet = workbook.add_worksheet();
        write_sheet(worksheet, sheet).map_err(|source| match source {
            SheetError::NotFinite { cell, value } => WriteError::NotFinite {
                sheet: sheet.name.clone(),
                cell,
                value,
            },
            SheetError::Xlsx(source) => WriteError::Xlsx {
                sheet: sheet.name.clone(),
                source,
            },
        })?;
    }
    workbook.save_to_buffer().map_err(WriteError::Save)
}

/// The `.xlsx` file for a message from [`Workbook::to_message`]: what the worker is sent.
pub fn write_message(message: &[u8]) -> Result<Vec<u8>, WriteError> {
    write_xlsx(&Workbook::from_message(message)?)
}

/// A failure within one sheet, before the sheet's name is added.
enum SheetError {
    NotFinite { cell: String, value: f64 },
    Xlsx(rust_xlsxwriter::XlsxError),
}

impl From<rust_xlsxwriter::XlsxError> for SheetError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        SheetError::Xlsx(e)
    }
}

fn write_sheet(worksheet: &mut Worksheet, sheet: &Sheet) -> Result<(), SheetError> {
    worksheet.set_name(&sheet.name)?;
    // Printed from Excel or WPS, a sheet fits A4's width, all its columns on one page and as
    // many pages down as it needs, the way the app's own documents print.
    worksheet.set_paper_size(A4).set_print_fit_to_pages(1, 0);
    for (column, width) in sheet.columns.iter().enumerate() {
        worksheet.set_column_width(column_number(column)?, *width)?;
    }
    if let Some(title) = &sheet.title {
        let format = Format::new().set_bold().set_font_size(TITLE_SIZE);
        match sheet.columns.len() {
            0 | 1 => worksheet.write_string_with_format(0, 0, title, &format)?,
            n => worksheet.merge_range(0, 0, 0, column_number(n - 1)?, title, &format)?,
        };
    }
    let first = u32::from(sheet.title.is_some());
    for (i, row) in sheet.rows.iter().enumerate() {
        let r = first
            + u32::try_from(i).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)?;
        for (column, cell) in row.cells.iter().enumerate() {
            let c = column_number(column)?;
            let format = cell_format(row.style, cell);
            let number = |value: f64| {
                if value.is_finite() {
                    Ok(value)
                } else {
                    Err(SheetError::NotFinite {
                        cell: sheet::cell_name(r as usize, column),
                        value,
                    })
                }
            };
            match cell {
                // Styled rows draw their rules and shading across empty cells too.
                Cell::Empty if row.style == RowStyle::Body => continue,
                Cell::Empty => worksheet.write_blank(r, c, &format)?,
                Cell::Text(text) => worksheet.write_string_with_format(r, c, text, &format)?,
                Cell::Number(v) | Cell::Money(v) | Cell::Percent(v) => {
                    worksheet.write_number_with_format(r, c, number(*v)?, &format)?
                }
                // Counts are far below 2^53, where f64 stops holding every integer.
                Cell::Quantity(n) => {
                    worksheet.write_number_with_format(r, c, *n as f64, &format)?
                }
                Cell::Formula(formula) => {
                    // Its value is stored as the result Excel would compute, for readers
                    // that show the file without recalculating it.
                    let value = number(formula.value)?;
                    let stored = Formula::new(&formula.text).set_result(value.to_string());
                    worksheet.write_formula_with_format(r, c, stored, &format)?
                }
            };
        }
    }
    Ok(())
}

/// The format of one cell: its row's emphasis and its own number format.
fn cell_format(style: RowStyle, cell: &Cell) -> Format {
    let format = match style {
        RowStyle::Body => Format::new(),
        RowStyle::Header => Format::new()
            .set_bold()
            .set_background_color(HEADER_FILL)
            .set_border_bottom(FormatBorder::Thin)
            .set_text_wrap(),
        RowStyle::Total => Format::new().set_bold().set_border_top(FormatBorder::Thin),
    };
    match cell.number_format() {
        None => format,
        Some(code) => match BUILT_IN.iter().find(|(built_in, _)| *built_in == code) {
            Some((_, index)) => format.set_num_format_index(*index),
            None => format.set_num_format(code),
        },
    }
}

/// A column index as Excel's (at most 16,384 columns).
fn column_number(column: usize) -> Result<u16, rust_xlsxwriter::XlsxError> {
    u16::try_from(column).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)
}
