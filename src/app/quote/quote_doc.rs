//! The quote as the client reads it, on screen and on paper: who it is from and for, its number
//! and validity, the course, each line, and the totals.

use yew::prelude::*;

use crate::catalog::catalog;
use model::Lang;
use model::cost::Category;
use model::money::cny;
use model::quote::Quote;

#[derive(Properties, PartialEq)]
pub struct QuoteDocProps {
    pub quote: Quote,
    pub lang: Lang,
}

/// `50` → `50%`, `6.5` → `6.5%`.
fn pct(value: f64) -> String {
    format!("{}%", value)
}

#[component]
pub fn QuoteDoc(props: &QuoteDocProps) -> Html {
    let (q, lang, catalog) = (&props.quote, props.lang, catalog());
    let number = q.number.clone().unwrap_or_else(|| {
        lang.pick("草稿（未编号）", "Draft (not numbered)")
            .to_string()
    });
    let vendor = if q.vendor.is_empty() {
        lang.pick("（供应商名称）", "(vendor name)").to_string()
    } else {
        q.vendor.clone()
    };
    let course = match lang {
        Lang::Zh => format!(
            "客诉处理培训：{}；{} 个班，每班 {} 天。",
            q.scenario.describe(catalog, lang),
            q.classes,
            q.days_per_class
        ),
        Lang::En => format!(
            "Complaint-handling training: {}; {} class(es), {} day(s) each.",
            q.scenario.describe(catalog, lang),
            q.classes,
            q.days_per_class
        ),
    };
    let modules = q
        .plan
        .as_ref()
        .map(|p| p.ordered(&catalog.modules))
        .unwrap_or_default();

    html! {
        <article class="quote-doc" aria-label={lang.pick("报价单", "Quotation")}>
            <header class="quote-head">
                <p class="quote-vendor" data-testid="quote-vendor">{ vendor }</p>
                <h3>{ lang.pick("报价单", "Quotation") }</h3>
                <dl class="quote-meta">
                    <dt>{ lang.pick("报价编号", "Number") }</dt><dd data-testid="quote-number">{ number }</dd>
                    <dt>{ lang.pick("客户", "Client") }</dt><dd data-testid="quote-client">{ q.client.clone() }</dd>
                    <dt>{ lang.pick("报价日期", "Date") }</dt><dd data-testid="quote-issued">{ q.issued.to_string() }</dd>
                    <dt>{ lang.pick("有效期至", "Valid until") }</dt><dd data-testid="quote-valid-until">{ q.valid_until.to_string() }</dd>
                </dl>
            </header>
            <p class="quote-course">{ course }</p>
            if !modules.is_empty() {
                <ol class="quote-modules">
                    { for modules.iter().filter_map(|item| {
                        let module = catalog.modules.get(item.module)?;
                        Some(html! { <li>{ format!("{} · {}", module.title.get(lang), item.depth.label(lang)) }</li> })
                    }) }
                </ol>
            }
            <table class="quote-lines">
                <thead><tr>
                    <th scope="col">{ lang.pick("项目", "Item") }</th>
                    <th scope="col" class="num">{ lang.pick("金额", "Amount") }</th>
                </tr></thead>
                <tbody>
                    { for q.lines.iter().map(|l| html! {
                        <tr><td>{ l.category.label(lang) }</td><td class="num">{ cny(l.amount as f64) }</td></tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr><th scope="row">{ lang.pick("小计", "Subtotal") }</th><td class="num">{ cny(q.subtotal as f64) }</td></tr>
                    // Only quotes issued by earlier versions carry a markup; it stays on them as issued.
                    if q.markup != 0 {
                        <tr><th scope="row">{ format!("{} {}", Category::Markup.label(lang), pct(q.markup_pct)) }</th><td class="num">{ cny(q.markup as f64) }</td></tr>
                    }
                    <tr><th scope="row">{ format!("{} {}", Category::Tax.label(lang), pct(q.vat_pct)) }</th><td class="num">{ cny(q.vat as f64) }</td></tr>
                    <tr class="quote-total"><th scope="row">{ lang.pick("合计（含税）", "Total (VAT included)") }</th>
                        <td class="num" data-testid="quote-total">{ cny(q.total as f64) }</td></tr>
                </tfoot>
            </table>
            <p class="quote-note">{ match lang {
                Lang::Zh => format!("本报价自 {} 起至 {} 有效，金额以人民币计，已含增值税。", q.issued, q.valid_until),
                Lang::En => format!("This quote holds from {} to {}. Amounts in CNY, VAT included.", q.issued, q.valid_until),
            } }</p>
        </article>
    }
}
