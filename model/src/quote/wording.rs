//! The sentences a quote states besides its figures (tax basis, payment, what is included and
//! what is billed at cost), written once so the printed quote and its exports say the same.

use crate::Lang;
use crate::i18n;
use crate::money::cny_fen;

use super::line::Item;
use super::quote::Quote;

impl Quote {
    /// Whether the prices include VAT, at what rate, and for which taxpayer type and invoice.
    pub fn tax_basis(&self, lang: Lang) -> String {
        let included = match (self.tax_included, lang) {
            (true, _) => lang.t(i18n::wording::PRICES_INCLUDE_VAT),
            (false, _) => lang.t(i18n::wording::PRICES_EXCLUDE_VAT_WHICH_IS_ADDED),
        };
        let Some(terms) = &self.terms else {
            return format!("{included} ({}%)", self.vat_pct);
        };
        lang.fill(
            i18n::wording::VAT_AND_INVOICE,
            &[
                ("included", &included),
                ("vat_pct", &self.vat_pct),
                ("taxpayer", &lang.as_named(terms.taxpayer.label(lang))),
                ("invoice", &lang.as_named(terms.invoice.label(lang))),
            ],
        )
    }

    /// How the client pays: the deposit before the course, the balance after delivery.
    pub fn payment_terms(&self, lang: Lang) -> Option<String> {
        let (deposit, balance) = self.payments()?;
        let pct = self.terms.as_ref()?.deposit_pct;
        let (d, b) = (cny_fen(deposit), cny_fen(balance));
        Some(match (pct, lang) {
            (p, _) if p <= 0.0 => lang.fill(
                i18n::wording::THE_FULL_IS_PAID_AFTER_DELIVERY,
                &[("balance", &b)],
            ),
            (_, _) => lang.fill(
                i18n::wording::IS_PAID_ON_SIGNING_THE_BALANCE,
                &[("pct", &pct), ("deposit", &d), ("balance", &b)],
            ),
        })
    }

    /// What the price covers, and what is billed at cost with whether the total holds its
    /// estimate.
    pub fn inclusions(&self, lang: Lang) -> Vec<String> {
        let items: Vec<&str> = self
            .lines
            .iter()
            .filter_map(|l| l.priced)
            .filter(|p| !p.item.at_cost())
            .map(|p| p.item.label(lang))
            .collect();
        let mut said = Vec::new();
        if !items.is_empty() {
            said.push(lang.fill(
                i18n::wording::THE_PRICE_COVERS,
                &[("items", &items.join(lang.t(i18n::common::LIST_SEPARATOR)))],
            ));
        }
        // Travel stays in the total as an estimate: the client's approval must cover it, and it
        // is invoiced through the vendor (VAT included), settled at what it actually cost.
        let travel = self
            .lines
            .iter()
            .find(|l| l.priced.is_some_and(|p| p.item == Item::Travel));
        said.push(match (travel, lang) {
            (Some(l), _) => lang.fill(
                i18n::wording::BILLED_AT_COST_THE_TRAINERS_TRAVEL,
                &[("l_amount", &cny_fen(l.amount))],
            ),
            (None, _) => lang.t(i18n::wording::THE_TRAINER_DOES_NOT_TRAVEL_NO).into(),
        });
        said
    }
}
