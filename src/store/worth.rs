//! Is it worth it (值不值), as the estimator's panel holds it: each option's figures, saved with
//! the option, and what is typed wrong and where. The answer itself is the model's
//! (`model::worth::assess`), worked out by the panel when it is open. Pure: tested natively.

use std::collections::BTreeMap;

use model::typed::NumberError;
use model::worth::{WorthField, WorthInputs, WorthProblem};

use super::field_problem::FieldProblem;
use crate::catalog::catalog;
use crate::persist::work_file::{NamedScenario, OptionId};

#[derive(Debug, Clone, PartialEq)]
pub enum WorthAction {
    /// A figure typed in an option's panel; `None`: the box emptied.
    Set(OptionId, WorthField, Option<f64>),
    /// What is typed does not read as a number: marked at its field, nothing changed.
    Unreadable(OptionId, WorthField, NumberError),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorthState {
    /// Each option's figures by its id; an option with nothing typed has none.
    inputs: BTreeMap<OptionId, WorthInputs>,
    /// What is wrong with a figure typed, at its field: the figure kept is the last good one.
    problems: BTreeMap<(OptionId, WorthField), FieldProblem>,
}

impl WorthState {
    /// The figures saved with `options`.
    pub fn of_options(options: &[NamedScenario]) -> WorthState {
        WorthState {
            inputs: options
                .iter()
                .filter(|o| !o.worth.is_empty())
                .map(|o| (o.id.clone(), o.worth.clone()))
                .collect(),
            problems: BTreeMap::new(),
        }
    }

    /// The figures of option `id` (the defaults when none were typed).
    pub fn inputs(&self, id: &OptionId) -> WorthInputs {
        self.inputs.get(id).cloned().unwrap_or_default()
    }

    pub fn problem(&self, id: &OptionId, field: WorthField) -> Option<&FieldProblem> {
        self.problems.get(&(id.clone(), field))
    }

    /// Takes the figures as stored now (another window's edits merged): an option whose figures
    /// are unchanged keeps what is marked wrong at its fields.
    pub fn take(&mut self, options: &[NamedScenario]) {
        let stored = WorthState::of_options(options);
        if stored.inputs != self.inputs {
            self.problems
                .retain(|(id, _), _| stored.inputs.get(id) == self.inputs.get(id));
            self.inputs = stored.inputs;
        }
    }

    /// A new option copied from option `from` starts with its figures too.
    pub fn copy(&mut self, from: &OptionId, to: OptionId) {
        if let Some(inputs) = self.inputs.get(from).cloned() {
            self.inputs.insert(to, inputs);
        }
    }

    pub fn reduce(&mut self, action: WorthAction) {
        match action {
            WorthAction::Set(id, field, value) => {
                let inputs = self.inputs.entry(id.clone()).or_default();
                match inputs.set(field, value, catalog()) {
                    Ok(()) => {
                        self.problems.remove(&(id.clone(), field));
                        if inputs.is_empty() {
                            self.inputs.remove(&id);
                        }
                    }
                    Err(problem) => {
                        let problem = match problem {
                            WorthProblem::Negative => FieldProblem::Negative,
                            WorthProblem::OverHundred => FieldProblem::OverHundred,
                        };
                        self.problems.insert((id, field), problem);
                    }
                }
            }
            WorthAction::Unreadable(id, field, e) => {
                self.problems
                    .insert((id, field), FieldProblem::Unreadable(e));
            }
        }
    }
}
