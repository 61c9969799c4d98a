//! The money chart at its default view (every pledge and fund, linear scale), drawn by `charts::money::draw`.

use leptos::prelude::*;

use crate::charts::money::{self, MoneyChart};
use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::MoneyView;
use crate::domain::money::{bars, rows};

use super::super::prose::source_anchor;
use super::{Svg, WIDTH};

fn draw_svg(lang: Lang) -> Svg {
    let bars = bars(&rows(&MoneyView::default()), lang);
    Svg::draw(money::height(bars.len(), WIDTH as f64), |root, theme| {
        let tick = move |v: f64| format::axis_usd(v, lang);
        let chart =
            MoneyChart { bars: &bars, log: false, tick: &tick, axis: Ui::MoneyAxisLinear.get(lang).to_string() };
        money::draw(root, &chart, theme, None)
    })
}

/// The money chart at its default view as an SVG string (hidden from screen readers: the table says the same).
pub fn money_svg(lang: Lang) -> String {
    draw_svg(lang).markup
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
    let svg = draw_svg(lang);
    let country = |id: &str| dataset::actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_else(|| id.into());
    view! {
        <figure class="static-chart" id=format!("{}-money-chart", lang.code()) data-widget-snapshot="money-chart">
            <figcaption>{Ui::MoneyChartTitle.get(lang)}</figcaption>
            <div class="static-svg" data-aspect=svg.aspect() inner_html=svg.markup></div>
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
                                    <td><a class="cite" href=format!("#{}", source_anchor(lang, &r.figure.source)) data-cite=r.figure.source.to_string()>{format!("[{n}]")}</a></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </figure>
    }
}
