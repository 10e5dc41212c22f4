//! Counting Monte Carlo samples into bins for the distribution chart.

/// One bar of a histogram: samples in `[low, high)` (the last bin also holds its upper edge).
#[derive(Debug, Clone, PartialEq)]
pub struct Bin {
    pub low: f64,
    pub high: f64,
    pub count: usize,
}

/// `bins` equal-width bins spanning the finite samples. Non-finite samples are skipped (the model
/// never makes them, but a chart must not crash on one). Empty input gives no bins; samples that
/// are all equal give one bin.
pub fn histogram(samples: &[f64], bins: usize) -> Vec<Bin> {
    let finite = || samples.iter().copied().filter(|v| v.is_finite());
    let (Some(min), Some(max)) = (finite().reduce(f64::min), finite().reduce(f64::max)) else {
        return Vec::new();
    };
    if bins == 0 {
        return Vec::new();
    }
    if max == min {
        return vec![Bin {
            low: min,
            high: max,
            count: finite().count(),
        }];
    }
    let width = (max - min) / bins as f64;
    let mut out: Vec<Bin> = (0..bins)
        .map(|i| Bin {
            low: min + width * i as f64,
            high: min + width * (i + 1) as f64,
            count: 0,
        })
        .collect();
    for v in finite() {
        let i = (((v - min) / width) as usize).min(bins - 1);
        out[i].count += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_each_sample_once_in_the_right_bin() {
        let bins = histogram(&[0.0, 1.0, 2.0, 3.0, 4.0], 2);
        assert_eq!(bins.len(), 2);
        assert_eq!(
            bins[0],
            Bin {
                low: 0.0,
                high: 2.0,
                count: 2
            }
        );
        assert_eq!(
            bins[1],
            Bin {
                low: 2.0,
                high: 4.0,
                count: 3
            },
            "the top edge belongs to the last bin"
        );
    }

    #[test]
    fn degenerate_inputs_give_sensible_bins() {
        assert!(histogram(&[], 10).is_empty());
        assert!(histogram(&[f64::NAN], 10).is_empty());
        assert_eq!(
            histogram(&[5.0, 5.0], 10),
            vec![Bin {
                low: 5.0,
                high: 5.0,
                count: 2
            }]
        );
        assert_eq!(
            histogram(&[1.0, f64::INFINITY, 3.0], 2)
                .iter()
                .map(|b| b.count)
                .sum::<usize>(),
            2
        );
    }

    proptest! {
        #[test]
        fn no_sample_is_lost_or_counted_twice(samples in prop::collection::vec(-1e7f64..1e7, 1..500), bins in 1usize..60) {
            let out = histogram(&samples, bins);
            prop_assert_eq!(out.iter().map(|b| b.count).sum::<usize>(), samples.len());
            for pair in out.windows(2) {
                prop_assert!(pair[0].high <= pair[1].low + 1e-6);
            }
        }
    }
}
