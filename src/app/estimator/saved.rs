//! Reading and writing the browser's local storage for the estimator (see `share::storage`).

use crate::model::Lang;
use crate::model::cost::Scenario;
use crate::share::file::{ImportError, NamedScenario, SavedWork};
use crate::share::storage::{KEY, aside_key};

use super::compare::option_name;

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn read() -> Option<String> {
    local()?.get_item(KEY).ok().flatten()
}

/// Keep unreadable saved text under a key of its own; returns that key.
pub fn set_aside(raw: &str) -> Option<String> {
    let store = local()?;
    let key = aside_key(|k| store.get_item(k).ok().flatten().is_some());
    store.set_item(&key, raw).ok()?;
    Some(key)
}

pub fn write(scenarios: &[Scenario], lang: Lang) {
    let Some(store) = local() else { return };
    let options = scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| NamedScenario {
            name: option_name(i, lang),
            scenario: s.clone(),
        })
        .collect();
    // Storage can be full or switched off; the page works the same without it.
    let _ = store.set_item(KEY, &SavedWork::new(options, None).to_json());
}

/// What the user is told when saved work could not be read.
pub fn warning(why: &ImportError, kept: Option<&str>, lang: Lang) -> String {
    let kept = match (kept, lang) {
        (Some(key), Lang::Zh) => format!("原数据已另存于本浏览器的“{key}”，没有删除。"),
        (Some(key), Lang::En) => {
            format!("The old data is kept in this browser under “{key}”; nothing was deleted.")
        }
        (None, Lang::Zh) => "原数据未改动。".to_string(),
        (None, Lang::En) => "The old data was left as it was.".to_string(),
    };
    match lang {
        Lang::Zh => format!(
            "上次保存的方案无法读取（{}），已从默认方案开始。{kept}",
            why.message(lang)
        ),
        Lang::En => format!(
            "The options saved last time could not be read ({}); starting from the defaults. {kept}",
            why.message(lang)
        ),
    }
}
