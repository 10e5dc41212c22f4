use yew::prelude::*;

use crate::app::state::Place;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct PlaceTabsProps {
    pub current: Place,
    pub lang: Lang,
    pub on_select: Callback<Place>,
}

/// The three places as an accessible tab list: buttons, so Tab and Enter reach each one.
#[component]
pub fn PlaceTabs(props: &PlaceTabsProps) -> Html {
    html! {
        <nav class="tabs" role="tablist" aria-label={props.lang.pick("功能", "Sections")}>
            { for Place::ALL.iter().map(|&place| {
                let selected = place == props.current;
                let onclick = props.on_select.reform(move |_: MouseEvent| place);
                html! {
                    <button type="button" role="tab" id={format!("tab-{}", place.id())}
                        class={classes!("tab", selected.then_some("selected"))}
                        data-testid={format!("tab-{}", place.id())}
                        aria-selected={selected.to_string()} aria-controls="place" {onclick}>
                        { place.title(props.lang) }
                    </button>
                }
            }) }
        </nav>
    }
}
