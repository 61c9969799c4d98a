//! `survey-chart` ("Sovereignty anxiety"): Accenture's survey shares by country, by sector, and plans to invest
//! more.

use crate::domain::format::value_text;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::series::{key_label, keys, point};
use crate::domain::views::SurveyView;

use super::bars::{FigCell, FigData, FigRow};
use super::Colour;

pub fn data(view: SurveyView, lang: Lang) -> FigData {
    let series = match view {
        SurveyView::Countries => "sovereign_ai_survey",
        SurveyView::Sectors => "sovereign_ai_survey_sectors",
        SurveyView::Intent => "sovereign_ai_investment_intent",
    };
    let rows = keys(series)
        .into_iter()
        .enumerate()
        .filter_map(|(i, k)| {
            let f = point(series, k, None)?;
            let colour = if i == 0 { Colour::Series(0) } else { Colour::Series(4) };
            Some(FigRow {
                label: key_label(k, Some(f), lang),
                cells: vec![Some(FigCell { figure: f, value: f.value, label: value_text(f, lang), colour })],
            })
        })
        .collect();
    FigData {
        rows,
        series: vec![],
        axis: Ui::SurveyAxis.get(lang).into(),
        max: Some(100.0),
        row_heading: Ui::ColGroup.get(lang).into(),
    }
}

/// The title, which is also what a screen reader hears for the chart.
pub fn title(view: SurveyView, lang: Lang) -> String {
    match view {
        SurveyView::Countries => Ui::SurveyTitleCountries,
        SurveyView::Sectors => Ui::SurveyTitleSectors,
        SurveyView::Intent => Ui::SurveyTitleIntent,
    }
    .get(lang)
    .to_string()
}
