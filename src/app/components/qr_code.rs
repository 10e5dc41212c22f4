//! A share link as a QR code, for a phone camera or a printed page. The code is drawn by the
//! documents worker (`app::xlsx::qr_code`), fetched the first time a code is asked for, so the
//! encoder is not part of the app's first load.

use yew::prelude::*;

use crate::app::xlsx::qr_code;
use model::Lang;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub link: AttrValue,
    pub lang: Lang,
}

#[derive(Clone, PartialEq)]
enum Shown {
    Hidden,
    Drawing,
    Code(AttrValue),
    Failed,
}

#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let lang = props.lang;
    let shown = use_state(|| Shown::Hidden);
    // A code drawn for another link is put away: it would open the old estimate.
    {
        let shown = shown.clone();
        use_effect_with(props.link.clone(), move |_| shown.set(Shown::Hidden));
    }
    let on_show = {
        let (shown, link) = (shown.clone(), props.link.clone());
        Callback::from(move |_| {
            shown.set(Shown::Drawing);
            let shown = shown.clone();
            qr_code(&link, move |result| {
                shown.set(match result {
                    Ok(svg) => Shown::Code(svg.into()),
                    Err(_) => Shown::Failed,
                })
            });
        })
    };
    html! {
        <div class="qr-code">
            if !matches!(*shown, Shown::Code(_)) {
                <button type="button" class="no-print" data-testid="show-qr" onclick={on_show}
                    disabled={*shown == Shown::Drawing}>
                    { lang.pick("显示二维码", "Show as a QR code") }
                </button>
            }
            { match &*shown {
                // The worker's own SVG, drawn from the link: no text from outside the app.
                Shown::Code(svg) => html! {
                    <figure class="qr" data-testid="qr">
                        { Html::from_html_unchecked(svg.clone()) }
                        <figcaption>{ lang.pick("用手机扫码打开同一方案", "Scan with a phone to open the same option") }</figcaption>
                    </figure>
                },
                Shown::Failed => html! {
                    <p class="error" role="alert" data-testid="error">{ lang.pick(
                        "二维码未能生成：第一次使用需要联网下载组件，或链接过长。请联网后重试，或直接复制链接。",
                        "The QR code could not be made: its first use needs the network, or the link is too long. Connect and try again, or copy the link.",
                    ) }</p>
                },
                _ => html! {},
            } }
        </div>
    }
}
