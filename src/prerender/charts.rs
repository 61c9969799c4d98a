//! Charts drawn natively to inline SVG at their default settings, with the same `charts::*::draw` functions the
//! canvas uses, each with its text alternative: a caption, a one-sentence summary and the values as a table.

use leptos::prelude::*;
use plotters::prelude::*;
use plotters_svg::SVGBackend;

use crate::charts::money::{self, MoneyChart};
use crate::charts::Theme;
use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::MoneyView;
use crate::domain::money::{bars, rows};

use super::prose::source_anchor;

/// The width the snapshots are drawn at, in CSS pixels: the phone layout, scaled to the column on wider screens.
const WIDTH: u32 = 360;

/// The money chart at its default view (every pledge and fund, linear scale) as an SVG string.
pub fn money_svg(lang: Lang) -> String {
    let bars = bars(&rows(&MoneyView::default()), lang);
    let height = money::height(bars.len(), WIDTH as f64) as u32;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        let tick = move |v: f64| format::axis_usd(v, lang);
        let chart =
            MoneyChart { bars: &bars, log: false, tick: &tick, axis: Ui::MoneyAxisLinear.get(lang).to_string() };
        // A chart that cannot draw leaves its table, which says the same.
        if money::draw(&root, &chart, &Theme::default(), None).is_ok() {
            let _ = root.present();
        }
    }
    // The table beside it is the text alternative; plotters' viewBox lets CSS scale it to the column.
    out.replacen("<svg ", "<svg aria-hidden=\"true\" ", 1)
}

/// The money chart as a figure: caption, SVG, summary, and every bar's value and source as a table.
pub fn money_figure(lang: Lang) -> impl IntoView {
    let drawn: Vec<_> = rows(&MoneyView::default()).into_iter().filter(|r| r.usd.is_some()).collect();
    let summary = match drawn.first() {
        None => Ui::MoneyEmpty.get(lang).to_string(),
        Some(top) => Ui::MoneyChartDesc.fill(
            lang,
            &[
                ("n", &drawn.len().to_string()),
                ("top", &format!("{} ({})", top.label(lang), format::figure_usd(top.figure, lang).unwrap_or_default())),
            ],
        ),
    };
    let country = |id: &str| dataset::actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_else(|| id.into());
    view! {
        <figure class="static-chart" id=format!("{}-money-chart", lang.code())>
            <figcaption>{Ui::MoneyChartTitle.get(lang)}</figcaption>
            <div class="static-svg" inner_html=money_svg(lang)></div>
            <p class="chart-summary">{summary}</p>
            <div class="table-wrap">
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{Ui::ColItem.get(lang)}</th>
                        <th scope="col">{Ui::ColCountry.get(lang)}</th>
                        <th scope="col">{Ui::ColUsd.get(lang)}</th>
                        <th scope="col">{Ui::ColSource.get(lang)}</th>
                    </tr></thead>
                    <tbody>
                        {drawn.iter().map(|r| {
                            let prefix = if r.depth > 0 { format!("{} ", Ui::OfWhich.get(lang)) } else { String::new() };
                            let n = dataset::citation_number(&r.figure.source).unwrap_or(0);
                            view! {
                                <tr>
                                    <td>{format!("{prefix}{}", r.label(lang))}</td>
                                    <td>{country(r.country)}</td>
                                    <td>{format::figure_usd(r.figure, lang).unwrap_or_default()}</td>
                                    <td><a class="cite" href=format!("#{}", source_anchor(lang, &r.figure.source))>{format!("[{n}]")}</a></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </figure>
    }
}
