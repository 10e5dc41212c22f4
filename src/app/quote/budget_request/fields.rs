//! The budget request's fields, as the budget owner types them: the option requested, the
//! number, the department and the three names, the wage bill and the reason.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::components::{SelectField, TextField};
use crate::catalog::catalog;
use crate::persist::budget_fields::BudgetFields;
use crate::persist::work_file::OptionId;
use model::Lang;

/// Sets one field of the budget request.
type Set = fn(&mut BudgetFields, String);

/// One field changed: which, and its text as typed.
pub struct FieldEdit {
    set: Set,
    text: String,
}

impl FieldEdit {
    /// `fields` with this one changed.
    pub fn applied_to(self, fields: &BudgetFields) -> BudgetFields {
        let mut next = fields.clone();
        (self.set)(&mut next, self.text);
        next
    }
}

#[derive(Properties, PartialEq)]
pub struct BudgetFieldsFormProps {
    pub fields: BudgetFields,
    /// The options, `(id, label)` in the estimator's order, and the one requested.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub chosen: AttrValue,
    /// Why the wage bill typed is not one.
    pub wage_bill_error: Option<String>,
    /// The reason written from the comparison, shown while none is typed.
    pub reason_placeholder: String,
    pub lang: Lang,
    /// Called with each edit, to apply to the fields as they are when it comes.
    pub on_edit: Callback<FieldEdit>,
}

#[component]
pub fn BudgetFieldsForm(props: &BudgetFieldsFormProps) -> Html {
    let (lang, fields) = (props.lang, &props.fields);
    let limits = &catalog().pricing.limits;
    let edit = |set: Set| props.on_edit.reform(move |text| FieldEdit { set, text });
    let on_option =
        edit(|f, id| f.option = Some(OptionId(id))).reform(|id: AttrValue| id.to_string());
    let text_fields: [(&'static str, &str, &str, Set); 5] = [
        (
            "budget-number",
            lang.pick("编号", "Number"),
            &fields.number,
            |f, v| f.number = v,
        ),
        (
            "budget-department",
            lang.pick("申请部门", "Requesting department"),
            &fields.department,
            |f, v| f.department = v,
        ),
        (
            "budget-prepared",
            lang.pick("编制人", "Prepared by"),
            &fields.prepared_by,
            |f, v| f.prepared_by = v,
        ),
        (
            "budget-reviewed",
            lang.pick("审核人", "Reviewed by"),
            &fields.reviewed_by,
            |f, v| f.reviewed_by = v,
        ),
        (
            "budget-approved",
            lang.pick("审批人", "Approved by"),
            &fields.approved_by,
            |f, v| f.approved_by = v,
        ),
    ];
    let max_chars = limits.max_client_chars;
    // The wage bill (a number read as typed, its problem shown below it) and the reason (with
    // a placeholder written from the comparison) are boxes of their own.
    let on_wage_bill = edit(|f, v| f.wage_bill = v)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_reason = edit(|f, v| f.reason = v)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <fieldset class="budget-fields no-print">
            <legend>{ lang.pick("培训费用预算表", "Training budget request") }</legend>
            <SelectField id="budget-option" label={lang.pick("申请的方案", "Option requested")}
                options={props.options.clone()} selected={props.chosen.clone()} on_change={on_option} />
            { for text_fields.into_iter().map(|(id, label, value, set)| html! {
                <TextField {id} {label} value={value.to_string()} max_chars={max_chars} on_change={edit(set)} />
            }) }
            <div class="field">
                <label for="budget-wage-bill">{ lang.pick("部门年度工资总额（元，可不填）", "Department's annual wage bill (CNY, optional)") }</label>
                <div class="field-box">
                    <input id="budget-wage-bill" data-testid="budget-wage-bill" type="text" inputmode="decimal"
                        value={fields.wage_bill.clone()} oninput={on_wage_bill}
                        aria-invalid={props.wage_bill_error.is_some().to_string()} />
                </div>
                if let Some(message) = &props.wage_bill_error {
                    <p class="field-error" role="alert" data-testid="error">
                        { message.clone() }{ lang.pick("（暂按本市平均工资估算，导出前请改正）", " (the city's average wage is used meanwhile; correct it before exporting)") }
                    </p>
                }
            </div>
            <div class="field budget-reason-field">
                <label for="budget-reason">{ lang.pick("选择理由（不填则按比较结果自动生成）", "Reason for the choice (left empty: written from the comparison)") }</label>
                <textarea id="budget-reason" data-testid="budget-reason" rows="3" maxlength={limits.max_reason_chars.to_string()}
                    placeholder={props.reason_placeholder.clone()} value={fields.reason.clone()} oninput={on_reason} />
            </div>
        </fieldset>
    }
}
