//! A described workbook written as .xlsx and read back with calamine (a reader that shares no
//! code with the writer): every kind of cell, its number format, formulas kept as formulas with
//! their values, the title merged across the table, and the errors a bad description gets.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use sheet::{Cell, NumberFormat, RowStyle, Sheet, Workbook};
use xlsx_worker::{WriteError, write_message, write_xlsx};

/// A training budget as HR would lay it out: what, how many, unit price, amount, a total row
/// and VAT on it. The figures are worked out by hand below, not by the code under test.
fn budget() -> Workbook {
    let mut sheet = Sheet::new(
        "培训预算",
        Some("2027 年客诉处理培训预算".into()),
        vec![24.0, 8.0, 14.0, 16.0],
    );
    sheet.push(
        RowStyle::Header,
        vec![
            Cell::text("项目"),
            Cell::text("数量"),
            Cell::text("单价（元）"),
            Cell::text("金额（元）"),
        ],
    );
    // Rows 3 to 5 in Excel's numbering. 2 × 8,000 = 16,000; 30 × 45.50 = 1,365; 2 × 1,200 =
    // 2,400.
    for (item, count, price, amount) in [
        ("讲师费（天）", 2, 8000.0, 16000.0),
        ("教材资料（套）", 30, 45.5, 1365.0),
        ("场地（天）", 2, 1200.0, 2400.0),
    ] {
        let row = sheet.next_row() + 1;
        sheet.push(
            RowStyle::Body,
            vec![
                Cell::text(item),
                Cell::Quantity(count),
                Cell::Money(price),
                Cell::formula(format!("=B{row}*C{row}"), amount, NumberFormat::Money),
            ],
        );
    }
    // 2 + 30 + 2 = 34; 16,000 + 1,365 + 2,400 = 19,765.
    sheet.push(
        RowStyle::Total,
        vec![
            Cell::text("合计"),
            Cell::formula("=SUM(B3:B5)", 34.0, NumberFormat::Quantity),
            Cell::Empty,
            Cell::formula("=SUM(D3:D5)", 19765.0, NumberFormat::Money),
        ],
    );
    // 6% of 19,765 is 1,185.90, 1,186 in whole yuan.
    sheet.push(
        RowStyle::Body,
        vec![
            Cell::text("增值税"),
            Cell::Percent(0.06),
            Cell::Empty,
            Cell::formula("=ROUND(D6*B7,0)", 1186.0, NumberFormat::Money),
        ],
    );
    let mut notes = Sheet::new("说明", None, vec![40.0]);
    notes.push(
        RowStyle::Body,
        vec![Cell::text("每班人数上限"), Cell::Number(3.5)],
    );
    notes.push(
        RowStyle::Body,
        vec![Cell::text("加价"), Cell::Percent(0.125)],
    );
    Workbook {
        sheets: vec![sheet, notes],
    }
}

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    assert!(bytes.starts_with(b"PK"), "an xlsx file is a zip archive");
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens the file")
}

#[test]
fn cells_read_back_with_their_values_in_their_places() {
    let mut xlsx = open(write_xlsx(&budget()).unwrap());
    assert_eq!(xlsx.sheet_names(), ["培训预算", "说明"]);
    let range = xlsx.worksheet_range("培训预算").unwrap();
    // (row, column), zero-based, as in the file.
    let at = |row: u32, column: u32| range.get_value((row, column)).cloned();
    let text = |s: &str| Some(Data::String(s.to_string()));
    let number = |v: f64| Some(Data::Float(v));

    assert_eq!(at(0, 0), text("2027 年客诉处理培训预算"));
    assert_eq!(at(1, 0), text("项目"));
    assert_eq!(at(1, 3), text("金额（元）"));
    assert_eq!(at(3, 0), text("教材资料（套）"));
    assert_eq!(at(3, 1), number(30.0));
    assert_eq!(at(3, 2), number(45.5));
    // A formula's value is stored with it, for readers that do not recalculate.
    assert_eq!(at(2, 3), number(16000.0));
    assert_eq!(at(3, 3), number(1365.0));
    assert_eq!(at(5, 1), number(34.0));
    assert_eq!(at(5, 3), number(19765.0));
    assert_eq!(at(6, 1), number(0.06));
    assert_eq!(at(6, 3), number(1186.0));

    let notes = xlsx.worksheet_range("说明").unwrap();
    assert_eq!(
        notes.get_value((0, 0)),
        Some(&Data::String("每班人数上限".into()))
    );
    assert_eq!(notes.get_value((0, 1)), Some(&Data::Float(3.5)));
}

#[test]
fn formulas_are_stored_as_formulas() {
    let mut xlsx = open(write_xlsx(&budget()).unwrap());
    let formulas = xlsx.worksheet_formula("培训预算").unwrap();
    // calamine gives a formula without its leading `=`.
    let at = |row: u32, column: u32| formulas.get_value((row, column)).map(String::as_str);
    assert_eq!(at(2, 3), Some("B3*C3"));
    assert_eq!(at(4, 3), Some("B5*C5"));
    assert_eq!(at(5, 1), Some("SUM(B3:B5)"));
    assert_eq!(at(5, 3), Some("SUM(D3:D5)"));
    assert_eq!(at(6, 3), Some("ROUND(D6*B7,0)"));
    // A plain amount is a value, not a formula.
    assert_eq!(at(3, 2).filter(|f| !f.is_empty()), None);
}

