//! The numbers of an estimate: the headline figures, the market verdicts, the break-even and the
//! line items with where each figure comes from.

use model::i18n;
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::catalog;
use crate::store::estimator::Analysed;
use model::Lang;
use model::catalog::{Range, Source};
use model::cost::{
    Category, Driver, Point, Position, SourcingComparison, Verdict, rate, seat_cost_words,
};
use model::money::cny;
use model::vocab::Sourcing;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub point: Rc<Point>,
    pub lang: Lang,
    /// The inputs on screen are not the ones priced (a bad value is being fixed).
    pub stale: bool,
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub point: Rc<Point>,
    /// The range and the break-even: the last worked out, perhaps of an earlier scenario.
    pub analysis: Option<Analysed>,
    pub lang: Lang,
    pub stale: bool,
}

/// The class of a figure that follows the point estimate: marked while it is still the last
/// scenario's, so that it is not read as the new one's.
pub fn updating(point: &Point, analysis: Option<&Analysed>) -> Option<&'static str> {
    analysis
        .is_none_or(|a| a.scenario != point.scenario)
        .then_some("updating")
}

/// A verdict's position in a word or two, for tables.
pub fn position_label(v: &Verdict, lang: Lang) -> &'static str {
    match v.position {
        Position::Below => lang.t(i18n::results::BELOW),
        Position::Inside => lang.t(i18n::results::COMPARABLE),
        Position::Above => lang.t(i18n::results::ABOVE),
    }
}

fn verdict_class(v: &Verdict) -> &'static str {
    match v.position {
        Position::Below => "verdict below",
        Position::Inside => "verdict inside",
        Position::Above => "verdict above",
    }
}

/// The break-even in words: from how many people each in-house route costs no more per head than
/// buying seats.
fn break_even_text(routes: &SourcingComparison, lang: Lang) -> String {
    // What a head costs on seats, and what that figure holds (a seat's price alone is the
    // verdict's on a public course; here the participants' travel is in it too).
    let seat = seat_cost_words(routes.seat.likely, &routes.seat_parts, lang);
    let parts: Vec<String> = routes
        .break_even
        .iter()
        .map(|(sourcing, from)| match (from, lang) {
            (Some(n), _) => lang.fill(
                i18n::results::FROM_PEOPLE,
                &[("sourcing", &sourcing.label(lang)), ("n", &n)],
            ),
            (None, _) => lang.fill(
                i18n::results::NEVER_WITHIN_ONE_CLASS,
                &[("sourcing", &sourcing.label(lang))],
            ),
        })
        .collect();
    lang.fill(
        i18n::results::AGAINST_SEATS_ON_THE_SAME_COURSE,
        &[
            ("seat", &seat),
            ("parts", &parts.join(lang.t(i18n::results::PART_SEPARATOR))),
        ],
    )
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let o = &props.point;
    let e = &o.estimate;
    let analysis = props.analysis.as_ref();
    let updating = updating(o, analysis);
    let in_house = o.scenario.sourcing.is_in_house();
    let mut verdicts = e.verdicts.iter();
    let first = verdicts.next();
    html! {
            <section class={classes!("summary", props.stale.then_some("stale"))} aria-live="polite"
                aria-label={lang.t(i18n::results::ESTIMATE)}>
                if props.stale {
                    <p class="stale-note" data-testid="stale">{ lang.fill(i18n::results::AN_INPUT_IS_WRONG_THIS_IS_STILL, &[("scenario", &o.scenario.describe(catalog(), lang))]) }</p>
                }
                <div class="figures">
                    <div class="figure main">
                        <span class="figure-label">{ lang.t(i18n::results::BUDGET_TOTAL_EXPECTED) }</span>
                        <span class="figure-value" data-testid="total">{ cny(e.total) }</span>
                        <span class={classes!("figure-note", updating)} data-testid="range">{
                            match (analysis.map(|a| &a.distribution), lang) {
    (Some(d), _) => lang.fill(i18n::results::N_80_LIKELY_BETWEEN_AND, &[("p10", &cny(d.p10)), ("p90", &cny(d.p90))]),
    (None, _) => lang.t(i18n::results::SIMULATING_THE_RANGE).to_string(),
    }
                        }</span>
                    </div>
                    <div class="figure">
                        <span class="figure-label">{ lang.t(i18n::results::PER_PARTICIPANT) }</span>
                        <span class="figure-value" data-testid="per-person">{ cny(e.per_participant) }</span>
                        <span class="figure-note">{ lang.t(i18n::results::PER_LEARNER_HOUR) }{ cny(e.per_learner_hour) }</span>
                    </div>
                    <div class="figure">
                        <span class="figure-label">{ lang.t(i18n::results::CASH_PAID_OUT) }</span>
                        <span class="figure-value" data-testid="cash">{ cny(e.cash) }</span>
                        <span class="figure-note">{ lang.t(i18n::results::NO_STAFF_TIME_NO_CONTINGENCY) }</span>
                    </div>
                    if in_house {
                        <div class="figure">
                            <span class="figure-label">{ lang.t(i18n::results::CLASSES) }</span>
                            <span class="figure-value" data-testid="classes">{ e.shape.classes }</span>
                            <span class="figure-note">{ format!("{} {}", lang.t(i18n::results::UP_TO), e.shape.class_limit) }{ lang.t(i18n::results::PER_CLASS) }
                                if e.shape.assistant { { lang.t(i18n::results::WITH_AN_ASSISTANT) } }</span>
                        </div>
                    }
                </div>
                if let Some(v) = first {
                    <p class={verdict_class(v)} data-testid="band-verdict">
                        <strong>{ position_label(v, lang) }</strong>{ " · " }{ v.reason(lang) }
                    </p>
                }
                { for verdicts.map(|v| html! {
                    <p class={verdict_class(v)} data-testid="verdict">
                        <strong>{ position_label(v, lang) }</strong>{ " · " }{ v.reason(lang) }
                    </p>
                }) }
                <p class={classes!("break-even", updating)} data-testid="break-even">{
                    match analysis {
                        Some(a) => break_even_text(&a.routes, lang),
                        None => lang.t(i18n::results::COMPARING_THE_ROUTES).to_string(),
                    }
                }</p>
            </section>
        }
}

