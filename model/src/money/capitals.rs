//! 大写金额: an amount written in Chinese capitals, the way a bill, a receipt or a quote's total
//! must carry it (人民币壹仟肆佰零玖元伍角整).
//!
//! The rules are the People's Bank of China's 《正确填写票据和结算凭证的基本规定》 (the annex to
//! 《支付结算办法》, 银发〔1997〕393号), cited below as "PBoC 一 … 四", and, for 整 after 角, the
//! Ministry of Finance's 《会计基础工作规范》 (财会字〔1996〕19号) 第五十二条, which governs the
//! vouchers a quote ends up filed with.
//!
//! Why not the `chinese-number` crate: its capitals are numerals, not bank amounts. It writes 10
//! as 拾 rather than 壹拾, drops the 零 in 10,005,000 (壹仟万伍仟), names 10¹² 兆 where money
//! says 万亿, and has no 元 before 角 or 零 before 分 (1,680.32 → 壹仟陆佰捌拾叁角贰分). Patching all
//! of that around it would be longer than the few lines below.

/// The capital digits (PBoC 一: 零壹贰叁肆伍陆柒捌玖; 一二三…十, 另 and 0 are not allowed).
const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/// The places inside a group of four digits, from the units up (PBoC 一: 拾佰仟).
const PLACES: [&str; 4] = ["", "拾", "佰", "仟"];
/// The large units: a group of four digits counts 万, a group of eight 亿 (Chinese counts in
/// 万, so 10¹² is 万亿 and 10¹⁶ is 亿亿).
const WAN: u64 = 10_000;
const YI: u64 = 100_000_000;

/// `fen` (hundredths of a yuan) as the capital amount of a bill:
/// `140_950` → `人民币壹仟肆佰零玖元伍角整`.
///
/// - 人民币 comes first, the figure right after it (PBoC 三).
/// - One 零 for each run of zeros between two digits that are written, so nothing can be
///   slipped into the gap (PBoC 四(一), (二)): 1,409.50 → 壹仟肆佰零玖元伍角整, 6,007.14 →
///   陆仟零柒元壹角肆分, 10,005,000 → 壹仟万零伍仟元整. Where PBoC 四(三) leaves the 零 optional
///   (a zero in the 万 or 元 place followed by a non-zero 千 or 角), it is written too, the form
///   that resists alteration: 1,680.32 → 壹仟陆佰捌拾元零叁角贰分. Where 角 is zero and 分 is not,
///   PBoC 四(四) requires it: 16,409.02 → 壹万陆仟肆佰零玖元零贰分.
/// - 整 after 元 when there are no 角 or 分 (PBoC 二), and after 角 when there is no 分: PBoC 二
///   leaves it optional there ("在角之后，可以不写整"), 会计基础工作规范 第五十二条(三) requires
///   it ("到元或者角为止的，在元或者角字之后应当写整"), so 伍角整 satisfies both. Never after 分.
/// - A 拾 always has its digit, 壹拾 included (10 → 壹拾元整, 100,000 → 壹拾万元整: the form of
///   PBoC 四(三)'s own example, 人民币壹拾万柒仟元…), so no digit can be written in front of it.
/// - Less than a yuan has no 元 and no leading 零: 0.07 → 人民币柒分. Nothing is 人民币零元整.
/// - A negative amount (a credit, a refund) is written 负 before the figure, 人民币负伍角整, the
///   way a red-letter (negative) invoice shows its total; the rules above apply to the rest.
pub fn amount_in_words(fen: i64) -> String {
    let mut out = String::from("人民币");
    if fen < 0 {
        out.push('负');
    }
    push_amount(fen.unsigned_abs(), &mut out);
    out
}

