//! `data/budget.toml`: the staff-education-fund shares of the wage bill a budget request is
//! held against.

use serde::{Deserialize, Serialize};

use crate::catalog::{Checker, DataFile, Source};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetRules {
    pub education_fund: EducationFund,
    pub wage_bill: WageBillRules,
}

/// What a typed wage bill must at least be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WageBillRules {
    /// CNY a year per participant.
    pub min_per_head: f64,
    pub min_per_head_source: Source,
}

/// Shares of the wage bill, as fractions (0.015 is 1.5 %).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationFund {
    /// What a company is expected to set aside for staff education.
    pub set_aside: f64,
    pub set_aside_source: Source,
    /// What it may deduct for enterprise income tax in a year.
    pub deductible_limit: f64,
    pub deductible_limit_source: Source,
}

impl DataFile for BudgetRules {
    const PATH: &'static str = "data/budget.toml";

    fn check(&self, c: &mut Checker) {
        let f = &self.education_fund;
        c.positive("education_fund.set_aside", f.set_aside);
        c.positive("education_fund.deductible_limit", f.deductible_limit);
        // The set-aside is the smaller line: the warnings are told in that order.
        c.ordered(
            "education_fund",
            &[
                ("set_aside", f.set_aside),
                ("deductible_limit", f.deductible_limit),
            ],
        );
        if f.deductible_limit >= 1.0 {
            c.fail(
                "education_fund.deductible_limit",
                "a share of the wage bill is a fraction (0.08 for 8 %)",
            );
        }
        c.source("education_fund.set_aside", &f.set_aside_source);
        c.source(
            "education_fund.deductible_limit",
            &f.deductible_limit_source,
        );
        c.positive("wage_bill.min_per_head", self.wage_bill.min_per_head);
        c.source(
            "wage_bill.min_per_head",
            &self.wage_bill.min_per_head_source,
        );
    }
}
