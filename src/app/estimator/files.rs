//! Saving the options compared to a JSON file, and reading such a file back. A file that cannot
//! be used is refused with the reason; the options on screen stay as they were.

use std::rc::Rc;

use yew::prelude::*;

use super::compare::option_name;
use super::state::OptionState;
use crate::app::components::download;
use crate::model::cost::Scenario;
use crate::model::{Catalog, Lang};
use crate::share::file::{ImportError, NamedScenario, SavedWork, import};

#[derive(Properties)]
pub struct FilesProps {
    pub catalog: Rc<Catalog>,
    pub options: Vec<OptionState>,
    pub lang: Lang,
    pub on_import: Callback<Vec<Scenario>>,
}

impl PartialEq for FilesProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.catalog, &o.catalog)
            && self.options == o.options
            && self.lang == o.lang
            && self.on_import == o.on_import
    }
}

#[component]
pub fn Files(props: &FilesProps) -> Html {
    let lang = props.lang;
    let message = use_state(|| None::<Result<String, String>>);
    // The reader must live until it calls back.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    let on_save = {
        let (options, message) = (props.options.clone(), message.clone());
        Callback::from(move |_| {
            let named = options
                .iter()
                .enumerate()
                .map(|(i, o)| NamedScenario {
                    name: option_name(i, lang),
                    scenario: o.outcome.scenario.clone(),
                })
                .collect();
            let json = SavedWork::new(named, None).to_json();
            if download("training-options.json", "application/json", &json).is_err() {
                message.set(Some(Err(lang
                    .pick(
                        "浏览器未能保存文件，请重试。",
                        "The browser could not save the file; please try again.",
                    )
                    .into())));
            }
        })
    };

    let on_pick = {
        let (catalog, message, reader, on_import) = (
            props.catalog.clone(),
            message.clone(),
            reader.clone(),
            props.on_import.clone(),
        );
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value(""); // choosing the same file again still fires a change
            let max = catalog.pricing.limits.import_bytes;
            let bytes = file.size() as u64;
            if bytes > max {
                message.set(Some(
                    Err(ImportError::TooLarge { bytes, max }.message(lang)),
                ));
                return;
            }
            let (catalog, message, on_import) =
                (catalog.clone(), message.clone(), on_import.clone());
            let task =
                gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |text| {
                    let outcome = match text {
                        Err(_) => Err(lang
                            .pick("文件无法读取。", "The file could not be read.")
                            .to_string()),
                        Ok(text) => match import(&text, &catalog) {
                            Ok(work) => {
                                let n = work.options.len();
                                on_import
                                    .emit(work.options.into_iter().map(|o| o.scenario).collect());
                                Ok(match lang {
                                    Lang::Zh => format!("已导入 {n} 个方案。"),
                                    Lang::En => format!("Imported {n} option(s)."),
                                })
                            }
                            Err(e) => Err(e.message(lang)),
                        },
                    };
                    message.set(Some(outcome));
                });
            *reader.borrow_mut() = Some(task);
        })
    };

    html! {
        <div class="files">
            <button type="button" data-testid="save-file" onclick={on_save}>
                { lang.pick("保存方案为文件（JSON）", "Save options as a file (JSON)") }
            </button>
            <label class="file-pick" for="import-file">
                { lang.pick("从文件导入方案", "Import options from a file") }
                <input type="file" id="import-file" data-testid="import-file" accept=".json,application/json" onchange={on_pick} />
            </label>
            { match &*message {
                Some(Ok(text)) => html! { <p class="ok" role="status" data-testid="import-ok">{ text }</p> },
                Some(Err(text)) => html! { <p class="error" role="alert" data-testid="error">{ text }</p> },
                None => html! {},
            } }
        </div>
    }
}
