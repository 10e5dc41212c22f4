//! The app's state as one value with the actions that change it (the `Reducible` pattern), so
//! every change to what the user sees goes through one place.

use std::rc::Rc;

use yew::Reducible;

use crate::model::Lang;

/// The three places, each a page of its own (`super::pages`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Place {
    /// 课程规划: the service manager's course plan.
    Plan,
    /// 成本估算: the live cost estimate.
    #[default]
    Estimate,
    /// 报价与预算: the vendor's quote and the budget owner's summary.
    Quote,
}

impl Place {
    pub const ALL: [Place; 3] = [Place::Plan, Place::Estimate, Place::Quote];

    pub fn id(self) -> &'static str {
        match self {
            Place::Plan => "plan",
            Place::Estimate => "estimate",
            Place::Quote => "quote",
        }
    }

    /// The address of this place's page, relative to the page of `from`: the estimator is the
    /// bundle's root, the others sit in folders beside it (relative, so the app can be served
    /// from any path).
    pub fn href_from(self, from: Place) -> &'static str {
        match (from, self) {
            (Place::Estimate, Place::Estimate) => "./",
            (Place::Estimate, Place::Plan) => "plan/",
            (Place::Estimate, Place::Quote) => "quote/",
            (_, Place::Estimate) => "../",
            (_, Place::Plan) => "../plan/",
            (_, Place::Quote) => "../quote/",
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Place::Plan => lang.pick("课程规划", "Course plan"),
            Place::Estimate => lang.pick("成本估算", "Cost estimate"),
            Place::Quote => lang.pick("报价与预算", "Quote & budget"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub lang: Lang,
    /// Counts the files imported: each import makes the pages open afresh on the saved work
    /// (and a link's values, which the import replaced, no longer apply).
    pub imports: u32,
}

pub enum Action {
    ToggleLang,
    Imported,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::ToggleLang => State {
                lang: self.lang.other(),
                ..(*self).clone()
            },
            Action::Imported => State {
                imports: self.imports.saturating_add(1),
                ..(*self).clone()
            },
        };
        // Returning the same Rc when nothing changed spares a re-render.
        if next == *self { self } else { Rc::new(next) }
    }
}
