//! Charts drawn natively to inline SVG at their default settings, with the same `charts::*::draw` functions the
//! canvas uses, each with its text alternative: a caption, a one-sentence summary and the values as a table.
//!
//! [`snapshot`] is the one entry point: a widget's name to its figure(s). `money` is the money chart, `figures`
//! the charts of dataset figures (`domain::figure_chart`), `simulator` the simulator's outcome and exposure.

mod figures;
mod money;
mod simulator;

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_svg::SVGBackend;

use crate::charts::{ChartError, Mark, Theme};
use crate::domain::dataset;
use crate::domain::export::Table;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Figure;

use super::prose::source_anchor;

pub use money::{money_figure, money_svg};

/// The width the snapshots are drawn at, in CSS pixels: the phone layout, scaled to the column on wider screens.
pub const WIDTH: u32 = 360;

/// The widgets [`snapshot`] draws: every chart the page shows at its default settings (the quiz's chart appears
/// only after a guess, so it has none).
pub const CHART_WIDGETS: [&str; 7] =
    ["money-chart", "electricity-chart", "model-gap-chart", "talent-chart", "survey-chart", "japan-chart", "simulator"];

/// The HTML of a widget's chart(s) at the default settings — `<figure class="static-chart"
/// data-widget-snapshot="{widget}">` with caption, inline SVG, summary and table — or `None` if the widget is not
/// a chart. The simulator has two figures, outcome then exposure.
pub fn snapshot(widget: &str, lang: Lang) -> Option<String> {
    let figures = match widget {
        "money-chart" => return Some(super::render(move || money_figure(lang))),
        "electricity-chart" => vec![figures::electricity(lang)],
        "model-gap-chart" => vec![figures::model_gap(lang)],
        "talent-chart" => vec![figures::talent(lang)],
        "survey-chart" => vec![figures::survey(lang)],
        "japan-chart" => vec![figures::japan(lang)],
        "simulator" => simulator::snapshots(lang),
        _ => return None,
    };
    let widget = CHART_WIDGETS.into_iter().find(|w| *w == widget)?;
    Some(figures.into_iter().map(|s| super::render(move || s.view(widget, lang))).collect::<Vec<_>>().join(""))
}

/// A chart drawn to SVG, and its size in CSS pixels.
pub(crate) struct Svg {
    pub markup: String,
    pub width: u32,
    pub height: u32,
}

impl Svg {
    /// Draws at [`WIDTH`] and the height the live chart takes at that width, in the light theme.
    pub fn draw(
        height: f64,
        draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>, &Theme) -> Result<Vec<Mark>, ChartError>,
    ) -> Svg {
        Svg::draw_at(WIDTH, height, draw)
    }

    /// Draws at `width` CSS pixels (the link-preview image's chart is wider than the page's).
    pub fn draw_at(
        width: u32,
        height: f64,
        draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>, &Theme) -> Result<Vec<Mark>, ChartError>,
    ) -> Svg {
        let height = height.round().max(1.0) as u32;
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
            // A chart that cannot draw leaves its table, which says the same.
            if draw(&root, &Theme::default()).is_ok() {
                let _ = root.present();
            }
        }
        // The table beside it is the text alternative; plotters' viewBox lets CSS scale it to the column.
        Svg { markup: out.replacen("<svg ", "<svg aria-hidden=\"true\" ", 1), width, height }
    }

    /// `w/h`, for CSS to reserve the box before the picture arrives.
    pub fn aspect(&self) -> String {
        format!("{}/{}", self.width, self.height)
    }
}

/// One chart's snapshot: what the figure shows and says.
pub(crate) struct Snapshot {
    /// The live chart's id (`simulator-outcome` inside the `simulator` widget).
    pub chart: &'static str,
    pub title: String,
    pub svg: Svg,
    /// The sentence a screen reader hears for the live chart.
    pub summary: String,
    pub table: Table,
    /// The figures each table row shows, cited in a last column; empty when rows are computed, not figures.
    pub row_figures: Vec<Vec<&'static Figure>>,
    /// Figures the chart rests on, cited under the table (for computed rows).
    pub basis: Vec<&'static Figure>,
}

/// `[n]` links to the numbered sources list, one per source, in order of first appearance.
fn cites(figures: &[&'static Figure], lang: Lang) -> impl IntoView {
    let mut ids: Vec<&'static str> = Vec::new();
    for f in figures {
        if !ids.contains(&&*f.source) {
            ids.push(&f.source);
        }
    }
    ids.into_iter()
        .map(|id| {
            let n = dataset::citation_number(id).unwrap_or(0);
            view! { <a class="cite" href=format!("#{}", source_anchor(lang, id)) data-cite=id>{format!("[{n}]")}</a> }
        })
        .collect_view()
}

impl Snapshot {
    fn view(self, widget: &'static str, lang: Lang) -> impl IntoView {
        let Snapshot { chart, title, svg, summary, table, row_figures, basis } = self;
        let cited = !row_figures.is_empty();
        view! {
            <figure class="static-chart" id=format!("{}-{chart}", lang.code()) data-widget-snapshot=widget>
                <figcaption>{title}</figcaption>
                <div class="static-svg" data-aspect=svg.aspect() inner_html=svg.markup></div>
                <p class="chart-summary">{summary}</p>
                <div class="table-wrap">
                    <table class="data-table">
                        <thead><tr>
                            {table.header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                            {cited.then(|| view! { <th scope="col">{Ui::ColSource.get(lang)}</th> })}
                        </tr></thead>
                        <tbody>
                            {table.rows.into_iter().enumerate().map(|(i, row)| {
                                let figs = row_figures.get(i).cloned().unwrap_or_default();
                                view! {
                                    <tr>
                                        {row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                        {cited.then(|| view! { <td>{cites(&figs, lang)}</td> })}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(!basis.is_empty()).then(|| view! {
                    <p class="chart-sources">{Ui::TabSources.get(lang)}": " {cites(&basis, lang)}</p>
                })}
            </figure>
        }
    }
}
