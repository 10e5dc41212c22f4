//! One quote received, as a card: what the vendor wrote (its total or its lines, tax, invoice,
//! days and hours billed, terms) and the buyer's marks, with what the comparison makes of it:
//! its cost to this buyer, per head and per class hour, its flags and its score.

use model::Lang;
use model::calendar::Day;
use model::catalog::{Invoice, OUTSIDE_TIERS, Taxpayer};
use model::compare::{Assessed, Bid, LineCheck, LineKind, Title};
use model::i18n;
use model::money::cny;
use model::number::plain;
use model::typed::NumberError;
use model::vocab::TrainerTier;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{NumberField, SelectField, TextField, choice_field, choices};
use crate::catalog::catalog;
use crate::store::compare::{BidEdit, CompareAction, CompareField, Part};
use crate::store::field_problem::FieldProblem;

use super::against_market;

#[derive(Properties, PartialEq)]
pub struct BidCardProps {
    /// Its place in the comparison, from 0.
    pub index: usize,
    pub bid: Bid,
    /// What the comparison makes of it (none while the scope cannot be priced).
    pub assessed: Option<Assessed>,
    /// The market's range for the scope: P10, expected, P90.
    pub market: Option<model::catalog::Range>,
    /// Its lines held against the market where they map onto the model.
    pub checks: Vec<Option<LineCheck>>,
    /// The problems of its fields.
    pub problems: Vec<(CompareField, FieldProblem)>,
    /// The buyer follows the public-sector fee caps: the lecturer's title is asked.
    pub public_caps: bool,
    pub lang: Lang,
    pub on_action: Callback<CompareAction>,
}

