//! The quotes issued so far, newest first, each with its status (draft, sent, accepted,
//! declined, or expired once its validity passed): filter them by status, record the client's
//! answer, view one again, or delete it after a second click (a deleted quote cannot be brought
//! back, so one click never deletes). Escape disarms a delete that waits for its second click and
//! puts the focus back on that quote's delete button; a screen reader hears what the second click
//! would do and how to take it back.

use model::i18n;
use yew::prelude::*;

use model::Lang;
use model::calendar::Day;
use model::money::cny_fen;
use model::quote::{QuoteBook, Shown, Status};

use crate::app::components::{SelectField, focus_by_id};

/// The delete button's id for quote `number` (the focus comes back to it after Escape).
fn delete_id(number: &str) -> String {
    format!("delete-{number}")
}

#[derive(Properties, PartialEq)]
pub struct IssuedListProps {
    pub book: std::rc::Rc<QuoteBook>,
    pub lang: Lang,
    pub on_show: Callback<String>,
    pub on_remove: Callback<String>,
    pub on_status: Callback<(String, Status)>,
    pub today: Day,
}

#[component]
pub fn IssuedList(props: &IssuedListProps) -> Html {
    let lang = props.lang;
    // The quote whose delete button was pressed once and now asks to be pressed again.
    let confirming = use_state(|| None::<String>);
    // The status shown, or every quote (`None`).
    let filter = use_state(|| None::<Shown>);
    if props.book.issued.is_empty() {
        return html! {};
    }
    let filters: Vec<(AttrValue, AttrValue)> = std::iter::once((
        AttrValue::from("all"),
        AttrValue::from(lang.t(i18n::issued::ALL)),
    ))
    .chain(
        Shown::ALL
            .iter()
            .map(|s| (AttrValue::from(s.id()), AttrValue::from(s.label(lang)))),
    )
    .collect();
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |id: AttrValue| filter.set(Shown::from_id(&id)))
    };
    let book = &props.book;
    // Escape anywhere in the list takes back the first click of a delete.
    let on_keydown = {
        let confirming = confirming.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape"
                && let Some(number) = (*confirming).clone()
            {
                e.prevent_default();
                confirming.set(None);
                focus_by_id(&delete_id(&number));
            }
        })
    };
    // Said to a screen reader when a delete waits for its second click.
    let armed_note = confirming
        .as_deref()
        .map(|number| lang.fill(i18n::issued::DELETE_ARMED, &[("number", &number)]));
    html! {
        <section class="issued no-print" aria-labelledby="issued-title" onkeydown={on_keydown}>
            <h3 id="issued-title">{ lang.t(i18n::issued::QUOTES_ISSUED) }</h3>
            <SelectField id="issued-filter" label={lang.t(i18n::issued::SHOW_QUOTES_THAT_ARE)}
                options={filters} selected={AttrValue::from(filter.map_or("all", |s| s.id()))} on_change={on_filter} />
            <table data-testid="issued-quotes">
                <thead><tr>
                    <th scope="col">{ lang.t(i18n::common::NUMBER) }</th>
                    <th scope="col">{ lang.t(i18n::issued::CLIENT) }</th>
                    <th scope="col">{ lang.t(i18n::issued::DATE) }</th>
                    <th scope="col" class="num">{ lang.t(i18n::common::TOTAL) }</th>
                    <th scope="col">{ lang.t(i18n::issued::STATUS) }</th>
                    <th scope="col"><span class="visually-hidden">{ lang.t(i18n::issued::ACTIONS) }</span></th>
                </tr></thead>
                <tbody>
                    { for book.issued.iter().rev().filter(|q| filter.is_none_or(|f| book.shown(q, props.today) == f)).map(|q| {
                        let number = q.number.clone().unwrap_or_default();
                        let shown = book.shown(q, props.today);
                        let on_status = {
                            let (n, cb) = (number.clone(), props.on_status.clone());
                            Callback::from(move |e: Event| {
                                let id = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                                if let Some(status) = Status::from_id(&id) {
                                    cb.emit((n.clone(), status));
                                }
                            })
                        };
                        let recorded = book.status_of(&number);
                        let asking = confirming.as_deref() == Some(number.as_str());
                        let on_show = {
                            let (n, cb, confirming) = (number.clone(), props.on_show.clone(), confirming.clone());
                            Callback::from(move |_| { confirming.set(None); cb.emit(n.clone()) })
                        };
                        let on_delete = {
                            let (n, cb, confirming) = (number.clone(), props.on_remove.clone(), confirming.clone());
                            Callback::from(move |_| {
                                if asking {
                                    confirming.set(None);
                                    cb.emit(n.clone());
                                } else {
                                    confirming.set(Some(n.clone()));
                                }
                            })
                        };
                        html! {
                            <tr>
                                <td class="quote-no">{ number.clone() }</td>
                                <td class="quote-client">{ q.client.clone() }</td>
                                <td class="quote-date">{ q.issued.to_string() }</td>
                                <td class="num">{ cny_fen(q.total) }</td>
                                <td class="quote-status">
                                    <span class={classes!("status", shown.id())} data-testid={format!("status-{number}")}>{ shown.label(lang) }</span>
                                    <select aria-label={lang.t(i18n::issued::CHANGE_THE_STATUS)} data-testid={format!("set-status-{number}")} onchange={on_status}>
                                        { for Status::ALL.iter().map(|s| html! {
                                            <option value={s.id()} selected={*s == recorded}>{ s.label(lang) }</option>
                                        }) }
                                    </select>
                                </td>
                                <td class="row-actions">
                                    <button type="button" data-testid={format!("view-{number}")} onclick={on_show}>{ lang.t(i18n::issued::VIEW) }</button>
                                    <button type="button" id={delete_id(&number)} data-testid={format!("delete-{number}")} class={classes!(asking.then_some("danger"))} onclick={on_delete}>
                                        { if asking { lang.t(i18n::issued::REALLY_DELETE) } else { lang.t(i18n::issued::DELETE) } }
                                    </button>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p class="visually-hidden" role="status" data-testid="delete-armed">{ armed_note.unwrap_or_default() }</p>
        </section>
    }
}
