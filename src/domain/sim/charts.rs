//! The simulator's two charts as data: the outcome (cost, years, resilience and value added of the reader's
//! strategy beside building or buying everything, as small multiples) and the exposure of each layer. The
//! canvas in `ui::simulator` and the prerendered SVG draw the same panels and rows; the tables and CSV come
//! from them too.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::bars::{self, BarChart, Cell as BarCell, Row as BarRow};
use crate::charts::frame::Chrome;
use crate::charts::panels::{self, Panel, PanelBar};
use crate::charts::{ChartError, Mark, Theme};
use crate::domain::export::{cols, num, Table};
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};

use super::ledger;
use super::state::SimState;
use super::story::{self, compare, layer_name, Comparison};
use super::{Choice, Layer, Outcome, N};

/// The figures the outcome chart's sources tab lists.
pub const OUTCOME_SOURCES: [&str; 4] =
    ["grid_need_per_1b", "op_ed_next_decade", "stargate_10gw_target", "us_grid_wait_years"];
/// The figures the exposure chart's sources tab lists.
pub const EXPOSURE_SOURCES: [&str; 1] = ["ai_compute_owned_us_hyperscalers"];

pub fn choice_label(c: Choice) -> Ui {
    match c {
        Choice::Build => Ui::SimBuild,
        Choice::Partner => Ui::SimPartner,
        Choice::Buy => Ui::SimBuy,
    }
}

/// The reader's strategy beside the two extremes for a setting, and the horizon they run over.
pub fn outcome_of(s: &SimState) -> (Comparison, f64) {
    let (l, p) = ledger::inputs(s);
    (compare(&l, &p, &s.strategy, &s.shocks), l.horizon)
}

/// The three strategies' names, in the order of every panel's bars.
pub fn names(lang: Lang) -> [&'static str; 3] {
    [Ui::SimYours.get(lang), Ui::SimAllBuild.get(lang), Ui::SimAllBuy.get(lang)]
}

/// The outcome's panels; without a theme (for the height, tips and table) every bar is black.
pub fn outcome_panels(cmp: &Comparison, lang: Lang, theme: Option<&Theme>) -> Vec<Panel> {
    let outs = [&cmp.yours, &cmp.all_build, &cmp.all_buy];
    let colour = |i: usize| theme.map(|t| t.series([0, 1, 4][i])).unwrap_or(RGBColor(0, 0, 0));
    let bars = |f: &dyn Fn(&Outcome) -> (f64, String)| {
        outs.iter()
            .enumerate()
            .map(|(i, o)| {
                let (v, label) = f(o);
                PanelBar {
                    label: names(lang)[i].to_string(),
                    value: v,
                    value_label: label,
                    colour: colour(i),
                    emphasis: i == 0,
                }
            })
            .collect()
    };
    vec![
        Panel {
            title: Ui::SimCost.get(lang).into(),
            bars: bars(&|o| (o.total_cost, story::money(o.total_cost, lang))),
            max: None,
        },
        Panel {
            title: Ui::SimYears.get(lang).into(),
            bars: bars(&|o| (o.years_total, story::years(o.years_total, lang))),
            max: None,
        },
        Panel {
            title: Ui::SimResilience.get(lang).into(),
            bars: bars(&|o| (o.resilience * 100.0, story::percent(o.resilience, lang))),
            max: Some(100.0),
        },
        Panel {
            title: Ui::SimValue.get(lang).into(),
            bars: bars(&|o| (o.value_added, story::money(o.value_added, lang))),
            max: None,
        },
    ]
}

pub fn outcome_height(cmp: &Comparison, lang: Lang, width: f64) -> f64 {
    panels::height(&outcome_panels(cmp, lang, None), width)
}

pub fn outcome_draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    cmp: &Comparison,
    lang: Lang,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    panels::draw(root, &outcome_panels(cmp, lang, Some(theme)), theme, chrome)
}

pub fn outcome_title(lang: Lang) -> String {
    Ui::SimOutcomeTitle.get(lang).to_string()
}

/// What a screen reader hears for the outcome chart: the sentences the simulator says about it.
pub fn outcome_summary(cmp: &Comparison, horizon: f64, lang: Lang) -> String {
    story::facts(cmp, horizon, lang).join(" ")
}

/// The outcome's table tab: a row per measure, a column per strategy.
pub fn outcome_table(cmp: &Comparison, lang: Lang) -> Table {
    let mut header = vec![Ui::SimMeasure.get(lang).to_string()];
    header.extend(names(lang).iter().map(|s| s.to_string()));
    Table {
        name: "simulator",
        header,
        rows: outcome_panels(cmp, lang, None)
            .iter()
            .map(|panel| {
                std::iter::once(panel.title.clone()).chain(panel.bars.iter().map(|b| b.value_label.clone())).collect()
            })
            .collect(),
    }
}

pub fn outcome_csv(cmp: &Comparison) -> Table {
    let outs = [("yours", &cmp.yours), ("all_build", &cmp.all_build), ("all_buy", &cmp.all_buy)];
    Table {
        name: "simulator",
        header: cols(&[
            "strategy",
            "cost_usd_bn",
            "grid_cost_usd_bn",
            "funded_share",
            "years",
            "resilience",
            "value_added_usd_bn",
            "net_usd_bn",
        ]),
        rows: outs
            .iter()
            .map(|(n, o)| {
                vec![
                    n.to_string(),
                    num(o.total_cost),
                    num(o.grid_cost),
                    num(o.funded),
                    num(o.years_total),
                    num(o.resilience),
                    num(o.value_added),
                    num(o.net),
                ]
            })
            .collect(),
    }
}

