//! Options side by side: each column an option, with its difference from the first. The options'
//! names are tabs (the WAI-ARIA tabs pattern): the one shown is the only one in the tab order,
//! the arrow keys move to the previous or next (wrapping) and Home and End to the first and last,
//! showing it as they go; each tab controls the panel of the option shown ([`PANEL_ID`]).

use model::i18n::{self, Text};
use yew::prelude::*;

use super::results::position_label;
use crate::app::components::focus_by_id;
use crate::persist::work_file::option_name;
use crate::store::estimator::{OptionState, max_options};
use model::Lang;
use model::money::cny;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub options: Vec<OptionState>,
    /// A one-line description of each option (city, mode, trainer, hours).
    pub descriptions: Vec<String>,
    pub active: usize,
    pub lang: Lang,
    pub on_show: Callback<usize>,
    pub on_add: Callback<()>,
    pub on_remove: Callback<usize>,
}

/// The id of the panel the option tabs control: the shown option's form, results and charts.
pub const PANEL_ID: &str = "option-panel";

/// The id of option `i`'s tab (the panel is labelled by the shown one's).
pub fn tab_id(i: usize) -> String {
    format!("option-tab-{i}")
}

/// The tab a key moves to from tab `from` of `count`, if it is one of the tabs pattern's keys.
fn tab_for_key(key: &str, from: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowRight" => Some((from + 1) % count),
        "ArrowLeft" => Some((from + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// `+¥1,200 (+8%)` against the first option.
fn difference(value: f64, first: f64) -> String {
    let d = value - first;
    let sign = if d >= 0.0 { "+" } else { "−" };
    let pct = if first > 0.0 {
        format!(
            " ({sign}{}%)",
            model::number::fixed((d / first * 100.0).abs(), 0)
        )
    } else {
        String::new()
    };
    format!("{sign}{}{pct}", cny(d.abs()))
}

#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let lang = props.lang;
    type Row = (Text, fn(&OptionState) -> f64);
    let rows: [Row; 3] = [
        (i18n::compare::BUDGET_TOTAL, |o| o.point.estimate.total),
        (i18n::compare::PER_PARTICIPANT, |o| {
            o.point.estimate.per_participant
        }),
        (i18n::compare::CASH_COST, |o| o.point.estimate.cash),
    ];
    html! {
        <section class="compare" aria-label={lang.t(i18n::compare::OPTIONS_SIDE_BY_SIDE)}>
            <div class="option-bar">
                <div class="option-tabs" role="tablist" aria-label={lang.t(i18n::compare::OPTIONS)}>
                    { for props.options.iter().enumerate().map(|(i, _)| {
                        let on_show = props.on_show.clone();
                        let selected = i == props.active;
                        let count = props.options.len();
                        let onkeydown = {
                            let on_show = on_show.clone();
                            Callback::from(move |e: KeyboardEvent| {
                                if let Some(to) = tab_for_key(&e.key(), i, count) {
                                    e.prevent_default();
                                    on_show.emit(to);
                                    focus_by_id(&tab_id(to));
                                }
                            })
                        };
                        html! {
                            <button type="button" role="tab" id={tab_id(i)} aria-selected={selected.to_string()}
                                aria-controls={PANEL_ID} tabindex={if selected { "0" } else { "-1" }}
                                data-testid="option" data-option={i.to_string()} {onkeydown}
                                onclick={Callback::from(move |_| on_show.emit(i))}>
                                { option_name(i, lang) }
                            </button>
                        }
                    }) }
                </div>
                if props.options.len() < max_options() {
                    <button type="button" class="add" data-testid="add-option"
                        onclick={props.on_add.reform(|_| ())}>
                        { lang.t(i18n::compare::COPY_AS_A_NEW_OPTION) }
                    </button>
                }
            </div>
            if props.options.len() > max_options() {
                <p class="notice" role="status" data-testid="over-options">{ lang.fill(i18n::compare::THERE_ARE_OPTIONS_MORE_THAN_THE, &[("options_count", &props.options.len()), ("max_options", &max_options())]) }</p>
            }
            if props.options.len() > 1 {
                <table class="compare-table" data-testid="compare">
                    <caption>{ lang.t(i18n::compare::DIFFERENCES_FROM_OPTION_A) }</caption>
                    <thead><tr>
                        <th scope="col"><span class="visually-hidden">{ lang.t(i18n::compare::FIGURE) }</span></th>
                        { for props.options.iter().enumerate().map(|(i, _)| {
                            let on_remove = props.on_remove.clone();
                            html! {
                                <th scope="col">
                                    { option_name(i, lang) }
                                    <span class="option-desc">{ props.descriptions.get(i).cloned().unwrap_or_default() }</span>
                                    if i > 0 {
                                        <button type="button" class="remove" data-testid={format!("remove-option-{i}")}
                                            aria-label={format!("{} {}", lang.t(i18n::compare::REMOVE), option_name(i, lang))}
                                            onclick={Callback::from(move |_| on_remove.emit(i))}>{ "×" }</button>
                                    }
                                </th>
                            }
                        }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|(label, value)| html! {
                            <tr>
                                <th scope="row">{ lang.t(*label) }</th>
                                { for props.options.iter().enumerate().map(|(i, o)| html! {
                                    <td>
                                        { cny(value(o)) }
                                        if i > 0 { <span class="diff">{ difference(value(o), value(&props.options[0])) }</span> }
                                    </td>
                                }) }
                            </tr>
                        }) }
                        <tr>
                            <th scope="row">{ lang.t(i18n::compare::MARKET) }</th>
                            { for props.options.iter().map(|o| html! {
                                <td>{ o.point.estimate.verdicts.first().map(|v| position_label(v, lang)).unwrap_or_default() }</td>
                            }) }
                        </tr>
                    </tbody>
                </table>
            }
        </section>
    }
}
