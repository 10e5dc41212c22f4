//! Share links: a scenario as human-readable query parameters, e.g.
//! `?people=30&city=guiyang&mode=offline&trainer=professional&depth=standard&hours=12&modules=1-5,10&lang=zh`.
//!
//! A course plan travels in `modules`: a plain list (`1-5,10`) is those modules lectured at the
//! link's `depth`; a module written with its depth and activities (`3.deep.lecture.role-play`)
//! is exactly that, so a plan whose modules differ in depth or activities opens as it was made
//! (with `audience` and `phases`).
//!
//! Decoding never fails as a whole: each parameter that is unknown or cannot be read becomes a
//! [`LinkProblem`] naming it, and every other parameter still applies. This layer checks form
//! (a number, a known id); whether a value is in range (a headcount of 0, an unknown city) is the
//! model's check when the parameters are applied to a scenario.

use model::i18n;
use std::collections::BTreeSet;

use model::Lang;
use model::cost::Input;
use model::link_text::{LinkText, Unreadable};
use model::plan::Plan;
use model::text::echo;
use model::typed::NumberError;
use model::vocab::{Activity, Audience, Depth};

/// The parameters a link can carry; `None` (or no input) where the link is silent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkParams {
    /// The scenario's inputs the link names (`people`, `city`, `route`, …: the parameters of
    /// [`Input`], declared with the scenario's fields), in the order written.
    pub inputs: Vec<Input>,
    /// The depth a quick estimate's hours are at, and a plain module's depth.
    pub depth: Option<Depth>,
    /// Teaching hours, all at `depth`.
    pub hours: Option<f64>,
    /// Curriculum modules, in the plan's order, each with its own depth and activities where
    /// the link names them.
    pub modules: Option<Vec<LinkModule>>,
    /// Who a plan is for.
    pub audience: Option<Audience>,
    pub lang: Option<Lang>,
}

impl LinkParams {
    /// The input the link names under `param`, if any.
    pub fn input(&self, param: &str) -> Option<&Input> {
        self.inputs.iter().find(|i| i.param() == param)
    }

    /// The link's phases (a plan's, or the scenario's).
    pub fn phases(&self) -> Option<u32> {
        match self.input("phases") {
            Some(Input::Phases(n)) => Some(*n),
            _ => None,
        }
    }
}

/// One module a link names: by its number alone (taught at the link's depth, lecture only), or
/// with its own depth and activities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkModule {
    pub module: u32,
    pub depth: Option<Depth>,
    pub activities: Option<BTreeSet<Activity>>,
}

impl LinkModule {
    pub fn plain(module: u32) -> LinkModule {
        LinkModule {
            module,
            depth: None,
            activities: None,
        }
    }
}

/// One parameter of a link that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkProblem {
    pub param: String,
    pub value: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    UnknownParameter,
    NotANumber,
    UnknownChoice,
    BadModuleList,
    Repeated,
    /// A number written with a comma (`7,5`, `12,345`): refused, not guessed.
    Comma,
    /// A parameter earlier versions wrote that no longer means anything (`markup`: a vendor's
    /// margin is inside its day rate).
    Retired,
}

impl LinkProblem {
    /// A sentence for the page, naming the parameter and what was wrong with it.
    pub fn message(&self, lang: Lang) -> String {
        // A link's parameters and values can be of any length: repeat only their start.
        let (param, value) = (&echo(&self.param), &echo(&self.value));
        match (self.kind, lang) {
            (ProblemKind::UnknownParameter, _) => lang.fill(
                i18n::codec::THE_LINK_PARAMETER_IS_NOT_ONE,
                &[("param", &param)],
            ),
            (ProblemKind::NotANumber, _) => lang.fill(
                i18n::codec::THE_LINK_PARAMETER_SHOULD_BE,
                &[("param", &param), ("value", &value)],
            ),
            (ProblemKind::UnknownChoice, _) => lang.fill(
                i18n::codec::IS_NOT_A_CHOICE_FOR_THE_LINK,
                &[("param", &param), ("value", &value)],
            ),
            (ProblemKind::BadModuleList, _) => lang.fill(
                i18n::codec::THE_LINK_PARAMETER_SHOULD_LIST,
                &[("param", &param), ("value", &value)],
            ),
            (ProblemKind::Comma, _) => lang.fill(
                i18n::codec::THE_LINK_PARAMETER_HAS_A_COMMA,
                &[
                    ("param", &param),
                    ("value", &value),
                    ("value_2", &NumberError::Comma.message(lang)),
                ],
            ),
            (ProblemKind::Retired, _) => lang.fill(
                i18n::codec::THE_LINK_PARAMETER_IS_NO_LONGER,
                &[("param", &param)],
            ),
            (ProblemKind::Repeated, _) => lang.fill(
                i18n::codec::THE_LINK_PARAMETER_APPEARS_MORE,
                &[("param", &param)],
            ),
        }
    }
}