fn choice_colour(c: Choice, t: &Theme) -> RGBColor {
    match c {
        Choice::Build => t.series(2),
        Choice::Partner => t.series(4),
        Choice::Buy => t.series(1),
    }
}

/// The exposure chart's height in CSS pixels for a width: a row per layer and the legend.
pub fn exposure_height(width: f64) -> f64 {
    bars::height(N, 1, true, width)
}

/// A bar per layer: how exposed the reader's strategy leaves it, coloured by the layer's choice.
pub fn exposure_draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    s: &SimState,
    cmp: &Comparison,
    lang: Lang,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    let rows: Vec<BarRow> = Layer::ALL
        .iter()
        .map(|l| {
            let c = s.strategy.choices[l.index()];
            BarRow {
                label: format!("{} ({})", layer_name(*l, lang), choice_label(c).get(lang)),
                cells: vec![BarCell {
                    value: Some(cmp.yours.exposure[l.index()] * 100.0),
                    label: story::percent(cmp.yours.exposure[l.index()], lang),
                    colour: choice_colour(c, theme),
                    hollow: false,
                }],
            }
        })
        .collect();
    let legend: Vec<(String, RGBColor)> =
        Choice::ALL.iter().map(|c| (choice_label(*c).get(lang).to_string(), choice_colour(*c, theme))).collect();
    let tick = |v: f64| format!("{}%", format::decimal(v, 0));
    bars::draw(
        root,
        &BarChart {
            rows: &rows,
            legend: &legend,
            max: Some(100.0),
            tick: &tick,
            axis: Ui::SimExposureAxis.get(lang).into(),
        },
        theme,
        chrome,
    )
}

pub fn exposure_title(lang: Lang) -> String {
    Ui::SimExposureTitle.get(lang).to_string()
}

/// What a screen reader hears for the exposure chart.
pub fn exposure_summary(lang: Lang) -> String {
    Ui::SimExposureDesc.get(lang).to_string()
}

/// The exposure's table tab: a row per layer.
pub fn exposure_table(s: &SimState, cmp: &Comparison, lang: Lang) -> Table {
    Table {
        name: "exposure",
        header: cols(&[
            Ui::SimLayer.get(lang),
            Ui::SimChoice.get(lang),
            Ui::SimExposureCol.get(lang),
            Ui::SimLossCol.get(lang),
            Ui::SimYearsCol.get(lang),
            Ui::SimCostCol.get(lang),
        ]),
        rows: Layer::ALL
            .iter()
            .map(|l| {
                let i = l.index();
                vec![
                    layer_name(*l, lang),
                    choice_label(s.strategy.choices[i]).get(lang).to_string(),
                    story::percent(cmp.yours.exposure[i], lang),
                    story::percent(cmp.yours.loss[i], lang),
                    story::years(cmp.yours.years[i], lang),
                    story::money(cmp.yours.cost[i], lang),
                ]
            })
            .collect(),
    }
}

pub fn exposure_csv(s: &SimState, cmp: &Comparison) -> Table {
    Table {
        name: "exposure",
        header: cols(&["layer", "choice", "specialized", "exposure", "loss", "years", "cost_usd_bn"]),
        rows: Layer::ALL
            .iter()
            .map(|l| {
                let i = l.index();
                vec![
                    l.id().to_string(),
                    s.strategy.choices[i].code().to_string(),
                    s.strategy.specialize[i].to_string(),
                    num(cmp.yours.exposure[i]),
                    num(cmp.yours.loss[i]),
                    num(cmp.yours.years[i]),
                    num(cmp.yours.cost[i]),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset;

    #[test]
    fn the_default_simulator_charts_have_a_bar_per_strategy_and_a_row_per_layer() {
        let s = SimState::default();
        let (cmp, horizon) = outcome_of(&s);
        assert!(horizon > 0.0);
        for lang in Lang::ALL {
            let p = outcome_panels(&cmp, lang, None);
            assert_eq!(p.len(), 4);
            assert!(p.iter().all(|p| p.bars.len() == 3 && p.bars.iter().all(|b| b.value.is_finite())));
            let t = outcome_table(&cmp, lang);
            assert_eq!((t.rows.len(), t.header.len()), (4, 4));
            let e = exposure_table(&s, &cmp, lang);
            assert_eq!(e.rows.len(), N);
            assert!(e.rows.iter().all(|r| r.len() == e.header.len()));
            assert!(!outcome_summary(&cmp, horizon, lang).is_empty() && !exposure_summary(lang).is_empty());
        }
        assert_eq!(outcome_csv(&cmp).rows.len(), 3);
        assert_eq!(exposure_csv(&s, &cmp).rows.len(), N);
    }

    #[test]
    fn the_charts_cite_figures_of_the_dataset() {
        for id in OUTCOME_SOURCES.into_iter().chain(EXPOSURE_SOURCES) {
            let f = dataset::figure(id).unwrap_or_else(|| panic!("{id} is not a figure"));
            assert!(dataset::source(&f.source).is_some(), "{id}: unknown source");
        }
    }
}
