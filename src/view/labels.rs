//! Where labels go above a chart so that none covers another: on a phone the P10, P50 and P90
//! marks of a narrow distribution are a few pixels apart, and their labels, side by side on one
//! line, would print over each other. Pure geometry, tested natively.

/// A label to place: the x of the point it names (its centre if nothing is in the way) and its
/// width, both in the same units (device pixels in the charts).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    pub x: f64,
    pub width: f64,
}

/// Where a label is drawn: the x of its centre and its row, 0 the row nearest the plot, 1 the
/// row above it, and so on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub x: f64,
    pub row: usize,
}

/// The width of `text` at `font_px`, a little more than it takes (a CJK character or ¥ is about
/// 1 em; Latin letters and digits at most about 0.6 em), so labels placed with it never touch.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum::<f64>()
        * font_px
}

/// Places each label, in the order given: its centre kept where it is, or moved just enough to
/// keep the whole label between `left` and `right` (when it fits there at all); then on the
/// lowest row where it stays at least `gap` clear of every label already on that row, taking
/// the labels from left to right. Labels that do not come near each other all share row 0.
pub fn place_labels(labels: &[Label], left: f64, right: f64, gap: f64) -> Vec<Placed> {
    let centre = |l: &Label| {
        let half = l.width / 2.0;
        if right - left <= l.width {
            (left + right) / 2.0
        } else {
            l.x.clamp(left + half, right - half)
        }
    };
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by(|&a, &b| labels[a].x.total_cmp(&labels[b].x));
    // Per row, the right edge of the last label put on it (labels come left to right).
    let mut row_ends: Vec<f64> = Vec::new();
    let mut placed = vec![Placed { x: 0.0, row: 0 }; labels.len()];
    for i in order {
        let x = centre(&labels[i]);
        let start = x - labels[i].width / 2.0;
        let row = match row_ends.iter().position(|&end| end + gap <= start) {
            Some(row) => row,
            None => {
                row_ends.push(f64::NEG_INFINITY);
                row_ends.len() - 1
            }
        };
        row_ends[row] = x + labels[i].width / 2.0;
        placed[i] = Placed { x, row };
    }
    placed
}

/// How many rows the placed labels take (0 for none).
pub fn rows(placed: &[Placed]) -> usize {
    placed.iter().map(|p| p.row + 1).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(x: f64, width: f64) -> Label {
        Label { x, width }
    }

    #[test]
    fn labels_far_apart_share_one_row_where_they_are() {
        let placed = place_labels(
            &[label(50.0, 60.0), label(150.0, 60.0), label(250.0, 60.0)],
            0.0,
            300.0,
            4.0,
        );
        assert_eq!(placed.iter().map(|p| p.row).collect::<Vec<_>>(), [0, 0, 0]);
        assert_eq!(
            placed.iter().map(|p| p.x).collect::<Vec<_>>(),
            [50.0, 150.0, 250.0]
        );
        assert_eq!(rows(&placed), 1);
    }

    #[test]
    fn two_labels_closer_than_their_widths_go_on_separate_rows() {
        // P10 and P50 ten pixels apart, each label 70 wide: side by side they would overlap.
        let placed = place_labels(&[label(100.0, 70.0), label(110.0, 70.0)], 0.0, 375.0, 4.0);
        assert_ne!(placed[0].row, placed[1].row);
        assert_eq!(rows(&placed), 2);
        // Just clear of each other (with the gap), they stay on one row.
        let placed = place_labels(&[label(100.0, 70.0), label(174.0, 70.0)], 0.0, 375.0, 4.0);
        assert_eq!((placed[0].row, placed[1].row), (0, 0));
    }

    #[test]
    fn three_close_labels_take_three_rows_and_a_far_one_reuses_the_first() {
        let placed = place_labels(
            &[
                label(120.0, 80.0),
                label(100.0, 80.0),
                label(110.0, 80.0),
                label(300.0, 80.0),
            ],
            0.0,
            400.0,
            4.0,
        );
        // Left to right: 100 on row 0, 110 on row 1, 120 on row 2, 300 back on row 0.
        assert_eq!(
            placed.iter().map(|p| p.row).collect::<Vec<_>>(),
            [2, 0, 1, 0]
        );
        assert_eq!(rows(&placed), 3);
    }

    #[test]
    fn no_two_labels_on_a_row_overlap() {
        // Many spacings and widths: whatever the rows, labels sharing one never overlap.
        for spacing in [0.0, 3.0, 17.0, 40.0, 66.0, 90.0] {
            for width in [30.0, 64.0, 100.0] {
                let labels: Vec<Label> = (0..3)
                    .map(|i| label(150.0 + spacing * f64::from(i), width))
                    .collect();
                let placed = place_labels(&labels, 0.0, 375.0, 4.0);
                for a in 0..3 {
                    for b in a + 1..3 {
                        if placed[a].row == placed[b].row {
                            let apart = (placed[a].x - placed[b].x).abs();
                            assert!(apart >= width + 4.0, "{spacing} {width}: {placed:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_label_at_an_edge_is_moved_inside() {
        let placed = place_labels(&[label(5.0, 60.0), label(370.0, 60.0)], 0.0, 375.0, 4.0);
        assert_eq!(placed[0].x, 30.0);
        assert_eq!(placed[1].x, 345.0);
        // Wider than the room: centred in it.
        assert_eq!(
            place_labels(&[label(5.0, 400.0)], 0.0, 375.0, 4.0)[0].x,
            187.5
        );
    }

    #[test]
    fn widths_allow_for_wide_characters() {
        assert!((text_width("P50", 10.0) - 18.0).abs() < 1e-9);
        // Seven ASCII characters at 0.6 em, ¥ and 万 at 1 em each.
        assert!((text_width("P50 ¥1.2万", 10.0) - 62.0).abs() < 1e-9);
    }
}
