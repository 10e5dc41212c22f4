//! The vendor's rate card as a form: each rate labelled with its unit, each problem shown at
//! its field. The card is kept in this browser once every value is in range.

use model::i18n;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{NumberField, SelectField, TextField};
use crate::catalog::catalog;
use crate::store::quote_desk::{CardChange, CardProblem};
use model::Lang;
use model::catalog::Invoice;
use model::catalog::OUTSIDE_TIERS;
use model::catalog::Taxpayer;
use model::quote::{CardField, RateCard};
use model::typed::NumberError;

#[derive(Properties, PartialEq)]
pub struct CardFormProps {
    pub card: RateCard,
    /// One per field: a value the card did not take, or its own check.
    pub problems: Vec<(CardField, CardProblem)>,
    pub lang: Lang,
    pub on_change: Callback<CardChange>,
}

#[component]
pub fn CardForm(props: &CardFormProps) -> Html {
    let lang = props.lang;
    let card = &props.card;
    let limits = &crate::catalog::catalog().pricing.limits;
    let error = |field: CardField| -> Option<AttrValue> {
        props
            .problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p.message(lang).into())
    };
    // What a number field reads as becomes a change; text that is not a number marks the field
    // and changes nothing on the card.
    let number = move |field: CardField, make: fn(f64) -> CardChange| {
        props
            .on_change
            .reform(move |typed: Result<f64, NumberError>| match typed {
                Ok(v) => make(v),
                Err(e) => CardChange::Unreadable(field, e),
            })
    };

    let yuan_day = lang.t(i18n::common::CNY_DAY);

    let text_field = |id: &'static str,
                      field: CardField,
                      value: &str,
                      max: usize,
                      make: fn(String) -> CardChange| {
        html! {
            <TextField {id} label={field.label(lang)} value={value.to_string()} max_chars={max}
                on_change={props.on_change.reform(make)} error={error(field)} />
        }
    };

    let taxpayers: Vec<(AttrValue, AttrValue)> = Taxpayer::ALL
        .iter()
        .map(|t| (AttrValue::from(t.id()), AttrValue::from(t.label(lang))))
        .collect();
    let invoices: Vec<(AttrValue, AttrValue)> = Invoice::ALL
        .iter()
        .map(|i| (AttrValue::from(i.id()), AttrValue::from(i.label(lang))))
        .collect();
    let on_taxpayer = props
        .on_change
        .reform(|id: AttrValue| CardChange::Taxpayer(Taxpayer::from_id(&id).unwrap_or_default()));
    let on_invoice = props
        .on_change
        .reform(|id: AttrValue| CardChange::Invoice(Invoice::from_id(&id).unwrap_or_default()));
    let on_included = props.on_change.reform(|e: Event| {
        CardChange::TaxIncluded(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let deposit = card
        .deposit_pct
        .unwrap_or(catalog().tax.defaults.deposit_pct);

    html! {
        <fieldset class="card-form">
            <legend>{ lang.t(i18n::card_form::MY_RATE_CARD) }</legend>
            <p class="hint">{ lang.t(i18n::card_form::FILLED_WITH_TYPICAL_MARKET_RATES) }</p>
            { text_field("card-vendor", CardField::Vendor, &card.vendor, limits.max_vendor_chars, CardChange::Vendor) }
            { text_field("card-prefix", CardField::NumberPrefix, &card.number_prefix, limits.max_prefix_chars, CardChange::Prefix) }
            { text_field("card-contact", CardField::ContactPerson, &card.contact.person, limits.max_contact_person_chars, CardChange::ContactPerson) }
            { text_field("card-phone", CardField::ContactPhone, &card.contact.phone, limits.max_phone_chars, CardChange::ContactPhone) }
            { for OUTSIDE_TIERS.iter().map(|&tier| {
                let id = format!("card-trainer-{}", tier.id());
                html! {
                    <NumberField id={id} label={CardField::TrainerDay(tier).label(lang)} unit={yuan_day}
                        value={card.trainer_day.get(tier)} {lang} error={error(CardField::TrainerDay(tier))}
                        on_change={props.on_change.reform(move |typed: Result<f64, NumberError>| match typed {
                            Ok(v) => CardChange::TrainerDay(tier, v),
                            Err(e) => CardChange::Unreadable(CardField::TrainerDay(tier), e),
                        })} />
                }
            }) }
            <NumberField id="card-assistant" label={CardField::AssistantDay.label(lang)} unit={yuan_day}
                value={card.assistant_day} {lang} error={error(CardField::AssistantDay)} on_change={number(CardField::AssistantDay, CardChange::AssistantDay)} />
            <NumberField id="card-venue" label={CardField::VenueDay.label(lang)} unit={yuan_day}
                value={card.venue_day} {lang} error={error(CardField::VenueDay)} on_change={number(CardField::VenueDay, CardChange::VenueDay)} />
            <NumberField id="card-development" label={CardField::DevelopmentHour.label(lang)} unit={lang.t(i18n::card_form::CNY_HOUR)}
                value={card.development_hour} {lang} error={error(CardField::DevelopmentHour)} on_change={number(CardField::DevelopmentHour, CardChange::DevelopmentHour)} />
            <NumberField id="card-materials" label={CardField::MaterialsSet.label(lang)} unit={lang.t(i18n::card_form::CNY_SET)}
                value={card.materials_set.unwrap_or(catalog().costs.printed_materials.standard.likely)} {lang} error={error(CardField::MaterialsSet)} on_change={number(CardField::MaterialsSet, CardChange::MaterialsSet)} />
            <SelectField id="card-taxpayer" label={lang.t(i18n::card_form::TAXPAYER_TYPE)}
                options={taxpayers} selected={AttrValue::from(card.taxpayer.id())} on_change={on_taxpayer} />
            <NumberField id="card-vat" label={CardField::Vat.label(lang)} unit="%"
                value={card.vat_pct} {lang} error={error(CardField::Vat)} on_change={number(CardField::Vat, CardChange::Vat)} />
            <label class="check">
                <input type="checkbox" data-testid="card-tax-included" checked={card.tax_included} onchange={on_included} />
                { lang.t(i18n::card_form::MY_PRICES_INCLUDE_VAT) }
            </label>
            <SelectField id="card-invoice" label={lang.t(i18n::card_form::INVOICE)}
                options={invoices} selected={AttrValue::from(card.invoice.id())} on_change={on_invoice} />
            <NumberField id="card-deposit" label={CardField::Deposit.label(lang)} unit="%"
                value={deposit} {lang} error={error(CardField::Deposit)} on_change={number(CardField::Deposit, CardChange::Deposit)} />
            <NumberField id="card-validity" label={CardField::Validity.label(lang)} unit={lang.t(i18n::common::DAYS)} whole=true
                value={f64::from(card.validity_days)} {lang} error={error(CardField::Validity)} on_change={number(CardField::Validity, CardChange::ValidityDays)} />
        </fieldset>
    }
}
