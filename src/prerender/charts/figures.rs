//! The charts of dataset figures at their default settings: the same data (`domain::figure_chart`) and drawing
//! as `ui::figure_bars` and `ui::figure_lines`. "Default" is what an empty link shows (`LinkState::default()`).

use crate::domain::figure_chart::bars::{self, FigData};
use crate::domain::figure_chart::{
    electricity as elec, japan as jp, lines, model_gap as gap, survey as sv, talent as tl,
};
use crate::domain::i18n::Lang;
use crate::domain::link::LinkState;

use super::{Snapshot, Svg, WIDTH};

fn bar_chart(chart: &'static str, title: String, summary: String, d: FigData, lang: Lang) -> Snapshot {
    let svg = Svg::draw(bars::height(&d, WIDTH as f64), |root, theme| bars::draw(root, &d, lang, theme, None));
    let row_figures = (0..d.rows.len()).map(|i| d.row_figures(i)).collect();
    Snapshot { chart, title, svg, summary, table: bars::table(&d, lang), row_figures, basis: vec![] }
}

pub fn electricity(lang: Lang) -> Snapshot {
    bar_chart(
        "electricity-chart",
        elec::title(lang),
        elec::summary(lang),
        elec::data(LinkState::default().elec, lang),
        lang,
    )
}

pub fn talent(lang: Lang) -> Snapshot {
    let v = LinkState::default().talent;
    // The live chart's title is its summary too.
    bar_chart("talent-chart", tl::title(v, lang), tl::title(v, lang), tl::data(v, lang), lang)
}

pub fn survey(lang: Lang) -> Snapshot {
    let v = LinkState::default().survey;
    bar_chart("survey-chart", sv::title(v, lang), sv::title(v, lang), sv::data(v, lang), lang)
}

pub fn japan(lang: Lang) -> Snapshot {
    let v = LinkState::default().japan;
    bar_chart("japan-chart", jp::title(v, lang), jp::summary(v, lang), jp::data(v, lang), lang)
}

pub fn model_gap(lang: Lang) -> Snapshot {
    let v = LinkState::default().gap;
    let d = gap::data(v, lang);
    let svg = Svg::draw(lines::height(WIDTH as f64), |root, theme| lines::draw(root, &d, theme, None));
    // The table has a row per point, in the same order as the figures.
    let row_figures = d.figures().into_iter().map(|f| vec![f]).collect();
    Snapshot {
        chart: "model-gap-chart",
        title: gap::title(v, lang),
        svg,
        summary: gap::summary(v, lang),
        table: lines::table(&d, lang),
        row_figures,
        basis: vec![],
    }
}
