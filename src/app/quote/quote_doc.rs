//! The quote as the client reads it, on screen and on paper (A4): who it is from and for with
//! their contacts, its number, date and validity, the course, the lines with quantities and unit
//! prices, subtotal, VAT and total (the total in capitals too), the tax basis and invoice,
//! payment, what is included and what is billed at cost, remarks, and a place for each party's
//! seal and signature.

use model::i18n;
use yew::prelude::*;

use crate::app::components::table_head;

use crate::catalog::catalog;
use model::Lang;
use model::cost::Category;
use model::money::{Fen, amount_in_words, cny_fen};
use model::quote::{Contact, Quote, quantity_text};

#[derive(Properties, PartialEq)]
pub struct QuoteDocProps {
    pub quote: Quote,
    pub lang: Lang,
}

/// `50` → `50%`, `6.5` → `6.5%`.
fn pct(value: f64) -> String {
    format!("{}%", value)
}

/// A party's block: its role, its name, and (on quotes made now) its contact. The role heads
/// the block on screen and runs in before the name on paper (甲方（客户） 某某公司), as a contract
/// sets it and to keep the longest names on one A4 page.
fn party(role: &str, name: String, contact: Option<&Contact>, testid: &'static str) -> Html {
    html! {
        <div class="quote-party">
            <p class="quote-party-name">
                <span class="quote-role">{ role }</span>
                <span data-testid={testid}>{ name }</span>
            </p>
            if let Some(c) = contact {
                <p class="quote-contact">{ format!("{} {}", c.person, c.phone).trim().to_string() }</p>
            }
        </div>
    }
}

#[component]
pub fn QuoteDoc(props: &QuoteDocProps) -> Html {
    let (q, lang, catalog) = (&props.quote, props.lang, catalog());
    let number = q
        .number
        .clone()
        .unwrap_or_else(|| lang.t(i18n::quote_doc::DRAFT_NOT_NUMBERED).to_string());
    let vendor = if q.vendor.is_empty() {
        lang.t(i18n::quote_doc::VENDOR_NAME).to_string()
    } else {
        q.vendor.clone()
    };
    let course = lang.fill(
        i18n::quote_doc::COMPLAINT_HANDLING_TRAINING_CLASS,
        &[
            ("scenario", &q.scenario.describe(catalog, lang)),
            ("classes", &q.classes),
            ("days_per_class", &q.days_per_class),
        ],
    );
    let modules = q
        .plan
        .as_ref()
        .map(|p| p.ordered(&catalog.modules))
        .unwrap_or_default();
    let terms = q.terms.as_ref();

    html! {
        <article class="quote-doc" aria-label={lang.t(i18n::common::QUOTATION)}>
            <header class="quote-head">
                <p class="quote-vendor" data-testid="quote-vendor">{ vendor.clone() }</p>
                <h3>{ lang.t(i18n::common::QUOTATION) }</h3>
                <dl class="quote-meta">
                    <dt>{ lang.t(i18n::quote_doc::NUMBER) }</dt><dd data-testid="quote-number">{ number }</dd>
                    <dt>{ lang.t(i18n::common::DATE) }</dt><dd data-testid="quote-issued">{ q.issued.formal(lang) }</dd>
                    <dt>{ lang.t(i18n::quote_doc::VALID_UNTIL) }</dt><dd data-testid="quote-valid-until">{ q.valid_until.formal(lang) }</dd>
                </dl>
            </header>
            <div class="quote-parties">
                { party(lang.t(i18n::quote_doc::CLIENT), q.client.clone(), terms.map(|t| &t.client_contact), "quote-client") }
                { party(lang.t(i18n::quote_doc::VENDOR), vendor, terms.map(|t| &t.vendor_contact), "quote-vendor-party") }
            </div>
            <p class="quote-course">{ course }</p>
            if !modules.is_empty() {
                <ol class="quote-modules">
                    { for modules.iter().filter_map(|item| {
                        let module = catalog.modules.get(item.module)?;
                        Some(html! { <li>{ format!("{} · {}", module.title.get(lang), item.depth.label(lang)) }</li> })
                    }) }
                </ol>
            }
            { lines_table(q, lang) }
            { terms_list(q, lang) }
            <div class="quote-seals">
                { for [lang.t(i18n::quote_doc::CLIENT_SEAL), lang.t(i18n::quote_doc::VENDOR_SEAL)].into_iter().map(|who| html! {
                    <div class="quote-seal">
                        <p>{ who }</p>
                        <p class="quote-sign">{ lang.t(i18n::quote_doc::AUTHORISED_SIGNATURE) }</p>
                        <p class="quote-sign">{ lang.t(i18n::quote_doc::DATE) }</p>
                    </div>
                }) }
            </div>
        </article>
    }
}

