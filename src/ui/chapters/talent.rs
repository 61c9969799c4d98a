//! "Talent and models": the top-model gap over time (or benchmark gaps), and three views of talent.

use leptos::prelude::*;

use crate::domain::figure_chart::{model_gap, talent};
use crate::domain::i18n::Ui;
use crate::domain::views::{GapView, TalentView};

use crate::ui::figure_bars::FigureBars;
use crate::ui::figure_lines::FigureLines;
use crate::ui::state::{navigate, use_ctx, Nav};

#[component]
pub fn ModelGapChart() -> impl IntoView {
    let ctx = use_ctx();
    let v = Memo::new(move |_| ctx.link.with(|l| l.gap));
    let data = Signal::derive(move || model_gap::data(v.get(), ctx.lang.get()));
    let title = Signal::derive(move || model_gap::title(v.get(), ctx.lang.get()));
    let summary = Signal::derive(move || model_gap::summary(v.get(), ctx.lang.get()));
    view! {
        <FigureLines id="model-gap-chart" title=title summary=summary data=data>
            <fieldset class="control">
                <legend>{move || ctx.t(Ui::Show)}</legend>
                {GapView::ALL.iter().map(|g| {
                    let g = *g;
                    view! {
                        <label>
                            <input type="radio" name="gap-view" value=g.code() prop:checked=move || v.get() == g
                                on:change=move |_| navigate(&ctx, Nav::Replace, |l| l.gap = g)/>
                            {move || ctx.t(match g { GapView::Arena => Ui::GapArenaShort, GapView::Benchmarks => Ui::GapBenchShort })}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </FigureLines>
    }
}

#[component]
pub fn TalentChart() -> impl IntoView {
    let ctx = use_ctx();
    let v = Memo::new(move |_| ctx.link.with(|l| l.talent));
    let data = Signal::derive(move || talent::data(v.get(), ctx.lang.get()));
    let title = Signal::derive(move || talent::title(v.get(), ctx.lang.get()));
    view! {
        <FigureBars id="talent-chart" title=title summary=title data=data>
            <fieldset class="control">
                <legend>{move || ctx.t(Ui::Show)}</legend>
                {TalentView::ALL.iter().map(|t| {
                    let t = *t;
                    view! {
                        <label>
                            <input type="radio" name="talent-view" value=t.code() prop:checked=move || v.get() == t
                                on:change=move |_| navigate(&ctx, Nav::Replace, |l| l.talent = t)/>
                            {move || ctx.t(match t { TalentView::Graduates => Ui::TalentGraduates, TalentView::Workplace => Ui::TalentWorkplace, TalentView::Origin => Ui::TalentOrigin })}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </FigureBars>
    }
}
