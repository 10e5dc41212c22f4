//! The year added up: its headline and range, by department (with last year beside it), by
//! quarter (with a chart) and by route.

use std::rc::Rc;

use model::Lang;
use model::i18n;
use model::money::cny;
use model::number::plain;
use model::typed::NumberError;
use model::year::{Programme, Subtotal, YearCost};
use yew::prelude::*;

use crate::app::charts::{RangeBars, RangeRow};
use crate::app::components::{Chart, NumberField};
use crate::store::field_problem::FieldProblem;
use crate::store::year::{YearAction, YearField};

/// The headline: the year's expected cost and its P10–P90.
pub fn headline(cost: &YearCost, lang: Lang) -> Html {
    let y = &cost.year;
    html! {
        <div class="year-headline" aria-live="polite">
            <p class="big">
                { lang.t(i18n::year::THE_YEAR_EXPECTED) }{ " " }
                <strong data-testid="year-total">{ cny(y.cost) }</strong>
            </p>
            <p data-testid="year-range">
                { lang.fill(i18n::year::LIKELY_BETWEEN, &[("low", &cny(cost.range.low)), ("high", &cny(cost.range.high))]) }
            </p>
            <p class="hint">
                { lang.fill(i18n::year::PLACES_PER_HEAD_HOURS, &[
                    ("people", &y.people),
                    ("per_head", &y.per_head().map(cny).unwrap_or_default()),
                    ("hours", &y.hours_per_head().map(|h| plain(h, 1)).unwrap_or_default()),
                ]) }
            </p>
        </div>
    }
}

/// A change with its sign: `+¥1,200`, `-¥300`.
fn signed(text: String, change: f64) -> String {
    if change > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

fn row<K>(label: String, s: &Subtotal<K>) -> Html {
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td class="num">{ cny(s.cost) }</td>
            <td class="num">{ s.people }</td>
            <td class="num">{ s.per_head().map(cny).unwrap_or_default() }</td>
            <td class="num">{ s.hours_per_head().map(|h| plain(h, 1)).unwrap_or_default() }</td>
        </tr>
    }
}

fn head(first: &str, lang: Lang, extra: Html) -> Html {
    html! {
        <thead><tr>
            <th scope="col">{ first }</th>
            <th scope="col" class="num">{ lang.t(i18n::year::COST) }</th>
            <th scope="col" class="num">{ lang.t(i18n::year::PLACES) }</th>
            <th scope="col" class="num">{ lang.t(i18n::year::PER_HEAD) }</th>
            <th scope="col" class="num">{ lang.t(i18n::year::HOURS_PER_HEAD) }</th>
            { extra }
        </tr></thead>
    }
}

#[derive(Properties, PartialEq)]
pub struct TotalsProps {
    pub cost: Rc<YearCost>,
    pub programme: Programme,
    pub last_year_problem: Option<FieldProblem>,
    pub lang: Lang,
    pub on_action: Callback<YearAction>,
}

/// The year by department, quarter and route.
#[component]
pub fn Totals(props: &TotalsProps) -> Html {
    let TotalsProps {
        cost,
        programme,
        lang,
        ..
    } = props;
    let lang = *lang;
    let quarter = |q: usize| model::year::Period::ALL[q].label(lang).to_string();
    let chart = RangeBars {
        rows: cost
            .by_quarter
            .iter()
            .map(|q| RangeRow {
                label: quarter(q.key),
                low: q.cost,
                likely: q.cost,
                high: q.cost,
            })
            .collect(),
        lang,
    };
    let last_year_error = props
        .last_year_problem
        .as_ref()
        .map(|p| AttrValue::from(p.message(lang)));
    html! {
        <section class="year-totals" aria-labelledby="year-totals-title">
            <h3 id="year-totals-title">{ lang.t(i18n::year::TOTALS) }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(i18n::year::TOTALS)}>
            <table data-testid="year-by-department">
                <caption>{ lang.t(i18n::year::BY_DEPARTMENT) }</caption>
                { head(lang.t(i18n::year::DEPARTMENT), lang, html! {
                    <>
                        <th scope="col" class="num no-print">{ lang.t(i18n::year::LAST_YEAR) }</th>
                        <th scope="col" class="num">{ lang.t(i18n::year::CHANGE) }</th>
                        <th scope="col" class="num">{ lang.t(i18n::year::CHANGE_PER_PLACE) }</th>
                    </>
                }) }
                <tbody>
                    { for cost.by_department.iter().enumerate().map(|(i, d)| {
                        let last = programme.last_year.get(&d.key).copied();
                        let department = d.key.clone();
                        let on_action = props.on_action.clone();
                        let on_change = Callback::from(move |v: Result<f64, NumberError>| on_action.emit(match v {
                            Ok(v) => YearAction::LastYear(department.clone(), Some(v)),
                            Err(NumberError::Empty) => YearAction::LastYear(department.clone(), None),
                            Err(e) => YearAction::Unreadable(YearField::LastYear, e),
                        }));
                        let name = if d.key.is_empty() { lang.t(i18n::year::NO_DEPARTMENT).to_string() } else { d.key.clone() };
                        html! {
                            <tr>
                                <th scope="row">{ name.clone() }</th>
                                <td class="num">{ cny(d.cost) }</td>
                                <td class="num">{ d.people }</td>
                                <td class="num">{ d.per_head().map(cny).unwrap_or_default() }</td>
                                <td class="num">{ d.hours_per_head().map(|h| plain(h, 1)).unwrap_or_default() }</td>
                                <td class="num no-print">
                                    <NumberField id={format!("year-last-{i}")} label={lang.fill(i18n::year::LAST_YEAR_OF, &[("department", &name)])}
                                        value={last.unwrap_or(0.0)} blank={last.is_none()} {lang} error={last_year_error.clone()} {on_change} />
                                </td>
                                <td class="num" data-testid="year-last-change">{ last.filter(|l| *l > 0.0).map(|l| {
                                    let change = d.cost - l;
                                    format!("{} ({}%)", signed(cny(change), change), signed(plain(change / l * 100.0, 1), change))
                                }).unwrap_or_default() }</td>
                                // Last year's spending spread over this year's places, against this
                                // year's cost per place: what "last year plus a rise" means per person.
                                <td class="num">{ last.filter(|_| d.people > 0).map(|l| {
                                    let change = (d.cost - l) / f64::from(d.people);
                                    signed(cny(change), change)
                                }).unwrap_or_default() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <table data-testid="year-by-quarter">
                <caption>{ lang.t(i18n::year::BY_QUARTER) }</caption>
                { head(lang.t(i18n::year::QUARTER), lang, html! {}) }
                <tbody>{ for cost.by_quarter.iter().map(|q| row(quarter(q.key), q)) }</tbody>
            </table>
            <table data-testid="year-by-route">
                <caption>{ lang.t(i18n::year::BY_ROUTE) }</caption>
                { head(lang.t(i18n::form::SOURCING), lang, html! {}) }
                <tbody>{ for cost.by_route.iter().map(|r| row(r.key.label(lang).to_string(), r)) }</tbody>
            </table>
            </div>
            <div class="no-print">
                <Chart<RangeBars> data={chart}
                    label={lang.t(i18n::year::CASH_NEEDED_EACH_QUARTER)} testid="year-quarter-chart" height={180} {lang} />
            </div>
        </section>
    }
}
