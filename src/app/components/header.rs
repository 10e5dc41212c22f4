use model::i18n;
use yew::prelude::*;

use model::Lang;

/// The product's name (Chinese first, English beneath) and the language switch. A view
/// function: it has no state of its own.
pub fn header(lang: Lang, on_toggle_lang: &Callback<()>) -> Html {
    let onclick = on_toggle_lang.reform(|_: MouseEvent| ());
    html! {
        <header class="header">
            <div class="brand">
                <h1 data-testid="app-title">{ "客诉处理培训 · 成本估算与课程规划" }</h1>
                <p class="subtitle" lang="en">{ "Complaint-handling training: cost estimator and course planner" }</p>
            </div>
            <button type="button" class="lang-toggle" data-testid="lang-toggle" {onclick}
                aria-label={lang.t(i18n::header::SWITCH_LANGUAGE)}>
                { lang.t(i18n::header::OTHER_LANGUAGE) }
            </button>
        </header>
    }
}
