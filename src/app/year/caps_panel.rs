//! The year against its caps (the staff education fund, the deductible limit, the front-line
//! floor, the user's own cap), and the proposal that brings it under the cap.

use model::Lang;
use model::budget::{WageBasis, percent};
use model::i18n;
use model::money::cny;
use model::typed::NumberError;
use model::year::{CapKind, CapWarning, Caps, Change, Move, Programme, Proposal};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{NumberField, SelectField, choice_field, data_choices};
use crate::catalog::catalog;
use crate::store::year::{CapEdit, YearAction, YearField, YearState};

/// A figure as a bar filled to `fill` (a fraction; a figure against its line is the figure
/// over the line), red when it is on the wrong side of its line.
fn bar(id: &str, label: String, fill: f64, bad: bool, figure: String) -> Html {
    html! {
        <div class={classes!("cap-bar", bad.then_some("over"))} data-testid={id.to_string()}>
            <p><span>{ label }</span>{ " " }<strong>{ figure }</strong></p>
            <div class="bar" role="img" aria-label={format!("{}%", (fill * 100.0).round())}>
                <div class="fill" style={format!("width:{}%", (fill * 100.0).clamp(0.0, 100.0))}></div>
            </div>
        </div>
    }
}

/// `value` against the line it must not pass.
fn against(id: &str, label: String, value: f64, line: f64) -> Html {
    let fill = if line > 0.0 { value / line } else { 0.0 };
    bar(
        id,
        label,
        fill,
        value > line,
        format!("{} / {}", cny(value), cny(line)),
    )
}

fn warning_text(w: CapWarning, lang: Lang) -> &'static str {
    match w {
        CapWarning::OverCap(CapKind::Restrictive) => lang.t(i18n::year::OVER_THE_RESTRICTIVE_CAP),
        CapWarning::OverCap(CapKind::Indicative) => lang.t(i18n::year::OVER_THE_INDICATIVE_CAP),
        CapWarning::OverSetAside => lang.t(i18n::year::OVER_THE_FUND),
        CapWarning::OverDeductible => lang.t(i18n::year::OVER_THE_DEDUCTIBLE_LIMIT),
        CapWarning::FrontlineShort => lang.t(i18n::year::FRONTLINE_BELOW_THE_FLOOR),
    }
}

/// Where the wage bill comes from: typed, or the staff at the city's average wage.
fn wage_basis(basis: &WageBasis, bill: f64, lang: Lang) -> String {
    match *basis {
        WageBasis::Typed => lang.fill(i18n::year::WAGE_BILL_AS_TYPED, &[("bill", &cny(bill))]),
        WageBasis::CityAverage {
            headcount,
            annual_wage,
        } => lang.fill(
            i18n::year::WAGE_BILL_FROM_STAFF,
            &[
                ("staff", &headcount),
                ("wage", &cny(annual_wage)),
                ("bill", &cny(bill)),
            ],
        ),
    }
}

