//! The panel's answer: what is missing before a figure can be given, or the break-even with
//! how it is reached, the range on the user's belief, the chance and the payback, what is
//! counted but not priced, the notes past the published anchors, and the chart.

use model::Lang;
use model::cost::ScenarioError;
use model::i18n;
use model::money::cny;
use model::number::plain;
use model::worth::{Missing, Note, Spread, Worth, WorthInputs, pct_text};
use yew::prelude::*;

use crate::app::charts::WorthLine;
use crate::app::components::Chart;
use crate::catalog::catalog;

/// What the model said (worked out only while the panel is open).
pub type Assessed = Result<Result<Worth, Vec<Missing>>, ScenarioError>;

pub fn answer(assessed: &Assessed, inputs: &WorthInputs, lang: Lang) -> Html {
    match assessed {
        Err(e) => html! { <p class="error" role="alert">{ e.message(lang) }</p> },
        Ok(Err(missing)) => html! {
            <div class="worth-missing" role="status" data-testid="roi-missing">
                <p>{ lang.t(i18n::worth::MISSING_TITLE) }</p>
                <ul>{ for missing.iter().map(|m| html! { <li>{ m.message(lang) }</li> }) }</ul>
            </div>
        },
        Ok(Ok(worth)) => figures(worth, inputs, lang),
    }
}

fn figures(w: &Worth, inputs: &WorthInputs, lang: Lang) -> Html {
    let catalog = catalog();
    let basis = lang.fill(
        i18n::worth::BASIS,
        &[
            ("cost", &cny(w.cost.likely)),
            ("low", &cny(w.cost.low)),
            ("high", &cny(w.cost.high)),
            ("value", &cny(w.value_per_complaint)),
            ("complaints", &plain(w.complaints_a_year, 1)),
            ("share", &pct_text(w.counted_share * 100.0)),
        ],
    );
    let row = |label: &'static str, s: Spread, show: &dyn Fn(f64) -> String| {
        html! {
            <tr><th scope="row">{ label }</th>
                <td class="num">{ show(s.p10) }</td><td class="num">{ show(s.p50) }</td><td class="num">{ show(s.p90) }</td></tr>
        }
    };
    let ratio = |v: f64| plain(v, 2);
    let payback = match w.payback_months {
        Some(m) => lang.fill(i18n::worth::PAYBACK, &[("months", &plain(m, 1))]),
        None => lang.t(i18n::worth::NO_PAYBACK).to_string(),
    };
    let chart = WorthLine {
        per_pct: w.benefit_at(1.0),
        cost: w.cost,
        change: inputs.change(catalog),
        break_even: w.break_even_pct,
        lang,
    };
    html! {
        <div class="worth-answer" aria-live="polite">
            <p class="worth-headline" data-testid="roi-break-even">{ w.headline(lang) }</p>
            <p class="hint">{ basis }</p>
            <table class="summary-table worth-range" data-testid="roi-range">
                <caption>{ lang.t(i18n::worth::RANGE_TITLE) }</caption>
                <thead><tr><th scope="col"></th><th scope="col" class="num">{ "P10" }</th>
                    <th scope="col" class="num">{ "P50" }</th><th scope="col" class="num">{ "P90" }</th></tr></thead>
                <tbody>
                    { row(lang.t(i18n::worth::BENEFITS), w.benefits, &|v| cny(v)) }
                    { row(lang.t(i18n::worth::BCR), w.bcr, &ratio) }
                    { row(lang.t(i18n::worth::ROI), w.roi_pct, &|v| pct_text(v)) }
                </tbody>
            </table>
            <p data-testid="roi-chance"><strong>{ lang.fill(i18n::worth::CHANCE, &[("pct", &pct_text(w.chance * 100.0))]) }</strong>{ " " }{ payback }</p>
            if let Some(n) = w.escalations_avoided {
                <p class="hint">{ lang.fill(i18n::worth::ESCALATIONS, &[("count", &plain(n, 0))]) }</p>
            }
            if let Some(n) = w.regulator_avoided {
                <p class="hint">{ lang.fill(i18n::worth::REGULATOR_FEWER, &[("count", &plain(n, 1))]) }</p>
            }
            { for w.notes.iter().map(|n| match n {
                Note::BeyondTheAnchor { anchor } => html! {
                    <p class="worth-note" role="note" data-testid="roi-note">{ lang.fill(i18n::worth::BEYOND_ANCHOR, &[("anchor", &pct_text(*anchor))]) }</p>
                },
            }) }
            <Chart<WorthLine> data={chart}
                label={lang.t(i18n::worth::CHART_LABEL)} testid="roi-chart" height={240} {lang} />
            <h4>{ lang.t(i18n::worth::INTANGIBLES_TITLE) }</h4>
            <ul class="worth-intangibles">
                { for [i18n::worth::INTANGIBLE_REPUTATION, i18n::worth::INTANGIBLE_MORALE, i18n::worth::INTANGIBLE_REGULATOR]
                    .into_iter().map(|t| html! { <li>{ lang.t(t) }</li> }) }
            </ul>
        </div>
    }
}
