//! A quote read back (from a file, from storage) is checked as if it had been made here, and
//! numbers found in damaged saved text are never given again.
#![cfg(not(target_arch = "wasm32"))]

use model::calendar::Day;
use model::cost::Scenario;
use model::money::Fen;
use model::quote::{
    Amount, BookProblem, Quote, QuoteBook, QuoteNumber, QuoteProblem, QuoteRequest, RateCard,
    numbers_in,
};
use model::{Catalog, Lang};
use proptest::prelude::*;

fn catalog() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| Catalog::from_toml_sources().unwrap())
}

/// A quote issued by the book, as the app makes one.
fn issued() -> Quote {
    let c = catalog();
    // In a rented room, so the quote has three lines (trainer, venue, materials) to edit.
    let request = QuoteRequest {
        client: "贵阳市政务服务中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario {
            venue: model::vocab::Venue::Rented,
            ..Scenario::default_for(c)
        },
        plan: None,
        contact: Default::default(),
        remarks: String::new(),
    };
    let draft = Quote::draft(c, &RateCard::from_market(c), &request).unwrap();
    let mut book = QuoteBook::default();
    book.issue(draft, "HX").unwrap().clone()
}

#[test]
fn a_quote_issued_here_has_no_problem() {
    let q = issued();
    assert_eq!(q.problems(), []);
    assert!(q.lines.len() >= 3, "the tests below change lines 0 to 2");
}

/// Case 8 of issue 16: one line edited to −99,999,999.
#[test]
fn a_line_edited_to_a_negative_amount_is_named_and_the_subtotal_no_longer_adds_up() {
    let mut q = issued();
    let category = q.lines[0].category;
    q.lines[0].amount = Fen::from_whole_yuan(-99_999_999);
    let problems = q.problems();
    assert_eq!(
        problems[0],
        QuoteProblem::Negative {
            amount: Amount::Line(category),
            written: Fen::from_whole_yuan(-99_999_999)
        }
    );
    let lines: Fen = q.lines.iter().map(|l| l.amount).sum();
    assert!(problems.contains(&QuoteProblem::DoesNotAddUp {
        amount: Amount::Subtotal,
        written: q.subtotal,
        expected: Some(lines),
    }));
    let zh = problems[0].message(Lang::Zh);
    assert!(
        zh.contains(category.label(Lang::Zh)) && zh.contains("负数"),
        "{zh}"
    );
    assert!(zh.contains("-¥99,999,999.00"), "{zh}");
    let en = problems[0].message(Lang::En);
    assert!(
        en.contains(category.label(Lang::En)) && en.contains("negative"),
        "{en}"
    );
}

#[test]
fn each_total_must_be_the_sum_of_what_is_above_it() {
    let base = issued();
    let check = |edit: fn(&mut Quote), amount: Amount| {
        let mut q = base.clone();
        edit(&mut q);
        let problems = q.problems();
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, QuoteProblem::DoesNotAddUp { amount: a, .. } if *a == amount)),
            "{amount:?}: {problems:?}"
        );
    };
    // A fen off is off: amounts are exact to the fen.
    check(|q| q.subtotal += Fen(1), Amount::Subtotal);
    check(|q| q.markup += Fen(1), Amount::Markup);
    check(|q| q.vat -= Fen(1), Amount::Vat);
    check(|q| q.total += Fen(1), Amount::Total);
    check(|q| q.markup_pct += 1.0, Amount::Markup);
    check(|q| q.vat_pct = 13.0, Amount::Vat);

    // A counted line is its quantity times its unit price: an amount edited alone is named.
    check(
        |q| q.lines[0].amount += Fen(1),
        Amount::Line(base.lines[0].category),
    );

    // Changed consistently, every figure still adds up: the check is about sums, not prices.
    // One more unit of the second line, at its price.
    let mut q = base.clone();
    let p = q.lines[1]
        .priced
        .as_mut()
        .expect("a quote made now counts its lines");
    p.quantity += 1.0;
    let more = p.unit_price;
    q.lines[1].amount += more;
    q.subtotal += more;
    q.markup = Fen::from_yuan(q.subtotal.yuan() * q.markup_pct / 100.0);
    q.vat = Fen::from_yuan((q.subtotal + q.markup).yuan() * q.vat_pct / 100.0);
    q.total = q.subtotal + q.markup + q.vat;
    assert_eq!(q.problems(), []);
}

