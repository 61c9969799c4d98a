//! `electricity-chart` ("The physics wall"): data-centre electricity by region, 2024 and 2030, or its growth.

use crate::domain::dataset::actor_name;
use crate::domain::format::{self, Precision};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Unit;
use crate::domain::series::point;
use crate::domain::views::ElecView;

use super::bars::{FigCell, FigData, FigRow};
use super::Colour;

const REGIONS: [&str; 5] = ["us", "china", "europe", "apac_ex_china", "rest_of_world"];

pub fn data(view: ElecView, lang: Lang) -> FigData {
    let twh = |v: f64| format::quantity(v, Unit::TerawattHour, lang, Precision::Exact);
    let rows = REGIONS
        .iter()
        .filter_map(|r| {
            let (a, b) = (point("dc_electricity", r, Some(2024))?, point("dc_electricity", r, Some(2030))?);
            let cells = match view {
                ElecView::Absolute => vec![
                    Some(FigCell { figure: a, value: a.value, label: twh(a.value), colour: Colour::Series(4) }),
                    Some(FigCell { figure: b, value: b.value, label: twh(b.value), colour: Colour::Series(0) }),
                ],
                ElecView::Growth => {
                    let g = (b.value / a.value - 1.0) * 100.0;
                    vec![Some(FigCell {
                        figure: b,
                        value: g,
                        label: format!("+{}%", format::decimal(g.round(), 0)),
                        colour: Colour::Series(0),
                    })]
                }
            };
            Some(FigRow { label: actor_name(r, lang), cells })
        })
        .collect();
    let series = match view {
        ElecView::Absolute => vec![("2024".to_string(), Colour::Series(4)), ("2030".to_string(), Colour::Series(0))],
        ElecView::Growth => vec![],
    };
    FigData {
        rows,
        series,
        axis: match view {
            ElecView::Absolute => Ui::ElecAxisTwh.get(lang).to_string(),
            ElecView::Growth => Ui::ElecAxisGrowth.get(lang).to_string(),
        },
        max: None,
        row_heading: Ui::ColRegion.get(lang).to_string(),
    }
}

pub fn title(lang: Lang) -> String {
    Ui::ElecTitle.get(lang).to_string()
}

/// What a screen reader hears for the chart.
pub fn summary(lang: Lang) -> String {
    Ui::ElecDesc.get(lang).to_string()
}
