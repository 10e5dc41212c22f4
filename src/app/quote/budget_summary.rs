//! The one-page budget summary an HR budget owner hands upward: each option compared, its
//! likely total, the range it will most likely fall in, the cost per person, and where it sits
//! against the market.

use yew::prelude::*;

use crate::catalog::catalog;
use model::cost::{Costing, Distribution, Estimate, Position, Scenario};
use model::money::cny;
use model::quote::Day;
use model::{Catalog, Lang};

#[derive(Properties, PartialEq)]
pub struct BudgetSummaryProps {
    /// The options saved on the estimator page, by name.
    pub options: Vec<(String, Scenario)>,
    /// The day the summary is prepared, printed under its title.
    pub prepared: Day,
    pub lang: Lang,
}

/// An option priced for the summary: its estimate and its simulated range.
type Priced = (String, Scenario, Estimate, Distribution);

fn price(catalog: &Catalog, options: &[(String, Scenario)]) -> Vec<Priced> {
    let mc = &catalog.pricing.monte_carlo;
    options
        .iter()
        .filter_map(|(name, s)| {
            let costing = Costing::new(catalog, s).ok()?;
            let estimate = costing.estimate(catalog, s)?;
            let distribution = costing.simulate(mc.samples, mc.seed);
            Some((name.clone(), s.clone(), estimate, distribution))
        })
        .collect()
}

#[component]
pub fn BudgetSummary(props: &BudgetSummaryProps) -> Html {
    let lang = props.lang;
    let catalog = catalog();
    let priced = use_memo(props.options.clone(), move |options| {
        price(catalog, options)
    });
    let position = |p: Position| match p {
        Position::Below => lang.pick("低于市场区间", "Below the market band"),
        Position::Inside => lang.pick("在市场区间内", "Inside the market band"),
        Position::Above => lang.pick("高于市场区间", "Above the market band"),
    };

    // Each column's name, shown beside its figure when the rows are stacked on a phone.
    let (budget, range, per_person, market) = (
        lang.pick("预算（最可能）", "Budget (likely)"),
        lang.pick("区间 P10–P90", "Range P10–P90"),
        lang.pick("每人", "Per person"),
        lang.pick("市场对照", "Market"),
    );

    html! {
        <article class="budget-summary" aria-labelledby="summary-title">
            <h3 id="summary-title">{ lang.pick("培训预算摘要", "Training budget summary") }</h3>
            <p class="summary-date">{ format!("{}{}", lang.pick("编制日期：", "Prepared on "), props.prepared) }</p>
            <p class="hint">{ lang.pick(
                "各方案的最可能总额、80% 可能落入的区间（P10–P90，蒙特卡洛模拟）、每人费用，以及供应商价格在公开市场价格区间中的位置。",
                "Each option's likely total, the range it falls in four times out of five (P10–P90, Monte Carlo), the cost per person, and where the vendor price sits among published market prices.",
            ) }</p>
            <table class="summary-table" data-testid="budget-summary">
                <thead><tr>
                    <th scope="col">{ lang.pick("方案", "Option") }</th>
                    <th scope="col" class="num">{ budget }</th>
                    <th scope="col" class="num">{ range }</th>
                    <th scope="col" class="num">{ per_person }</th>
                    <th scope="col">{ market }</th>
                </tr></thead>
                <tbody>
                    { for priced.iter().map(|(name, s, e, d)| html! {
                        <tr>
                            <th scope="row">{ name.clone() }<span class="summary-what">{ s.describe(catalog, lang) }</span></th>
                            <td class="num" data-label={budget} data-testid="summary-total">{ cny(e.total) }</td>
                            <td class="num" data-label={range}>{ format!("{} – {}", cny(d.p10), cny(d.p90)) }</td>
                            <td class="num" data-label={per_person}>{ cny(e.per_participant) }</td>
                            <td data-label={market}>{ for e.verdicts.first().map(|v| html! { <>{ position(v.position) }<span class="summary-what">{ v.reason(lang).to_string() }</span></> }) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="quote-note">{ lang.pick(
                "预算总额为各项预计值之和，含不可预见费与（如选择）员工工时；外请讲师的日费已含其利润，另加增值税。每项的依据与来源见估算页。",
                "Budget totals are the sum of each line's expected value, with the contingency reserve and, where chosen, staff time; an outside trainer's day rate includes their margin, VAT is added. Each figure's source is shown on the estimator.",
            ) }</p>
        </article>
    }
}