/// A rate's range as it is written: money, a factor, a share or hours.
fn rate_range(driver: Driver, r: &Range) -> String {
    let three =
        |f: &dyn Fn(f64) -> String| format!("{} / {} / {}", f(r.low), f(r.likely), f(r.high));
    match driver {
        Driver::Industry | Driver::LiveShare | Driver::SeatPremium => {
            three(&|v| format!("×{}", model::number::plain(v, 2)))
        }
        Driver::Adaptation => three(&|v| format!("{}%", model::number::plain(v * 100.0, 0))),
        Driver::Tailoring => three(&|v| format!("{} h", model::number::plain(v, 0))),
        _ => three(&cny),
    }
}

/// One source, with its trust grade marked; weak figures say so.
fn source_item(label: String, figure: Option<String>, source: &Source, lang: Lang) -> Html {
    let grade = source.grade();
    let weak = grade.is_some_and(|g| g.is_weak());
    html! {
        <li class={classes!(weak.then_some("weak"))}>
            <strong>{ label }</strong>
            if let Some(figure) = figure { { " " }<span class="num">{ figure }</span> }
            if let Some(g) = grade {
                { " " }<span class={classes!("grade", weak.then_some("weak"))} data-testid="grade">{ g.label(lang) }</span>
            }
            if weak { <span class="weak-note">{ lang.t(i18n::results::READ_AS_A_WIDE_RANGE_ONLY) }</span> }
            <span class="source-text">{ source.text().to_string() }</span>
        </li>
    }
}

