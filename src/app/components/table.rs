//! A table's head row, from its headings as the catalogue lists them.

use model::Lang;
use model::i18n::Text;
use yew::prelude::*;

/// The head row of a table whose headings are `columns` (one list in `i18n/`, so a translator
/// sees the table whole); the columns at `numeric` hold figures and are set right, as their
/// cells are.
pub fn table_head(columns: &[Text], numeric: &[usize], lang: Lang) -> Html {
    html! {
        <thead><tr>
            { for columns.iter().enumerate().map(|(i, heading)| html! {
                <th scope="col" class={numeric.contains(&i).then_some("num")}>{ lang.t(*heading) }</th>
            }) }
        </tr></thead>
    }
}
