use model::i18n;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::route::Route;
use model::Lang;

#[derive(Properties, PartialEq)]
pub struct PlaceTabsProps {
    pub current: Route,
    pub lang: Lang,
}

/// The three places as links that change the route without reloading the page (what
/// yew-router's `Link` does, on an anchor that also carries `aria-current` and a test id). A
/// click with a modifier key is left to the browser (a new tab or window).
#[component]
pub fn PlaceTabs(props: &PlaceTabsProps) -> Html {
    let navigator = use_navigator();
    let lang = props.lang;
    html! {
        <nav class="tabs" aria-label={lang.t(i18n::place_tabs::SECTIONS)}>
            { for Route::PLACES.iter().map(|&place| {
                let here = place.id() == props.current.id();
                let onclick = navigator.clone().map(|navigator| {
                    Callback::from(move |e: MouseEvent| {
                        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                            return;
                        }
                        e.prevent_default();
                        navigator.push(&place);
                    })
                });
                html! {
                    <a id={format!("tab-{}", place.id())} href={place.to_path()}
                        class={classes!("tab", here.then_some("selected"))}
                        data-testid={format!("tab-{}", place.id())}
                        aria-current={here.then_some("page")} {onclick}>
                        { place.title(lang) }
                    </a>
                }
            }) }
        </nav>
    }
}