/// Prices that include VAT: the total is the subtotal and the VAT is the part of it above
/// total / (1 + rate). 10,000 at 6 %: 10,000 / 1.06 = 9,433.96, so the VAT is 566.04 and the
/// amount before tax 9,433.96; 9,433.96 + 566.04 = 10,000.00 to the fen. Tax added instead:
/// 6 % of 10,000 = 600, total 10,600.
#[test]
fn tax_inclusive_and_exclusive_totals_reconcile_to_the_fen() {
    use model::quote::{exact_tax, total_of};
    let yuan = Fen::from_whole_yuan;
    let rounded = |subtotal, pct, included| Fen::from_yuan(exact_tax(subtotal, pct, included));
    assert_eq!(rounded(yuan(10_000), 6.0, true), Fen(56_604));
    assert_eq!(
        total_of(yuan(10_000), Fen(56_604), true),
        Some(yuan(10_000))
    );
    assert_eq!(rounded(yuan(10_000), 6.0, false), yuan(600));
    assert_eq!(total_of(yuan(10_000), yuan(600), false), Some(yuan(10_600)));
    // 1 % small-scale: 10,000 / 1.01 = 9,900.990…, VAT 99.01; 3 %: 10,000 / 1.03 =
    // 9,708.737…, VAT 291.26.
    assert_eq!(rounded(yuan(10_000), 1.0, true), Fen(9_901));
    assert_eq!(rounded(yuan(10_000), 3.0, true), Fen(29_126));
    // An exact half fen rounds away from zero as an amount is written: 0.25 at 6 % is 0.015
    // → 0.02.
    assert_eq!(rounded(Fen(25), 6.0, false), Fen(2));

    // A quote made with tax-inclusive prices: the total is the subtotal, and the tax inside it
    // is the total less the total over 1 + rate, rounded; both parts add up to the total.
    let c = catalog();
    let mut card = RateCard::from_market(c);
    card.tax_included = true;
    let request = QuoteRequest {
        client: "贵阳市政务服务中心".into(),
        issued: Day::parse("2026-11-23").unwrap(),
        scenario: Scenario::default_for(c),
        plan: None,
        contact: Default::default(),
        remarks: String::new(),
    };
    let inclusive = Quote::draft(c, &card, &request).unwrap();
    card.tax_included = false;
    let exclusive = Quote::draft(c, &card, &request).unwrap();
    assert_eq!(
        inclusive.subtotal, exclusive.subtotal,
        "the same lines either way"
    );
    assert_eq!(inclusive.total, inclusive.subtotal);
    let total = inclusive.total.yuan();
    let expected_vat = Fen::from_yuan(total - total / (1.0 + card.vat_pct / 100.0));
    assert_eq!(inclusive.vat, expected_vat);
    assert_eq!(inclusive.before_tax() + inclusive.vat, inclusive.total);
    assert_eq!(exclusive.total, exclusive.subtotal + exclusive.vat);
    assert_eq!(
        exclusive.vat,
        Fen::from_yuan(exclusive.subtotal.yuan() * card.vat_pct / 100.0)
    );
    // Both pass the check a quote read back gets; the inclusive one's VAT edited does not.
    let mut book = QuoteBook::default();
    assert_eq!(book.issue(inclusive.clone(), "Q").unwrap().problems(), []);
    assert_eq!(book.issue(exclusive, "Q").unwrap().problems(), []);
    let mut wrong = book.issued[0].clone();
    wrong.vat += Fen(1);
    assert!(matches!(
        wrong.problems()[..],
        [QuoteProblem::DoesNotAddUp {
            amount: Amount::Vat,
            ..
        }]
    ));
}