/// The priced lines with their subtotal, VAT, total and the total in capitals.
fn lines_table(q: &Quote, lang: Lang) -> Html {
    let money = cny_fen;
    let vat_label = if q.tax_included {
        format!(
            "{} {}",
            lang.t(i18n::quote_doc::OF_WHICH_VAT),
            pct(q.vat_pct)
        )
    } else {
        format!("{} {}", Category::Tax.label(lang), pct(q.vat_pct))
    };
    let total_label = lang.t(i18n::quote_doc::TOTAL_VAT_INCLUDED);
    let words = amount_in_words(q.total.0);
    // Seven columns: 序号 / 项目 / 内容 / 单位 / 数量 / 单价 / 金额; totals span the first six.
    let span = "6";
    html! {
        <table class="quote-lines" data-testid="quote-lines">
            { table_head(&i18n::quote_doc::COLUMNS, &[0, 4, 5, 6], lang) }
            <tbody>
                { for q.lines.iter().enumerate().map(|(i, l)| {
                    let at_cost = l.priced.is_some_and(|p| p.item.at_cost());
                    let (unit, quantity, price) = match &l.priced {
                        Some(_) if at_cost => (String::new(), String::new(), lang.t(i18n::quote_doc::AT_COST).to_string()),
                        Some(p) => (p.unit.label(lang).to_string(), quantity_text(p.quantity), money(p.unit_price)),
                        None => Default::default(),
                    };
                    html! {
                        <tr data-testid="quote-line" class={classes!(at_cost.then_some("at-cost"))}>
                            <td class="num">{ i + 1 }</td>
                            <td class="quote-item">{ l.label(lang) }</td>
                            <td class="quote-content">{ l.content(q.scenario.trainer, lang) }</td>
                            <td data-testid="line-unit">{ unit }</td>
                            <td class="num" data-testid="line-quantity">{ quantity }</td>
                            <td class="num" data-testid="line-price">{ price }</td>
                            <td class="num" data-testid="line-amount">{ money(l.amount) }</td>
                        </tr>
                    }
                }) }
            </tbody>
            <tfoot>
                <tr><th scope="row" colspan={span}>{ lang.t(i18n::common::SUBTOTAL) }</th><td class="num" data-testid="quote-subtotal">{ money(q.subtotal) }</td></tr>
                // Only quotes issued by earlier versions carry a markup; it stays on them as issued.
                if q.markup != Fen::ZERO {
                    <tr><th scope="row" colspan={span}>{ format!("{} {}", Category::Markup.label(lang), pct(q.markup_pct)) }</th><td class="num">{ money(q.markup) }</td></tr>
                }
                <tr><th scope="row" colspan={span}>{ vat_label }</th><td class="num" data-testid="quote-vat">{ money(q.vat) }</td></tr>
                <tr class="quote-total"><th scope="row" colspan={span}>{ total_label }</th>
                    <td class="num" data-testid="quote-total">{ money(q.total) }</td></tr>
                <tr class="quote-words"><th scope="row" colspan="2">{ lang.t(i18n::quote_doc::TOTAL_IN_WORDS) }</th>
                    <td colspan="5" data-testid="amount-in-words">{ words }</td></tr>
            </tfoot>
        </table>
    }
}

/// Tax and invoice, payment, what the price covers, validity and remarks.
fn terms_list(q: &Quote, lang: Lang) -> Html {
    let terms = q.terms.as_ref();
    html! {
        <dl class="quote-terms">
            <dt>{ lang.t(i18n::quote_doc::TAX_AND_INVOICE) }</dt><dd data-testid="quote-tax-basis">{ q.tax_basis(lang) }</dd>
            if let Some(payment) = q.payment_terms(lang) {
                <dt>{ lang.t(i18n::quote_doc::PAYMENT) }</dt><dd data-testid="quote-payment">{ payment }</dd>
            }
            if terms.is_some() {
                <dt>{ lang.t(i18n::quote_doc::WHAT_THE_PRICE_COVERS) }</dt>
                <dd data-testid="quote-inclusions">{ for q.inclusions(lang).into_iter().map(|s| html! { <p>{ s }</p> }) }</dd>
            }
            <dt>{ lang.t(i18n::quote_doc::VALIDITY) }</dt>
            <dd>{ lang.fill(i18n::quote_doc::THIS_QUOTE_HOLDS_FROM_TO_AMOUNTS, &[("issued", &q.issued.formal(lang)), ("valid_until", &q.valid_until.formal(lang))]) }</dd>
            if let Some(t) = terms.filter(|t| !t.remarks.is_empty()) {
                <dt>{ lang.t(i18n::common::REMARKS) }</dt><dd data-testid="quote-remarks">{ t.remarks.clone() }</dd>
            }
        </dl>
    }
}