/// Read a query string (with or without the leading `?`).
pub fn decode(query: &str) -> (LinkParams, Vec<LinkProblem>) {
    let mut params = LinkParams::default();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        let (key, value) = (key.trim().to_string(), value.trim().to_string());
        if key.is_empty() {
            continue;
        }
        let problem = |kind| LinkProblem {
            param: key.clone(),
            value: value.clone(),
            kind,
        };
        if !seen.insert(key.clone()) {
            problems.push(problem(ProblemKind::Repeated));
            continue;
        }
        let outcome = match Input::read(&key, &value) {
            Some(input) => input.map(|i| params.inputs.push(i)).map_err(unreadable),
            None => match key.as_str() {
                "hours" => f64::read(&value)
                    .map(|v| params.hours = Some(v))
                    .map_err(unreadable),
                "depth" => Depth::read(&value)
                    .map(|v| params.depth = Some(v))
                    .map_err(unreadable),
                "lang" => Lang::from_id(&value)
                    .map(|v| params.lang = Some(v))
                    .ok_or(ProblemKind::UnknownChoice),
                "audience" => Audience::read(&value)
                    .map(|v| params.audience = Some(v))
                    .map_err(unreadable),
                "modules" => parse_modules(&value)
                    .map(|v| params.modules = Some(v))
                    .ok_or(ProblemKind::BadModuleList),
                "markup" => Err(ProblemKind::Retired),
                _ => Err(ProblemKind::UnknownParameter),
            },
        };
        if let Err(kind) = outcome {
            problems.push(problem(kind));
        }
    }
    (params, problems)
}

/// Write the parameters as a query string (no leading `?`): the scenario's inputs in their
/// order, then the hours' depth, the hours, a plan's modules and audience, and the language.
pub fn encode(params: &LinkParams) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for input in &params.inputs {
        out.append_pair(input.param(), &input.write());
    }
    let mut put = |key: &str, value: Option<String>| {
        if let Some(value) = value {
            out.append_pair(key, &value);
        }
    };
    put("depth", params.depth.map(|v| v.write()));
    put("hours", params.hours.map(|v| v.write()));
    put("modules", params.modules.as_deref().map(format_modules));
    put("audience", params.audience.map(|v| v.write()));
    put("lang", params.lang.map(|v| v.id().to_string()));
    out.finish()
}

/// A plan's part of a link: its modules in its order, its audience and its phases. A module
/// lectured at the link's `depth` (the depth most modules have) is written by its number alone;
/// any other with its own depth and activities (`3.deep.lecture.role-play`). Opened, it is the
/// same plan, with the same hours.
pub fn plan_params(plan: &Plan) -> LinkParams {
    let lecture = BTreeSet::from([Activity::Lecture]);
    let depth = Depth::ALL
        .iter()
        .copied()
        .max_by_key(|d| plan.items.iter().filter(|i| i.depth == *d).count())
        .filter(|_| !plan.items.is_empty());
    let modules = plan
        .items
        .iter()
        .map(|i| {
            if Some(i.depth) == depth && i.activities == lecture {
                LinkModule::plain(i.module)
            } else {
                LinkModule {
                    module: i.module,
                    depth: Some(i.depth),
                    activities: Some(i.activities.clone()),
                }
            }
        })
        .collect();
    LinkParams {
        inputs: vec![Input::Phases(plan.phases)],
        modules: Some(modules),
        depth,
        audience: Some(plan.audience),
        ..LinkParams::default()
    }
}

