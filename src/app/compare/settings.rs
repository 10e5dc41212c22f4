//! The comparison's settings: where its scope comes from (an estimator option or a course of
//! the year), the buyer's side (its VAT status, the public-sector fee caps, its purchasing lines
//! and weights), and opening a quote file.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use model::Lang;
use model::compare::{BuyerTaxpayer, QuoteFileError, read_quote};
use model::i18n;
use model::typed::NumberError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{NumberField, SelectField, choice_field, picked_file};
use crate::app::store::Store;
use crate::catalog::catalog;
use crate::persist::work_file::option_name;
use crate::store::compare::{CompareAction, CompareField, CompareState, Part, PurchaseLine};

/// Where a scope can come from: each estimator option and each course of the year, as
/// `(select value, name)`.
fn sources(store: &Store, lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    let options = (0..store.estimator.options.len())
        .map(|i| (format!("option-{i}").into(), option_name(i, lang).into()));
    let courses = store.year.programme.courses.iter().map(|c| {
        (
            format!("course-{}", c.id).into(),
            lang.fill(i18n::compare_page::YEAR_COURSE, &[("name", &c.name)])
                .into(),
        )
    });
    options.chain(courses).collect()
}

/// The scope `value` names: its name for the form and its scenario.
fn source(store: &Store, value: &str, lang: Lang) -> Option<(String, model::cost::Scenario)> {
    if let Some(i) = value.strip_prefix("option-") {
        let i: usize = i.parse().ok()?;
        let option = store.estimator.options.get(i)?;
        return Some((option_name(i, lang), option.point.scenario.clone()));
    }
    let id: u32 = value.strip_prefix("course-")?.parse().ok()?;
    let course = store.year.programme.courses.iter().find(|c| c.id == id)?;
    Some((course.name.clone(), course.scenario.clone()))
}

pub fn scope_chooser(store: &Store, lang: Lang) -> Html {
    html! { <ScopeChooser store={store.clone()} {lang} /> }
}

#[derive(Properties, PartialEq)]
struct ScopeChooserProps {
    store: Store,
    lang: Lang,
}

#[component]
fn ScopeChooser(props: &ScopeChooserProps) -> Html {
    let lang = props.lang;
    let chosen = use_state(|| "option-0".to_string());
    let options = sources(&props.store, lang);
    let take = {
        let (store, chosen) = (props.store.clone(), chosen.clone());
        Callback::from(move |_| {
            if let Some((name, scenario)) = source(&store, &chosen, lang) {
                store.dispatch(crate::store::Action::Compare(CompareAction::Scope(
                    name, scenario,
                )));
            }
        })
    };
    html! {
        <div class="compare-add">
            <SelectField id="compare-source" label={lang.t(i18n::compare_page::SCOPE_FROM)} {options}
                selected={AttrValue::from((*chosen).clone())}
                on_change={{ let chosen = chosen.clone(); Callback::from(move |v: AttrValue| chosen.set(v.to_string())) }} />
            <button type="button" data-testid="compare-take-scope" onclick={take}>{ lang.t(i18n::compare_page::USE_AS_THE_SCOPE) }</button>
        </div>
    }
}

