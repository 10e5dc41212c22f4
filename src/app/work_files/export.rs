//! All the work saved as one file.

use yew::prelude::*;

use crate::app::components::save_file;
use crate::persist::work_file::SavedWork;
use model::Lang;

/// Saves `work` as the work file; why not, if the browser refused.
pub fn export_work(work: &SavedWork, lang: Lang) -> Result<(), String> {
    save_file(
        "training-work.json",
        "application/json",
        &work.to_json(),
        lang,
    )
}

/// The button that saves the work as a file.
pub fn save_button(lang: Lang, on_save: Callback<()>) -> Html {
    html! {
        <button type="button" data-testid="save-file" onclick={on_save.reform(|_| ())}>
            { lang.pick("导出全部数据（JSON）", "Export all work (JSON)") }
        </button>
    }
}