/// The figure after 人民币 (and 负): yuan, then 角 and 分.
fn push_amount(fen: u64, out: &mut String) {
    let yuan = fen / 100;
    let jiao = (fen / 10 % 10) as usize;
    let fen = (fen % 10) as usize;
    if yuan == 0 && jiao == 0 && fen == 0 {
        out.push_str("零元整");
        return;
    }
    if yuan > 0 {
        push_integer(yuan, out);
        out.push('元');
        // A run of zeros from the 元 place into 角 (PBoC 四(三), (四)).
        if (yuan.is_multiple_of(10) || jiao == 0) && (jiao != 0 || fen != 0) {
            out.push('零');
        }
    }
    if jiao != 0 {
        out.push(DIGITS[jiao]);
        out.push('角');
    }
    if fen != 0 {
        out.push(DIGITS[fen]);
        out.push('分');
    } else {
        out.push('整');
    }
}

/// A whole number above zero: the part above 亿 (or 万), its unit, then the rest. The rest gets
/// one 零 when a run of zeros joins the two: either the upper part ends in zero or the rest is
/// short of its full width (10,005,000 = 1000|5000 and 10,000,500 = 1000|0500 both take one).
fn push_integer(n: u64, out: &mut String) {
    let (unit, name) = if n >= YI {
        (YI, '亿')
    } else if n >= WAN {
        (WAN, '万')
    } else {
        push_group(n, out);
        return;
    };
    let (upper, rest) = (n / unit, n % unit);
    push_integer(upper, out);
    out.push(name);
    if rest > 0 {
        if upper.is_multiple_of(10) || rest < unit / 10 {
            out.push('零');
        }
        push_integer(rest, out);
    }
}

/// 1 to 9,999: each digit with its place; one 零 for a run of zeros between two digits, none at
/// the end (1,090 → 壹仟零玖拾, 1,900 → 壹仟玖佰).
fn push_group(n: u64, out: &mut String) {
    let mut started = false;
    let mut zeros = false;
    for place in (0..PLACES.len()).rev() {
        let digit = (n / 10u64.pow(place as u32) % 10) as usize;
        if digit == 0 {
            zeros |= started;
            continue;
        }
        if zeros {
            out.push('零');
            zeros = false;
        }
        out.push(DIGITS[digit]);
        out.push_str(PLACES[place]);
        started = true;
    }
}

#[cfg(test)]
mod tests {
    use super::amount_in_words;
    use proptest::prelude::*;

    /// Yuan and fen as a bill's figures show them (¥1,409.50 is `y(1_409, 50)`).
    fn y(yuan: i64, fen: i64) -> i64 {
        yuan * 100 + fen
    }

    fn check(cases: &[(i64, &str)]) {
        for &(fen, words) in cases {
            assert_eq!(amount_in_words(fen), words, "{fen} fen");
        }
    }

    #[test]
    fn a_zero_between_digits_is_written_once() {
        // PBoC 四(一): a 0 in the middle is written 零 (¥1,409.50 is the rule's own example).
        // PBoC 四(二): a run of 0s is written as a single 零 (¥6,007.14 is its example).
        check(&[
            (y(1_409, 50), "人民币壹仟肆佰零玖元伍角整"),
            (y(101, 50), "人民币壹佰零壹元伍角整"),
            (y(1_004, 56), "人民币壹仟零肆元伍角陆分"),
            (y(1_090, 0), "人民币壹仟零玖拾元整"),
            (y(6_007, 14), "人民币陆仟零柒元壹角肆分"),
            (y(100_001, 0), "人民币壹拾万零壹元整"),
            (y(1_000_010, 7), "人民币壹佰万零壹拾元零柒分"),
            (y(10_000_500, 0), "人民币壹仟万零伍佰元整"),
            (y(1_000_000_001, 0), "人民币壹拾亿零壹元整"),
        ]);
    }

    #[test]
    fn an_optional_zero_before_the_thousands_or_the_jiao_is_written() {
        // PBoC 四(三): a 0 in the 万 or 元 place before a non-zero 千 or 角 may take a 零; we
        // write it (¥1,680.32 is the rule's example, its first form). ¥107,000.53 has both.
        check(&[
            (y(1_680, 32), "人民币壹仟陆佰捌拾元零叁角贰分"),
            (y(107_000, 53), "人民币壹拾万零柒仟元零伍角叁分"),
            (y(10_005_000, 0), "人民币壹仟万零伍仟元整"),
            (y(20, 10), "人民币贰拾元零壹角整"),
        ]);
    }

