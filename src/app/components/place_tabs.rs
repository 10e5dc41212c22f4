use yew::prelude::*;

use crate::app::state::Place;
use crate::model::Lang;

/// The three places as links between their pages; the current one is marked for screen readers
/// (`aria-current`) and by its style. A view function: it has no state of its own.
pub fn place_tabs(current: Place, lang: Lang) -> Html {
    html! {
        <nav class="tabs" aria-label={lang.pick("功能", "Sections")}>
            { for Place::ALL.iter().map(|&place| {
                let here = place == current;
                html! {
                    <a id={format!("tab-{}", place.id())} href={place.href_from(current)}
                        class={classes!("tab", here.then_some("selected"))}
                        data-testid={format!("tab-{}", place.id())}
                        aria-current={here.then_some("page")}>
                        { place.title(lang) }
                    </a>
                }
            }) }
        </nav>
    }
}
