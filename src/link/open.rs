//! Opening a share link: the link's parameters become a scenario. A parameter that cannot be
//! used (unknown, not a number, out of range) is named in a message and left at its default;
//! the rest of the link still applies.

use model::catalog::PlanItem;
use model::cost::{Costing, Field, Input, Scenario, ScenarioError};
use model::i18n;
use model::plan::Plan;
use model::vocab::{Audience, Depth, DepthHours, Sourcing, TrainerTier};
use model::{Catalog, Lang};

use model::text::echo;

use super::codec::{LinkParams, LinkProblem, ProblemKind, decode, encode, plan_params};

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
            LinkIssue::Refused { param, error } => lang.fill(
                i18n::open::LINK_PARAMETER_THE_DEFAULT_IS,
                &[("param", &param), ("error", &error.message(lang))],
            ),
            LinkIssue::UnknownModules(ids) => {
                let list = ids
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                lang.fill(
                    i18n::open::THE_LINK_PARAMETER_MODULES_NAMES,
                    &[("list", &list)],
                )
            }
        }
    }
}

/// How many problems of one kind are each told on their own (`data/pricing.toml`); more are
/// told as one message with their count and the first few names (a link with 8,000 unknown
/// parameters is one notice).
pub fn notices_per_kind() -> usize {
    crate::catalog::catalog().pricing.limits.notices_per_kind
}

/// The messages for a link's issues, for the page: each distinct problem once, in the order
/// met, except that unknown and repeated parameters, which a link can hold any number of, are
/// counted in one message each when there are more than [`notices_per_kind`] of them.
pub fn messages(issues: &[LinkIssue], lang: Lang) -> Vec<String> {
    let of_kind = |kind: ProblemKind| -> Vec<&str> {
        issues
            .iter()
            .filter_map(|issue| match issue {
                LinkIssue::Unreadable(p) if p.kind == kind => Some(p.param.as_str()),
                _ => None,
            })
            .collect()
    };
    let unknown = of_kind(ProblemKind::UnknownParameter);
    let repeated = of_kind(ProblemKind::Repeated);
    let mut out: Vec<String> = Vec::new();
    for issue in issues {
        let message = match issue {
            LinkIssue::Unreadable(p)
                if p.kind == ProblemKind::UnknownParameter
                    && unknown.len() > notices_per_kind() =>
            {
                counted(ProblemKind::UnknownParameter, &unknown, lang)
            }
            LinkIssue::Unreadable(p)
                if p.kind == ProblemKind::Repeated && repeated.len() > notices_per_kind() =>
            {
                counted(ProblemKind::Repeated, &repeated, lang)
            }
            _ => issue.message(lang),
        };
        if !out.contains(&message) {
            out.push(message);
        }
    }
    out
}

/// One message for many parameters of one kind: how many, and the first few distinct names.
fn counted(kind: ProblemKind, params: &[&str], lang: Lang) -> String {
    let n = params.len();
    let mut names: Vec<String> = Vec::new();
    for param in params {
        let name = echo(param);
        if !names.contains(&name) {
            names.push(name);
        }
        if names.len() == notices_per_kind() {
            break;
        }
    }
    let list = names.join(lang.t(i18n::common::LIST_SEPARATOR));
    match (kind, lang) {
        (ProblemKind::Repeated, _) => lang.fill(
            i18n::open::LINK_PARAMETERS_ARE_REPEATS_ONLY,
            &[("count", &n), ("list", &list)],
        ),
        (_, _) => lang.fill(
            i18n::open::LINK_PARAMETERS_THIS_APP_DOES,
            &[("n", &n), ("list", &list)],
        ),
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
        Field::Phases => Some("phases"),
        Field::Contingency => Some("contingency"),
        Field::Trainer => Some("trainer"),
        Field::Vat => Some("vat"),
        Field::DailyWage => Some("staff-time"),
        Field::Data => None,
    }
}

/// The estimator's share link to `s`: the app at `origin` (`https://host`, no trailing slash),
/// at the estimator's route (`/`), with [`scenario_query`]. The estimator shows it, and the
/// budget request prints it (as a QR code and as text) so a reader opens the live estimate.
pub fn estimate_link(origin: &str, s: &Scenario, catalog: &Catalog, lang: Lang) -> String {
    format!("{origin}/?{}", scenario_query(s, catalog, lang))
}

/// A link to `s`: the headcount, the parameters where it differs from the default scenario (so
/// links stay short), and the language. Opening it gives `s` back whenever its hours are at one
/// depth (a link names one depth; a plan's mixed depths travel in a saved file). The headcount
/// is always written: a link with nothing but the language only switches the language, so
/// without it the default option's link would open nothing, and whoever opened it would see
/// their own saved options instead of the sender's.
pub fn scenario_query(s: &Scenario, catalog: &Catalog, lang: Lang) -> String {
    encode(&scenario_params(s, catalog, lang))
}