/// The caps' inputs, figures and warnings.
pub fn caps_panel(state: &YearState, lang: Lang, on_action: &Callback<YearAction>) -> Html {
    let caps: Caps = state.caps();
    let inputs = &state.programme.caps;
    let problem = |f: YearField| state.problem(f).map(|p| AttrValue::from(p.message(lang)));
    let number = |make: fn(Option<f64>) -> CapEdit, field: YearField| {
        let on_action = on_action.clone();
        Callback::from(move |v: Result<f64, NumberError>| {
            on_action.emit(match v {
                Ok(v) => YearAction::Caps(make(Some(v))),
                Err(NumberError::Empty) => YearAction::Caps(make(None)),
                Err(e) => YearAction::Unreadable(field, e),
            })
        })
    };
    let select = |make: fn(&str) -> Option<CapEdit>| {
        let on_action = on_action.clone();
        Callback::from(move |v: AttrValue| {
            if let Some(e) = make(&v) {
                on_action.emit(YearAction::Caps(e));
            }
        })
    };
    let high_fund = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_action.emit(YearAction::Caps(CapEdit::HighFund(on)))
        })
    };
    let first_city = state
        .programme
        .courses
        .first()
        .map(|c| c.scenario.city.clone());
    let city = inputs
        .wage_city
        .clone()
        .or(first_city)
        .unwrap_or_else(|| catalog().pricing.default.scenario.city.clone());
    let cities = data_choices(catalog().cities.city.iter().map(|c| (&c.id, &c.name)), lang);
    let total = state.cost.year.cost;
    let warnings = caps.warnings();
    let rules = &catalog().budget.education_fund;
    html! {
        <section class="year-caps" aria-labelledby="year-caps-title">
            <h3 id="year-caps-title">{ lang.t(i18n::year::THE_CAPS) }</h3>
            <div class="year-caps-inputs no-print">
                <NumberField id="year-wage-bill" label={lang.t(i18n::year::WAGE_BILL)} unit="¥"
                    value={inputs.wage_bill.unwrap_or(0.0)} blank={inputs.wage_bill.is_none()} {lang} error={problem(YearField::WageBill)}
                    on_change={number(CapEdit::WageBill, YearField::WageBill)} />
                <NumberField id="year-staff" label={lang.t(i18n::year::STAFF)} unit={lang.t(i18n::form::PEOPLE)} whole=true
                    value={inputs.staff.map(f64::from).unwrap_or(0.0)} blank={inputs.staff.is_none()} {lang} error={problem(YearField::Staff)}
                    on_change={number(CapEdit::Staff, YearField::Staff)} />
                <SelectField id="year-wage-city" label={lang.t(i18n::year::WAGE_CITY)} options={cities}
                    selected={AttrValue::from(city)} on_change={select(|v| Some(CapEdit::WageCity(v.to_string())))} />
                <label class="check">
                    <input type="checkbox" id="year-high-fund" checked={inputs.high_fund} onchange={high_fund} />
                    { lang.fill(i18n::year::SET_ASIDE_AT_THE_HIGHER_RATE, &[("rate", &percent(rules.set_aside_high))]) }
                </label>
                <NumberField id="year-cap-input" label={lang.t(i18n::year::BUDGET_CAP)} unit="¥"
                    value={inputs.cap.unwrap_or(0.0)} blank={inputs.cap.is_none()} {lang} error={problem(YearField::Cap)}
                    on_change={number(CapEdit::Cap, YearField::Cap)} />
                { choice_field("year-cap-kind", lang.t(i18n::year::CAP_KIND), CapKind::ALL, inputs.cap_kind, lang, on_action.reform(|k| YearAction::Caps(CapEdit::CapKind(k)))) }
            </div>
            <div class="year-caps-figures">
                if let Some(fund) = &caps.fund {
                    <p class="hint">{ wage_basis(&fund.basis, fund.wage_bill, lang) }</p>
                    { against("year-fund", lang.fill(i18n::year::STAFF_EDUCATION_FUND_AT, &[("rate", &percent(fund.set_aside_rate))]),
                        total, fund.set_aside) }
                    { against("year-deductible", lang.fill(i18n::year::DEDUCTIBLE_LIMIT_AT, &[("rate", &percent(fund.deductible_rate))]),
                        total, fund.deductible_limit) }
                } else {
                    <p class="hint">{ lang.t(i18n::year::TYPE_THE_WAGE_BILL_OR_STAFF) }</p>
                }
                // The front-line share is wrong *below* its floor.
                if let Some(share) = caps.frontline_share {
                    <div data-testid="year-frontline-share">
                        { bar("year-frontline-bar", lang.fill(i18n::year::SPENT_ON_THE_FRONT_LINE, &[("floor", &percent(caps.frontline_floor))]),
                            share, share < caps.frontline_floor, percent(share)) }
                    </div>
                }
                if let Some((cap, kind, _)) = caps.cap {
                    { against("year-cap", lang.fill(i18n::year::AGAINST_THE_CAP, &[("kind", &kind.label(lang))]), total, cap) }
                }
            </div>
            if !warnings.is_empty() {
                <div role="alert">
                    <ul class="year-warnings">
                        { for warnings.iter().map(|&w| html! { <li data-testid="year-cap-warning">{ warning_text(w, lang) }</li> }) }
                    </ul>
                </div>
            }
        </section>
    }
}

