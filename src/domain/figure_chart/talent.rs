//! `talent-chart` ("Talent and models"): STEM graduates, where AI researchers work, or where elite researchers
//! come from, China beside the US.

use crate::domain::dataset::actor_name;
use crate::domain::format::value_text;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::series::point;
use crate::domain::views::TalentView;

use super::bars::{FigCell, FigData, FigRow};
use super::Colour;

fn cell(series: &str, key: &str, year: Option<u16>, lang: Lang, colour: Colour) -> Option<FigCell> {
    let f = point(series, key, year)?;
    Some(FigCell { figure: f, value: f.value, label: value_text(f, lang), colour })
}

pub fn data(view: TalentView, lang: Lang) -> FigData {
    let who = ["china", "us"];
    let (rows, series, axis, max) = match view {
        TalentView::Graduates => (
            who.iter()
                .map(|k| FigRow {
                    label: actor_name(k, lang),
                    cells: vec![cell("stem_graduates", k, None, lang, Colour::Actor(k))],
                })
                .collect(),
            vec![],
            Ui::TalentAxisGraduates,
            None,
        ),
        TalentView::Workplace => (
            who.iter()
                .map(|k| FigRow {
                    label: actor_name(k, lang),
                    cells: vec![cell("ai_researchers_workplace", k, None, lang, Colour::Actor(k))],
                })
                .collect(),
            vec![],
            Ui::TalentAxisShare,
            Some(100.0),
        ),
        TalentView::Origin => (
            who.iter()
                .map(|k| FigRow {
                    label: actor_name(k, lang),
                    cells: vec![
                        cell("ai_elite_researchers_origin", k, Some(2019), lang, Colour::Series(4)),
                        cell("ai_elite_researchers_origin", k, Some(2022), lang, Colour::Series(0)),
                    ],
                })
                .collect(),
            vec![("2019".to_string(), Colour::Series(4)), ("2022".to_string(), Colour::Series(0))],
            Ui::TalentAxisShare,
            Some(100.0),
        ),
    };
    FigData { rows, series, axis: axis.get(lang).into(), max, row_heading: Ui::ColCountry.get(lang).into() }
}

/// The title, which is also what a screen reader hears for the chart.
pub fn title(view: TalentView, lang: Lang) -> String {
    match view {
        TalentView::Graduates => Ui::TalentTitleGraduates,
        TalentView::Workplace => Ui::TalentTitleWorkplace,
        TalentView::Origin => Ui::TalentTitleOrigin,
    }
    .get(lang)
    .to_string()
}