#[component]
pub fn BidCard(props: &BidCardProps) -> Html {
    let BidCardProps {
        index, bid, lang, ..
    } = props;
    let (i, lang) = (*index, *lang);
    let prefix = format!("bid-{i}");
    let problem = |field: CompareField| problem_at(&props.problems, field, lang);
    let emit = |make: fn(String) -> BidEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |v: String| on_action.emit(CompareAction::Edit(i, make(v))))
    };
    let pick = |make: fn(&str) -> Option<BidEdit>| {
        let on_action = props.on_action.clone();
        Callback::from(move |v: AttrValue| {
            if let Some(e) = make(&v) {
                on_action.emit(CompareAction::Edit(i, e));
            }
        })
    };
    let number = |field: CompareField, make: Box<dyn Fn(Option<f64>) -> BidEdit>| {
        number_box(&props.on_action, i, field, make)
    };
    let short = catalog().compare.limits.max_text_chars;
    let limits = &catalog().pricing.limits;
    let remove = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(CompareAction::RemoveBid(i)))
    };
    let valid_until = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            on_action.emit(CompareAction::Edit(
                i,
                BidEdit::ValidUntil(Day::parse(&typed)),
            ));
        })
    };
    let not_stated = lang.t(i18n::compare_page::NOT_STATED);
    let mut invoices = vec![(AttrValue::from(""), AttrValue::from(not_stated))];
    invoices.extend(choices(Invoice::ALL, lang));
    let mut tiers = vec![(AttrValue::from(""), AttrValue::from(not_stated))];
    tiers.extend(choices(OUTSIDE_TIERS, lang));
    let mut titles = vec![(AttrValue::from(""), AttrValue::from(not_stated))];
    titles.extend(choices(Title::ALL, lang));
    let tax = vec![
        (
            AttrValue::from("included"),
            AttrValue::from(lang.t(i18n::compare_page::TAX_INCLUDED)),
        ),
        (
            AttrValue::from("excluded"),
            AttrValue::from(lang.t(i18n::compare_page::TAX_EXCLUDED)),
        ),
    ];
    let title = if bid.vendor.trim().is_empty() {
        lang.fill(i18n::compare_page::QUOTE_N, &[("n", &(i + 1))])
    } else {
        format!(
            "{} · {}",
            lang.fill(i18n::compare_page::QUOTE_N, &[("n", &(i + 1))]),
            bid.vendor
        )
    };
    let mark = |part: Part, label: i18n::Text, value: f64| {
        html! {
            <NumberField id={format!("{prefix}-mark-{}", part_id(part))} label={lang.t(label)} unit={lang.t(i18n::compare_page::POINTS)}
                value={value} {lang} error={problem(CompareField::Mark(i, part))}
                on_change={number(CompareField::Mark(i, part), Box::new(move |v| BidEdit::Mark(part, v)))} />
        }
    };
    html! {
        <section class="bid" data-testid="bid" aria-labelledby={format!("{prefix}-title")}>
            <header class="bid-head">
                <h3 id={format!("{prefix}-title")}>{ title }</h3>
                { results(props, lang) }
            </header>
            <div class="bid-fields">
                <TextField id={format!("{prefix}-vendor")} test_id="bid-vendor" label={lang.t(i18n::compare_page::VENDOR)}
                    value={bid.vendor.clone()} max_chars={limits.max_vendor_chars} on_change={emit(BidEdit::Vendor)} />
                if bid.lines.is_empty() {
                    <NumberField id={format!("{prefix}-total")} test_id="bid-total-input" label={lang.t(i18n::compare_page::QUOTED_TOTAL)}
                        unit={lang.t(i18n::compare_page::YUAN)} value={bid.total.unwrap_or(0.0)} blank={bid.total.is_none()} {lang}
                        error={problem(CompareField::Total(i))}
                        on_change={number(CompareField::Total(i), Box::new(BidEdit::Total))} />
                } else {
                    <div class="field">
                        <span class="label">{ lang.t(i18n::compare_page::QUOTED_TOTAL) }</span>
                        <p class="figure">{ lang.fill(i18n::compare_page::SUM_OF_LINES, &[("total", &cny(bid.quoted()))]) }</p>
                    </div>
                }
                <SelectField id={format!("{prefix}-tax")} test_id="bid-tax" label={lang.t(i18n::compare_page::PRICES_ARE)}
                    options={tax} selected={if bid.tax_included { "included" } else { "excluded" }}
                    on_change={pick(|v| Some(BidEdit::TaxIncluded(v == "included")))} />
                <SelectField id={format!("{prefix}-invoice")} test_id="bid-invoice" label={lang.t(i18n::compare_page::INVOICE)}
                    options={invoices} selected={bid.invoice.map_or("", Invoice::id)}
                    on_change={pick(|v| Some(BidEdit::Invoice(Invoice::from_id(v))))} />
                { choice_field(format!("{prefix}-taxpayer"), lang.t(i18n::compare_page::VENDOR_TAXPAYER), Taxpayer::ALL, bid.taxpayer, lang, props.on_action.reform(move |t| CompareAction::Edit(i, BidEdit::Taxpayer(t)))) }
                <NumberField id={format!("{prefix}-rate")} label={lang.t(i18n::compare_page::VAT_RATE)} unit="%"
                    value={bid.rate_pct.unwrap_or(0.0)} blank={bid.rate_pct.is_none()} {lang}
                    error={problem(CompareField::Rate(i))}
                    on_change={number(CompareField::Rate(i), Box::new(BidEdit::Rate))} />
            </div>
            { lines_table(props, &prefix, lang) }
            <details class="bid-more">
                <summary>{ lang.t(i18n::compare_page::TERMS_DAYS_AND_MARKS) }</summary>
                <div class="bid-fields">
                    <TextField id={format!("{prefix}-contact")} label={lang.t(i18n::compare_page::CONTACT)}
                        value={bid.contact.clone()} max_chars={short} on_change={emit(BidEdit::Contact)} />
                    <NumberField id={format!("{prefix}-at-cost")} label={lang.t(i18n::compare_page::BILLED_AT_COST)} unit={lang.t(i18n::compare_page::YUAN)}
                        value={bid.at_cost} {lang} error={problem(CompareField::AtCost(i))}
                        on_change={number(CompareField::AtCost(i), Box::new(BidEdit::AtCost))} />
                    <NumberField id={format!("{prefix}-days")} label={lang.t(i18n::compare_page::DAYS_BILLED)} unit={lang.t(i18n::compare_page::DAYS)}
                        value={bid.days_billed.unwrap_or(0.0)} blank={bid.days_billed.is_none()} {lang}
                        error={problem(CompareField::Days(i))}
                        on_change={number(CompareField::Days(i), Box::new(BidEdit::Days))} />
                    <NumberField id={format!("{prefix}-hours")} label={lang.t(i18n::compare_page::CLASS_HOURS_BILLED)} unit={lang.t(i18n::compare_page::CLASS_HOURS)}
                        value={bid.class_hours_billed.unwrap_or(0.0)} blank={bid.class_hours_billed.is_none()} {lang}
                        error={problem(CompareField::ClassHours(i))}
                        on_change={number(CompareField::ClassHours(i), Box::new(BidEdit::ClassHours))} />
                    <TextField id={format!("{prefix}-trainer")} label={lang.t(i18n::compare_page::TRAINER)}
                        value={bid.trainer.clone()} max_chars={short} on_change={emit(BidEdit::Trainer)} />
                    <SelectField id={format!("{prefix}-tier")} label={lang.t(i18n::compare_page::TIER_CLAIMED)}
                        options={tiers} selected={bid.tier_claimed.map_or("", TrainerTier::id)}
                        on_change={pick(|v| Some(BidEdit::Tier(TrainerTier::from_id(v))))} />
                    if props.public_caps {
                        <SelectField id={format!("{prefix}-title")} label={lang.t(i18n::compare_page::LECTURER_TITLE)}
                            options={titles} selected={bid.title.map_or("", Title::id)}
                            on_change={pick(|v| Some(BidEdit::Title(Title::from_id(v))))} />
                    }
                    <TextField id={format!("{prefix}-payment")} label={lang.t(i18n::compare_page::PAYMENT_TERMS)}
                        value={bid.payment_terms.clone()} max_chars={short} on_change={emit(BidEdit::PaymentTerms)} />
                    <div class="field">
                        <label for={format!("{prefix}-valid")}>{ lang.t(i18n::compare_page::VALID_UNTIL) }</label>
                        <div class="field-box">
                            <input type="date" id={format!("{prefix}-valid")} data-testid="bid-valid"
                                value={bid.valid_until.map(|d| d.to_string()).unwrap_or_default()} onchange={valid_until} />
                        </div>
                    </div>
                    <TextField id={format!("{prefix}-remarks")} label={lang.t(i18n::common::REMARKS)} multiline=true
                        value={bid.remarks.clone()} max_chars={limits.max_remarks_chars} on_change={emit(BidEdit::Remarks)} />
                </div>
                <fieldset class="bid-marks">
                    <legend>{ lang.t(i18n::compare_page::YOUR_MARKS) }</legend>
                    { mark(Part::Trainer, i18n::compare_page::MARK_TRAINER, bid.marks.trainer) }
                    { mark(Part::Fit, i18n::compare_page::MARK_FIT, bid.marks.fit) }
                    { mark(Part::Service, i18n::compare_page::MARK_SERVICE, bid.marks.service) }
                </fieldset>
            </details>
            <div class="bid-actions no-print">
                <button type="button" data-testid="bid-remove" onclick={remove}>
                    { lang.fill(i18n::compare_page::REMOVE_QUOTE_N, &[("n", &(i + 1))]) }
                </button>
            </div>
        </section>
    }
}

