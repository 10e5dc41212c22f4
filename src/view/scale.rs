//! Axis ranges that end on round numbers, so a chart's top label reads ¥12,000, not ¥11,437.

/// The smallest "nice" number (1, 2 or 5 × a power of ten) at or above `value`; 1 for values
/// that are zero, negative or not finite.
pub fn nice_ceiling(value: f64) -> f64 {
    if !value.is_finite() || value <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude)
}

/// A short money label for an axis: ¥800, ¥12k / ¥1.2万 by language.
pub fn short_cny(value: f64, lang: model::Lang) -> String {
    use model::Lang;
    let abs = value.abs();
    match lang {
        Lang::Zh if abs >= 10_000.0 => format!("¥{}万", trim(value / 10_000.0)),
        Lang::En if abs >= 1_000_000.0 => format!("¥{}M", trim(value / 1_000_000.0)),
        Lang::En if abs >= 1_000.0 => format!("¥{}k", trim(value / 1_000.0)),
        // Below the short forms a yuan figure is whole, with separators: ¥1,794.
        _ => model::money::cny(value),
    }
}

/// At most one decimal, none when it would be `.0`.
fn trim(v: f64) -> String {
    model::number::plain(v, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Lang;

    #[test]
    fn ceilings_are_round_and_never_below_the_value() {
        assert_eq!(nice_ceiling(11_437.0), 20_000.0);
        assert_eq!(nice_ceiling(2_300.0), 2_500.0);
        assert_eq!(nice_ceiling(1_000.0), 1_000.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
        for v in [0.3, 7.0, 99.0, 101.0, 123_456.0] {
            let c = nice_ceiling(v);
            assert!(c >= v && c <= v * 2.5, "{v} → {c}");
        }
    }

    #[test]
    fn axis_money_is_short_in_each_language() {
        assert_eq!(short_cny(800.0, Lang::Zh), "¥800");
        assert_eq!(short_cny(1_794.1, Lang::Zh), "¥1,794");
        assert_eq!(short_cny(999.6, Lang::En), "¥1,000");
        assert_eq!(short_cny(15_000.0, Lang::Zh), "¥1.5万");
        assert_eq!(short_cny(15_000.0, Lang::En), "¥15k");
        assert_eq!(short_cny(2_000_000.0, Lang::En), "¥2M");
    }
}