/// The button that asks for a programme under the cap, and the proposal with its changes to
/// take or undo one by one.
pub fn proposal_panel(
    state: &YearState,
    programme: &Programme,
    lang: Lang,
    on_action: &Callback<YearAction>,
) -> Html {
    let send = |a: YearAction| {
        let on_action = on_action.clone();
        Callback::from(move |_| on_action.emit(a.clone()))
    };
    let has_cap = programme.caps.cap.is_some();
    let name = |id| {
        programme
            .find(id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    let change_text = |c: &Change| match c {
        Change::Defer => lang.t(i18n::year::DEFER_IT).to_string(),
        Change::Move(Move::Internal, _) => lang.t(i18n::year::MOVE_TO_YOUR_OWN_TRAINER).to_string(),
        Change::Move(Move::LiveOnline, _) => lang.t(i18n::year::TEACH_IT_LIVE_ONLINE).to_string(),
        Change::Move(Move::PublicSeats, _) => {
            lang.t(i18n::year::SEATS_ON_A_PUBLIC_COURSE).to_string()
        }
    };
    html! {
        <section class="year-fit no-print" aria-labelledby="year-fit-title">
            <h3 id="year-fit-title">{ lang.t(i18n::year::WHEN_IT_DOES_NOT_FIT) }</h3>
            <button type="button" data-testid="year-fit" disabled={!has_cap} onclick={send(YearAction::Propose)}>
                { lang.t(i18n::year::PROPOSE_A_PROGRAMME_UNDER_THE_CAP) }
            </button>
            if !has_cap { <p class="hint">{ lang.t(i18n::year::TYPE_A_CAP_FIRST) }</p> }
            if let Some(p) = &state.proposal {
                { proposal_view(p, state, lang, &send, &name, &change_text) }
            }
        </section>
    }
}

fn proposal_view(
    p: &Proposal,
    state: &YearState,
    lang: Lang,
    send: &dyn Fn(YearAction) -> Callback<MouseEvent>,
    name: &dyn Fn(u32) -> String,
    change_text: &dyn Fn(&Change) -> String,
) -> Html {
    if !p.fits {
        return html! {
            <p class="field-error" data-testid="year-fit-result" role="status">
                { lang.fill(i18n::year::THE_MUST_HAVES_ALONE_COST, &[("must", &cny(p.must_cost)), ("cap", &cny(p.cap))]) }
            </p>
        };
    }
    if p.changes.is_empty() {
        return html! { <p data-testid="year-fit-result" role="status">{ lang.t(i18n::year::THE_YEAR_ALREADY_FITS) }</p> };
    }
    let all_taken = p
        .changes
        .iter()
        .all(|c| state.taken.contains_key(&c.course));
    html! {
        <div data-testid="year-fit-result" role="status">
            <p>{ lang.fill(i18n::year::PROPOSAL_SAVES, &[("before", &cny(p.before)), ("after", &cny(p.after)), ("saves", &cny(p.before - p.after))]) }</p>
            <ul class="year-proposal">
                { for p.changes.iter().map(|c| {
                    let taken = state.taken.contains_key(&c.course);
                    html! {
                        <li data-testid="year-change">
                            <span>{ format!("{}: {} ({} → {}, {})", name(c.course), change_text(&c.change), cny(c.before), cny(c.after),
                                lang.fill(i18n::year::SAVES, &[("saves", &cny(c.saves()))])) }</span>
                            if taken {
                                <button type="button" data-testid="year-undo" onclick={send(YearAction::Undo(c.course))}>{ lang.t(i18n::year::UNDO) }</button>
                            } else {
                                <button type="button" data-testid="year-accept" onclick={send(YearAction::Accept(c.course))}>{ lang.t(i18n::year::TAKE_THIS_CHANGE) }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
            if !all_taken {
                <button type="button" data-testid="year-accept-all" onclick={send(YearAction::AcceptAll)}>{ lang.t(i18n::year::TAKE_EVERY_CHANGE) }</button>
            }
            <button type="button" onclick={send(YearAction::CloseProposal)}>{ lang.t(i18n::year::CLOSE) }</button>
        </div>
    }
}