/// What a number box of quote `i` says: the number it reads as (an emptied box is `None`),
/// or why it reads as none.
fn number_box(
    on_action: &Callback<CompareAction>,
    i: usize,
    field: CompareField,
    make: Box<dyn Fn(Option<f64>) -> BidEdit>,
) -> Callback<Result<f64, NumberError>> {
    let on_action = on_action.clone();
    Callback::from(move |v: Result<f64, NumberError>| {
        on_action.emit(match v {
            Ok(v) => CompareAction::Edit(i, make(Some(v))),
            Err(NumberError::Empty) => CompareAction::Edit(i, make(None)),
            Err(e) => CompareAction::Unreadable(field, e),
        })
    })
}

/// The message of `field`, when it has a problem.
fn problem_at(
    problems: &[(CompareField, FieldProblem)],
    field: CompareField,
    lang: Lang,
) -> Option<AttrValue> {
    problems
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, p)| AttrValue::from(p.message(lang)))
}

/// A line against the market, in a sentence: its price before tax and the market's range,
/// said as above it when it is.
fn line_check(check: &LineCheck, lang: Lang) -> String {
    let text = match (check.kind, check.above()) {
        (LineKind::Materials, false) => i18n::compare_page::SET_PRICE,
        (LineKind::Materials, true) => i18n::compare_page::SET_PRICE_ABOVE,
        (LineKind::Travel, false) => i18n::compare_page::TRAVEL_PRICE,
        (LineKind::Travel, true) => i18n::compare_page::TRAVEL_PRICE_ABOVE,
        (_, false) => i18n::compare_page::DAY_RATE,
        (_, true) => i18n::compare_page::DAY_RATE_ABOVE,
    };
    lang.fill(
        text,
        &[
            ("price", &cny(check.price)),
            ("low", &cny(check.market.low)),
            ("high", &cny(check.market.high)),
        ],
    )
}

