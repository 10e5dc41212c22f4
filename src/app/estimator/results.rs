//! The numbers of an estimate: the headline figures, the market verdict and the line items.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::catalog;
use model::Lang;
use model::cost::{Outcome, Position};
use model::data::Range;
use model::money::cny;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub outcome: Rc<Outcome>,
    pub lang: Lang,
    /// The inputs on screen are not the ones priced (a bad value is being fixed).
    pub stale: bool,
}

pub fn position_label(position: Position, lang: Lang) -> &'static str {
    match position {
        Position::Below => lang.pick("低于市场区间", "Below the market band"),
        Position::Inside => lang.pick("在市场区间内", "Inside the market band"),
        Position::Above => lang.pick("高于市场区间", "Above the market band"),
    }
}

fn span(r: &Range) -> String {
    format!("{} – {}", cny(r.low), cny(r.high))
}

#[component]
pub fn Summary(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let o = &props.outcome;
    let e = &o.estimate;
    let d = &o.distribution;
    let verdict_class = match e.verdict.position {
        Position::Below => "verdict below",
        Position::Inside => "verdict inside",
        Position::Above => "verdict above",
    };
    let position = position_label(e.verdict.position, lang);
    html! {
        <section class={classes!("summary", props.stale.then_some("stale"))} aria-live="polite"
            aria-label={lang.pick("估算结果", "Estimate")}>
            if props.stale {
                <p class="stale-note" data-testid="stale">{ match lang {
                    Lang::Zh => format!("输入有误，以下仍是上一次有效输入的结果：{}。", o.scenario.describe(catalog(), lang)),
                    Lang::En => format!("An input is wrong; this is still the estimate for the last valid inputs: {}.", o.scenario.describe(catalog(), lang)),
                } }</p>
            }
            <div class="figures">
                <div class="figure main">
                    <span class="figure-label">{ lang.pick("预算总额（最可能）", "Budget total (likely)") }</span>
                    <span class="figure-value" data-testid="total">{ cny(e.total.likely) }</span>
                    <span class="figure-note">{ lang.pick("P10–P90：", "P10–P90: ") }{ format!("{} – {}", cny(d.p10), cny(d.p90)) }</span>
                </div>
                <div class="figure">
                    <span class="figure-label">{ lang.pick("每人", "Per participant") }</span>
                    <span class="figure-value" data-testid="per-person">{ cny(e.per_participant.likely) }</span>
                    <span class="figure-note">{ span(&e.per_participant) }</span>
                </div>
                <div class="figure">
                    <span class="figure-label">{ lang.pick("每人每学时", "Per learner-hour") }</span>
                    <span class="figure-value" data-testid="per-hour">{ cny(e.per_learner_hour.likely) }</span>
                </div>
                <div class="figure">
                    <span class="figure-label">{ lang.pick("班次", "Classes") }</span>
                    <span class="figure-value" data-testid="classes">{ e.shape.classes }</span>
                    <span class="figure-note">{ format!("{} {}", lang.pick("每班最多", "up to"), e.shape.class_limit) }{ lang.pick("人", " per class") }</span>
                </div>
            </div>
            <div class="pair">
                <p>{ lang.pick("自办成本（不含加价与税，含不可预见费）：", "Run in-house (no markup or VAT, with contingency): ") }<strong data-testid="in-house">{ cny(e.in_house.likely) }</strong></p>
                <p>{ lang.pick("供应商报价（含加价与增值税）：", "Vendor price (markup and VAT included): ") }<strong data-testid="vendor-price">{ cny(e.vendor_price.likely) }</strong></p>
            </div>
            <p class={verdict_class} data-testid="band-verdict">
                <strong>{ position }</strong>{ " · " }{ e.verdict.reason(lang) }
            </p>
        </section>
    }
}

#[component]
pub fn LineTable(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let e = &props.outcome.estimate;
    html! {
        <table class="lines" data-testid="line-items">
            <caption>{ lang.pick("费用明细（元）", "Line items (CNY)") }</caption>
            <thead><tr>
                <th scope="col">{ lang.pick("项目", "Item") }</th>
                <th scope="col">{ lang.pick("低", "Low") }</th>
                <th scope="col">{ lang.pick("最可能", "Likely") }</th>
                <th scope="col">{ lang.pick("高", "High") }</th>
            </tr></thead>
            <tbody>
                { for e.lines.iter().map(|l| html! {
                    <tr data-testid={format!("line-{}", l.category.id())}>
                        <th scope="row">{ l.category.label(lang) }</th>
                        <td>{ cny(l.cost.low) }</td><td>{ cny(l.cost.likely) }</td><td>{ cny(l.cost.high) }</td>
                    </tr>
                }) }
            </tbody>
            <tfoot><tr>
                <th scope="row">{ lang.pick("合计", "Total") }</th>
                <td>{ cny(e.total.low) }</td><td>{ cny(e.total.likely) }</td><td>{ cny(e.total.high) }</td>
            </tr></tfoot>
        </table>
    }
}
