//! The plan's figures: its hours, days and cost (priced as one of the options compared), then
//! what leaves the page: the printed syllabus, the calendar and workbook, the share link.

use yew::prelude::*;

use super::calendar_export::CalendarExport;
use crate::app::components::QrCode;
use crate::catalog::catalog;
use crate::link::open::plan_query;
use model::Lang;
use model::cost::{Costing, Scenario};
use model::money::cny;
use model::plan::{Agenda, Plan};

#[derive(Properties, PartialEq)]
pub struct PlanTotalsProps {
    pub plan: Plan,
    /// The scenario of the option the plan is priced as: its people, city, mode and trainer.
    pub base: Scenario,
    /// That option's name.
    pub base_name: String,
    /// The plan's teaching hours.
    pub hours: f64,
    pub agenda: Agenda,
    /// Why nothing leaves the page now, if anything holds it.
    pub held: Option<String>,
    pub lang: Lang,
}

/// What the cost is priced as: the option's name, people, city, mode and trainer.
fn priced_as(base: &Scenario, base_name: &str, lang: Lang) -> String {
    let city = catalog()
        .city(&base.city)
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_default();
    match lang {
        Lang::Zh => format!(
            "这份计划的费用（按{base_name}：{} 人，{city}，{}，{}）",
            base.headcount,
            base.mode.label(lang),
            base.trainer.label(lang)
        ),
        Lang::En => format!(
            "What this plan costs (as {base_name}: {} people, {city}, {}, {})",
            base.headcount,
            base.mode.label(lang),
            base.trainer.label(lang)
        ),
    }
}

/// The link that opens this plan, priced as it is, at this page's address.
fn share_link(plan: &Plan, base: &Scenario, lang: Lang) -> String {
    let location = gloo::utils::window().location();
    let here = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    format!("{here}?{}", plan_query(plan, base, catalog(), lang))
}

#[component]
pub fn PlanTotals(props: &PlanTotalsProps) -> Html {
    let PlanTotalsProps {
        plan,
        base,
        base_name,
        hours,
        agenda,
        held,
        lang,
    } = props;
    let lang = *lang;
    let catalog = catalog();
    // The plan's cost: the default scenario with the plan's hours, depths, activities, phases.
    let scenario = plan.applied_to(base, &catalog.modules);
    let priced_as = priced_as(base, base_name, lang);
    let cost = Costing::new(catalog, &scenario).map(|c| c.estimate(catalog, &scenario));
    let s_route_label = scenario.sourcing.label(lang);
    let on_print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });

    html! {
        <section class="plan-totals" aria-live="polite">
            <div class="figure"><span class="figure-label">{ lang.pick("课时", "Teaching hours") }</span>
                <span class="figure-value" data-testid="plan-hours">{ format!("{}", hours) }</span></div>
            <div class="figure"><span class="figure-label">{ lang.pick("天数", "Teaching days") }</span>
                <span class="figure-value" data-testid="plan-days">{ agenda.teaching_days() }</span></div>
            <div class="figure main" data-testid="plan-cost">
                <span class="figure-label">{ priced_as.clone() }</span>
                { match &cost {
                    Ok(Some(e)) => html! {
                        <>
                            <span class="figure-value">{ cny(e.total) }</span>
                            <span class="figure-note">{ format!("{} {} · {}{}", lang.pick("每人", "per person"), cny(e.per_participant), s_route_label, lang.pick("（与估算页同一算法）", " (priced as on the estimator)")) }</span>
                        </>
                    },
                    Ok(None) => html! {},
                    Err(e) => html! { <span class="figure-note" data-testid="error">{ e.message(lang) }</span> },
                } }
            </div>
            <button type="button" class="no-print" data-testid="print" onclick={on_print}>{ lang.pick("打印课程大纲", "Print the syllabus") }</button>
            if let Some(why) = held {
                <p class="error no-print" role="alert" data-testid="plan-held">{ why }</p>
            }
            <CalendarExport agenda={agenda.clone()} {lang} held={held.clone()}
                cost={cost.as_ref().ok().cloned().flatten()} priced_as={AttrValue::from(priced_as)}
                title={AttrValue::from(format!("{} · {}", lang.pick("客诉处理培训", "Complaint-handling training"), plan.audience.label(lang)))}
                location={AttrValue::from(catalog.city(&scenario.city).map(|c| c.name.get(lang).to_string()).unwrap_or_default())} />
            if held.is_none() {
                { share_link_field(share_link(plan, base, lang), lang) }
            }
        </section>
    }
}

/// The plan's share link, to copy or to scan.
fn share_link_field(link: String, lang: Lang) -> Html {
    html! {
        <>
            <label class="share-link no-print">
                <span>{ lang.pick("分享这份计划的链接（模块、深度、活动及计价方案）", "A link to this plan (modules, depths, activities and the option it is priced as)") }</span>
                <input type="text" readonly=true data-testid="plan-link" value={link.clone()} />
            </label>
            <QrCode link={AttrValue::from(link)} {lang} />
        </>
    }
}
