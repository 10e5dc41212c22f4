//! The plan table finance signs (年度培训计划表): the heading, every course, the totals by
//! department and quarter, the caps and the signatures. Shown on screen and printed on A4
//! landscape (style/app.css, "The year's plan").

use model::Lang;
use model::budget::percent;
use model::heading::DocumentHeading;
use model::i18n;
use model::money::{amount_in_words, cny};
use model::number::plain;
use model::year::{Caps, Programme, YearCost};
use yew::prelude::*;

use crate::app::components::table_head;

use crate::catalog::catalog;

pub fn plan_table(year: &Programme, cost: &YearCost, caps: &Caps, lang: Lang) -> Html {
    let h = &year.heading;
    let city = |id: &str| {
        catalog()
            .city(id)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let counted = year
        .courses
        .iter()
        .zip(&cost.courses)
        .filter(|(c, _)| !c.deferred)
        .filter_map(|(c, p)| p.as_ref().ok().map(|p| (c, p)));
    let quarters = cost
        .by_quarter
        .iter()
        .map(|q| {
            format!(
                "{} {}",
                model::year::Period::ALL[q.key].label(lang),
                cny(q.cost)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let departments = cost
        .by_department
        .iter()
        .map(|d| {
            let name = if d.key.is_empty() {
                lang.t(i18n::year::NO_DEPARTMENT)
            } else {
                &d.key
            };
            format!("{name} {}", cny(d.cost))
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let fen = (cost.year.cost * 100.0).round() as i64;
    let colon = lang.t(i18n::budget_request::COLON);
    html! {
        <div class="year-plan" data-testid="year-plan">
            <h2 class="doc-title">{ lang.t(i18n::year::ANNUAL_TRAINING_PLAN) }</h2>
            <p class="doc-meta">{ labelled(h.particulars(), lang) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(i18n::year::ANNUAL_TRAINING_PLAN)}>
            <table class="plan-table">
                { table_head(&i18n::year::PLAN_COLUMNS, &[4, 5, 6, 11, 12], lang) }
                <tbody>
                    { for counted.enumerate().map(|(n, (c, p))| html! {
                        <tr>
                            <td>{ n + 1 }</td>
                            <td>{ &c.name }</td>
                            <td>{ &c.department }</td>
                            <td>{ c.audience.label(lang) }</td>
                            <td class="num">{ p.people }</td>
                            <td class="num">{ if p.classes > 0 { p.classes.to_string() } else { "—".to_string() } }</td>
                            <td class="num">{ plain(p.hours, 1) }</td>
                            <td>{ c.scenario.sourcing.label(lang) }</td>
                            <td>{ city(&c.scenario.city) }</td>
                            <td>{ c.period.label(lang) }</td>
                            <td>{ c.priority.label(lang) }</td>
                            <td class="num">{ cny(p.expected) }</td>
                            <td class="num">{ format!("{}–{}", cny(p.p10), cny(p.p90)) }</td>
                        </tr>
                    }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row" colspan="4">{ lang.t(i18n::common::TOTAL) }</th>
                    <td class="num">{ cost.year.people }</td>
                    <td colspan="6"></td>
                    <td class="num">{ cny(cost.year.cost) }</td>
                    <td class="num">{ format!("{}–{}", cny(cost.range.low), cny(cost.range.high)) }</td>
                </tr></tfoot>
            </table>
            </div>
            <p>{ lang.t(i18n::year::IN_CAPITALS) }{ colon }{ amount_in_words(fen) }</p>
            <p>{ lang.t(i18n::year::BY_DEPARTMENT) }{ colon }{ departments }</p>
            <p>{ lang.t(i18n::year::BY_QUARTER) }{ colon }{ quarters }</p>
            if let Some(fund) = &caps.fund {
                <p>{ lang.fill(i18n::year::CAPS_LINE, &[
                    ("fund", &cny(fund.set_aside)), ("fund_rate", &percent(fund.set_aside_rate)),
                    ("limit", &cny(fund.deductible_limit)), ("limit_rate", &percent(fund.deductible_rate)),
                ]) }</p>
            }
            if let Some(share) = caps.frontline_share {
                <p>{ lang.fill(i18n::year::FRONTLINE_LINE, &[("share", &percent(share)), ("floor", &percent(caps.frontline_floor))]) }</p>
            }
            <p class="signatures">{ labelled(h.signatures(), lang) }</p>
        </div>
    }
}

/// Each line as "label：what was written".
fn labelled<'a>(lines: impl Iterator<Item = (i18n::Text, &'a str)>, lang: Lang) -> Html {
    let colon = lang.t(i18n::budget_request::COLON);
    lines
        .map(
            |(label, value)| html! { <span>{ lang.t(label) }{ colon }{ value.to_string() }</span> },
        )
        .collect()
}
