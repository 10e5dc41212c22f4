//! The budget request as printed: one page for finance.

use yew::prelude::*;

use crate::app::components::QrCode;
use crate::catalog::catalog;
use crate::link::open::estimate_link;
use model::Lang;
use model::budget::{FundShares, Request, percent, share};
use model::money::{amount_in_words, cny};

/// The printed page.
pub fn document(r: &Request, lang: Lang) -> Html {
    html! {
        <article class="budget-summary budget-request" aria-labelledby="summary-title" data-testid="budget-request">
            <h3 id="summary-title">{ lang.pick("培训费用预算表", "Training budget request") }</h3>
            { meta(r, lang) }
            { lines_table(r, lang) }
            if let Some(note) = r.contingency_note(lang) {
                <p class="quote-note" data-testid="budget-contingency">{ note }</p>
            }
            if r.lines.staff_time > 0.5 {
                <p class="quote-note">{ match lang {
                    Lang::Zh => format!("另有员工工时约 {}（学员与组织者的工资，已发放，非现金支出），不计入本预算。", cny(r.lines.staff_time)),
                    Lang::En => format!("Staff time of about {} (participants' and the organiser's wages, paid anyway, not cash) is not in this request.", cny(r.lines.staff_time)),
                } }</p>
            }

            { options_compared(r, lang) }
            { for r.shares.as_ref().map(|f| fund_shares(f, lang)) }
            { foot(r, lang) }
        </article>
    }
}

/// A field left empty prints as a no-break space.
fn blank(s: &str) -> String {
    if s.is_empty() {
        "\u{a0}".to_string()
    } else {
        s.to_string()
    }
}

/// Per head holds the reserve as the total does, and says so.
fn per_head_label(r: &Request, lang: Lang) -> &'static str {
    if r.lines.contingency >= 0.5 {
        lang.pick("人均（含不可预见费）", "Per head (reserve included)")
    } else {
        lang.pick("人均", "Per head")
    }
}

/// The number, the department, the date and the course.
fn meta(r: &Request, lang: Lang) -> Html {
    html! {
        <dl class="budget-meta">
            { for [
                ("", lang.pick("编号", "Number"), blank(&r.number)),
                ("", lang.pick("申请部门", "Department"), blank(&r.department)),
                ("", lang.pick("编制日期", "Date"), r.date.formal(lang)),
                ("wide", lang.pick("培训项目", "Course"), r.scenario.describe(catalog(), lang)),
            ].into_iter().map(|(class, label, value)| html! {
                <div {class}><dt>{ label }</dt><dd>{ value }</dd></div>
            }) }
        </dl>
    }
}

/// The chosen option in finance's categories, its total (in figures and in capitals) and
/// per head.
fn lines_table(r: &Request, lang: Lang) -> Html {
    let amount = lang.pick("金额（元）", "Amount (CNY)");
    html! {
        <table class="summary-table budget-lines" data-testid="budget-lines">
            <thead><tr>
                <th scope="col">{ lang.pick("费用类别", "Category") }</th>
                <th scope="col" class="num">{ amount }</th>
                <th scope="col">{ lang.pick("说明", "Includes") }</th>
            </tr></thead>
            <tbody>
                { for r.lines.lines.iter().map(|l| html! {
                    <tr>
                        <th scope="row">{ l.category.label(lang) }</th>
                        <td class="num" data-label={amount}>{ cny(l.amount as f64) }</td>
                        <td class="budget-note">{ l.note(lang) }</td>
                    </tr>
                }) }
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">{ lang.pick("合计", "Total") }</th>
                    <td class="num" data-testid="budget-total">{ cny(r.lines.total as f64) }</td>
                    <td data-testid="budget-in-words">{ amount_in_words(r.lines.total * 100) }</td>
                </tr>
                <tr>
                    <th scope="row">{ per_head_label(r, lang) }</th>
                    <td class="num" data-testid="budget-per-head">{ cny(r.lines.per_head()) }</td>
                    <td class="budget-note">{ match lang {
                        Lang::Zh => format!("参训 {} 人", r.lines.headcount),
                        Lang::En => format!("{} participants", r.lines.headcount),
                    } }</td>
                </tr>
            </tfoot>
        </table>
    }
}

