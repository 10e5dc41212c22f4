use yew::prelude::*;

use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_toggle_lang: Callback<()>,
}

/// The product's name (Chinese first, English beneath) and the language switch.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let onclick = props.on_toggle_lang.reform(|_: MouseEvent| ());
    let lang = props.lang;
    html! {
        <header class="header">
            <div class="brand">
                <h1 data-testid="app-title">{ "客诉处理培训 · 成本估算与课程规划" }</h1>
                <p class="subtitle" lang="en">{ "Complaint-handling training: cost estimator and course planner" }</p>
            </div>
            <button type="button" class="lang-toggle" data-testid="lang-toggle" {onclick}
                aria-label={lang.pick("Switch to English", "切换到中文")}>
                { lang.pick("English", "中文") }
            </button>
        </header>
    }
}
