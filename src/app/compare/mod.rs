//! The buyer's place (比价): the quotes received for one course, typed or opened from a quote
//! desk's file, each on one basis (tax, the buyer's invoice, per head, per class hour) and
//! against the market's price of the same scope, the company's purchasing rule, the scores, the
//! recommended vendor with its reason, and the 询价比价表 procurement signs (printed, CSV,
//! Excel).

mod bid_card;
mod form;
mod settings;

use model::Lang;
use model::catalog::Range;
use model::compare::{Bid, Scope, Standing, line_checks};
use model::i18n;
use model::money::cny;
use model::number::plain;
use yew::prelude::*;

use crate::app::components::{TextField, heading_fields};
use crate::app::documents::SheetExports;
use crate::app::store::use_page;
use crate::catalog::catalog;
use crate::export::compare_sheet;
use crate::store::Action;
use crate::store::compare::{CompareAction, CompareNotice};
use bid_card::BidCard;
use settings::{ImportQuote, buyer_settings, scope_chooser};

#[component]
pub fn ComparePage() -> Html {
    let (store, lang, on_action) = use_page(Action::Compare);
    let state = &store.compare;
    let enquiry = &state.enquiry;
    let reason = state.reason(lang);

    let add = {
        let on_action = on_action.clone();
        Callback::from(move |_| on_action.emit(CompareAction::AddBid))
    };
    // The form as a workbook, as it stands when an export is asked for.
    let document = {
        let (state, reason) = (state.clone(), reason.clone());
        Callback::from(move |()| {
            let Some(comparison) = state.assessed() else {
                return Ok(None);
            };
            let book = compare_sheet::comparison(
                &state.enquiry,
                comparison,
                &reason,
                state.today,
                catalog(),
                lang,
            );
            Ok(Some((
                book,
                lang.t(i18n::compare_sheet::FILE_NAME).to_string(),
            )))
        })
    };
    let on_reason = {
        let on_action = on_action.clone();
        Callback::from(move |v: String| on_action.emit(CompareAction::Reason(Some(v))))
    };
    let drafted = {
        let on_action = on_action.clone();
        Callback::from(move |_| on_action.emit(CompareAction::Reason(None)))
    };
    let h = &enquiry.heading;
    let on_date = {
        let (on_action, heading) = (on_action.clone(), h.clone());
        Callback::from(move |e: Event| {
            let typed = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut h = heading.clone();
            h.date = model::calendar::Day::parse(&typed);
            on_action.emit(CompareAction::Heading(h));
        })
    };
    // The comparison's date: the one part of its heading that is not typed text.
    let date = html! {
        <div class="field">
            <label for="compare-heading-date">{ lang.t(i18n::compare_page::DATE) }</label>
            <div class="field-box">
                <input type="date" id="compare-heading-date" data-testid="compare-heading-date"
                    value={h.date.unwrap_or(state.today).to_string()} onchange={on_date} />
            </div>
        </div>
    };
    let comparison = state.assessed();
    // The comparison is worked out when the place is first shown, not as the app starts.
    {
        let on_action = on_action.clone();
        use_effect_with(state.comparison.is_none(), move |&unopened| {
            if unopened {
                on_action.emit(CompareAction::Open);
            }
        });
    }
    let full = enquiry.bids.len() >= catalog().compare.limits.max_bids;
    html! {
        <div class="compare-page">
            <section class="compare-intro no-print">
                <p class="hint">{ lang.t(i18n::compare_page::INTRO) }</p>
                { scope_chooser(&store, lang) }
                { match &state.comparison {
                    None => html! {},
                    Some(Ok(c)) => html! {
                        <p class="compare-scope" data-testid="compare-scope">
                            <strong>{ scope_line(&c.scope, lang) }</strong><br />
                            { lang.fill(i18n::compare_page::MARKET_LINE, &[
                                ("likely", &cny(c.scope.market.likely)), ("low", &cny(c.scope.market.low)), ("high", &cny(c.scope.market.high)),
                            ]) }
                        </p>
                    },
                    Some(Err(e)) => html! { <p class="field-error" role="alert">{ e.message(lang) }</p> },
                } }
                { buyer_settings(state, lang, &on_action) }
            </section>
            <section class="compare-bids no-print" aria-labelledby="compare-bids-title">
                <h2 id="compare-bids-title">{ lang.t(i18n::compare_page::QUOTES_RECEIVED) }</h2>
                <div class="compare-add">
                    <button type="button" data-testid="bid-add" onclick={add} disabled={full}>{ lang.t(i18n::compare_page::ADD_A_QUOTE) }</button>
                    <ImportQuote {lang} on_action={on_action.clone()} disabled={full} />
                </div>
                { notice(state.notice.as_ref(), lang, &on_action) }
                if enquiry.bids.is_empty() {
                    <p class="compare-empty" data-testid="compare-empty">{ lang.t(i18n::compare_page::NO_QUOTES_YET) }</p>
                }
                <div class="compare-bid-list">
                    { for enquiry.bids.iter().enumerate().map(|(i, bid)| html! {
                        <BidCard key={i} index={i} bid={bid.clone()}
                            assessed={comparison.map(|c| c.bids[i].clone())}
                            checks={comparison.map(|c| line_checks(bid, &c.bids[i].basis, &c.scope)).unwrap_or_default()}
                            market={comparison.map(|c| c.scope.market)}
                            problems={state.problems.iter().filter(|(f, _)| f.belongs_to(i)).map(|(f, p)| (*f, p.clone())).collect::<Vec<_>>()}
                            public_caps={enquiry.public_caps} {lang} on_action={on_action.clone()} />
                    }) }
                </div>
            </section>
            if let Some(c) = comparison {
                if !enquiry.bids.is_empty() {
                    <section class="compare-result no-print" aria-labelledby="compare-result-title">
                        <h2 id="compare-result-title">{ lang.t(i18n::compare_page::THE_CHOICE) }</h2>
                        { for c.rule.iter().map(|w| html! {
                            <p class="compare-rule" role="status" data-testid="bid-rule-warning">{ w.sentence(lang) }</p>
                        }) }
                        <p class="compare-winner" data-testid="bid-winner">{ match c.winner {
                            Some(w) => lang.fill(i18n::compare_page::RECOMMENDED, &[("vendor", &vendor_name(&enquiry.bids[w], w, lang))]),
                            None => lang.t(i18n::compare_page::NO_VALID_QUOTE).to_string(),
                        } }</p>
                        <TextField id="compare-reason" label={lang.t(i18n::compare_page::REASON)} multiline=true
                            value={reason.clone()} max_chars={catalog().pricing.limits.max_reason_chars} on_change={on_reason} />
                        if enquiry.reason.is_some() {
                            <button type="button" onclick={drafted}>{ lang.t(i18n::compare_page::USE_THE_DRAFTED_REASON) }</button>
                        }
                    </section>
                }
                if !enquiry.bids.is_empty() {
                <section class="compare-document" aria-labelledby="compare-document-title">
                    <h2 id="compare-document-title" class="no-print">{ lang.t(i18n::compare_page::THE_FORM_PROCUREMENT_SIGNS) }</h2>
                    <div class="compare-heading-fields no-print">
                        { heading_fields("compare-heading", &enquiry.heading, catalog().compare.limits.max_text_chars,
                            &on_action.reform(CompareAction::Heading), lang, date) }
                    </div>
                    { form::form(enquiry, c, &reason, state.today, lang) }
                    <SheetExports place="compare" {document} ready=true {lang}
                        labels={[i18n::compare_page::PRINT_THE_FORM, i18n::compare_page::EXPORT_CSV, i18n::compare_page::EXPORT_EXCEL]} />
                </section>
                }
            }
        </div>
    }
}

