use model::i18n;
use yew::prelude::*;

use model::Lang;
use model::catalog::MarketBand;
use model::money::cny;

/// The published market price bands every estimate is held against. A view function rather
/// than a component: it has no state, and each component adds its own lifecycle code to a
/// page's bundle.
pub fn market_bands(bands: &[MarketBand], lang: Lang) -> Html {
    html! {
        <section class="bands" aria-labelledby="bands-title">
            <h3 id="bands-title">{ lang.t(i18n::market_bands::MARKET_PRICES_ONE_SEAT_ON_A_PUBLIC) }</h3>
            <ul>
                { for bands.iter().map(|band| html! {
                    <li data-testid={format!("band-{}", band.id)}>
                        <strong>{ band.name.get(lang) }</strong>
                        <span class="band-range">{ format!("{} – {}", cny(band.low), cny(band.high)) }</span>
                        <span class="band-describes">{ band.describes.get(lang) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