#[test]
fn amounts_too_large_to_add_never_overflow() {
    let mut q = issued();
    q.lines[0].amount = Fen(i64::MAX);
    q.lines[1].amount = Fen(i64::MAX);
    let problems = q.problems();
    assert!(problems.contains(&QuoteProblem::DoesNotAddUp {
        amount: Amount::Subtotal,
        written: q.subtotal,
        expected: None
    }));
    for p in &problems {
        assert!(
            p.message(Lang::Zh).chars().count() < 80,
            "{}",
            p.message(Lang::Zh)
        );
    }
}

#[test]
fn a_number_must_be_in_the_books_form_and_year() {
    let base = issued();
    let with_number = |n: Option<&str>| {
        let mut q = base.clone();
        q.number = n.map(String::from);
        q.problems()
    };
    assert_eq!(with_number(None), [QuoteProblem::NoNumber]);
    assert_eq!(
        with_number(Some("HX-2026-1")),
        [QuoteProblem::BadNumber("HX-2026-1".into())]
    );
    assert_eq!(
        with_number(Some("HX-2025-0001")),
        [QuoteProblem::WrongYear { issued: 2026 }]
    );
    let long = "X".repeat(5000);
    let message = QuoteProblem::BadNumber(long).message(Lang::Zh);
    assert!(message.chars().count() < 60, "{message}");
}

#[test]
fn a_client_rates_and_dates_are_checked_too() {
    let mut q = issued();
    q.client = " ".into();
    q.valid_until = Day::parse("2026-01-01").unwrap();
    q.vat_pct = f64::NAN;
    assert_eq!(
        q.problems(),
        [
            QuoteProblem::NoClient,
            QuoteProblem::EndsBeforeIssued,
            QuoteProblem::BadRate(Amount::Vat)
        ]
    );
}

/// Case 7 of issue 16: two quotes with one number, which one delete removed together.
#[test]
fn a_book_with_two_quotes_of_one_number_is_refused() {
    let q = issued();
    let book = QuoteBook {
        next: 2,
        issued: vec![q.clone(), q.clone()],
        status: Default::default(),
    };
    assert_eq!(
        book.check(&catalog().pricing.limits),
        Err(BookProblem::Duplicate("HX-2026-0001".into()))
    );
    let mut bad = q.clone();
    bad.total = Fen(-1);
    let book = QuoteBook {
        next: 3,
        issued: vec![q, bad],
        status: Default::default(),
    };
    assert!(matches!(
        book.check(&catalog().pricing.limits),
        Err(BookProblem::Quote { position: 2, number: Some(ref n), .. }) if n == "HX-2026-0001"
    ));
}

#[test]
fn a_book_keeps_counting_past_its_own_numbers() {
    let mut book = QuoteBook {
        next: 1,
        issued: vec![issued()],
        status: Default::default(),
    };
    book.past_its_own_numbers();
    assert_eq!(book.next, 2);
}

