//! What an address the app has no place for shows, inside the shell (the tabs stay).

use model::i18n;
use yew::prelude::*;

use super::store::use_store;

#[component]
pub fn NotFound() -> Html {
    let lang = use_store().lang;
    html! {
        <p class="notice" role="status" data-testid="not-found">
            { lang.t(i18n::not_found::NOTHING_LIVES_AT_THIS_ADDRESS) }
        </p>
    }
}
