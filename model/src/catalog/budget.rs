//! `data/budget.toml`: the staff-education-fund shares of the wage bill a budget request is
//! held against.

use serde::{Deserialize, Serialize};

use crate::catalog::{Checker, DataFile, Source};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetRules {
    pub education_fund: EducationFund,
    pub wage_bill: WageBillRules,
    pub year: YearRules,
}

/// How the year's programme draws its range and weighs a proposal under a cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRules {
    /// Joint draws of the market's rates for the whole year.
    pub samples: u32,
    pub samples_source: Source,
    pub seed: u64,
    pub seed_source: Source,
    /// What keeping a course is worth per person, by priority (a must-have is always kept as
    /// it is, so it has no weight).
    pub should_weight: u32,
    pub could_weight: u32,
    pub weights_source: Source,
    /// The most courses a year holds.
    pub max_courses: usize,
    pub max_courses_source: Source,
    /// The longest course title and department name, in characters.
    pub max_name_chars: usize,
    pub max_name_chars_source: Source,
    pub max_department_chars: usize,
    pub max_department_chars_source: Source,
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
    /// What a firm with high skill needs and good profits may set aside instead.
    pub set_aside_high: f64,
    pub set_aside_high_source: Source,
    /// The least share of the fund to be spent on front-line staff.
    pub frontline_floor: f64,
    pub frontline_floor_source: Source,
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
        c.positive("education_fund.set_aside_high", f.set_aside_high);
        c.ordered(
            "education_fund",
            &[
                ("set_aside", f.set_aside),
                ("set_aside_high", f.set_aside_high),
                ("deductible_limit", f.deductible_limit),
            ],
        );
        c.positive("education_fund.frontline_floor", f.frontline_floor);
        if f.frontline_floor > 1.0 {
            c.fail(
                "education_fund.frontline_floor",
                "a share of the fund is a fraction (0.6 for 60 %)",
            );
        }
        c.source("education_fund.set_aside_high", &f.set_aside_high_source);
        c.source("education_fund.frontline_floor", &f.frontline_floor_source);
        let y = &self.year;
        if y.samples == 0 {
            c.fail("year.samples", "a range needs at least one draw");
        }
        if y.should_weight < y.could_weight || y.could_weight == 0 {
            c.fail(
                "year.should_weight",
                "a should-have weighs at least as much as a could-have, and both more than nothing",
            );
        }
        c.source("year.samples", &y.samples_source);
        c.source("year.seed", &y.seed_source);
        c.source("year.weights", &y.weights_source);
        c.source("year.max_courses", &y.max_courses_source);
        c.source("year.max_name_chars", &y.max_name_chars_source);
        c.source("year.max_department_chars", &y.max_department_chars_source);
        c.positive("wage_bill.min_per_head", self.wage_bill.min_per_head);
        c.source(
            "wage_bill.min_per_head",
            &self.wage_bill.min_per_head_source,
        );
    }
}