pub fn buyer_settings(
    state: &CompareState,
    lang: Lang,
    on_action: &Callback<CompareAction>,
) -> Html {
    let enquiry = &state.enquiry;
    let problem = |field: CompareField| {
        state
            .problem(field)
            .map(|p| AttrValue::from(p.message(lang)))
    };
    let purchase_line = |line: PurchaseLine| {
        let on_action = on_action.clone();
        Callback::from(move |v: Result<f64, NumberError>| {
            on_action.emit(match v {
                Ok(v) => CompareAction::Line(line, Some(v)),
                Err(NumberError::Empty) => CompareAction::Line(line, None),
                Err(e) => CompareAction::Unreadable(CompareField::Line(line), e),
            })
        })
    };
    let weight = |part: Part, key: &str, label: i18n::Text, value: f64| {
        let on_action = on_action.clone();
        let on_change = Callback::from(move |v: Result<f64, NumberError>| {
            on_action.emit(match v {
                Ok(v) => CompareAction::Weight(part, Some(v)),
                Err(NumberError::Empty) => CompareAction::Weight(part, None),
                Err(e) => CompareAction::Unreadable(CompareField::Weight(part), e),
            })
        });
        html! {
            <NumberField id={format!("compare-weight-{key}")} label={lang.t(label)} unit={lang.t(i18n::compare_page::POINTS)}
                {value} {lang} error={problem(CompareField::Weight(part))} {on_change} />
        }
    };
    let caps = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_action.emit(CompareAction::PublicCaps(on));
        })
    };
    let w = enquiry.weights(catalog());
    let lines = enquiry.lines(catalog());
    html! {
        <div class="compare-buyer">
            { choice_field("buyer-taxpayer", lang.t(i18n::compare_page::YOUR_COMPANY_IS), BuyerTaxpayer::ALL, enquiry.buyer, lang, on_action.reform(CompareAction::Buyer)) }
            <NumberField id="compare-three-quotes" label={lang.t(i18n::compare_page::THREE_QUOTES_FROM)} unit={lang.t(i18n::compare_page::YUAN)}
                value={lines.three_quotes_from} {lang} error={problem(CompareField::Line(PurchaseLine::ThreeQuotes))}
                on_change={purchase_line(PurchaseLine::ThreeQuotes)} />
            <NumberField id="compare-tender" label={lang.t(i18n::compare_page::TENDER_FROM)} unit={lang.t(i18n::compare_page::YUAN)}
                value={lines.tender_from} {lang} error={problem(CompareField::Line(PurchaseLine::Tender))}
                on_change={purchase_line(PurchaseLine::Tender)} />
            <label class="check">
                <input type="checkbox" id="compare-public-caps" checked={enquiry.public_caps} onchange={caps} />
                { lang.t(i18n::compare_page::FOLLOW_THE_PUBLIC_FEE_CAPS) }
            </label>
            <details class="compare-weights">
                <summary>{ lang.fill(i18n::compare_page::WEIGHTS_SUMMARY, &[
                    ("price", &w.price), ("trainer", &w.trainer), ("fit", &w.fit), ("service", &w.service),
                ]) }</summary>
                <p class="hint">{ lang.t(i18n::compare_page::WEIGHTS_HINT) }</p>
                <div class="compare-weight-fields">
                    { weight(Part::Price, "price", i18n::compare_page::WEIGHT_PRICE, w.price) }
                    { weight(Part::Trainer, "trainer", i18n::compare_page::MARK_TRAINER, w.trainer) }
                    { weight(Part::Fit, "fit", i18n::compare_page::MARK_FIT, w.fit) }
                    { weight(Part::Service, "service", i18n::compare_page::MARK_SERVICE, w.service) }
                </div>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportQuoteProps {
    pub lang: Lang,
    pub on_action: Callback<CompareAction>,
    pub disabled: bool,
}

/// Opens a quote file exported by a quote desk: the quote it holds is added, or the page says
/// why the file was refused (nothing here changes).
#[component]
pub fn ImportQuote(props: &ImportQuoteProps) -> Html {
    let lang = props.lang;
    // The reader must live until it calls back.
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let on_pick = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let max = catalog().pricing.limits.import_bytes;
            let file = match picked_file(&e, max) {
                None => return,
                Some(Err(bytes)) => {
                    let too_large = QuoteFileError::TooLarge { bytes, max };
                    on_action.emit(CompareAction::Import(Err(too_large)));
                    return;
                }
                Some(Ok(file)) => file,
            };
            let on_action = on_action.clone();
            let task = gloo::file::callbacks::read_as_text(&file, move |text| {
                // A file the browser cannot read as text is not a quote file either.
                let bid = text
                    .map_err(|_| QuoteFileError::NotAQuote)
                    .and_then(|text| read_quote(&text, catalog(), lang));
                on_action.emit(CompareAction::Import(bid));
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    html! {
        <label class="file-pick" for="bid-import">
            { lang.t(i18n::compare_page::OPEN_A_QUOTE_FILE) }
            <input type="file" id="bid-import" data-testid="bid-import" accept=".json,application/json"
                onchange={on_pick} disabled={props.disabled} />
        </label>
    }
}
