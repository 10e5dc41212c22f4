//! A share link as a QR code, for a phone camera or a printed page. The code is drawn by the
//! documents worker (`app::documents::qr_code`), fetched the first time a code is asked for (a
//! click, never a render), so the encoder is not part of the app's first load.

use model::i18n;
use yew::prelude::*;

use crate::app::documents::qr_code;
use model::Lang;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub link: AttrValue,
    pub lang: Lang,
    /// On a printed document (the budget request): the code is offered as an addition to the
    /// page, its caption says what it opens, the link is written under it for a reader without
    /// a phone, and a button takes it off the page again. The buttons and any message never
    /// print, so the document prints as it stands if no code could be drawn.
    #[prop_or_default]
    pub printed: bool,
}

#[derive(Clone, PartialEq)]
enum Shown {
    Drawing,
    Code(AttrValue),
    Failed,
}

#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let (lang, printed, link) = (props.lang, props.printed, props.link.clone());
    // What was asked for which link: a code drawn for another link is never shown (it would
    // open another estimate), even when its answer comes after the link changed.
    let shown = use_state(|| None::<(AttrValue, Shown)>);
    let current = shown.as_ref().filter(|(l, _)| *l == link).map(|(_, s)| s);
    let on_show = {
        let (shown, link) = (shown.clone(), link.clone());
        Callback::from(move |_| {
            shown.set(Some((link.clone(), Shown::Drawing)));
            let (shown, asked) = (shown.clone(), link.clone());
            qr_code(&link, move |result| {
                let drawn = match result {
                    Ok(svg) => Shown::Code(svg.into()),
                    Err(_) => Shown::Failed,
                };
                shown.set(Some((asked, drawn)));
            });
        })
    };
    let on_remove = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(None))
    };
    html! {
            <div class={classes!("qr-code", printed.then_some("printed"))}>
                { match current {
                    // The worker's own SVG, drawn from the link: no text from outside the app.
                    Some(Shown::Code(svg)) => html! { <>
                        <figure class="qr" data-testid="qr">
                            { Html::from_html_unchecked(svg.clone()) }
                            <figcaption>
                                if printed {
                                    <strong>{ lang.t(i18n::qr_code::SCAN_FOR_THE_LIVE_ESTIMATE) }</strong>
                                    <span class="qr-link" data-testid="qr-link">{ link.clone() }</span>
                                } else {
                                    { lang.t(i18n::qr_code::SCAN_WITH_A_PHONE_TO_OPEN_THE) }
                                }
                            </figcaption>
                        </figure>
                        if printed {
                            <button type="button" class="no-print" data-testid="remove-qr" onclick={on_remove}>
                                { lang.t(i18n::qr_code::REMOVE_THE_QR_CODE) }
                            </button>
                        }
                    </> },
                    _ => html! {
                        <button type="button" class="no-print" data-testid="show-qr" onclick={on_show}
                            disabled={current == Some(&Shown::Drawing)}>
                            { if printed { lang.t(i18n::qr_code::ADD_A_QR_CODE_OF_THE_LIVE_ESTIMATE) }
                              else { lang.t(i18n::qr_code::SHOW_AS_A_QR_CODE) } }
                        </button>
                    },
                } }
                if current == Some(&Shown::Failed) {
                    <p class="error no-print" role="alert" data-testid="error">
                        { lang.t(i18n::qr_code::THE_QR_CODE_COULD_NOT_BE_MADE) }
                        { match (printed, lang) {
    (true, _) => lang.t(i18n::qr_code::THE_REQUEST_STILL_PRINTS_WITHOUT),
    (false, _) => lang.t(i18n::qr_code::OR_COPY_THE_LINK),
    } }
                    </p>
                }
            </div>
        }
}
