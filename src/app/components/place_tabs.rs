use yew::prelude::*;

use crate::app::state::Place;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct PlaceTabsProps {
    pub current: Place,
    pub lang: Lang,
}

/// The three places as links between their pages; the current one is marked for screen readers
/// (`aria-current`) and by its style.
#[component]
pub fn PlaceTabs(props: &PlaceTabsProps) -> Html {
    html! {
        <nav class="tabs" aria-label={props.lang.pick("功能", "Sections")}>
            { for Place::ALL.iter().map(|&place| {
                let current = place == props.current;
                html! {
                    <a id={format!("tab-{}", place.id())} href={place.href_from(props.current)}
                        class={classes!("tab", current.then_some("selected"))}
                        data-testid={format!("tab-{}", place.id())}
                        aria-current={current.then_some("page")}>
                        { place.title(props.lang) }
                    </a>
                }
            }) }
        </nav>
    }
}
