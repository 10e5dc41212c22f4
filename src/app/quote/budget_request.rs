//! The budget request (培训费用预算表) a budget owner hands to finance: the fields they type,
//! then the one-page document (the chosen option in finance's categories, the options compared
//! and why, the course against the staff education fund, signature lines), which prints on its
//! own and exports as CSV and Excel. Every figure comes from `model::budget::Request`.

use model::i18n;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::components::{QrCode, SelectField, heading_fields};
use crate::app::documents::SheetExports;
use crate::app::store::{Store, dispatch_with, use_store};
use crate::catalog::catalog;
use crate::export::budget_sheet;
use crate::link::open::estimate_link;
use crate::persist::budget_fields::BudgetFields;
use crate::persist::work_file::OptionId;
use crate::persist::work_file::option_name;
use crate::store::Action;
use model::Lang;
use model::budget::{Request, RequestInput, check_wage_bill, percent, share};
use model::money::{amount_in_words, cny};
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
        Err(why) => Some(lang.fill(
            i18n::budget_request::THE_WAGE_BILL_IS_WRONG_CORRECT,
            &[("why", &why)],
        )),
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
    // The option's "is it worth it" break-even, when its panel has every figure it needs: one
    // line on the request (the break-even alone, without the panel's draws).
    let break_even = {
        let chosen = identified.get(chosen);
        let inputs = chosen.map(|(id, _)| store.worth.inputs(id));
        let scenario = chosen.map(|(_, s)| s.clone());
        use_memo((scenario, inputs), |(scenario, inputs)| {
            let (scenario, inputs) = (scenario.as_ref()?, inputs.as_ref()?);
            model::worth::break_even(catalog, scenario, inputs)
                .ok()?
                .ok()
        })
    };
    let worth_line = break_even.map(|pct| model::worth::break_even_headline(pct, lang));

    // The request as a workbook, unless it is held for an error, and the name its files take.
    let workbook = {
        let (request, held, worth_line) = (request.clone(), held.clone(), worth_line.clone());
        Callback::from(move |()| {
            if let Some(why) = &held {
                return Err(why.clone());
            }
            let Some(r) = request.as_ref() else {
                return Ok(None);
            };
            let name = match r.number.as_str() {
                "" => "budget-request".to_string(),
                n => format!("budget-request-{n}"),
            };
            let book = budget_sheet::budget_request(r, worth_line.as_deref(), catalog, lang);
            Ok(Some((book, name)))
        })
    };

    let placeholder = request
        .as_ref()
        .map(|r| r.reason.clone())
        .unwrap_or_default();

    html! {
        <section class="summary-output">
            { request_fields(&store, &identified, &options, chosen, &wage_bill, placeholder, lang) }

            { match &request {
                Some(r) => document(r, worth_line.as_deref(), lang),
                None => html! { <p class="hint">{ lang.t(i18n::budget_request::SET_UP_AN_OPTION_THAT_CAN_BE) }</p> },
            } }
            <SheetExports place="summary" document={workbook} ready={request.is_some()} {held} {lang}
                labels={[
                    i18n::budget_request::PRINT_THE_BUDGET_REQUEST_SAVE,
                    i18n::budget_request::EXPORT_THE_BUDGET_REQUEST_CSV,
                    i18n::budget_request::EXPORT_THE_BUDGET_REQUEST_EXCEL,
                ]} />
        </section>
    }
}

