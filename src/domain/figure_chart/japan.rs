//! `japan-chart` ("And Japan?"): Japan beside the US, China and the UK (or the nearest country a source gives)
//! on one measure; the figures come from `domain::japan`.

use crate::domain::dataset::actor_name;
use crate::domain::format::value_text;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::japan::{compared, rank};
use crate::domain::views::JapanView;

use super::bars::{FigCell, FigData, FigRow};
use super::Colour;

pub fn data(v: JapanView, lang: Lang) -> FigData {
    let rows = compared(v)
        .into_iter()
        .map(|(k, f)| FigRow {
            label: actor_name(k, lang),
            cells: vec![Some(FigCell {
                figure: f,
                value: f.value,
                label: value_text(f, lang),
                colour: Colour::Actor(k),
            })],
        })
        .collect();
    let (axis, max) = match v {
        JapanView::Use => (Ui::TalentAxisShare, Some(100.0)),
        JapanView::Companies => (Ui::JapanAxisCompanies, None),
        JapanView::Patents => (Ui::JapanAxisPatents, None),
    };
    FigData { rows, series: vec![], axis: axis.get(lang).into(), max, row_heading: Ui::ColCountry.get(lang).into() }
}

pub fn title(v: JapanView, lang: Lang) -> String {
    match v {
        JapanView::Companies => Ui::JapanTitleCompanies,
        JapanView::Use => Ui::JapanTitleUse,
        JapanView::Patents => Ui::JapanTitlePatents,
    }
    .get(lang)
    .to_string()
}

/// What a screen reader hears for the chart: Japan's rank, then every country's value.
pub fn summary(v: JapanView, lang: Lang) -> String {
    let (r, n) = rank(v).unwrap_or((0, 0));
    let values = compared(v)
        .into_iter()
        .map(|(k, f)| format!("{} {}", actor_name(k, lang), value_text(f, lang)))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{} {}", Ui::JapanChartDesc.fill(lang, &[("r", &r.to_string()), ("n", &n.to_string())]), values)
}
