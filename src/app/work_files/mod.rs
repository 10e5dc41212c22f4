//! Moving work to another browser: everything the store keeps (options, plan, rate card,
//! quotes) as one JSON file, and such a file read back. A file that cannot be used is refused
//! with the reason and changes nothing. A file's preview holds the focus while it asks;
//! Escape cancels it, as its cancel button does, and the focus goes back to the file field.

mod export;
mod import;
mod preview;

use yew::prelude::*;

use super::components::focus_by_id;
use super::store::use_store;
use crate::persist::work_file::{OptionChoice, SavedWork};
use crate::store::Action;
use crate::store::estimator::max_options;
pub use export::export_work;
use export::save_button;
use import::{IMPORT_INPUT_ID, ImportFile};
use preview::ImportPreviewDialog;

#[component]
pub fn WorkFiles() -> Html {
    let store = use_store();
    let lang = store.lang;
    let message = use_state(|| None::<Result<String, String>>);
    // A file read and checked, waiting for the user to agree to what it would change.
    let pending = use_state(|| None::<SavedWork>);
    // Which of its options to take, by place in the file, when it has more than are compared.
    let ticked = use_state(Vec::<usize>::new);

    let on_save = {
        let (store, message) = (store.clone(), message.clone());
        Callback::from(move |()| {
            if let Err(why) = export_work(&store.saved(), lang) {
                message.set(Some(Err(why)));
            }
        })
    };
    let on_read = {
        let (message, pending, ticked) = (message.clone(), pending.clone(), ticked.clone());
        Callback::from(move |read: Result<SavedWork, String>| match read {
            Err(why) => message.set(Some(Err(why))),
            Ok(work) => {
                message.set(None);
                // The first ones that fit are ticked to start with.
                ticked.set((0..work.options.len().min(max_options())).collect());
                pending.set(Some(work));
            }
        })
    };
    let on_import = {
        let (store, message, pending) = (store.clone(), message.clone(), pending.clone());
        Callback::from(move |choice: OptionChoice| {
            if let Some(work) = (*pending).clone() {
                // The message counts what the store does with the same file and choice.
                let (_, report) = store.import_of(work.clone(), &choice);
                store.dispatch(Action::Import(work, choice));
                message.set(Some(Ok(report.message(lang))));
                pending.set(None);
                focus_by_id(IMPORT_INPUT_ID);
            }
        })
    };
    let on_tick = {
        let ticked = ticked.clone();
        Callback::from(move |(i, on): (usize, bool)| {
            let mut next: Vec<usize> = (*ticked).iter().copied().filter(|&t| t != i).collect();
            if on {
                next.push(i);
                next.sort_unstable();
            }
            ticked.set(next);
        })
    };
    let on_cancel = {
        let pending = pending.clone();
        Callback::from(move |()| {
            pending.set(None);
            focus_by_id(IMPORT_INPUT_ID);
        })
    };
    let on_keydown = {
        let (pending, on_cancel) = (pending.clone(), on_cancel.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && pending.is_some() {
                e.prevent_default();
                on_cancel.emit(());
            }
        })
    };

    html! {
        <section class="files no-print" aria-labelledby="files-title" onkeydown={on_keydown}>
            <h3 id="files-title">{ lang.pick("我的数据", "My work") }</h3>
            <p class="hint">{ lang.pick(
                "方案、课程计划、价目表和报价都保存在本浏览器中。可导出为一个文件，在另一台电脑或浏览器中导入。",
                "Options, the course plan, the rate card and quotes are kept in this browser. Export them as one file to import in another computer or browser.",
            ) }</p>
            { save_button(lang, on_save) }
            <ImportFile {lang} {on_read} />
            if let Some(work) = &*pending {
                <ImportPreviewDialog work={work.clone()} preview={work.preview(&store.saved(), max_options())}
                    ticked={(*ticked).clone()} {lang} {on_tick} {on_import} {on_cancel} />
            }
            { match &*message {
                Some(Ok(text)) => html! { <p class="ok" role="status" data-testid="import-ok">{ text }</p> },
                Some(Err(text)) => html! { <p class="error" role="alert" data-testid="error">{ text }</p> },
                None => html! {},
            } }
        </section>
    }
}
