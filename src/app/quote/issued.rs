//! The quotes issued so far, newest first: view one again, or delete it after a second click
//! (a deleted quote cannot be brought back, so one click never deletes).

use yew::prelude::*;

use model::Lang;
use model::money::cny;
use model::quote::QuoteBook;

#[derive(Properties, PartialEq)]
pub struct IssuedListProps {
    pub book: std::rc::Rc<QuoteBook>,
    pub lang: Lang,
    pub on_show: Callback<String>,
    pub on_remove: Callback<String>,
}

#[component]
pub fn IssuedList(props: &IssuedListProps) -> Html {
    let lang = props.lang;
    // The quote whose delete button was pressed once and now asks to be pressed again.
    let confirming = use_state(|| None::<String>);
    if props.book.issued.is_empty() {
        return html! {};
    }
    html! {
        <section class="issued no-print" aria-labelledby="issued-title">
            <h3 id="issued-title">{ lang.pick("已出具的报价", "Quotes issued") }</h3>
            <table data-testid="issued-quotes">
                <thead><tr>
                    <th scope="col">{ lang.pick("编号", "Number") }</th>
                    <th scope="col">{ lang.pick("客户", "Client") }</th>
                    <th scope="col">{ lang.pick("日期", "Date") }</th>
                    <th scope="col" class="num">{ lang.pick("合计", "Total") }</th>
                    <th scope="col"><span class="visually-hidden">{ lang.pick("操作", "Actions") }</span></th>
                </tr></thead>
                <tbody>
                    { for props.book.issued.iter().rev().map(|q| {
                        let number = q.number.clone().unwrap_or_default();
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
                                <td class="num">{ cny(q.total as f64) }</td>
                                <td class="row-actions">
                                    <button type="button" data-testid={format!("view-{number}")} onclick={on_show}>{ lang.pick("查看", "View") }</button>
                                    <button type="button" data-testid={format!("delete-{number}")} class={classes!(asking.then_some("danger"))} onclick={on_delete}>
                                        { if asking { lang.pick("确认删除？", "Really delete?") } else { lang.pick("删除", "Delete") } }
                                    </button>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
