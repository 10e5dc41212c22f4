//! A share link as a QR code, for a phone camera or a printed page. The code is drawn by the
//! documents worker (`app::documents::qr_code`), fetched the first time a code is asked for (a
//! click, never a render), so the encoder is not part of the app's first load.

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
                                <strong>{ lang.pick("扫码查看在线估算", "Scan for the live estimate") }</strong>
                                <span class="qr-link" data-testid="qr-link">{ link.clone() }</span>
                            } else {
                                { lang.pick("用手机扫码打开同一方案", "Scan with a phone to open the same option") }
                            }
                        </figcaption>
                    </figure>
                    if printed {
                        <button type="button" class="no-print" data-testid="remove-qr" onclick={on_remove}>
                            { lang.pick("去掉二维码", "Remove the QR code") }
                        </button>
                    }
                </> },
                _ => html! {
                    <button type="button" class="no-print" data-testid="show-qr" onclick={on_show}
                        disabled={current == Some(&Shown::Drawing)}>
                        { if printed { lang.pick("附二维码（在线估算链接）", "Add a QR code of the live estimate") }
                          else { lang.pick("显示二维码", "Show as a QR code") } }
                    </button>
                },
            } }
            if current == Some(&Shown::Failed) {
                <p class="error no-print" role="alert" data-testid="error">
                    { lang.pick(
                        "二维码未能生成：第一次使用需要联网下载组件，或链接过长。请联网后重试",
                        "The QR code could not be made: its first use needs the network, or the link is too long. Connect and try again",
                    ) }
                    { match (printed, lang) {
                        (true, Lang::Zh) => "；预算表仍可打印，只是不带二维码。",
                        (true, Lang::En) => "; the request still prints, without the code.",
                        (false, Lang::Zh) => "，或直接复制链接。",
                        (false, Lang::En) => ", or copy the link.",
                    } }
                </p>
            }
        </div>
    }
}
