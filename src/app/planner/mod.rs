//! The course-planner page (课程规划): pick modules for an audience and the time available, see
//! the day-by-day agenda and what the plan costs, and print it as a syllabus.

mod agenda_view;
mod calendar_export;
mod module_card;
use model::i18n;
use yew::prelude::*;

use crate::app::components::{NumberField, QrCode, SelectField};
use crate::app::store::use_store;
use crate::catalog::catalog;
use crate::link::open::plan_query;
use crate::persist::work_file::OptionId;
use crate::persist::work_file::option_name;
use crate::store::Action;
use crate::store::planner::{PlanAction, PlanField};
use agenda_view::AgendaView;
use calendar_export::CalendarExport;
use model::Lang;
use model::catalog::Modules;
use model::cost::Costing;
use model::money::cny;
use model::plan::module_name;
use model::plan::{Agenda, PlanFix};
use model::typed::NumberError;
use model::vocab::Audience;
use module_card::ModuleCard;

/// What a fix button says.
fn fix_label(fix: &PlanFix, modules: &Modules, lang: Lang) -> String {
    let name = |id: u32| module_name(modules, id, lang);
    match fix {
        PlanFix::AddModule { module, .. } => {
            format!("{}{}", lang.t(i18n::planner::ADD), name(*module))
        }
        PlanFix::RemoveModule { module } => {
            format!("{}{}", lang.t(i18n::planner::REMOVE), name(*module))
        }
        PlanFix::RemoveDuplicates { module } => format!(
            "{}{}",
            lang.t(i18n::planner::REMOVE_THE_REPEATS_OF),
            name(*module)
        ),
        PlanFix::RemoveActivity { module, activity } => format!(
            "{} {} ({})",
            lang.t(i18n::planner::DROP),
            activity.label(lang),
            name(*module)
        ),
        PlanFix::SetPhases { phases } => {
            format!("{} {phases}", lang.t(i18n::planner::SET_PHASES_TO))
        }
    }
}