fn part_id(part: Part) -> &'static str {
    match part {
        Part::Price => "price",
        Part::Trainer => "trainer",
        Part::Fit => "fit",
        Part::Service => "service",
    }
}

/// What the comparison makes of the quote: with tax, its cost here, per head, per class hour,
/// against the market, its score and its flags.
fn results(props: &BidCardProps, lang: Lang) -> Html {
    let Some(a) = &props.assessed else {
        return html! {};
    };
    let b = &a.basis;
    let per_hour = b.per_class_hour.map(cny).unwrap_or_else(|| "—".into());
    html! {
        <div class="bid-results">
            <dl class="bid-figures">
                <div><dt>{ lang.t(i18n::compare_page::WITH_TAX) }</dt><dd>{ cny(b.with_tax) }</dd></div>
                <div><dt>{ lang.t(i18n::compare_page::COST_TO_YOU) }</dt><dd data-testid="bid-cost">{ cny(b.cost) }</dd></div>
                <div><dt>{ lang.t(i18n::compare_page::PER_HEAD) }</dt><dd>{ cny(b.per_head) }</dd></div>
                <div><dt>{ lang.t(i18n::compare_page::PER_PERSON_DAY) }</dt><dd>{ b.per_person_day.map(cny).unwrap_or_else(|| "—".into()) }</dd></div>
                <div><dt>{ lang.t(i18n::compare_page::PER_CLASS_HOUR) }</dt><dd data-testid="bid-per-hour">{ per_hour }</dd></div>
                if let Some(market) = &props.market {
                    <div><dt>{ lang.t(i18n::compare_page::AGAINST_THE_MARKET) }</dt><dd>{ against_market(b.with_tax, market, lang) }</dd></div>
                }
                <div><dt>{ lang.t(i18n::compare_page::SCORE) }</dt>
                    <dd data-testid="bid-score">{ match a.score {
                        Some(s) => lang.fill(i18n::compare_page::SCORE_AND_RANK, &[("score", &plain(s.total, 1)), ("rank", &s.rank)]),
                        None => lang.t(i18n::compare_page::NOT_SCORED).to_string(),
                    } }</dd></div>
            </dl>
            if !a.flags.is_empty() {
                <ul class="bid-flags">
                    { for a.flags.iter().map(|f| html! { <li class="flag" data-testid="bid-flag">{ f.reason(lang) }</li> }) }
                </ul>
            }
        </div>
    }
}

