//! A work file picked and read: refused with the reason when it is too large, unreadable or
//! not a work file, else handed up checked.

use yew::prelude::*;

use crate::catalog::catalog;
use crate::persist::work_file::{ImportError, SavedWork, import};
use model::Lang;

/// The file field's id: the focus comes back to it when a preview is answered.
pub const IMPORT_INPUT_ID: &str = "import-file";

#[derive(Properties, PartialEq)]
pub struct ImportFileProps {
    pub lang: Lang,
    /// Called with the work the file holds, or why it cannot be used.
    pub on_read: Callback<Result<SavedWork, String>>,
}

#[component]
pub fn ImportFile(props: &ImportFileProps) -> Html {
    let lang = props.lang;
    // The reader must live until it calls back.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let on_pick = {
        let (reader, on_read) = (reader.clone(), props.on_read.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value(""); // choosing the same file again still fires a change
            let max = catalog().pricing.limits.import_bytes;
            let bytes = file.size() as u64;
            if bytes > max {
                on_read.emit(Err(ImportError::TooLarge { bytes, max }.message(lang)));
                return;
            }
            let on_read = on_read.clone();
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |text| {
                    on_read.emit(match text.map(|text| import(&text, catalog())) {
                        Err(_) => Err(lang
                            .pick("文件无法读取。", "The file could not be read.")
                            .to_string()),
                        Ok(Err(e)) => Err(e.message(lang)),
                        Ok(Ok(work)) => Ok(work),
                    })
                });
            *reader.borrow_mut() = Some(task);
        })
    };
    html! {
        <label class="file-pick" for="import-file">
            { lang.pick("从文件导入（导入前会列出将替换的内容；报价按编号合并，不会覆盖）", "Import a file (you see what it would replace first; quotes are merged by number, never overwritten)") }
            <input type="file" id={IMPORT_INPUT_ID} data-testid="import-file" accept=".json,application/json" onchange={on_pick} />
        </label>
    }
}