/// A link to `plan`, priced with the option `base`: the plan (its modules in order, each
/// module's depth and activities, audience, phases) and what of `base` differs from the default
/// scenario, except what the plan sets (hours, depths, activities, phases). Opened, it gives
/// the same plan, priced with the same option: the same hours and the same cost.
pub fn plan_query(plan: &Plan, base: &Scenario, catalog: &Catalog, lang: Lang) -> String {
    let plan = plan_params(plan);
    let mut inputs = scenario_params(base, catalog, lang).inputs;
    inputs.retain(|i| !matches!(i, Input::Activities(_) | Input::Phases(_)));
    inputs.extend(plan.inputs);
    encode(&LinkParams {
        inputs,
        hours: None,
        lang: Some(lang),
        ..plan
    })
}

/// The parameters of [`scenario_query`]: the headcount, every other input that differs from
/// the default scenario's, the hours and their depth where they differ, and the language.
fn scenario_params(s: &Scenario, catalog: &Catalog, lang: Lang) -> LinkParams {
    let d = Scenario::default_for(catalog);
    // The value when it differs from the default's.
    fn changed<T: PartialEq + Clone>(value: &T, default: &T) -> Option<T> {
        (value != default).then(|| value.clone())
    }
    let inputs = Input::all_of(s)
        .into_iter()
        .zip(Input::all_of(&d))
        .filter(|(input, default)| matches!(input, Input::Headcount(_)) || input != default)
        .map(|(input, _)| input)
        .collect();
    LinkParams {
        inputs,
        depth: changed(&s.hours.dominant(), &d.hours.dominant()),
        hours: changed(&s.hours.total(), &d.hours.total()),
        modules: None,
        audience: None,
        lang: Some(lang),
    }
}

/// Read a query string (`?people=30&city=guiyang…`) into a scenario.
pub fn open(query: &str, catalog: &Catalog) -> Opened {
    let (params, problems) = decode(query);
    let mut issues: Vec<LinkIssue> = problems.into_iter().map(LinkIssue::Unreadable).collect();
    let plan = plan_from(&params, catalog);
    let scenario = scenario_from(&params, plan.as_ref(), catalog, &mut issues);
    Opened {
        scenario,
        plan,
        lang: params.lang,
        issues,
    }
}

/// The plan a link's `modules` make: each module at its own depth with its own activities, or
/// else at the link's `depth`, lectured; for the link's `audience`, in its `phases`.
fn plan_from(p: &LinkParams, catalog: &Catalog) -> Option<Plan> {
    let modules = p.modules.as_ref()?;
    let depth = p.depth.unwrap_or(Depth::Standard);
    let mut plan = Plan::new(p.audience.unwrap_or(Audience::Frontline));
    plan.items = modules
        .iter()
        .filter(|m| catalog.modules.get(m.module).is_some())
        .map(|m| match (m.depth, &m.activities) {
            (Some(depth), Some(activities)) => PlanItem {
                module: m.module,
                depth,
                activities: activities.clone(),
            },
            _ => PlanItem::lecture(m.module, depth),
        })
        .collect();
    if let Some(phases) = p.phases() {
        plan.phases = phases;
    }
    Some(plan)
}

fn scenario_from(
    p: &LinkParams,
    plan: Option<&Plan>,
    catalog: &Catalog,
    issues: &mut Vec<LinkIssue>,
) -> Scenario {
    let default = Scenario::default_for(catalog);
    let mut s = default.clone();
    for input in &p.inputs {
        input.clone().apply(&mut s);
    }
    // A link from before routes named the internal trainer as a tier: it meant the company's
    // own trainer, the internal route.
    if s.trainer == TrainerTier::Internal && p.input("route").is_none() {
        s.sourcing = Sourcing::Internal;
    }
    let depth = p.depth.unwrap_or(default.hours.dominant());
    s.hours = DepthHours::single(depth, p.hours.unwrap_or(default.hours.total()));
    if let Some(modules) = &p.modules {
        let unknown: Vec<u32> = modules
            .iter()
            .map(|m| m.module)
            .filter(|&m| catalog.modules.get(m).is_none())
            .collect();
        if !unknown.is_empty() {
            issues.push(LinkIssue::UnknownModules(unknown));
        }
    }
    // A plan's link sets what the plan decides (its hours at each module's depth, its
    // activities, its phases), unless the link also names them itself (links of earlier
    // versions gave hours beside modules).
    if let Some(plan) = plan.filter(|plan| !plan.items.is_empty()) {
        let applied = plan.applied_to(&s, &catalog.modules);
        if p.hours.is_none() {
            s.hours = applied.hours;
        }
        if p.input("activities").is_none() {
            s.activities = applied.activities;
        }
        s.phases = applied.phases;
    }

    // Each refused value goes back to its default, one at a time, until the model accepts.
    for _ in 0..Field::COUNT {
        let Err(error) = Costing::new(catalog, &s) else {
            break;
        };
        let Some(param) = param_of(error.field()) else {
            break;
        };
        if error.field() == Field::Hours {
            s.hours = DepthHours::single(depth, default.hours.total());
        } else if let Some(input) = Input::all_of(&default)
            .into_iter()
            .find(|i| i.param() == param)
        {
            input.apply(&mut s);
        } else {
            break;
        }
        issues.push(LinkIssue::Refused { param, error });
    }
    s
}
