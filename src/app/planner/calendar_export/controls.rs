//! The calendar export's controls: the first day and start time, the two export buttons, and
//! the question asked when the sessions fall outside the working day.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use model::Lang;
use model::plan::OutsideHours;

#[derive(Properties, PartialEq)]
pub struct StartTimeFieldsProps {
    /// The first teaching day as typed (`2026-03-02`).
    pub first: AttrValue,
    /// The daily start time as typed (`09:00`).
    pub start: AttrValue,
    pub lang: Lang,
    pub on_first: Callback<String>,
    pub on_start: Callback<String>,
}

/// What a field holds now.
fn typed(e: Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn StartTimeFields(props: &StartTimeFieldsProps) -> Html {
    let StartTimeFieldsProps {
        first,
        start,
        lang,
        on_first,
        on_start,
    } = props;
    html! {
        <>
            <label class="inline-field">{ lang.pick("第一天", "First day") }
                <input id="calendar-first" type="date" data-testid="calendar-first" value={first.clone()} onchange={on_first.reform(typed)} /></label>
            <label class="inline-field">{ lang.pick("每天开始", "Starts at") }
                <input id="calendar-start" type="time" data-testid="calendar-start" value={start.clone()} onchange={on_start.reform(typed)} /></label>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// Whether the workbook is being made (its button waits meanwhile).
    pub xlsx_busy: bool,
    pub lang: Lang,
    pub on_ics: Callback<MouseEvent>,
    pub on_xlsx: Callback<MouseEvent>,
}

#[component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let ExportButtonsProps {
        xlsx_busy,
        lang,
        on_ics,
        on_xlsx,
    } = props;
    html! {
        <>
            <button type="button" data-testid="export-ics" onclick={on_ics}>{ lang.pick("导出日历（.ics）", "Export to calendar (.ics)") }</button>
            <button type="button" data-testid="export-xlsx" onclick={on_xlsx} disabled={*xlsx_busy}>
                { if *xlsx_busy { lang.pick("正在生成 Excel…", "Making the spreadsheet…") } else { lang.pick("导出日程与费用（Excel）", "Export agenda and cost (Excel)") } }
            </button>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct OutsideHoursQuestionProps {
    /// The hours outside the working day the sessions take.
    pub hours: OutsideHours,
    /// Whether the user has said yes to these hours.
    pub accepted: bool,
    /// The yes checkbox, for an export refused for its hours to send the keyboard to.
    pub checkbox: NodeRef,
    pub lang: Lang,
    pub on_answer: Callback<bool>,
}

#[component]
pub fn OutsideHoursQuestion(props: &OutsideHoursQuestionProps) -> Html {
    let OutsideHoursQuestionProps {
        hours,
        accepted,
        checkbox,
        lang,
        on_answer,
    } = props;
    let onchange =
        on_answer.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="calendar-confirm" role="group" data-testid="outside-hours">
            <p>{ hours.question(*lang) }</p>
            <label class="check">
                <input type="checkbox" data-testid="accept-hours" ref={checkbox.clone()}
                    checked={*accepted} {onchange} />
                { lang.pick("仍用这个时间", "Use this time anyway") }
            </label>
        </div>
    }
}