/// Where a line's figure comes from: its rates with their ranges and sources.
fn line_sources(category: Category, drivers: &[Driver], o: &Point, lang: Lang) -> Html {
    let catalog = catalog();
    let s = &o.scenario;
    let d = &catalog.pricing.default;
    let mut items: Vec<Html> = drivers
        .iter()
        .filter_map(|&driver| {
            let (range, source) = rate(catalog, s, driver)?;
            Some(source_item(
                driver.label(lang).to_string(),
                Some(rate_range(driver, &range)),
                source,
                lang,
            ))
        })
        .collect();
    match category {
        Category::Tax => items.push(source_item(
            lang.t(i18n::common::VAT_RATE).into(),
            Some(format!("{}%", model::number::plain(s.vat_pct, 2))),
            &d.vat_source,
            lang,
        )),
        Category::Contingency => items.push(source_item(
            lang.t(i18n::common::CONTINGENCY).into(),
            Some(format!("{}%", model::number::plain(s.contingency_pct, 2))),
            &d.contingency_source,
            lang,
        )),
        Category::ParticipantTime => {
            let w = &catalog.costs.participants;
            items.push(source_item(
                lang.t(i18n::results::NATIONAL_AVERAGE_WAGE).into(),
                Some(cny(w.national_wage)),
                &w.national_wage_source,
                lang,
            ));
            items.push(source_item(
                lang.t(i18n::results::PARTICIPANTS_SHARE_OF_IT).into(),
                Some(format!("×{}", model::number::plain(w.staff_share, 2))),
                &w.staff_share_source,
                lang,
            ));
        }
        _ => {}
    }
    if let Some(city) = catalog.city(&s.city) {
        let local = drivers.iter().any(|d| {
            matches!(
                d,
                Driver::VenueDay
                    | Driver::Catering
                    | Driver::CoordinationHour
                    | Driver::InternalDay
                    | Driver::AssistantDay
            ) || (*d == Driver::TrainerDay && o.estimate.shape.trainer_scale != 1.0)
        }) || category == Category::ParticipantTime;
        if local {
            items.push(source_item(
                format!(
                    "{}{}",
                    city.name.get(lang),
                    lang.t(i18n::results::PRICE_INDEX)
                ),
                Some(format!("×{}", model::number::plain(city.index(), 3))),
                &city.source,
                lang,
            ));
        }
    }
    html! {
        <details class="why" data-testid={format!("line-source-{}", category.id())}>
            <summary>{ lang.t(i18n::results::SOURCES) }</summary>
            <ul>{ for items }</ul>
        </details>
    }
}

#[component]
pub fn LineTable(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let o = &props.point;
    let e = &o.estimate;
    let seats =
        o.scenario.sourcing == Sourcing::Public || o.scenario.sourcing == Sourcing::OnlineCourse;
    html! {
        <>
        <table class="lines" data-testid="line-items">
            <caption>{ lang.t(i18n::results::LINE_ITEMS_CNY_THE_EXPECTED_VALUES) }</caption>
            <thead><tr>
                <th scope="col">{ lang.t(i18n::common::ITEM) }</th>
                <th scope="col">{ lang.t(i18n::results::EXPECTED) }</th>
                <th scope="col">{ lang.t(i18n::results::LOW) }</th>
                <th scope="col">{ lang.t(i18n::results::LIKELY) }</th>
                <th scope="col">{ lang.t(i18n::results::HIGH) }</th>
            </tr></thead>
            <tbody>
                { for e.lines.iter().map(|l| html! {
                    <>
                        <tr data-testid={format!("line-{}", l.category.id())}>
                            <th scope="row">{ l.category.label(lang) }</th>
                            <td data-testid="line-expected"><strong>{ cny(l.expected) }</strong></td>
                            <td>{ cny(l.cost.low) }</td><td>{ cny(l.cost.likely) }</td><td>{ cny(l.cost.high) }</td>
                        </tr>
                        // Where the line's figures come from, across the whole table so the
                        // sources can be read without squeezing the numbers.
                        <tr class="why-row"><td colspan="5">{ line_sources(l.category, &l.drivers, o, lang) }</td></tr>
                    </>
                }) }
            </tbody>
            <tfoot><tr>
                <th scope="row">{ lang.t(i18n::common::TOTAL) }</th>
                <td data-testid="lines-total"><strong>{ cny(e.total) }</strong></td>
                <td>{ cny(e.extremes.low) }</td><td>{ cny(e.extremes.likely) }</td><td>{ cny(e.extremes.high) }</td>
            </tr></tfoot>
        </table>
        if seats {
            <p class="hint">{ lang.t(i18n::results::SEAT_PRICES_INCLUDE_TAX_AND_THE) }</p>
        }
        </>
    }
}
