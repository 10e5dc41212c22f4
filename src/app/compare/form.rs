//! The form procurement signs (询价比价表): number, date, item and scope, one row per quote on
//! the common basis with its place against the market and its score, the result and its
//! reason, and the signatures. Shown on screen and printed on one A4 page (landscape: eleven
//! columns; style/app.css, "Comparing quotes").

use model::Lang;
use model::compare::{Comparison, Enquiry, RuleWarning};
use model::heading::DocumentHeading;
use model::i18n;
use model::money::{amount_in_words, cny};
use model::number::plain;
use yew::prelude::*;

use crate::app::components::table_head;

use crate::catalog::catalog;

use super::{against_market, scope_line};

pub fn form(
    enquiry: &Enquiry,
    comparison: &Comparison,
    reason: &str,
    today: model::calendar::Day,
    lang: Lang,
) -> Html {
    let h = &enquiry.heading;
    let colon = lang.t(i18n::budget_request::COLON);
    let date = h.date.unwrap_or(today).formal(lang);
    let market = &comparison.scope.market;
    let dash = || "—".to_string();
    let winner = comparison
        .winner
        .map(|w| (&enquiry.bids[w], &comparison.bids[w]));
    html! {
        <div class="compare-form" data-testid="compare-form">
            <h2 class="doc-title">{ lang.t(i18n::compare_page::FORM_TITLE) }</h2>
            <p class="doc-meta">
                <span>{ lang.t(i18n::common::NUMBER) }{ colon }{ &h.number }</span>
                <span>{ lang.t(i18n::compare_page::DATE) }{ colon }{ date }</span>
                <span>{ lang.t(i18n::compare_page::ITEM) }{ colon }{ &h.item }</span>
            </p>
            <p class="doc-scope">{ lang.t(i18n::compare_page::SCOPE) }{ colon }{ scope_line(&comparison.scope, lang) }</p>
            <p class="doc-scope">{ lang.fill(i18n::compare_page::MARKET_LINE, &[
                ("likely", &cny(market.likely)), ("low", &cny(market.low)), ("high", &cny(market.high)),
            ]) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(i18n::compare_page::FORM_TITLE)}>
            <table class="bids-table">
                { table_head(&i18n::compare_page::FORM_COLUMNS, &[2, 4, 5, 6, 10], lang) }
                <tbody>
                    { for enquiry.bids.iter().zip(&comparison.bids).enumerate().map(|(n, (bid, a))| html! {
                        <tr class={classes!((comparison.winner == Some(n)).then_some("chosen"))}>
                            <td>{ n + 1 }</td>
                            <td>{ &bid.vendor }</td>
                            <td class="num">{ cny(a.basis.with_tax) }</td>
                            <td>{ a.basis.invoice_text(bid, lang) }</td>
                            <td class="num">{ cny(a.basis.cost) }</td>
                            <td class="num">{ cny(a.basis.per_head) }</td>
                            <td class="num">{ a.basis.per_class_hour.map(cny).unwrap_or_else(dash) }</td>
                            <td>{ &bid.payment_terms }</td>
                            <td class="date">{ bid.valid_until.map(|d| d.formal(lang)).unwrap_or_else(dash) }</td>
                            <td>{ against_market(a.basis.with_tax, market, lang) }</td>
                            <td class="num">{ a.score.map(|s| plain(s.total, 1)).unwrap_or_else(dash) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <p>{ lang.t(i18n::compare_page::RESULT) }{ colon }{ match winner {
                Some((bid, a)) => lang.fill(i18n::compare_page::RESULT_LINE, &[
                    ("vendor", &bid.vendor), ("price", &cny(a.basis.with_tax)),
                    ("capitals", &amount_in_words((a.basis.with_tax * 100.0).round() as i64)),
                ]),
                None => lang.t(i18n::compare_page::NO_VALID_QUOTE).to_string(),
            } }</p>
            <p class="compare-reason">{ lang.t(i18n::compare_page::REASON) }{ colon }{ reason }</p>
            { for comparison.rule.iter().map(|w: &RuleWarning| html! { <p class="compare-rule">{ w.sentence(lang) }</p> }) }
            <p class="doc-note">{ lang.fill(i18n::compare_page::FORM_NOTE, &[
                ("minutes", &catalog().compare.class_hour.minutes),
            ]) }</p>
            <div class="signatures">
                { for h.signatures().map(|(label, name)| html! {
                    <div class="signature"><span>{ lang.t(label) }{ colon }</span><span class="sign-line">{ name.to_string() }</span></div>
                }) }
            </div>
        </div>
    }
}