#[component]
pub fn PlanPage() -> Html {
    let store = use_store();
    let lang = store.lang;
    let catalog = catalog();
    let state = &store.planner;
    // The plan is priced with one of the options compared (the first unless another is
    // chosen): its people, city, mode and trainer.
    let base_option = store.plan_base();
    let base_name = store
        .estimator
        .options
        .iter()
        .position(|o| o.id == base_option.id)
        .map(|i| option_name(i, lang))
        .unwrap_or_default();
    let base = base_option.point.scenario.clone();
    let send = {
        let store = store.clone();
        move |action: PlanAction| store.dispatch(Action::Plan(action))
    };
    let modules = &catalog.modules;
    let plan = &state.plan;
    let hours = plan.teaching_hours(modules);
    let agenda = Agenda::build(plan, modules);
    let problems = plan.problems(modules);

    // The plan's cost: the default scenario with the plan's hours, depths, activities, phases.
    let scenario = plan.applied_to(&base, modules);
    let priced_as = {
        let city = catalog
            .city(&base.city)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default();
        lang.fill(
            i18n::planner::WHAT_THIS_PLAN_COSTS_AS_PEOPLE,
            &[
                ("base_name", &base_name),
                ("base_headcount", &base.headcount),
                ("city", &city),
                ("base_mode", &base.mode.label(lang)),
                ("base_trainer", &base.trainer.label(lang)),
            ],
        )
    };
    let share_link = {
        let location = gloo::utils::window().location();
        let here = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        format!("{here}?{}", plan_query(plan, &base, catalog, lang))
    };
    let cost = Costing::new(catalog, &scenario).map(|c| c.estimate(catalog, &scenario));
    let s_route_label = scenario.sourcing.label(lang);

    let on_audience = {
        let send = send.clone();
        Callback::from(move |id: AttrValue| {
            if let Some(a) = Audience::from_id(&id) {
                send(PlanAction::SetAudience(a))
            }
        })
    };
    let on_phases = {
        let send = send.clone();
        Callback::from(move |typed: Result<f64, NumberError>| {
            send(match typed {
                Ok(v) => PlanAction::SetPhases(v.clamp(0.0, f64::from(u32::MAX)) as u32),
                Err(e) => PlanAction::Unreadable(PlanField::Phases, e),
            })
        })
    };
    let on_budget = {
        let send = send.clone();
        Callback::from(move |typed: Result<f64, NumberError>| {
            send(match typed {
                Ok(v) => PlanAction::SetBudget(v),
                Err(e) => PlanAction::Unreadable(PlanField::HoursAvailable, e),
            })
        })
    };
    // Nothing leaves the page while an input it depends on is in error: the phases typed here,
    // or an input of the option the plan is priced with.
    let held = if let Some(e) = state.unread.get(&PlanField::Phases) {
        Some(lang.fill(
            i18n::planner::PHASES_IS_WRONG_THE_AGENDA_AND,
            &[("value", &e.message(lang)), ("plan_phases", &plan.phases)],
        ))
    } else {
        // The plan is priced with this option: its inputs in error hold the plan too.
        base_option.held(&base_name, lang)
    };
    let option_choices: Vec<(AttrValue, AttrValue)> = store
        .estimator
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let label = format!(
                "{} · {}",
                option_name(i, lang),
                o.point.scenario.describe(catalog, lang)
            );
            (AttrValue::from(o.id.0.clone()), AttrValue::from(label))
        })
        .collect();
    let on_priced_with = {
        let send = send.clone();
        Callback::from(move |id: AttrValue| send(PlanAction::PriceWith(OptionId(id.to_string()))))
    };
    let on_fit = {
        let send = send.clone();
        Callback::from(move |_| send(PlanAction::Fit))
    };
    let on_print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    let audience_options: Vec<(AttrValue, AttrValue)> = Audience::ALL
        .iter()
        .map(|a| (a.id().into(), a.label(lang).into()))
        .collect();

    html! {
        <div class="planner">
            if state.replaced.is_some() {
                <div class="notice no-print" role="status" data-testid="plan-replaced">
                    <p>{ lang.t(i18n::planner::THE_LINKS_COURSE_PLAN_IS_OPEN) }</p>
                    <button type="button" data-testid="plan-restore" onclick={let send = send.clone(); Callback::from(move |_| send(PlanAction::Restore))}>
                        { lang.t(i18n::planner::RESTORE_MY_PREVIOUS_PLAN) }
                    </button>
                </div>
            }
            <section class="plan-controls no-print" aria-label={lang.t(i18n::planner::PLAN_SETTINGS)}>
                <div class="plan-row">
                    <SelectField id="audience" label={lang.t(i18n::planner::WHO_IT_IS_FOR)}
                        options={audience_options} selected={plan.audience.id()} on_change={on_audience} />
                    <NumberField id="plan-phases" label={lang.t(i18n::common::PHASES)} unit={lang.t(i18n::common::PHASES_UNIT)}
                        value={f64::from(plan.phases)} whole=true {lang} on_change={on_phases} />
                    <SelectField id="plan-option" label={lang.t(i18n::planner::PRICED_AS_PEOPLE_CITY_TRAINER)}
                        options={option_choices} selected={AttrValue::from(base_option.id.0.clone())} on_change={on_priced_with} />
                </div>
                <div class="presets" role="group" aria-label={lang.t(i18n::planner::READY_MADE_PLANS)}>
                    <span class="group-label">{ lang.t(i18n::planner::READY_MADE_PLANS) }</span>
                    { for modules.preset.iter().map(|p| {
                        let send = send.clone();
                        let id = p.id.clone();
                        html! {
                            <button type="button" data-testid={format!("preset-{}", p.id)} title={p.description.get(lang).to_string()}
                                onclick={Callback::from(move |_| send(PlanAction::LoadPreset(id.clone())))}>
                                { p.name.get(lang) }
                            </button>
                        }
                    }) }
                </div>
                <div class="plan-row fit">
                    <NumberField id="budget-hours" label={lang.t(i18n::planner::HOURS_AVAILABLE)} unit={lang.t(i18n::common::HOURS)}
                        value={state.budget} {lang} on_change={on_budget} />
                    <button type="button" data-testid="fit" onclick={on_fit}>
                        { lang.t(i18n::planner::FIT_MODULES_TO_MY_TIME) }
                    </button>
                </div>
                if let Some(left_out) = &state.left_out {
                    <div class="left-out" data-testid="left-out">
                        if left_out.is_empty() {
                            <p>{ lang.t(i18n::planner::EVERY_MODULE_FITS) }</p>
                        } else {
                            <p>{ lang.t(i18n::planner::LEFT_OUT) }</p>
                            <ul>{ for left_out.iter().map(|l| html! { <li>{ l.message.get(lang) }</li> }) }</ul>
                        }
                    </div>
                }
            </section>

            { for problems.iter().enumerate().map(|(k, p)| {
                let fix = p.fix.clone().map(|fix| {
                    let label = fix_label(&fix, modules, lang);
                    let send = send.clone();
                    html! {
                        <button type="button" data-testid={format!("fix-{k}")}
                            onclick={Callback::from(move |_| send(PlanAction::Apply(fix.clone())))}>{ label }</button>
                    }
                });
                html! {
                    <div class="plan-problem no-print" role="alert">
                        <p data-testid="error">{ p.message.get(lang) }</p>
                        { for fix }
                    </div>
                }
            }) }

            <section class="plan-totals" aria-live="polite">
                <div class="figure"><span class="figure-label">{ lang.t(i18n::common::TEACHING_HOURS) }</span>
                    <span class="figure-value" data-testid="plan-hours">{ format!("{}", hours.total()) }</span></div>
                <div class="figure"><span class="figure-label">{ lang.t(i18n::planner::TEACHING_DAYS) }</span>
                    <span class="figure-value" data-testid="plan-days">{ agenda.teaching_days() }</span></div>
                <div class="figure main" data-testid="plan-cost">
                    <span class="figure-label">{ priced_as.clone() }</span>
                    { match &cost {
                        Ok(Some(e)) => html! {
                            <>
                                <span class="figure-value">{ cny(e.total) }</span>
                                <span class="figure-note">{ format!("{} {} · {}{}", lang.t(i18n::planner::PER_PERSON), cny(e.per_participant), s_route_label, lang.t(i18n::planner::PRICED_AS_ON_THE_ESTIMATOR)) }</span>
                            </>
                        },
                        Ok(None) => html! {},
                        Err(e) => html! { <span class="figure-note" data-testid="error">{ e.message(lang) }</span> },
                    } }
                </div>
                <button type="button" class="no-print" data-testid="print" onclick={on_print}>{ lang.t(i18n::planner::PRINT_THE_SYLLABUS) }</button>
                if let Some(why) = &held {
                    <p class="error no-print" role="alert" data-testid="plan-held">{ why }</p>
                }
                <CalendarExport agenda={agenda.clone()} {lang} held={held.clone()}
                    cost={cost.as_ref().ok().cloned().flatten()} priced_as={AttrValue::from(priced_as.clone())}
                    title={AttrValue::from(format!("{} · {}", lang.t(i18n::planner::COMPLAINT_HANDLING_TRAINING), plan.audience.label(lang)))}
                    location={AttrValue::from(catalog.city(&scenario.city).map(|c| c.name.get(lang).to_string()).unwrap_or_default())} />
                if held.is_none() {
                    <label class="share-link no-print">
                        <span>{ lang.t(i18n::planner::A_LINK_TO_THIS_PLAN_MODULES_DEPTHS) }</span>
                        <input type="text" readonly=true data-testid="plan-link" value={share_link.clone()} />
                    </label>
                    <QrCode link={AttrValue::from(share_link)} {lang} />
                }
            </section>

            <div class="plan-grid">
                <section class="module-list no-print" aria-label={lang.t(i18n::planner::THE_TEN_MODULES)}>
                    <h3>{ lang.t(i18n::planner::MODULES) }</h3>
                    { for modules.module.iter().map(|m| {
                        let item = plan.items.iter().find(|i| i.module == m.id).cloned();
                        html! { <ModuleCard module={m.clone()} {item} audience={plan.audience} {lang} on_action={Callback::from({ let send = send.clone(); move |a| send(a) })} /> }
                    }) }
                </section>
                <section class="syllabus" data-testid="syllabus" aria-label={lang.t(i18n::planner::SYLLABUS_AND_AGENDA)}>
                    <h3 class="print-only">{ lang.t(i18n::planner::COMPLAINT_HANDLING_TRAINING_SYLLABUS) }</h3>
                    <p class="print-only">{ format!("{}：{} · {} {} · {} {}", lang.t(i18n::planner::FOR), plan.audience.label(lang), hours.total(), lang.t(i18n::planner::HOURS), agenda.teaching_days(), lang.t(i18n::common::DAYS)) }</p>
                    <ul class="syllabus-modules print-only">
                        { for plan.ordered(modules).iter().filter_map(|i| modules.get(i.module)).map(|m| html! {
                            <li><strong>{ format!("{}. {}", m.id, m.title.get(lang)) }</strong>
                                <ul>{ for m.objectives.iter().map(|o| html! { <li>{ o.get(lang) }</li> }) }</ul></li>
                        }) }
                    </ul>
                    <AgendaView agenda={agenda.clone()} {lang} />
                </section>
            </div>
        </div>
    }
}