#[test]
fn each_kind_of_number_has_its_format_and_headers_and_totals_are_bold() {
    let mut xlsx = open(write_xlsx(&budget()).unwrap());
    let styles = xlsx.worksheet_style("培训预算").unwrap();
    let format = |row: u32, column: u32| {
        let style = styles.get((row, column)).expect("a styled cell");
        let format = style.number_format.clone().unwrap_or_default();
        (format.format_code, format.format_id)
    };
    // Money: thousands separators and two decimals, no currency sign: Excel's built-in format 4,
    // which Excel and WPS show the same way in every locale.
    let money = ("#,##0.00".to_string(), Some(4));
    assert_eq!(format(3, 2), money, "a unit price");
    assert_eq!(format(3, 3), money, "a formula's amount");
    assert_eq!(format(5, 3), money, "the total");
    // Counts: whole numbers with thousands separators, built-in format 3.
    assert_eq!(format(3, 1), ("#,##0".to_string(), Some(3)));
    assert_eq!(
        format(5, 1),
        ("#,##0".to_string(), Some(3)),
        "a summed count"
    );
    // A whole percentage without decimals: built-in format 9.
    assert_eq!(format(6, 1), ("0%".to_string(), Some(9)));
    // Text is General.
    assert_eq!(format(3, 0).0, "General");

    let bold = |row: u32, column: u32| {
        styles
            .get((row, column))
            .and_then(|s| s.font.as_ref())
            .is_some_and(|f| f.is_bold())
    };
    assert!(bold(0, 0), "the title");
    assert!(bold(1, 0) && bold(1, 3), "the header row");
    assert!(bold(5, 0) && bold(5, 3), "the total row");
    assert!(!bold(3, 0) && !bold(3, 3), "a body row");

    let notes = xlsx.worksheet_style("说明").unwrap();
    let code = |row: u32| {
        notes
            .get((row, 1))
            .and_then(|s| s.number_format.clone())
            .unwrap_or_default()
            .format_code
    };
    assert_eq!(code(0), "General", "a plain number");
    assert_eq!(code(1), "0.0#%", "12.5% keeps its fraction of a percent");
}

#[test]
fn the_title_is_merged_across_the_table() {
    let mut xlsx = open(write_xlsx(&budget()).unwrap());
    let merged: Vec<_> = xlsx
        .merge_cells_by_sheet_name("培训预算")
        .unwrap()
        .into_iter()
        .map(|d| (d.start, d.end))
        .collect();
    // A1:D1, the four columns of the table.
    assert_eq!(merged, [((0, 0), (0, 3))]);
    assert!(xlsx.merge_cells_by_sheet_name("说明").unwrap().is_empty());
}

#[test]
fn the_message_the_page_sends_writes_the_same_workbook() {
    let book = budget();
    let mut xlsx = open(write_message(&book.to_message()).unwrap());
    let range = xlsx.worksheet_range("培训预算").unwrap();
    assert_eq!(range.get_value((5, 3)), Some(&Data::Float(19765.0)));
    assert_eq!(Workbook::from_message(&book.to_message()).unwrap(), book);
}

#[test]
fn a_description_it_cannot_write_is_an_error_naming_why() {
    let mut bad_name = budget();
    // Excel forbids `[` `]` `:` `*` `?` `/` `\` in a sheet's name.
    bad_name.sheets[0].name = "预算[2027]".into();
    assert!(matches!(
        write_xlsx(&bad_name),
        Err(WriteError::Xlsx { ref sheet, .. }) if sheet == "预算[2027]"
    ));

    let mut not_a_number = budget();
    not_a_number.sheets[1].rows[0].cells[1] = Cell::Number(f64::NAN);
    let error = write_xlsx(&not_a_number).unwrap_err();
    assert!(
        matches!(&error, WriteError::NotFinite { sheet, cell, .. } if sheet == "说明" && cell == "B1"),
        "{error}"
    );

    let garbage = write_message(&[0xff, 0xff, 0xff]).unwrap_err();
    assert!(matches!(garbage, WriteError::Message(_)), "{garbage}");
}

/// Printed from Excel, every sheet fits the width of an A4 page: paper size 9 (A4), fit to one
/// page wide and any number of pages tall, read from each sheet's own XML.
#[test]
fn every_sheet_prints_one_a4_page_wide() {
    use std::io::Read;
    let mut book = budget();
    book.sheets.push(Sheet::new("第二页", None, vec![10.0]));
    let bytes = write_xlsx(&book).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    for n in 1..=book.sheets.len() {
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{n}.xml"))
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let element = |name: &str| {
            doc.descendants()
                .find(|e| e.has_tag_name(name))
                .unwrap_or_else(|| panic!("sheet {n} has a {name}"))
        };
        assert_eq!(element("pageSetUpPr").attribute("fitToPage"), Some("1"));
        let setup = element("pageSetup");
        assert_eq!(setup.attribute("paperSize"), Some("9"), "sheet {n}: A4");
        // fitToWidth defaults to 1 when absent.
        assert_eq!(setup.attribute("fitToWidth").unwrap_or("1"), "1");
        assert_eq!(setup.attribute("fitToHeight"), Some("0"), "sheet {n}");
    }
}