#[test]
fn a_sequence_at_the_end_of_the_range_exhausts_the_book_rather_than_repeat() {
    let mut book = QuoteBook::default();
    book.never_reissue(r#"{"number":"HX-2026-4294967295"}"#);
    assert!(book.issue(issued(), "HX").is_err());
}

/// A book of `count` quotes, some deleted, serialised as the store keeps it.
fn book_text(count: usize, deleted: &[usize]) -> (QuoteBook, String) {
    let draft = {
        let mut q = issued();
        q.number = None;
        q
    };
    let mut book = QuoteBook::default();
    let mut numbers = Vec::new();
    for i in 0..count {
        let prefix = if i % 3 == 0 { "HX" } else { "Q7" };
        numbers.push(
            book.issue(draft.clone(), prefix)
                .unwrap()
                .number
                .clone()
                .unwrap(),
        );
    }
    for &d in deleted {
        if let Some(n) = numbers.get(d) {
            book.remove(n);
        }
    }
    let text = format!(
        r#"{{"format":"training-planner","version":3,"quotes":{}}}"#,
        serde_json::to_string(&book).unwrap()
    );
    (book, text)
}

/// The nearest character boundary at or before `at` (the text has Chinese in it).
fn boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any one line changed makes the check fail, unless every total is changed with it.
    #[test]
    fn any_line_changed_alone_is_found(which in 0usize..32, by in prop_oneof![-1_000_000i64..0, 1i64..1_000_000]) {
        let mut q = issued();
        let i = which % q.lines.len();
        let by = Fen(by);
        q.lines[i].amount += by;
        let problems = q.problems();
        prop_assert!(problems.iter().any(|p| matches!(p,
            QuoteProblem::DoesNotAddUp { amount: Amount::Subtotal, .. })), "{:?}", problems);
        // …and with the subtotal (only) changed to match, the total (and often the VAT) no
        // longer fits it.
        q.subtotal += by;
        prop_assert!(!q.problems().is_empty());
    }

    /// Case 3 of issue 16: the book is set aside damaged (cut anywhere, junk put in), numbering
    /// restarts from an empty book raised with the scan, and no number still legible in the
    /// damaged text is ever issued again.
    #[test]
    fn no_number_left_in_damaged_text_is_issued_again(
        count in 1usize..12,
        deleted in proptest::collection::vec(0usize..12, 0..4),
        cut in 0.0..1.0f64,
        junk in "[\\[\\]{}\",:0-9a-zQHX -]{0,8}",
        at in 0.0..1.0f64,
    ) {
        let (_, text) = book_text(count, &deleted);
        let cut_at = boundary(&text, (text.len() as f64 * cut) as usize);
        let kept = &text[..cut_at];
        let junk_at = boundary(kept, (kept.len() as f64 * at) as usize);
        let damaged = format!("{}{junk}{}", &kept[..junk_at], &kept[junk_at..]);

        let mut fresh = QuoteBook::default();
        fresh.never_reissue(&damaged);
        // Every number that survives whole in the damaged text, found by plain search.
        let surviving: Vec<QuoteNumber> = (1..=count as u32)
            .flat_map(|seq| ["HX", "Q7"].map(|p| QuoteNumber { prefix: p.into(), year: 2026, seq }))
            .filter(|n| damaged.contains(&format!("\"number\":\"{n}\"")))
            .collect();
        let mut issued_now = Vec::new();
        let draft = { let mut q = issued(); q.number = None; q };
        for _ in 0..count + 1 {
            for prefix in ["HX", "Q7"] {
                issued_now.push(fresh.issue(draft.clone(), prefix).unwrap().number.clone().unwrap());
            }
        }
        for n in &surviving {
            prop_assert!(!issued_now.contains(&n.to_string()), "{} issued again from {}", n, damaged);
        }
        // The scan finds at least what a plain search finds.
        let found = numbers_in(&damaged);
        for n in &surviving {
            prop_assert!(found.contains(n));
        }
    }
}

#[test]
fn the_recorded_next_covers_quotes_deleted_before_the_damage() {
    let (book, text) = book_text(5, &[3, 4]);
    assert_eq!(book.next, 6);
    let cut = &text[..text.len() - 2];
    let mut fresh = QuoteBook::default();
    fresh.never_reissue(cut);
    assert_eq!(
        fresh.next, 6,
        "quotes 4 and 5 were deleted; their numbers stay used"
    );
    assert_eq!(
        numbers_in(cut).iter().map(|n| n.seq).collect::<Vec<_>>(),
        [1, 2, 3]
    );
}

#[test]
fn problems_are_worded_in_each_language() {
    let mut q = issued();
    q.total += Fen(5);
    let p = &q.problems()[0];
    assert!(
        p.message(Lang::Zh).starts_with("总价"),
        "{}",
        p.message(Lang::Zh)
    );
    assert!(
        p.message(Lang::En).starts_with("the total"),
        "{}",
        p.message(Lang::En)
    );
}