/// Every option's total and per head, the chosen one marked, and the reason for the choice.
fn options_compared(r: &Request, lang: Lang) -> Html {
    let total_label = lang.pick("预算总额", "Budget total");
    let per_head = per_head_label(r, lang);
    html! {
        <>
            <h4>{ lang.pick("方案比较", "Options compared") }</h4>
            <table class="summary-table" data-testid="budget-summary">
                <thead><tr>
                    <th scope="col">{ lang.pick("方案", "Option") }</th>
                    <th scope="col">{ lang.pick("获取方式", "Sourcing") }</th>
                    <th scope="col" class="num">{ total_label }</th>
                    <th scope="col" class="num">{ per_head }</th>
                </tr></thead>
                <tbody>
                    { for r.compared.iter().enumerate().map(|(i, c)| html! {
                        <tr class={classes!((i == r.chosen).then_some("chosen"))}>
                            <th scope="row">{ c.name.clone() }{ if i == r.chosen { lang.pick("（选定）", " (chosen)") } else { "" } }</th>
                            <td>{ c.sourcing.label(lang) }</td>
                            <td class="num" data-label={total_label} data-testid="summary-total">{ cny(c.total() as f64) }</td>
                            <td class="num" data-label={per_head}>{ cny(c.per_head()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="budget-reason" data-testid="budget-reason-text"><strong>{ lang.pick("选择理由：", "Reason for the choice: ") }</strong>{ r.reason.clone() }</p>
        </>
    }
}

/// The course against the wage bill and the staff education fund, with what to watch.
fn fund_shares(f: &FundShares, lang: Lang) -> Html {
    html! {
        <div class="fund-shares" data-testid="fund-shares">
            <h4>{ lang.pick("占工资总额与职工教育经费", "Against the wage bill and the staff education fund") }</h4>
            <table class="summary-table">
                <tbody>
                    { for [
                        (lang.pick("工资总额（年）", "Wage bill (a year)").to_string(), f.wage_bill, f.of_wage_bill),
                        (format!("{} {}", lang.pick("职工教育经费计提额", "Education fund set aside at"), percent(f.set_aside_rate)), f.set_aside, f.of_set_aside),
                        (format!("{} {}", lang.pick("税前扣除限额", "Tax-deductible limit"), percent(f.deductible_rate)), f.deductible_limit, f.of_deductible_limit),
                    ].into_iter().map(|(label, amount, part)| html! {
                        <tr><th scope="row">{ label }</th><td class="num">{ cny(amount) }</td><td class="num">{ share(part) }</td></tr>
                    }) }
                </tbody>
            </table>
            <p class="summary-what">{ f.basis.describe(catalog(), lang) }{ lang.pick("；右列为本次预算所占比例。", "; the right column is this request's share.") }</p>
            { for f.warnings(lang).into_iter().map(|w| html! {
                <p class="fund-warning" role="alert" data-testid="fund-warning">{ w }</p>
            }) }
        </div>
    }
}

/// The signature lines and the QR code of the chosen option's estimate.
fn foot(r: &Request, lang: Lang) -> Html {
    let catalog = catalog();
    html! {
        <div class="budget-foot">
            <div class="signatures">
                { for [("编制人", "Prepared by", &r.prepared_by), ("审核人", "Reviewed by", &r.reviewed_by), ("审批人", "Approved by", &r.approved_by)]
                    .into_iter().map(|(zh, en, name)| html! {
                        <div class="signature"><span>{ lang.pick(zh, en) }{ lang.pick("：", ": ") }</span><span class="sign-line">{ name.clone() }</span></div>
                    }) }
            </div>
            // The chosen option's live estimate, drawn only when asked for (the documents
            // worker is never fetched by opening the page).
            <QrCode link={estimate_link(&gloo::utils::window().location().origin().unwrap_or_default(), &r.scenario, catalog, lang)}
                {lang} printed=true />
        </div>
    }
}
