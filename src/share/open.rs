//! Opening a share link: the link's parameters become a scenario. A parameter that cannot be
//! used (unknown, not a number, out of range) is named in a message and left at its default;
//! the rest of the link still applies.

use crate::model::cost::{Costing, Field, Scenario, ScenarioError};
use crate::model::plan::{Plan, PlanItem};
use crate::model::vocab::{Audience, Depth, DepthHours};
use crate::model::{Catalog, Lang};

use super::link::{LinkParams, LinkProblem, decode};

/// Something in a link that was not applied, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkIssue {
    /// The parameter could not be read at all.
    Unreadable(LinkProblem),
    /// The parameter was read but the model refuses its value.
    Refused {
        param: &'static str,
        error: ScenarioError,
    },
    /// Module numbers that are not in the curriculum.
    UnknownModules(Vec<u32>),
}

impl LinkIssue {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LinkIssue::Unreadable(p) => p.message(lang),
            LinkIssue::Refused { param, error } => match lang {
                Lang::Zh => format!("链接参数“{param}”：{}；已改用默认值。", error.message(lang)),
                Lang::En => format!(
                    "Link parameter “{param}”: {}; the default is used instead.",
                    error.message(lang)
                ),
            },
            LinkIssue::UnknownModules(ids) => {
                let list = ids
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                match lang {
                    Lang::Zh => format!("链接参数“modules”中没有这些模块：{list}，已忽略。"),
                    Lang::En => format!(
                        "The link parameter “modules” names modules that do not exist: {list}; they were ignored."
                    ),
                }
            }
        }
    }
}

/// What a link opens.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub scenario: Scenario,
    /// The modules the link lists, as a plan at the link's depth (`None` without `modules`).
    pub plan: Option<Plan>,
    pub lang: Option<Lang>,
    pub issues: Vec<LinkIssue>,
}

/// The link parameter a scenario field comes from.
fn param_of(field: Field) -> Option<&'static str> {
    match field {
        Field::Headcount => Some("people"),
        Field::City => Some("city"),
        Field::Industry => Some("industry"),
        Field::Hours => Some("hours"),
        _ => None,
    }
}

/// Read a query string (`?people=30&city=guiyang…`) into a scenario.
pub fn open(query: &str, catalog: &Catalog) -> Opened {
    let (params, problems) = decode(query);
    let mut issues: Vec<LinkIssue> = problems.into_iter().map(LinkIssue::Unreadable).collect();
    let scenario = scenario_from(&params, catalog, &mut issues);
    let plan = plan_from(&params, catalog);
    Opened {
        scenario,
        plan,
        lang: params.lang,
        issues,
    }
}

fn plan_from(p: &LinkParams, catalog: &Catalog) -> Option<Plan> {
    let modules = p.modules.as_ref()?;
    let depth = p.depth.unwrap_or(Depth::Standard);
    let mut plan = Plan::new(Audience::Frontline);
    plan.items = modules
        .iter()
        .filter(|m| catalog.modules.get(**m).is_some())
        .map(|&m| PlanItem::lecture(m, depth))
        .collect();
    Some(plan)
}

fn scenario_from(p: &LinkParams, catalog: &Catalog, issues: &mut Vec<LinkIssue>) -> Scenario {
    let default = Scenario::default_for(catalog);
    let mut s = default.clone();
    if let Some(n) = p.people {
        s.headcount = n;
    }
    if let Some(city) = &p.city {
        s.city = city.clone();
    }
    if let Some(industry) = &p.industry {
        s.industry = industry.clone();
    }
    if let Some(mode) = p.mode {
        s.mode = mode;
    }
    if let Some(trainer) = p.trainer {
        s.trainer = trainer;
    }
    let depth = p.depth.unwrap_or(default.hours.dominant());
    // Hours come from the link, or else from the modules it lists at the link's depth.
    let mut hours = p.hours.unwrap_or(default.hours.total());
    if let Some(modules) = &p.modules {
        let unknown: Vec<u32> = modules
            .iter()
            .copied()
            .filter(|m| catalog.modules.get(*m).is_none())
            .collect();
        if !unknown.is_empty() {
            issues.push(LinkIssue::UnknownModules(unknown));
        }
        if p.hours.is_none() {
            let from_modules: f64 = modules
                .iter()
                .filter_map(|m| catalog.modules.get(*m))
                .map(|m| m.hours.get(depth))
                .sum();
            if from_modules > 0.0 {
                hours = from_modules;
            }
        }
    }
    s.hours = DepthHours::single(depth, hours);

    // Each refused value goes back to its default, one at a time, until the model accepts.
    for _ in 0..Field::COUNT {
        let Err(error) = Costing::new(catalog, &s) else {
            break;
        };
        let Some(param) = param_of(error.field()) else {
            break;
        };
        match error.field() {
            Field::Headcount => s.headcount = default.headcount,
            Field::City => s.city = default.city.clone(),
            Field::Industry => s.industry = default.industry.clone(),
            Field::Hours => s.hours = DepthHours::single(depth, default.hours.total()),
            _ => break,
        }
        issues.push(LinkIssue::Refused { param, error });
    }
    s
}