/// The quote line by line: 项目 / 单位 / 数量 / 单价, each line marked when it is the lecturer's
/// fee; a quote given as one total can be broken down here.
fn lines_table(props: &BidCardProps, prefix: &str, lang: Lang) -> Html {
    let i = props.index;
    let bid = &props.bid;
    let short = catalog().compare.limits.max_text_chars;
    let on = |make: Box<dyn Fn() -> BidEdit>| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(CompareAction::Edit(i, make())))
    };
    let text = |l: usize, unit: bool| {
        let on_action = props.on_action.clone();
        Callback::from(move |v: String| {
            on_action.emit(CompareAction::Edit(
                i,
                if unit {
                    BidEdit::LineUnit(l, v)
                } else {
                    BidEdit::LineItem(l, v)
                },
            ))
        })
    };
    let number = |field: CompareField, make: Box<dyn Fn(Option<f64>) -> BidEdit>| {
        number_box(&props.on_action, i, field, make)
    };
    let problem = |field: CompareField| problem_at(&props.problems, field, lang);
    let full = bid.lines.len() >= catalog().compare.limits.max_lines;
    html! {
        <div class="bid-lines">
            if !bid.lines.is_empty() {
                <ol class="bid-line-list">
                    { for bid.lines.iter().enumerate().map(|(l, line)| {
                        let id = format!("{prefix}-line-{l}");
                        html! {
                            <li class="bid-line">
                                <TextField id={format!("{id}-item")} label={lang.t(i18n::compare_page::LINE_ITEM)} value={line.item.clone()}
                                    max_chars={short} on_change={text(l, false)} />
                                <TextField id={format!("{id}-unit")} label={lang.t(i18n::compare_page::LINE_UNIT)} value={line.unit.clone()}
                                    max_chars={short} on_change={text(l, true)} />
                                <NumberField id={format!("{id}-quantity")} label={lang.t(i18n::compare_page::QUANTITY)} value={line.quantity} {lang}
                                    error={problem(CompareField::Quantity(i, l))}
                                    on_change={number(CompareField::Quantity(i, l), Box::new(move |v| BidEdit::Quantity(l, v)))} />
                                <NumberField id={format!("{id}-price")} label={lang.t(i18n::compare_page::UNIT_PRICE)} unit={lang.t(i18n::compare_page::YUAN)}
                                    value={line.unit_price} {lang} error={problem(CompareField::UnitPrice(i, l))}
                                    on_change={number(CompareField::UnitPrice(i, l), Box::new(move |v| BidEdit::UnitPrice(l, v)))} />
                                { choice_field(format!("{id}-kind"), lang.t(i18n::compare_page::LINE_KIND), LineKind::ALL, line.kind, lang, props.on_action.reform(move |k| CompareAction::Edit(i, BidEdit::LineKind(l, k)))) }
                                <p class="figure">{ cny(line.amount()) }</p>
                                if let Some(Some(check)) = props.checks.get(l) {
                                    <p class={classes!("line-check", check.above().then_some("over"))} data-testid="bid-line-check">
                                        { line_check(check, lang) }
                                    </p>
                                }
                                <button type="button" class="link-button" onclick={on(Box::new(move || BidEdit::RemoveLine(l)))}
                                    aria-label={lang.fill(i18n::compare_page::REMOVE_LINE_N, &[("n", &(l + 1))])}>
                                    { lang.t(i18n::compare_page::REMOVE_LINE) }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
            <button type="button" data-testid="bid-add-line" disabled={full}
                onclick={on(Box::new(move || BidEdit::AddLine(lang)))}>
                { if bid.lines.is_empty() { lang.t(i18n::compare_page::BREAK_INTO_LINES) } else { lang.t(i18n::compare_page::ADD_A_LINE) } }
            </button>
        </div>
    }
}
