//! What a file read would change, asked before it does: the lines of its preview, which of its
//! options to take when it has more than are compared, and the buttons that import or cancel.

use yew::prelude::*;

use crate::app::components::focus_by_id;
use crate::catalog::catalog;
use crate::persist::work_file::{ImportPreview, OptionChoice, SavedWork, option_name};
use crate::store::estimator::max_options;
use model::Lang;

/// The preview's id: it takes the focus when it opens.
const PREVIEW_ID: &str = "import-preview";

#[derive(Properties, PartialEq)]
pub struct ImportPreviewDialogProps {
    /// The file's work, read and checked.
    pub work: SavedWork,
    /// What importing it over the work here would change.
    pub preview: ImportPreview,
    /// The options ticked, by place in the file.
    pub ticked: Vec<usize>,
    pub lang: Lang,
    /// An option ticked (`true`) or not, by place in the file.
    pub on_tick: Callback<(usize, bool)>,
    /// Import, with these of its options.
    pub on_import: Callback<OptionChoice>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ImportPreviewDialog(props: &ImportPreviewDialogProps) -> Html {
    let (lang, work, ticked) = (props.lang, &props.work, &props.ticked);
    // A preview that opens takes the focus, so a keyboard or screen reader user is where it asks.
    use_effect_with((), |_| focus_by_id(PREVIEW_ID));
    // Every option when they fit; else those ticked.
    let choice = if work.options.len() > max_options() {
        OptionChoice::Positions(ticked.clone())
    } else {
        OptionChoice::All
    };
    let choice_ok = match &choice {
        OptionChoice::All => true,
        OptionChoice::Positions(p) => (1..=max_options()).contains(&p.len()),
    };
    let on_tick = |i: usize| {
        props.on_tick.reform(move |e: Event| {
            (
                i,
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let on_confirm = props.on_import.reform(move |_| choice.clone());
    html! {
        <div class="notice import-preview" role="dialog" id={PREVIEW_ID} tabindex="-1" aria-labelledby="import-preview-title" data-testid="import-preview">
            <p id="import-preview-title"><strong>{ lang.pick("导入这个文件会：", "Importing this file would:") }</strong></p>
            <ul>{ for props.preview.lines(lang).into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            if let Some(max) = props.preview.choose_options {
                <fieldset class="import-options" data-testid="import-options">
                    <legend>{ match lang {
                        Lang::Zh => format!("选择要导入的方案（最多 {max} 个，已选 {} 个）", ticked.len()),
                        Lang::En => format!("Options to import (at most {max}; {} chosen)", ticked.len()),
                    } }</legend>
                    { for work.options.iter().enumerate().map(|(i, o)| {
                        let id = format!("import-option-{i}");
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id.clone()} data-testid={id}
                                    checked={ticked.contains(&i)} onchange={on_tick(i)} />
                                { format!("{} · {}", option_name(i, lang), o.scenario.describe(catalog(), lang)) }
                            </label>
                        }
                    }) }
                </fieldset>
                if !choice_ok {
                    <p class="field-error" role="alert" data-testid="error">{ match lang {
                        Lang::Zh => format!("请选 1 到 {max} 个方案。"),
                        Lang::En => format!("Choose from 1 to {max} options."),
                    } }</p>
                }
            }
            <button type="button" data-testid="import-confirm" onclick={on_confirm} disabled={!choice_ok}>{ lang.pick("导入", "Import") }</button>
            <button type="button" data-testid="import-cancel" onclick={props.on_cancel.reform(|_| ())}>{ lang.pick("取消", "Cancel") }</button>
        </div>
    }
}
