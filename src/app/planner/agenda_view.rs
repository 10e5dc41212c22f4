//! The day-by-day agenda: phases, days, morning and afternoon sessions, with breaks.

use model::i18n;
use yew::prelude::*;

use model::Lang;
use model::plan::Agenda;

#[derive(Properties, PartialEq)]
pub struct AgendaViewProps {
    pub agenda: Agenda,
    pub lang: Lang,
}

#[component]
pub fn AgendaView(props: &AgendaViewProps) -> Html {
    let lang = props.lang;
    let phases = &props.agenda.phases;
    if phases.is_empty() {
        return html! {
            <div class="agenda" data-testid="agenda">
                <p class="empty">{ lang.t(i18n::agenda_view::NO_MODULES_CHOSEN_YET_THE_AGENDA) }</p>
            </div>
        };
    }
    let many = phases.len() > 1;
    // A day's heading is one level under the phase's, or under the agenda's when there is one
    // phase (no heading level is skipped).
    let day_heading = if many { "h5" } else { "h4" };
    let mut day_no = 0;
    html! {
        <div class="agenda" data-testid="agenda">
            <h3>{ lang.t(i18n::agenda_view::DAY_BY_DAY_AGENDA) }</h3>
            { for phases.iter().enumerate().map(|(p, phase)| html! {
                <section class="agenda-phase">
                    if many {
                        <h4>{ format!("{} {}", lang.t(i18n::agenda_view::PHASE), p + 1) }{ lang.t(i18n::agenda_view::PHASE_SUFFIX) }</h4>
                    }
                    { for phase.days.iter().map(|day| {
                        day_no += 1;
                        html! {
                            <div class="agenda-day">
                                <@{day_heading} class="day-title">{ lang.fill(i18n::agenda_view::DAY, &[("day_no", &day_no)]) }</@>
                                { for day.sessions.iter().map(|s| html! {
                                    <div class="agenda-session">
                                        <span class="half">{ s.half.label(lang) }</span>
                                        <ul>
                                            { for s.blocks.iter().map(|b| html! {
                                                <li>
                                                    { format!("{}. {}", b.module, b.title.get(lang)) }
                                                    <span class="block-hours">{ format!(" · {}{}", b.hours, lang.t(i18n::common::HOURS_SUFFIX)) }</span>
                                                    if b.continued { <span class="cont">{ lang.t(i18n::common::CONTINUED) }</span> }
                                                    if b.continues { <span class="cont">{ lang.t(i18n::common::CONTINUES) }</span> }
                                                </li>
                                            }) }
                                        </ul>
                                        if s.break_minutes > 0.0 {
                                            <span class="break">{ format!("{} {} {}", lang.t(i18n::common::BREAK), s.break_minutes, lang.t(i18n::common::MINUTES)) }</span>
                                        }
                                    </div>
                                }) }
                            </div>
                        }
                    }) }
                </section>
            }) }
        </div>
    }
}
