//! Moving work to another browser: everything the store keeps (options, plan, rate card,
//! quotes) as one JSON file, and such a file read back. A file that cannot be used is refused
//! with the reason and changes nothing. A file's preview holds the focus while it asks;
//! Escape cancels it, as its cancel button does, and the focus goes back to the file field.

use model::i18n;
use yew::prelude::*;

use super::components::{focus_by_id, save_file};
use super::store::use_store;
use crate::catalog::catalog;
use crate::persist::work_file::{ImportError, ImportPreview, OptionChoice, SavedWork, import};
use crate::store::Action;
use crate::store::estimator::max_options;
use gloo::file::callbacks::FileReader;
use model::Lang;
use std::cell::RefCell;
use std::rc::Rc;

/// The file field's id: the focus comes back to it when a preview is answered.
const IMPORT_INPUT_ID: &str = "import-file";
/// The preview's id: it takes the focus when it opens.
const PREVIEW_ID: &str = "import-preview";

/// Saves `work` as the work file; why not, if the browser refused.
pub fn export_work(work: &SavedWork, lang: Lang) -> Result<(), String> {
    save_file(
        "training-work.json",
        "application/json",
        &work.to_json(),
        lang,
    )
}

#[component]
pub fn WorkFiles() -> Html {
    let store = use_store();
    let lang = store.lang;
    let message = use_state(|| None::<Result<String, String>>);
    // A file read and checked, waiting for the user to agree to what it would change.
    let pending = use_state(|| None::<SavedWork>);
    // Which of its options to take, by place in the file, when it has more than are compared.
    let ticked = use_state(Vec::<usize>::new);
    // The reader must live until it calls back.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    let on_save = {
        let (store, message) = (store.clone(), message.clone());
        Callback::from(move |_| {
            if let Err(why) = export_work(&store.saved(), lang) {
                message.set(Some(Err(why)));
            }
        })
    };

    let on_pick = pick_file(&message, &reader, &pending, &ticked, lang);

    // Every option when they fit; else those ticked.
    let choice = match &*pending {
        Some(work) if work.options.len() > max_options() => {
            OptionChoice::Positions((*ticked).clone())
        }
        _ => OptionChoice::All,
    };
    let choice_ok = match &choice {
        OptionChoice::All => true,
        OptionChoice::Positions(p) => (1..=max_options()).contains(&p.len()),
    };
    let on_confirm = {
        let (store, message, pending) = (store.clone(), message.clone(), pending.clone());
        let choice = choice.clone();
        Callback::from(move |_| {
            if let Some(work) = (*pending).clone() {
                // The message counts what the store does with the same file and choice.
                let (_, report) = store.import_of(work.clone(), &choice);
                store.dispatch(Action::Import(work, choice.clone()));
                message.set(Some(Ok(report.message(lang))));
                pending.set(None);
                focus_by_id(IMPORT_INPUT_ID);
            }
        })
    };
    let on_cancel = {
        let pending = pending.clone();
        Callback::from(move |_| {
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
    // A preview that opens takes the focus, so a keyboard or screen reader user is where it asks.
    use_effect_with(pending.is_some(), |&open| {
        if open {
            focus_by_id(PREVIEW_ID);
        }
    });
    let preview = (*pending)
        .as_ref()
        .map(|work| (work, work.preview(&store.saved(), max_options())));

    html! {
        <section class="files no-print" aria-labelledby="files-title" onkeydown={on_keydown}>
            <h3 id="files-title">{ lang.t(i18n::work_files::MY_WORK) }</h3>
            <p class="hint">{ lang.t(i18n::work_files::OPTIONS_THE_COURSE_PLAN_THE_RATE) }</p>
            <button type="button" data-testid="save-file" onclick={on_save}>
                { lang.t(i18n::work_files::EXPORT_ALL_WORK_JSON) }
            </button>
            <label class="file-pick" for="import-file">
                { lang.t(i18n::work_files::IMPORT_A_FILE_YOU_SEE_WHAT_IT) }
                <input type="file" id={IMPORT_INPUT_ID} data-testid="import-file" accept=".json,application/json" onchange={on_pick} />
            </label>
            if let Some((work, preview)) = preview {
                { preview_dialog(work, &preview, &ticked, choice_ok, on_confirm, on_cancel, lang) }
            }
            { match &*message {
                Some(Ok(text)) => html! { <p class="ok" role="status" data-testid="import-ok">{ text }</p> },
                Some(Err(text)) => html! { <p class="error" role="alert" data-testid="error">{ text }</p> },
                None => html! {},
            } }
        </section>
    }
}

/// Reading a file the user picks: too large, unreadable or not ours is said in `message`; a
/// good one waits in `pending` for the user to agree, its first options that fit ticked.
fn pick_file(
    message: &UseStateHandle<Option<Result<String, String>>>,
    reader: &Rc<RefCell<Option<FileReader>>>,
    pending: &UseStateHandle<Option<SavedWork>>,
    ticked: &UseStateHandle<Vec<usize>>,
    lang: Lang,
) -> Callback<Event> {
    let (message, reader, pending, ticked) = (
        message.clone(),
        reader.clone(),
        pending.clone(),
        ticked.clone(),
    );
    Callback::from(move |e: Event| {
        let max = catalog().pricing.limits.import_bytes;
        let file = match crate::app::components::picked_file(&e, max) {
            None => return,
            Some(Err(bytes)) => {
                let too_large = ImportError::TooLarge { bytes, max };
                message.set(Some(Err(too_large.message(lang))));
                return;
            }
            Some(Ok(file)) => file,
        };
        let (message, pending, ticked) = (message.clone(), pending.clone(), ticked.clone());
        let task = gloo::file::callbacks::read_as_text(&file, move |text| {
            match text.map(|text| import(&text, catalog())) {
                Err(_) => message.set(Some(Err(lang
                    .t(i18n::work_files::THE_FILE_COULD_NOT_BE_READ)
                    .to_string()))),
                Ok(Err(e)) => message.set(Some(Err(e.message(lang)))),
                Ok(Ok(work)) => {
                    message.set(None);
                    // The first ones that fit are ticked to start with.
                    ticked.set((0..work.options.len().min(max_options())).collect());
                    pending.set(Some(work));
                }
            }
        });
        *reader.borrow_mut() = Some(task);
    })
}

/// What importing the file would change, its options to choose from when it has more than are
/// compared, and the buttons to go ahead or not.
fn preview_dialog(
    work: &SavedWork,
    preview: &ImportPreview,
    ticked: &UseStateHandle<Vec<usize>>,
    choice_ok: bool,
    on_confirm: Callback<MouseEvent>,
    on_cancel: Callback<()>,
    lang: Lang,
) -> Html {
    let on_tick = |i: usize| {
        let ticked = ticked.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let mut next: Vec<usize> = (*ticked).iter().copied().filter(|&t| t != i).collect();
            if on {
                next.push(i);
                next.sort_unstable();
            }
            ticked.set(next);
        })
    };
    html! {
        <div class="notice import-preview" role="dialog" id={PREVIEW_ID} tabindex="-1" aria-labelledby="import-preview-title" data-testid="import-preview">
            <p id="import-preview-title"><strong>{ lang.t(i18n::work_files::IMPORTING_THIS_FILE_WOULD) }</strong></p>
            <ul>{ for preview.lines(lang).into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            if let Some(max) = preview.choose_options {
                <fieldset class="import-options" data-testid="import-options">
                    <legend>{ lang.fill(i18n::work_files::OPTIONS_TO_IMPORT_AT_MOST_CHOSEN, &[("max", &max), ("ticked_count", &ticked.len())]) }</legend>
                    { for work.options.iter().enumerate().map(|(i, o)| {
                        let id = format!("import-option-{i}");
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id.clone()} data-testid={id}
                                    checked={ticked.contains(&i)} onchange={on_tick(i)} />
                                { format!("{} · {}", crate::persist::work_file::option_name(i, lang), o.scenario.describe(catalog(), lang)) }
                            </label>
                        }
                    }) }
                </fieldset>
                if !choice_ok {
                    <p class="field-error" role="alert" data-testid="error">{ lang.fill(i18n::work_files::CHOOSE_FROM_1_TO_OPTIONS, &[("max", &max)]) }</p>
                }
            }
            <button type="button" data-testid="import-confirm" onclick={on_confirm} disabled={!choice_ok}>{ lang.t(i18n::work_files::IMPORT) }</button>
            <button type="button" data-testid="import-cancel" onclick={on_cancel.reform(|_| ())}>{ lang.t(i18n::work_files::CANCEL) }</button>
        </div>
    }
}
