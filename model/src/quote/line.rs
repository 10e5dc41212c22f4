//! A line of a quote as a client reads it: 序号 / 项目 / 内容 / 单位 / 数量 / 单价 / 金额. The
//! amount is the quantity times the unit price, to the fen, so a client can check every line
//! with a calculator.

use crate::i18n;
use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::cost::Category;
use crate::money::Fen;
use crate::vocab::{TrainerTier, choice_enum};

choice_enum! {
    /// The unit a line is counted in.
    Unit {
        Day = "day", i18n::line_unit::DAY;
        Hour = "hour", i18n::line_unit::HOUR;
        Person = "person", i18n::line_unit::PERSON;
        Set = "set", i18n::line_unit::SET;
        Lot = "lot", i18n::line_unit::LOT;
    }
}

choice_enum! {
    /// What a line of a new quote sells. Several items can share an estimate's category (the
    /// trainer and the assistant are both trainer fees), so the client sees each one priced.
    Item {
        Trainer = "trainer", i18n::line_item::TRAINER;
        LiveTrainer = "live-trainer", i18n::line_item::LIVE_TRAINER;
        Assistant = "assistant", i18n::line_item::ASSISTANT;
        Venue = "venue", i18n::line_item::VENUE;
        PrintedMaterials = "printed-materials", i18n::line_item::PRINTED_MATERIALS;
        DigitalMaterials = "digital-materials", i18n::line_item::DIGITAL_MATERIALS;
        Customisation = "customisation", i18n::line_item::CUSTOMISATION;
        /// Billed at cost (实报实销): the amount is an estimate.
        Travel = "travel", i18n::line_item::TRAVEL;
    }
}

impl Item {
    /// The estimate's category this item is part of.
    pub fn category(self) -> Category {
        match self {
            Item::Trainer | Item::LiveTrainer | Item::Assistant => Category::TrainerFees,
            Item::Venue => Category::Venue,
            Item::PrintedMaterials | Item::DigitalMaterials => Category::Materials,
            Item::Customisation => Category::Development,
            Item::Travel => Category::TrainerTravel,
        }
    }

    /// Billed at what it actually costs (实报实销), not at a price agreed now.
    pub fn at_cost(self) -> bool {
        self == Item::Travel
    }
}

/// How a line of a new quote is counted and priced.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priced {
    pub item: Item,
    pub unit: Unit,
    /// Up to two decimals (half-days are paid as a share of a day).
    pub quantity: f64,
    pub unit_price: Fen,
}

/// One priced line of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteLine {
    pub category: Category,
    pub amount: Fen,
    /// `None` on lines of quotes issued by earlier versions, which had an amount only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priced: Option<Priced>,
}

/// A quantity as a line carries it: two decimals, so the printed quantity times the printed
/// price is the printed amount.
pub(super) fn two_decimals(quantity: f64) -> f64 {
    (quantity * 100.0).round() / 100.0
}

/// `2` → `2`, `1.5` → `1.5`, `0.25` → `0.25`.
pub fn quantity_text(quantity: f64) -> String {
    let text = format!("{:.2}", two_decimals(quantity));
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl QuoteLine {
    /// A line of `quantity` `unit`s at `unit_price` yuan (to the fen), its amount their
    /// product to the fen.
    pub fn priced(item: Item, unit: Unit, quantity: f64, unit_price: f64) -> QuoteLine {
        let quantity = two_decimals(quantity);
        let unit_price = Fen::from_yuan(unit_price);
        QuoteLine {
            category: item.category(),
            amount: unit_price.times(quantity),
            priced: Some(Priced {
                item,
                unit,
                quantity,
                unit_price,
            }),
        }
    }

    /// The 项目 column: the item, or the category on a line issued by an earlier version.
    pub fn label(&self, lang: Lang) -> &'static str {
        match &self.priced {
            Some(p) => p.item.label(lang),
            None => self.category.label(lang),
        }
    }

    /// The 内容 column: what exactly is sold, the trainer named by the quote's tier.
    pub fn content(&self, trainer: TrainerTier, lang: Lang) -> String {
        let Some(p) = &self.priced else {
            return String::new();
        };
        let tier = trainer.label(lang);
        match (p.item, lang) {
            (Item::Trainer, _) => tier.to_string(),
            (Item::LiveTrainer, _) => {
                lang.fill(i18n::line::TEACHING_LIVE_ONLINE, &[("tier", &tier)])
            }
            (Item::Assistant, _) => lang.t(i18n::line::WITH_EACH_CLASS).into(),
            (Item::Venue, _) => lang
                .t(i18n::line::TRAINING_ROOM_BOOKED_BY_THE_VENDOR)
                .into(),
            (Item::PrintedMaterials, _) => {
                lang.t(i18n::line::ONE_PRINTED_SET_PER_PARTICIPANT).into()
            }
            (Item::DigitalMaterials, _) => {
                lang.t(i18n::line::DIGITAL_HANDOUTS_PER_PARTICIPANT).into()
            }
            (Item::Customisation, _) => lang.t(i18n::line::COURSE_TAILORED_TO_THE_CLIENTS).into(),
            (Item::Travel, _) => lang
                .t(i18n::line::BILLED_AT_COST_THIS_IS_AN_ESTIMATE)
                .into(),
        }
    }
}
