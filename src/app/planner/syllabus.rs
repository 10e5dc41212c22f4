//! The syllabus: on screen the agenda; printed, the course's title, audience, hours and days,
//! and the modules in teaching order with their objectives.

use yew::prelude::*;

use super::agenda_view::AgendaView;
use crate::catalog::catalog;
use model::Lang;
use model::plan::{Agenda, Plan};

#[derive(Properties, PartialEq)]
pub struct SyllabusProps {
    pub plan: Plan,
    pub agenda: Agenda,
    /// The plan's teaching hours.
    pub hours: f64,
    pub lang: Lang,
}

#[component]
pub fn Syllabus(props: &SyllabusProps) -> Html {
    let SyllabusProps {
        plan,
        agenda,
        hours,
        lang,
    } = props;
    let lang = *lang;
    let modules = &catalog().modules;
    html! {
        <section class="syllabus" data-testid="syllabus" aria-label={lang.pick("课程大纲与议程", "Syllabus and agenda")}>
            <h3 class="print-only">{ lang.pick("客诉处理培训课程大纲", "Complaint-handling training: syllabus") }</h3>
            <p class="print-only">{ format!("{}：{} · {} {} · {} {}", lang.pick("学员对象", "For"), plan.audience.label(lang), hours, lang.pick("课时", "hours"), agenda.teaching_days(), lang.pick("天", "days")) }</p>
            <ul class="syllabus-modules print-only">
                { for plan.ordered(modules).iter().filter_map(|i| modules.get(i.module)).map(|m| html! {
                    <li><strong>{ format!("{}. {}", m.id, m.title.get(lang)) }</strong>
                        <ul>{ for m.objectives.iter().map(|o| html! { <li>{ o.get(lang) }</li> }) }</ul></li>
                }) }
            </ul>
            <AgendaView agenda={agenda.clone()} {lang} />
        </section>
    }
}
