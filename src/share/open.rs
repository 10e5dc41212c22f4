//! Opening a share link: the link's parameters become a scenario. A parameter that cannot be
//! used (unknown, not a number, out of range) is named in a message and left at its default;
//! the rest of the link still applies.

use model::catalog::PlanItem;
use model::cost::{Costing, Field, Scenario, ScenarioError};
use model::plan::Plan;
use model::vocab::{Audience, Depth, DepthHours, Sourcing, TrainerTier};
use model::{Catalog, Lang};

use model::text::echo;

use super::link::{LinkParams, LinkProblem, ProblemKind, decode, encode, plan_params};

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
    let list = names.join(lang.pick("、", ", "));
    match (kind, lang) {
        (ProblemKind::Repeated, Lang::Zh) => {
            format!("链接中有 {n} 处重复的参数（如 {list}…），各参数只使用了第一次的值。")
        }
        (ProblemKind::Repeated, Lang::En) => format!(
            "{n} link parameters are repeats ({list}…); only the first value of each is used."
        ),
        (_, Lang::Zh) => format!("链接中有 {n} 个无法识别的参数（如 {list}…），已忽略。"),
        (_, Lang::En) => {
            format!("{n} link parameters this app does not know ({list}…) were ignored.")
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
    encode(&LinkParams {
        hours: None,
        activities: None,
        depth: plan.depth,
        modules: plan.modules,
        audience: plan.audience,
        phases: plan.phases,
        ..scenario_params(base, catalog, lang)
    })
}

/// The parameters of [`scenario_query`].
fn scenario_params(s: &Scenario, catalog: &Catalog, lang: Lang) -> LinkParams {
    let d = Scenario::default_for(catalog);
    // The value when it differs from the default's.
    fn changed<T: PartialEq + Clone>(value: &T, default: &T) -> Option<T> {
        (value != default).then(|| value.clone())
    }
    LinkParams {
        people: Some(s.headcount),
        city: changed(&s.city, &d.city),
        industry: changed(&s.industry, &d.industry),
        sourcing: changed(&s.sourcing, &d.sourcing),
        mode: changed(&s.mode, &d.mode),
        trainer: changed(&s.trainer, &d.trainer),
        depth: changed(&s.hours.dominant(), &d.hours.dominant()),
        hours: changed(&s.hours.total(), &d.hours.total()),
        modules: None,
        phases: changed(&s.phases, &d.phases),
        activities: changed(&s.activities, &d.activities),
        travel: changed(&s.trainer_travels, &d.trainer_travels),
        assistant: changed(&s.assistant_trainer, &d.assistant_trainer),
        venue: changed(&s.venue, &d.venue),
        catering: changed(&s.catering, &d.catering),
        customise: changed(&s.customise, &d.customise),
        away: changed(&s.course_elsewhere, &d.course_elsewhere),
        staff_time: changed(&s.participant_time, &d.participant_time),
        contingency: changed(&s.contingency_pct, &d.contingency_pct),
        vat: changed(&s.vat_pct, &d.vat_pct),
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
    if let Some(phases) = p.phases {
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
    if let Some(n) = p.people {
        s.headcount = n;
    }
    if let Some(city) = &p.city {
        s.city = city.clone();
    }
    if let Some(industry) = &p.industry {
        s.industry = industry.clone();
    }
    if let Some(sourcing) = p.sourcing {
        s.sourcing = sourcing;
    }
    if let Some(mode) = p.mode {
        s.mode = mode;
    }
    if let Some(trainer) = p.trainer {
        s.trainer = trainer;
        // A link from before routes named the internal trainer as a tier: it meant the
        // company's own trainer, the internal route.
        if trainer == TrainerTier::Internal && p.sourcing.is_none() {
            s.sourcing = Sourcing::Internal;
        }
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
    if let Some(phases) = p.phases {
        s.phases = phases;
    }
    if let Some(activities) = &p.activities {
        s.activities = activities.clone();
    }
    if let Some(travel) = p.travel {
        s.trainer_travels = travel;
    }
    if let Some(assistant) = p.assistant {
        s.assistant_trainer = assistant;
    }
    if let Some(time) = p.staff_time {
        s.participant_time = time;
    }
    if let Some(v) = p.contingency {
        s.contingency_pct = v;
    }
    if let Some(v) = p.venue {
        s.venue = v;
    }
    if let Some(v) = p.catering {
        s.catering = v;
    }
    if let Some(v) = p.customise {
        s.customise = v;
    }
    if let Some(v) = p.away {
        s.course_elsewhere = v;
    }
    if let Some(v) = p.vat {
        s.vat_pct = v;
    }
    // A plan's link sets what the plan decides (its hours at each module's depth, its
    // activities, its phases), unless the link also names them itself (links of earlier
    // versions gave hours beside modules).
    if let Some(plan) = plan.filter(|plan| !plan.items.is_empty()) {
        let applied = plan.applied_to(&s, &catalog.modules);
        if p.hours.is_none() {
            s.hours = applied.hours;
        }
        if p.activities.is_none() {
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
        match error.field() {
            Field::Headcount => s.headcount = default.headcount,
            Field::City => s.city = default.city.clone(),
            Field::Industry => s.industry = default.industry.clone(),
            Field::Hours => s.hours = DepthHours::single(depth, default.hours.total()),
            Field::Phases => s.phases = default.phases,
            Field::Contingency => s.contingency_pct = default.contingency_pct,
            Field::Trainer => s.trainer = default.trainer,
            Field::Vat => s.vat_pct = default.vat_pct,
            Field::DailyWage => s.participant_time = default.participant_time,
            Field::Data => break,
        }
        issues.push(LinkIssue::Refused { param, error });
    }
    s
}