    #[test]
    fn a_zero_jiao_before_fen_is_written_after_yuan() {
        // PBoC 四(四): 角 is 0 and 分 is not, so 零 follows 元 (both amounts are its examples).
        check(&[
            (y(16_409, 2), "人民币壹万陆仟肆佰零玖元零贰分"),
            (y(325, 4), "人民币叁佰贰拾伍元零肆分"),
            (y(10, 5), "人民币壹拾元零伍分"),
            (y(200_000_000, 1), "人民币贰亿元零壹分"),
        ]);
    }

    #[test]
    fn whole_yuan_and_whole_jiao_end_in_zheng_and_fen_never_does() {
        // PBoC 二 (整 after 元; none after 分) and 会计基础工作规范 第五十二条(三) (整 after 角).
        check(&[
            (y(532, 0), "人民币伍佰叁拾贰元整"),
            (y(1, 50), "人民币壹元伍角整"),
            (y(1, 55), "人民币壹元伍角伍分"),
            (y(19, 99), "人民币壹拾玖元玖角玖分"),
        ]);
    }

    #[test]
    fn less_than_a_yuan_has_no_yuan() {
        // Only 角 or only 分: the figure starts at its first digit (PBoC 三: nothing between
        // 人民币 and the figure), so no 零元 in front.
        check(&[
            (y(0, 50), "人民币伍角整"),
            (y(0, 7), "人民币柒分"),
            (y(0, 1), "人民币壹分"),
            (y(0, 57), "人民币伍角柒分"),
        ]);
    }

    #[test]
    fn ten_to_nineteen_start_with_yi_shi() {
        // 拾 always with its digit (PBoC 四(三)'s example writes 壹拾万).
        check(&[
            (y(10, 0), "人民币壹拾元整"),
            (y(15, 0), "人民币壹拾伍元整"),
            (y(110_000, 0), "人民币壹拾壹万元整"),
            (y(100_000, 0), "人民币壹拾万元整"),
            (y(1_100_000_000, 0), "人民币壹拾壹亿元整"),
        ]);
    }

    #[test]
    fn wan_and_yi_boundaries() {
        // Groups of four digits: 万, 亿, then 万亿 and 亿亿; a group of zeros names no unit.
        check(&[
            (y(9_999, 99), "人民币玖仟玖佰玖拾玖元玖角玖分"),
            (y(10_000, 0), "人民币壹万元整"),
            (y(99_999_999, 0), "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整"),
            (y(100_000_000, 0), "人民币壹亿元整"),
            (y(100_010_000, 0), "人民币壹亿零壹万元整"),
            (
                y(123_456_789, 12),
                "人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
            ),
            (y(1_000_000_000_000, 0), "人民币壹万亿元整"),
            (
                y(12_345_600_000_000, 0),
                "人民币壹拾贰万叁仟肆佰伍拾陆亿元整",
            ),
            (y(10_000_000_000_000_000, 0), "人民币壹亿亿元整"),
        ]);
    }

    #[test]
    fn zero_negative_and_the_ends_of_i64() {
        // Zero is 零元整; a credit is 负 before the figure (see `amount_in_words`).
        check(&[
            (0, "人民币零元整"),
            (-y(1_409, 50), "人民币负壹仟肆佰零玖元伍角整"),
            (-y(0, 7), "人民币负柒分"),
            // i64::MAX fen = ¥92,233,720,368,547,758.07: 9|2233|7203 亿亿… read group by group.
            (
                i64::MAX,
                "人民币玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分",
            ),
            (
                i64::MIN,
                "人民币负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分",
            ),
        ]);
    }

