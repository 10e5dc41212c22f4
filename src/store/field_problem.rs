//! What is wrong with a number typed into a field of the year's plan, the comparison of quotes
//! or the "is it worth it" panel: said at the field, while what was there before is kept.

use model::Lang;
use model::budget::WageBillError;
use model::cost::ScenarioError;
use model::i18n;
use model::typed::NumberError;

#[derive(Debug, Clone, PartialEq)]
pub enum FieldProblem {
    /// Not a number.
    Unreadable(NumberError),
    /// Below zero, where a price, count or mark cannot be.
    Negative,
    /// Zero or less where only a positive figure means anything.
    NotPositive,
    /// Above what the field can hold (a mark or weight over 100, a rate or share over 100 %).
    OverHundred,
    /// The model refuses the course with it (no one to train, too many hours…).
    Refused(ScenarioError),
    /// A wage bill the caps cannot be worked out from.
    WageBill(WageBillError),
}

impl FieldProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FieldProblem::Unreadable(e) => e.message(lang).to_string(),
            FieldProblem::Negative => lang.t(i18n::field_problem::NOT_BELOW_ZERO).to_string(),
            FieldProblem::NotPositive => lang
                .t(i18n::field_problem::ENTER_A_FIGURE_ABOVE_ZERO)
                .to_string(),
            FieldProblem::OverHundred => lang.t(i18n::field_problem::AT_MOST_100).to_string(),
            FieldProblem::Refused(e) => e.message(lang),
            FieldProblem::WageBill(e) => e.message(lang),
        }
    }
}
