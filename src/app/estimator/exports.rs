//! What leaves the estimate page: the option's line items and all options' budget summary as
//! CSV, and the option's share link (not while an input is in error).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::{QrCode, save_file};
use crate::catalog::catalog;
use crate::export::csv;
use crate::link::open::estimate_link;
use crate::persist::work_file::option_name;
use crate::store::estimator::{EstimatorState, OptionState};
use model::Lang;

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    /// The options compared, and which is shown.
    pub estimator: EstimatorState,
    pub lang: Lang,
}

/// Which CSV file.
#[derive(Clone, Copy, PartialEq)]
enum Csv {
    /// The option shown, line by line.
    Lines,
    /// Every option's budget.
    Summary,
}

/// Why nothing is exported from these options: the first with an input in error, whose figures
/// are not those of what is typed.
fn held<'a>(
    mut options: impl Iterator<Item = (usize, &'a OptionState)>,
    lang: Lang,
) -> Option<String> {
    options.find_map(|(i, o)| o.held(&option_name(i, lang), lang))
}

/// The file's name and text, or why it is held.
fn csv_file(
    what: Csv,
    state: &EstimatorState,
    lang: Lang,
) -> Result<(&'static str, String), String> {
    let current = state.current();
    match what {
        Csv::Lines => match held([(state.active, current)].into_iter(), lang) {
            Some(why) => Err(why),
            None => Ok((
                "line-items.csv",
                csv::line_items(&current.point.estimate, lang),
            )),
        },
        Csv::Summary => match held(state.options.iter().enumerate(), lang) {
            Some(why) => Err(why),
            None => {
                let rows: Vec<_> = state
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (option_name(i, lang), &o.point.scenario, &o.point.estimate))
                    .collect();
                Ok(("budget-summary.csv", csv::budget_summary(&rows, lang)))
            }
        },
    }
}

#[component]
pub fn Exports(props: &ExportsProps) -> Html {
    let lang = props.lang;
    let current = props.estimator.current();
    let export_error = use_state(|| None::<String>);
    // One copy of the options for both buttons, read when one is pressed.
    let state = Rc::new(props.estimator.clone());
    let export = |what: Csv| {
        let (state, export_error) = (state.clone(), export_error.clone());
        Callback::from(move |_| {
            export_error.set(match csv_file(what, &state, lang) {
                Ok((name, text)) => save_file(name, "text/csv;charset=utf-8", &text, lang).err(),
                Err(why) => Some(why),
            });
        })
    };
    html! {
        <div class="exports">
            <button type="button" data-testid="export-lines" onclick={export(Csv::Lines)}>
                { lang.pick("导出明细（CSV）", "Export line items (CSV)") }
            </button>
            <button type="button" data-testid="export-summary" onclick={export(Csv::Summary)}>
                { lang.pick("导出预算摘要（CSV，含全部方案）", "Export budget summary (CSV, all options)") }
            </button>
            if current.stale() {
                <p class="hint" data-testid="share-held">{ lang.pick(
                    "输入有误时不提供分享链接：链接只带有效的输入。",
                    "No share link while an input is in error: a link carries valid inputs only.",
                ) }</p>
            } else {
                { share_link(current, lang) }
            }
            if let Some(message) = &*export_error {
                <p class="error" role="alert" data-testid="error">{ message }</p>
            }
        </div>
    }
}

/// The option's share link, to copy or to scan.
fn share_link(current: &OptionState, lang: Lang) -> Html {
    let link = estimate_link(
        &gloo::utils::window()
            .location()
            .origin()
            .unwrap_or_default(),
        &current.point.scenario,
        catalog(),
        lang,
    );
    html! {
        <>
            <label class="share-link">
                <span>{ lang.pick("分享这个方案的链接", "A link to this option") }</span>
                <input type="text" readonly=true data-testid="share-link" value={link.clone()} />
            </label>
            <QrCode link={AttrValue::from(link)} {lang} />
        </>
    }
}
