//! What an address the app has no place for shows, inside the shell (the tabs stay).

use yew::prelude::*;

use super::store::use_store;

#[component]
pub fn NotFound() -> Html {
    let lang = use_store().lang;
    html! {
        <p class="notice" role="status" data-testid="not-found">
            { lang.pick("这个地址没有对应的页面。请从上面的标签进入。", "Nothing lives at this address. Use the tabs above.") }
        </p>
    }
}
