//! "Sovereignty anxiety": Accenture's survey shares by country, by sector, and plans to invest more.

use leptos::prelude::*;

use crate::domain::figure_chart::survey;
use crate::domain::i18n::Ui;
use crate::domain::views::SurveyView;

use crate::ui::figure_bars::FigureBars;
use crate::ui::state::{navigate, use_ctx, Nav};

#[component]
pub fn SurveyChart() -> impl IntoView {
    let ctx = use_ctx();
    let v = Memo::new(move |_| ctx.link.with(|l| l.survey));
    let chart = Signal::derive(move || survey::data(v.get(), ctx.lang.get()));
    let title = Signal::derive(move || survey::title(v.get(), ctx.lang.get()));
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
