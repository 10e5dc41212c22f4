//! A link as a QR code, to show or print so a phone opens the same estimate or plan. It runs in
//! the documents worker, beside the spreadsheet writer, so that the encoder (11.3 KB gzip) is
//! fetched only when a code is first asked for; the page says in its own words what went wrong.
//!
//! `qrcodegen` (Nayuki's reference-quality encoder, no dependencies) encodes: it picks the
//! smallest version that holds the text, and raises the error correction above the level asked
//! for when that fits in the same version. The SVG is drawn here, a few lines: one path of dark
//! modules on a light square, with the 4-module quiet zone ISO/IEC 18004 asks for around the
//! symbol. (The `qrcode` crate, which draws SVG itself, measured 3.4 KB gzip more in the app's
//! wasm: 14.5 KB against 11.3 KB.)

use std::fmt;
use std::fmt::Write as _;

use qrcodegen::{DataTooLong, QrCode, QrCodeEcc};

/// Error correction level M at least (about 15 % of the symbol can be lost and still read). A
/// code on an office print-out is not scuffed like a label on a parcel, so asking for Q or H
/// (25 %, 30 %) would buy little and cost a denser symbol for the same link: at one printed
/// size, smaller modules, which phone cameras read less reliably. L (7 %) leaves too little for
/// a fold or a smudge. The encoder raises it for free when the text leaves room.
const ERROR_CORRECTION: QrCodeEcc = QrCodeEcc::Medium;

/// The light margin around the symbol, in modules: ISO/IEC 18004 asks for 4.
const QUIET_ZONE: i32 = 4;

/// Why no QR code can be made of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// More than the largest QR code (version 40) holds at level M: 2,331 bytes of arbitrary
    /// text (ISO/IEC 18004:2015, table 7); text of only digits or capital letters can be
    /// longer.
    TooLong { bytes: usize },
}

impl fmt::Display for QrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QrError::TooLong { bytes } => {
                write!(f, "the text is too long for a QR code ({bytes} bytes)")
            }
        }
    }
}

impl std::error::Error for QrError {}

/// `text` as a QR code in SVG: a square whose `viewBox` counts modules (quiet zone included),
/// so it scales to any size with CSS and prints sharp (`shape-rendering="crispEdges"`). No XML
/// declaration, so it can go straight into a page as well as into a `.svg` file.
pub fn qr_svg(text: &str) -> Result<String, QrError> {
    let code = QrCode::encode_text(text, ERROR_CORRECTION).map_err(|e| match e {
        DataTooLong::SegmentTooLong | DataTooLong::DataOverCapacity(..) => {
            QrError::TooLong { bytes: text.len() }
        }
    })?;
    let size = code.size();
    let side = size + 2 * QUIET_ZONE;
    let mut svg = format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {side} {side}""#,
            r##" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/>"##,
            r##"<path fill="#000" d=""##
        ),
        side = side
    );
    // Each run of dark modules in a row is one rectangle, `M{x} {y}h{run}v1h-{run}z`.
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let run = (x..size).take_while(|&i| code.get_module(i, y)).count() as i32;
            // Writing into a String does not fail.
            let _ = write!(
                svg,
                "M{} {}h{run}v1h-{run}z",
                x + QUIET_ZONE,
                y + QUIET_ZONE
            );
            x += run;
        }
    }
    svg.push_str(r#""/></svg>"#);
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module grid ISO/IEC 18004 gives a version: 17 + 4 × version modules a side, plus a
    /// 4-module quiet zone on each side.
    fn side_with_quiet_zone(version: usize) -> usize {
        17 + 4 * version + 2 * 4
    }

    /// The SVG's size in modules, from its `viewBox`.
    fn view_box_side(svg: &str) -> usize {
        let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
        let view_box = doc.root_element().attribute("viewBox").unwrap();
        let numbers: Vec<usize> = view_box.split(' ').map(|n| n.parse().unwrap()).collect();
        assert_eq!(numbers[..2], [0, 0]);
        assert_eq!(numbers[2], numbers[3], "a square");
        numbers[2]
    }

    /// Raster the SVG the way a screen would (each module `scale` pixels), then let rqrr find
    /// and read the code, as a phone camera would.
    fn decode(svg: &str, scale: usize) -> (rqrr::MetaData, String) {
        let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
        let side = view_box_side(svg);
        let path = doc
            .descendants()
            .find(|n| n.has_tag_name("path"))
            .expect("a path of dark modules");
        assert_eq!(path.attribute("fill"), Some("#000"));
        let px = side * scale;
        let mut dark = vec![false; px * px];
        // Each rectangle is `M{x} {y}h{w}v1h-{w}z`: a run of dark modules in one row.
        for run in path.attribute("d").unwrap().split('M').skip(1) {
            let numbers: Vec<usize> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (x, y, w) = (numbers[0], numbers[1], numbers[2]);
            assert_eq!(numbers[2..], [w, 1, w], "{run}");
            for row in y * scale..(y + 1) * scale {
                for col in x * scale..(x + w) * scale {
                    dark[row * px + col] = true;
                }
            }
        }
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if dark[y * px + x] { 0 } else { 255 }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        grids[0].decode().expect("the code reads")
    }

    #[test]
    fn a_share_link_reads_back_from_the_svg() {
        for text in [
            "http://127.0.0.1:8080/plan?modules=1-3,5&depth=sdd&phases=2&lang=zh",
            "https://example.cn/quote?client=%E8%B4%B5%E9%98%B3%E5%88%86%E8%A1%8C&people=30&city=guiyang&mode=onsite&trainer=senior",
            "贵阳分行 客诉处理培训：三期，每期两天",
        ] {
            let svg = qr_svg(text).unwrap();
            assert!(svg.starts_with("<svg"), "{svg}");
            let (meta, content) = decode(&svg, 4);
            assert_eq!(content, text);
            // Format information (ISO/IEC 18004, table 12): M is 00, Q 11, H 10; L (01) is
            // never used.
            assert_ne!(meta.ecc_level, 1, "level L");
            assert_eq!(view_box_side(&svg), side_with_quiet_zone(meta.version.0));
        }
    }

    #[test]
    fn the_version_is_the_smallest_that_holds_the_text() {
        // ISO/IEC 18004:2015 table 7, level M, byte mode (lower-case letters are not in the
        // denser modes): version 1 holds 14 bytes, 2 holds 26, 10 holds 213, 40 holds 2,331.
        for (bytes, version) in [
            (14, 1),
            (15, 2),
            (26, 2),
            (27, 3),
            (213, 10),
            (214, 11),
            (2_331, 40),
        ] {
            let svg = qr_svg(&"a".repeat(bytes)).unwrap();
            assert_eq!(
                view_box_side(&svg),
                side_with_quiet_zone(version),
                "{bytes} bytes"
            );
        }
    }

    #[test]
    fn a_long_link_still_reads_back() {
        let text = format!("https://example.cn/plan?notes={}", "abc123".repeat(150));
        let (_, content) = decode(&qr_svg(&text).unwrap(), 3);
        assert_eq!(content, text);
    }

    #[test]
    fn text_beyond_the_largest_code_is_refused_with_its_length() {
        let err = qr_svg(&"a".repeat(2_332)).unwrap_err();
        assert_eq!(err, QrError::TooLong { bytes: 2_332 });
        // …and a text of digits that long is not: numeric mode packs three digits in 10 bits.
        assert!(qr_svg(&"7".repeat(2_332)).is_ok());
        assert!(err.to_string().contains("2332 bytes"), "{err}");
        assert!(err.to_string().contains("2332 bytes"));
    }
}