/// A value the link could not read, as the page names it.
fn unreadable(error: Unreadable) -> ProblemKind {
    match error {
        Unreadable::NotANumber => ProblemKind::NotANumber,
        Unreadable::Comma => ProblemKind::Comma,
        Unreadable::UnknownChoice => ProblemKind::UnknownChoice,
    }
}

/// The highest module number a list may name: far above the curriculum's ten, low enough that
/// `1-99999` cannot make the page build a huge list.
const MODULE_NUMBER_LIMIT: u32 = 99;

/// `1,2,5`, `1-10`, `1-3,7`, `3.deep.lecture.role-play` → the modules, in the order written.
/// Empty is a valid "no modules"; anything unreadable makes the whole list unreadable.
fn parse_modules(text: &str) -> Option<Vec<LinkModule>> {
    let number = |t: &str| {
        t.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MODULE_NUMBER_LIMIT).contains(n))
    };
    let mut list = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some((module, rest)) = part.split_once('.') {
            let mut fields = rest.split('.');
            let depth = Depth::from_id(fields.next()?)?;
            let activities = fields
                .map(Activity::from_id)
                .collect::<Option<BTreeSet<_>>>()?;
            list.push(LinkModule {
                module: number(module)?,
                depth: Some(depth),
                activities: Some(activities),
            });
        } else if let Some((a, b)) = part.split_once('-') {
            let (a, b) = (number(a)?, number(b)?);
            if a > b {
                return None;
            }
            list.extend((a..=b).map(LinkModule::plain));
        } else {
            list.push(LinkModule::plain(number(part)?));
        }
    }
    Some(list)
}

