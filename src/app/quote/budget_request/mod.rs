//! The budget request (培训费用预算表) a budget owner hands to finance: the fields they type,
//! then the one-page document (the chosen option in finance's categories, the options compared
//! and why, the course against the staff education fund, signature lines), which prints on its
//! own and exports as CSV and Excel. Every figure comes from `model::budget::Request`.

mod document;
mod exports;
mod fields;

use yew::prelude::*;

use crate::app::store::{dispatch_with, use_store};
use crate::catalog::catalog;
use crate::persist::work_file::option_name;
use crate::store::Action;
use document::document;
use exports::BudgetExports;
use fields::{BudgetFieldsForm, FieldEdit};
use model::Lang;
use model::budget::{Request, RequestInput, check_wage_bill};
use model::typed::parse_number;

/// A typed wage bill for `headcount` participants: `Ok(None)` when nothing is typed (the
/// city's estimate is used), the message to show at the field when it is not a wage bill.
fn typed_wage_bill(text: &str, headcount: i64, lang: Lang) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = parse_number(text).map_err(|e| e.message(lang).to_string())?;
    let headcount = u32::try_from(headcount).unwrap_or(0);
    check_wage_bill(value, headcount, &catalog().budget.wage_bill)
        .map(Some)
        .map_err(|e| e.message(lang))
}

#[component]
pub fn BudgetRequestView() -> Html {
    let store = use_store();
    let lang = store.lang;
    let catalog = catalog();
    let fields = &store.budget;
    let identified = store.estimator.identified();
    let options: Vec<(String, model::cost::Scenario)> = identified
        .iter()
        .enumerate()
        .map(|(i, (_, s))| (option_name(i, lang), s.clone()))
        .collect();
    // The option chosen, by id; the first when none is (or it is gone).
    let chosen = fields
        .option
        .as_ref()
        .and_then(|id| identified.iter().position(|(o, _)| o == id))
        .unwrap_or(0);
    let headcount = options.get(chosen).map_or(0, |(_, s)| s.headcount);
    let wage_bill = typed_wage_bill(&fields.wage_bill, headcount, lang);
    // Nothing is printed or exported while an input the request depends on is in error: the
    // wage bill typed here, or an input of the option requested.
    let held: Option<String> = match &wage_bill {
        Err(why) => Some(match lang {
            Lang::Zh => format!("工资总额有误（{why}）：改正或清空后才能导出。"),
            Lang::En => format!("The wage bill is wrong ({why}); correct or clear it to export."),
        }),
        Ok(_) => store
            .estimator
            .options
            .get(chosen)
            .and_then(|o| o.held(&option_name(chosen, lang), lang)),
    };
    let input = RequestInput {
        number: &fields.number,
        department: &fields.department,
        prepared_by: &fields.prepared_by,
        reviewed_by: &fields.reviewed_by,
        approved_by: &fields.approved_by,
        reason: &fields.reason,
        wage_bill: wage_bill.clone().ok().flatten(),
        chosen,
    };
    let request = Request::new(catalog, &options, &input, store.desk.issued, lang);
    let option_choices: Vec<(AttrValue, AttrValue)> = options
        .iter()
        .zip(&identified)
        .map(|((name, s), (id, _))| {
            let label = format!("{name} · {}", s.describe(catalog, lang));
            (AttrValue::from(id.0.clone()), AttrValue::from(label))
        })
        .collect();
    let chosen_id = identified
        .get(chosen)
        .map(|(id, _)| id.0.clone())
        .unwrap_or_default();
    // Each field sends the whole set of fields with its own changed, as the store holds them
    // when it changes.
    let on_edit = dispatch_with(&store, {
        let store = store.clone();
        move |edit: FieldEdit| Action::Budget(edit.applied_to(&store.budget))
    });
    let placeholder = request
        .as_ref()
        .map(|r| r.reason.clone())
        .unwrap_or_default();

    html! {
        <section class="summary-output">
            <BudgetFieldsForm fields={fields.clone()} options={option_choices} chosen={AttrValue::from(chosen_id)}
                wage_bill_error={wage_bill.err()} reason_placeholder={placeholder} {lang}
                {on_edit} />
            { match &request {
                Some(r) => document(r, lang),
                None => html! { <p class="hint">{ lang.pick("请先在“成本估算”中设置一个可以估算的方案。", "Set up an option that can be estimated on the estimate page first.") }</p> },
            } }
            <BudgetExports {request} {held} {lang} />
        </section>
    }
}
