//! "Sovereignty anxiety": Accenture's survey shares by country, by sector, and plans to invest more.

use leptos::prelude::*;

use crate::domain::i18n::{Lang, Ui};
use crate::domain::series::{key_label, keys, point};
use crate::domain::views::SurveyView;

use crate::ui::figure_bars::{Colour, FigCell, FigData, FigRow, FigureBars};
use crate::ui::sources::value_text;
use crate::ui::state::{navigate, use_ctx, Nav};

fn data(view: SurveyView, lang: Lang) -> FigData {
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

#[component]
pub fn SurveyChart() -> impl IntoView {
    let ctx = use_ctx();
    let v = Memo::new(move |_| ctx.link.with(|l| l.survey));
    let chart = Signal::derive(move || data(v.get(), ctx.lang.get()));
    let title = Signal::derive(move || {
        ctx.t(match v.get() {
            SurveyView::Countries => Ui::SurveyTitleCountries,
            SurveyView::Sectors => Ui::SurveyTitleSectors,
            SurveyView::Intent => Ui::SurveyTitleIntent,
        })
        .to_string()
    });
    view! {
        <FigureBars id="survey-chart" title=title summary=title data=chart>
            <fieldset class="control">
                <legend>{move || ctx.t(Ui::Show)}</legend>
                {SurveyView::ALL.iter().map(|s| {
                    let s = *s;
                    view! {
                        <label>
                            <input type="radio" name="survey-view" value=s.code() prop:checked=move || v.get() == s
                                on:change=move |_| navigate(&ctx, Nav::Replace, |l| l.survey = s)/>
                            {move || ctx.t(match s { SurveyView::Countries => Ui::SurveyCountries, SurveyView::Sectors => Ui::SurveySectors, SurveyView::Intent => Ui::SurveyIntent })}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </FigureBars>
    }
}