/// The shortest list: plain modules in runs of three or more as ranges (`1-5,7,9,10`); a
/// module with its depth as `3.deep.lecture.case-study`.
fn format_modules(list: &[LinkModule]) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < list.len() {
        let item = &list[i];
        if let (Some(depth), Some(activities)) = (item.depth, &item.activities) {
            let mut part = format!("{}.{}", item.module, depth.id());
            for a in activities {
                part.push('.');
                part.push_str(a.id());
            }
            parts.push(part);
            i += 1;
            continue;
        }
        // A run of plain modules numbered one after another.
        let mut end = i;
        while end + 1 < list.len()
            && list[end + 1].depth.is_none()
            && list[end + 1].module == list[end].module + 1
        {
            end += 1;
        }
        let (first, last) = (list[i].module, list[end].module);
        match end - i {
            0 => parts.push(first.to_string()),
            1 => parts.extend([first.to_string(), last.to_string()]),
            _ => parts.push(format!("{first}-{last}")),
        }
        i = end + 1;
    }
    parts.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each problem as the parameter it names and its kind, in the link's order.
    fn named(problems: &[LinkProblem]) -> Vec<(&str, ProblemKind)> {
        problems
            .iter()
            .map(|p| (p.param.as_str(), p.kind))
            .collect()
    }
    use model::vocab::{DeliveryMode, TrainerTier};

    #[test]
    fn reads_a_full_link() {
        let (p, problems) = decode(
            "?people=30&city=guiyang&industry=banking&mode=offline&trainer=expert&depth=deep&hours=12.5&modules=1-3,7&lang=en",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            p.inputs,
            [
                Input::Headcount(30),
                Input::City("guiyang".into()),
                Input::Industry("banking".into()),
                Input::Mode(DeliveryMode::Offline),
                Input::Trainer(TrainerTier::Expert),
            ]
        );
        assert_eq!(p.depth, Some(Depth::Deep));
        assert_eq!(p.hours, Some(12.5));
        assert_eq!(
            p.modules,
            Some([1, 2, 3, 7].map(LinkModule::plain).to_vec())
        );
        assert_eq!(p.lang, Some(Lang::En));
    }

    #[test]
    fn a_bad_parameter_is_named_and_the_rest_still_applies() {
        let (p, problems) =
            decode("people=thirty&city=guiyang&mode=by-post&colour=red&modules=3-1&hours=8");
        assert_eq!(p.inputs, [Input::City("guiyang".into())]);
        assert_eq!(p.hours, Some(8.0));
        assert_eq!(
            named(&problems),
            [
                ("people", ProblemKind::NotANumber),
                ("mode", ProblemKind::UnknownChoice),
                ("colour", ProblemKind::UnknownParameter),
                ("modules", ProblemKind::BadModuleList)
            ]
        );
        for problem in &problems {
            assert!(problem.message(Lang::Zh).contains(&problem.param));
            assert!(problem.message(Lang::En).contains(&problem.param));
        }
    }

    #[test]
    fn out_of_range_numbers_pass_through_for_the_model_to_judge() {
        let (p, problems) = decode("people=-5&hours=0");
        assert!(problems.is_empty());
        assert_eq!((p.inputs, p.hours), (vec![Input::Headcount(-5)], Some(0.0)));
    }

    #[test]
    fn a_number_with_a_comma_is_refused_and_named_not_read_without_it() {
        let (p, problems) = decode(
            "hours=7,5&vat=6,5&people=1,200&phases=1,2&staff-time=3,80&markup=1%2C000&contingency=10",
        );
        // None of them is read as 75, 65, 1200, 12 or 380; the rest still applies. `markup` is
        // retired whatever its value: named as such, not as a comma.
        assert_eq!((p.hours, p.inputs), (None, vec![Input::Contingency(10.0)]));
        assert_eq!(
            named(&problems),
            [
                ("hours", ProblemKind::Comma),
                ("vat", ProblemKind::Comma),
                ("people", ProblemKind::Comma),
                ("phases", ProblemKind::Comma),
                ("staff-time", ProblemKind::Comma),
                ("markup", ProblemKind::Retired),
            ]
        );
        let hours = &problems[0];
        let (zh, en) = (hours.message(Lang::Zh), hours.message(Lang::En));
        assert!(
            zh.contains("hours") && zh.contains("7,5") && zh.contains("“.”"),
            "{zh}"
        );
        assert!(
            en.contains("hours") && en.contains("7,5") && en.contains("“.”"),
            "{en}"
        );
        assert!(en.contains("thousands separator"), "{en}");
    }

    #[test]
    fn link_numbers_read_full_width_digits_as_fields_do() {
        let (p, problems) = decode("people=%EF%BC%93%EF%BC%90&hours=%EF%BC%97%EF%BC%8E%EF%BC%95");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!((p.inputs, p.hours), (vec![Input::Headcount(30)], Some(7.5)));
        let (p, problems) = decode("hours=1e3&vat=inf&phases=-1");
        assert_eq!((p.hours, p.inputs), (None, vec![]));
        assert!(problems.iter().all(|p| p.kind == ProblemKind::NotANumber));
        assert_eq!(problems.len(), 3);
    }

    #[test]
    fn a_repeated_parameter_keeps_the_first() {
        let (p, problems) = decode("people=30&people=40");
        assert_eq!(p.inputs, [Input::Headcount(30)]);
        assert_eq!(problems[0].kind, ProblemKind::Repeated);
    }

    #[test]
    fn module_lists() {
        assert_eq!(parse_modules("1-10").map(|s| s.len()), Some(10));
        assert_eq!(
            parse_modules(" 2, 5 ,1 "),
            Some([2, 5, 1].map(LinkModule::plain).to_vec()),
            "in the order written"
        );
        assert_eq!(parse_modules(""), Some(Vec::new()));
        for bad in [
            "0",
            "a",
            "1-",
            "-3",
            "5-2",
            "1-100000",
            "1--3",
            "3.",
            "3.shallow",
            "3.deep.dance",
            "x.deep",
        ] {
            assert_eq!(parse_modules(bad), None, "{bad}");
        }
        let plain = [1, 2, 3, 4, 5, 7, 9, 10].map(LinkModule::plain);
        assert_eq!(format_modules(&plain), "1-5,7,9,10");
        let own = LinkModule {
            module: 3,
            depth: Some(Depth::Deep),
            activities: Some(BTreeSet::from([Activity::Lecture, Activity::RolePlay])),
        };
        assert_eq!(
            format_modules(std::slice::from_ref(&own)),
            "3.deep.lecture.role-play"
        );
        assert_eq!(parse_modules("3.deep.lecture.role-play"), Some(vec![own]));
    }

    #[test]
    fn chinese_and_reserved_characters_survive_encoding() {
        let p = LinkParams {
            inputs: vec![Input::City("other".into())],
            hours: Some(7.25),
            ..Default::default()
        };
        assert_eq!(decode(&encode(&p)).0, p);
    }
}