fn notice(notice: Option<&CompareNotice>, lang: Lang, on_action: &Callback<CompareAction>) -> Html {
    let Some(notice) = notice else {
        return html! {};
    };
    let dismiss = {
        let on_action = on_action.clone();
        Callback::from(move |_| on_action.emit(CompareAction::DismissNotice))
    };
    let (class, role, text) = match notice {
        CompareNotice::Full => (
            "field-error",
            "alert",
            lang.fill(
                i18n::compare_page::AT_MOST_QUOTES,
                &[("max", &catalog().compare.limits.max_bids)],
            ),
        ),
        CompareNotice::Refused(why) => ("field-error", "alert", why.message(lang)),
        CompareNotice::Imported(vendor) => (
            "ok",
            "status",
            lang.fill(i18n::compare_page::QUOTE_OPENED, &[("vendor", vendor)]),
        ),
    };
    html! {
        <p class={classes!("compare-notice", class)} {role} data-testid="compare-notice">
            { text }{ " " }
            <button type="button" class="link-button" onclick={dismiss}>{ lang.t(i18n::compare_page::DISMISS) }</button>
        </p>
    }
}

/// The vendor's name, or "quote n" for a quote not yet named.
fn vendor_name(bid: &Bid, i: usize, lang: Lang) -> String {
    if bid.vendor.trim().is_empty() {
        lang.fill(i18n::compare_page::QUOTE_N, &[("n", &(i + 1))])
    } else {
        bid.vendor.clone()
    }
}

/// Where a price with tax stands against the market's range for the same scope, with its
/// distance from the expected price: `高于市场区间（较市场预期 +35%）`.
pub(crate) fn against_market(with_tax: f64, market: &Range, lang: Lang) -> String {
    let place = Standing::of(with_tax, market).label(lang);
    if market.likely <= 0.0 {
        return place.to_string();
    }
    let pct = (with_tax / market.likely - 1.0) * 100.0;
    let signed = if pct >= 0.0 {
        format!("+{}", plain(pct, 0))
    } else {
        plain(pct, 0)
    };
    lang.fill(
        i18n::compare_page::AGAINST_EXPECTED,
        &[("place", &place), ("pct", &signed)],
    )
}

/// The scope in one line: people, classes and days, class hours, and what the scenario is.
pub(crate) fn scope_line(scope: &Scope, lang: Lang) -> String {
    lang.fill(
        i18n::compare_page::SCOPE_LINE,
        &[
            (
                "scenario",
                &scope.scenario.describe(catalog(), lang) as &dyn std::fmt::Display,
            ),
            ("classes", &scope.classes.max(1)),
            ("days", &scope.days_per_class),
            ("class_hours", &plain(scope.class_hours, 1)),
        ],
    )
}