    /// A reader of capital amounts, for the round trip only: a digit waits for its place; a
    /// place or a large unit multiplies everything before it that is not larger than itself (so
    /// 壹亿零壹亿 is (10⁸ + 1) × 10⁸), and 元, 角 and 分 close the yuan and take their digit.
    fn read(words: &str) -> Option<i64> {
        let rest = words.strip_prefix("人民币")?;
        let (sign, rest) = match rest.strip_prefix('负') {
            Some(rest) => (-1, rest),
            None => (1, rest),
        };
        let mut parts: Vec<i128> = Vec::new();
        let mut digit: Option<i128> = None;
        let mut fen: i128 = 0;
        for ch in rest.chars() {
            if let Some(d) = super::DIGITS.iter().position(|&c| c == ch) {
                digit = (d > 0).then_some(d as i128);
                continue;
            }
            let unit: i128 = match ch {
                '拾' => 10,
                '佰' => 100,
                '仟' => 1_000,
                '万' => 10_000,
                '亿' => 100_000_000,
                '元' => {
                    fen = (parts.drain(..).sum::<i128>() + digit.take().unwrap_or(0)) * 100;
                    continue;
                }
                '角' => {
                    fen += digit.take()? * 10;
                    continue;
                }
                '分' => {
                    fen += digit.take()?;
                    continue;
                }
                '整' => continue,
                _ => return None,
            };
            let mut value = digit.take().unwrap_or(0);
            while parts.last().is_some_and(|&p| p <= unit) {
                value += parts.pop()?;
            }
            parts.push(value * unit);
        }
        i64::try_from(sign * fen).ok()
    }

    #[test]
    fn the_reader_reads_the_rules_examples() {
        assert_eq!(read("人民币壹仟肆佰零玖元伍角"), Some(140_950));
        assert_eq!(read("人民币壹拾万柒仟元零伍角叁分"), Some(10_700_053));
        assert_eq!(
            read("人民币壹亿零壹亿元整"),
            Some(1_000_000_010_000_000_000)
        );
    }

    /// Amounts up to 10¹² fen either way: half spread evenly, half made of digits that are
    /// mostly zeros, where the 零 rules have work to do.
    fn amounts() -> impl Strategy<Value = i64> {
        let zero_heavy =
            proptest::collection::vec(prop_oneof![3 => Just(0i64), 1 => 1i64..=9], 1..=12)
                .prop_map(|digits| digits.iter().fold(0, |n, d| n * 10 + d));
        prop_oneof![
            -1_000_000_000_000i64..=1_000_000_000_000,
            (zero_heavy, any::<bool>()).prop_map(|(n, negative)| if negative { -n } else { n }),
        ]
    }

    proptest! {
        /// Any amount up to 10¹² fen reads back as itself, and its words keep the rules' shape:
        /// no 零 twice in a row or before a unit, 整 exactly when there is no 分.
        #[test]
        fn words_read_back_as_the_amount(fen in amounts()) {
            let words = amount_in_words(fen);
            prop_assert_eq!(read(&words), Some(fen), "{}", words);
            prop_assert!(!words.contains("零零"), "{}", words);
            // PBoC 四(一)-(四), with the optional 零 always written: one 零 for each run of
            // zeros between two non-zero digits of the figure, from the highest place to 分.
            let figure = fen.unsigned_abs().to_string();
            let runs = figure
                .trim_matches('0')
                .split(|c| c != '0')
                .filter(|run| !run.is_empty())
                .count();
            let expected = if fen == 0 { 1 } else { runs };
            prop_assert_eq!(words.matches('零').count(), expected, "{}", words);
            for unit in ["零拾", "零佰", "零仟", "零万", "零亿", "零角", "零分", "零整"] {
                prop_assert!(!words.contains(unit), "{}", words);
            }
            prop_assert_eq!(words.ends_with('整'), fen % 10 == 0, "{}", words);
            prop_assert!(!words.contains("零元") || fen == 0, "{}", words);
        }
    }
}
