//! The four charts of an estimate: the lines' ranges from the point estimate, drawn with every
//! input; the cost curve, the distribution and the tornado from the analysis, drawn when it
//! arrives after the frame (until then the last ones stay, marked as updating).

use model::i18n;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::charts::{
    BandShade, CostCurve, CurveLine, Distribution, RangeBars, RangeRow, Swing, Tornado,
};
use crate::app::components::Chart;
use crate::catalog::catalog;
use crate::store::estimator::Analysed;
use model::Lang;
use model::cost::{Analysis, Point};

use super::results::updating;

#[derive(Properties)]
pub struct ChartsProps {
    pub point: Rc<Point>,
    pub analysis: Option<Analysed>,
    pub lang: Lang,
}

/// By address: a point estimate is computed once per priced scenario (an analysis compares by
/// its scenario, [`Analysed`]).
impl PartialEq for ChartsProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.point, &o.point) && self.analysis == o.analysis && self.lang == o.lang
    }
}

#[component]
pub fn EstimateCharts(props: &ChartsProps) -> Html {
    let lang = props.lang;
    let e = &props.point.estimate;

    let mut rows: Vec<RangeRow> = e
        .lines
        .iter()
        .map(|l| RangeRow {
            label: l.category.label(lang).to_string(),
            low: l.cost.low,
            likely: l.cost.likely,
            high: l.cost.high,
        })
        .collect();
    // Largest first, so the eye lands on what the money goes to.
    rows.sort_by(|a, b| b.likely.total_cmp(&a.likely));
    let bars = RangeBars { rows, lang };
    let updating = updating(&props.point, props.analysis.as_ref());

    html! {
        <section class="charts" aria-label={lang.t(i18n::charts::CHARTS)}>
            <figure>
                <figcaption>{ lang.t(i18n::charts::WHERE_THE_MONEY_GOES_LOW_LIKELY) }</figcaption>
                <Chart<RangeBars> data={bars}
                    label={lang.t(i18n::charts::RANGE_BARS_OF_THE_LINE_ITEMS)} testid="chart-lines" {lang} />
            </figure>
            // Before an option's first analysis (for one frame after it is opened) there is no
            // earlier one to show: the summary says the range is being simulated.
            if let Some(analysis) = &props.analysis {
                { analysis_charts(analysis, lang, updating) }
            }
        </section>
    }
}

/// The three charts of an analysis, marked `updating` while it is an earlier scenario's. Their
/// data is rebuilt with each input (a copy of the 10,000 simulated totals, some microseconds),
/// but each chart compares it with what it drew and draws again only when the analysis changed:
/// a component of their own would spare the copy for more code in the first visit's download.
fn analysis_charts(o: &Analysis, lang: Lang, updating: Option<&'static str>) -> Html {
    let e = &o.estimate;
    let class = classes!(updating);

    let routes = &o.routes;
    let curve = CostCurve {
        lines: routes
            .curves
            .iter()
            .map(|(sourcing, points)| CurveLine {
                label: sourcing.label(lang).to_string(),
                points: points.clone(),
            })
            .collect(),
        bands: vec![BandShade {
            label: lang.t(i18n::charts::SEATS_PER_HEAD).to_string(),
            low: routes.seat.low,
            high: routes.seat.high,
        }],
        // The dot marks the scenario on screen when it is one of the in-house lines.
        current: o.scenario.sourcing.is_in_house().then(|| {
            (
                f64::from(e.shape.headcount),
                e.cash / f64::from(e.shape.headcount),
            )
        }),
        lang,
    };
    let distribution = Distribution {
        samples: o
            .distribution
            .samples
            .iter()
            .copied()
            .collect::<Rc<[f64]>>(),
        p10: o.distribution.p10,
        p50: o.distribution.p50,
        p90: o.distribution.p90,
        lang,
    };
    let tornado = Tornado {
        // The swings move one rate with the others at their likely value.
        base: e.extremes.likely,
        rows: o
            .swings
            .iter()
            // How many inputs the tornado shows (data/): the rest move the total too little.
            .take(catalog().pricing.limits.tornado_rows)
            .map(|s| Swing {
                label: s.driver.label(lang).to_string(),
                at_low: s.low,
                at_high: s.high,
            })
            .collect(),
        lang,
    };

    html! {
        <>
            <figure class={class.clone()}>
                <figcaption>{ lang.t(i18n::charts::IN_HOUSE_CASH_COST_PER_HEAD_AGAINST) }</figcaption>
                <Chart<CostCurve> data={curve}
                    label={lang.t(i18n::charts::COST_PER_PARTICIPANT_AS_HEADCOUNT)} testid="chart-curve" {lang} />
            </figure>
            <figure class={class.clone()}>
                <figcaption>{ lang.t(i18n::charts::DISTRIBUTION_OF_THE_TOTAL_MONTE) }</figcaption>
                <Chart<Distribution> data={distribution}
                    label={lang.t(i18n::charts::DISTRIBUTION_OF_THE_TOTAL_WITH)} testid="chart-distribution" {lang} />
            </figure>
            <figure {class}>
                <figcaption>{ lang.t(i18n::charts::WHICH_INPUTS_MATTER_MOST) }</figcaption>
                <Chart<Tornado> data={tornado}
                    label={lang.t(i18n::charts::TORNADO_CHART_THE_TOTAL_AS_EACH)} testid="chart-tornado" {lang} />
            </figure>
        </>
    }
}