/// The request's own fields: the option requested, its number and names, the wage bill and
/// the reason (`placeholder`: the reason drafted from the comparison).
fn request_fields(
    store: &Store,
    identified: &[(OptionId, model::cost::Scenario)],
    options: &[(String, model::cost::Scenario)],
    chosen: usize,
    wage_bill: &Result<Option<f64>, String>,
    placeholder: String,
    lang: Lang,
) -> Html {
    let catalog = catalog();
    let fields = &store.budget;
    let max_chars = catalog.pricing.limits.max_client_chars;
    // Each field sends the whole set of fields with its own changed.
    let edit = |set: fn(&mut BudgetFields, String)| {
        let store = store.clone();
        Callback::from(move |text: String| {
            let mut next = store.budget.clone();
            set(&mut next, text);
            store.dispatch(Action::Budget(next));
        })
    };
    let on_option = {
        let store = store.clone();
        Callback::from(move |id: AttrValue| {
            let mut next = store.budget.clone();
            next.option = Some(OptionId(id.to_string()));
            store.dispatch(Action::Budget(next));
        })
    };
    let option_choices: Vec<(AttrValue, AttrValue)> = options
        .iter()
        .zip(identified)
        .map(|((name, s), (id, _))| {
            let label = format!("{name} · {}", s.describe(catalog, lang));
            (AttrValue::from(id.0.clone()), AttrValue::from(label))
        })
        .collect();
    // The wage bill (a number read as typed, its problem shown below it) and the reason (with
    // a placeholder written from the comparison) are boxes of their own.
    let typed = |send: Callback<String>| {
        Callback::from(move |e: InputEvent| {
            send.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let typed_area = |send: Callback<String>| {
        Callback::from(move |e: InputEvent| {
            send.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    html! {
        <fieldset class="budget-fields no-print">
            <legend>{ lang.t(i18n::common::TRAINING_BUDGET_REQUEST) }</legend>
            <SelectField id="budget-option" label={lang.t(i18n::budget_request::OPTION_REQUESTED)}
                options={option_choices} selected={AttrValue::from(identified.get(chosen).map(|(id, _)| id.0.clone()).unwrap_or_default())} on_change={on_option} />
            { heading_fields("budget", fields, max_chars, &dispatch_with(store, Action::Budget), lang, Html::default()) }
            <div class="field">
                <label for="budget-wage-bill">{ lang.t(i18n::budget_request::DEPARTMENTS_ANNUAL_WAGE_BILL) }</label>
                <div class="field-box">
                    <input id="budget-wage-bill" data-testid="budget-wage-bill" type="text" inputmode="decimal"
                        value={fields.wage_bill.clone()} oninput={typed(edit(|f, v| f.wage_bill = v))}
                        aria-invalid={wage_bill.is_err().to_string()} />
                </div>
                if let Err(message) = &wage_bill {
                    <p class="field-error" role="alert" data-testid="error">
                        { message.clone() }{ lang.t(i18n::budget_request::THE_CITYS_AVERAGE_WAGE_IS_USED) }
                    </p>
                }
            </div>
            <div class="field budget-reason-field">
                <label for="budget-reason">{ lang.t(i18n::budget_request::REASON_FOR_THE_CHOICE_LEFT_EMPTY) }</label>
                <textarea id="budget-reason" data-testid="budget-reason" rows="3" maxlength={catalog.pricing.limits.max_reason_chars.to_string()}
                    placeholder={placeholder} value={fields.reason.clone()} oninput={typed_area(edit(|f, v| f.reason = v))} />
            </div>
        </fieldset>
    }
}

/// The printed page.
fn document(r: &Request, worth: Option<&str>, lang: Lang) -> Html {
    let catalog = catalog();
    let blank = |s: &str| {
        if s.is_empty() {
            "\u{a0}".to_string()
        } else {
            s.to_string()
        }
    };
    let amount = lang.t(i18n::budget_request::AMOUNT_CNY);
    // Per head holds the reserve as the total does, and says so.
    let per_head = if r.lines.contingency >= 0.5 {
        lang.t(i18n::budget_request::PER_HEAD_RESERVE_INCLUDED)
    } else {
        lang.t(i18n::budget_request::PER_HEAD)
    };
    let total_label = lang.t(i18n::budget_request::BUDGET_TOTAL);
    html! {
        <article class="budget-summary budget-request" aria-labelledby="summary-title" data-testid="budget-request">
            <h3 id="summary-title">{ lang.t(i18n::common::TRAINING_BUDGET_REQUEST) }</h3>
            <dl class="budget-meta">
                { for [
                    ("", lang.t(i18n::common::NUMBER), blank(&r.number)),
                    ("", lang.t(i18n::budget_request::DEPARTMENT), blank(&r.department)),
                    ("", lang.t(i18n::budget_request::DATE), r.date.formal(lang)),
                    ("wide", lang.t(i18n::budget_request::COURSE), r.scenario.describe(catalog, lang)),
                ].into_iter().map(|(class, label, value)| html! {
                    <div {class}><dt>{ label }</dt><dd>{ value }</dd></div>
                }) }
            </dl>
            <table class="summary-table budget-lines" data-testid="budget-lines">
                <thead><tr>
                    <th scope="col">{ lang.t(i18n::budget_request::CATEGORY) }</th>
                    <th scope="col" class="num">{ amount }</th>
                    <th scope="col">{ lang.t(i18n::budget_request::INCLUDES) }</th>
                </tr></thead>
                <tbody>
                    { for r.lines.lines.iter().map(|l| html! {
                        <tr>
                            <th scope="row">{ l.category.label(lang) }</th>
                            <td class="num" data-label={amount}>{ cny(l.amount as f64) }</td>
                            <td class="budget-note">{ l.note(lang) }</td>
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ lang.t(i18n::common::TOTAL) }</th>
                        <td class="num" data-testid="budget-total">{ cny(r.lines.total as f64) }</td>
                        <td data-testid="budget-in-words">{ amount_in_words(r.lines.total * 100) }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ per_head }</th>
                        <td class="num" data-testid="budget-per-head">{ cny(r.lines.per_head()) }</td>
                        <td class="budget-note">{ lang.fill(i18n::budget_request::PARTICIPANTS, &[("headcount", &r.lines.headcount)]) }</td>
                    </tr>
                </tfoot>
            </table>
            if let Some(note) = r.contingency_note(lang) {
                <p class="quote-note" data-testid="budget-contingency">{ note }</p>
            }
            if r.lines.staff_time > 0.5 {
                <p class="quote-note">{ lang.fill(i18n::budget_request::STAFF_TIME_OF_ABOUT_PARTICIPANTS, &[("staff_time", &cny(r.lines.staff_time))]) }</p>
            }

            <h4>{ lang.t(i18n::common::OPTIONS_COMPARED) }</h4>
            <table class="summary-table" data-testid="budget-summary">
                <thead><tr>
                    <th scope="col">{ lang.t(i18n::budget_request::OPTION) }</th>
                    <th scope="col">{ lang.t(i18n::budget_request::SOURCING) }</th>
                    <th scope="col" class="num">{ total_label }</th>
                    <th scope="col" class="num">{ per_head }</th>
                </tr></thead>
                <tbody>
                    { for r.compared.iter().enumerate().map(|(i, c)| html! {
                        <tr class={classes!((i == r.chosen).then_some("chosen"))}>
                            <th scope="row">{ c.name.clone() }{ if i == r.chosen { lang.t(i18n::common::CHOSEN) } else { "" } }</th>
                            <td>{ c.sourcing.label(lang) }</td>
                            <td class="num" data-label={total_label} data-testid="summary-total">{ cny(c.total() as f64) }</td>
                            <td class="num" data-label={per_head}>{ cny(c.per_head()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="budget-reason" data-testid="budget-reason-text"><strong>{ lang.t(i18n::budget_request::REASON_FOR_THE_CHOICE) }</strong>{ r.reason.clone() }</p>
            if let Some(line) = worth {
                <p class="budget-reason" data-testid="budget-break-even"><strong>{ lang.t(i18n::worth::BUDGET_LINE) }</strong>{ line }
                    <span class="budget-note">{ lang.t(i18n::worth::BUDGET_BASIS) }</span></p>
            }

            { for r.shares.as_ref().map(|f| html! {
                <div class="fund-shares" data-testid="fund-shares">
                    <h4>{ lang.t(i18n::budget_request::AGAINST_THE_WAGE_BILL_AND_THE) }</h4>
                    <table class="summary-table">
                        <tbody>
                            { for [
                                (lang.t(i18n::budget_request::WAGE_BILL_A_YEAR).to_string(), f.wage_bill, f.of_wage_bill),
                                (format!("{} {}", lang.t(i18n::budget_request::EDUCATION_FUND_SET_ASIDE_AT), percent(f.set_aside_rate)), f.set_aside, f.of_set_aside),
                                (format!("{} {}", lang.t(i18n::budget_request::TAX_DEDUCTIBLE_LIMIT), percent(f.deductible_rate)), f.deductible_limit, f.of_deductible_limit),
                            ].into_iter().map(|(label, amount, part)| html! {
                                <tr><th scope="row">{ label }</th><td class="num">{ cny(amount) }</td><td class="num">{ share(part) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                    <p class="summary-what">{ f.basis.describe(catalog, lang) }{ lang.t(i18n::budget_request::THE_RIGHT_COLUMN_IS_THIS_REQUESTS) }</p>
                    { for f.warnings(lang).into_iter().map(|w| html! {
                        <p class="fund-warning" role="alert" data-testid="fund-warning">{ w }</p>
                    }) }
                </div>
            }) }

            <div class="budget-foot">
                <div class="signatures">
                    { for [(i18n::budget_request::PREPARED_BY, &r.prepared_by), (i18n::budget_request::REVIEWED_BY, &r.reviewed_by), (i18n::budget_request::APPROVED_BY, &r.approved_by)]
                        .into_iter().map(|(label, name)| html! {
                            <div class="signature"><span>{ lang.t(label) }{ lang.t(i18n::budget_request::COLON) }</span><span class="sign-line">{ name.clone() }</span></div>
                        }) }
                </div>
                // The chosen option's live estimate, drawn only when asked for (the documents
                // worker is never fetched by opening the page).
                <QrCode link={estimate_link(&crate::app::browser::origin(), &r.scenario, catalog, lang)}
                    {lang} printed=true />
            </div>
        </article>
    }
}
