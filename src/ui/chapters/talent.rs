//! "Talent and models": the top-model gap over time (or benchmark gaps), and three views of talent.

use leptos::prelude::*;

use crate::charts::lines::Shape;
use crate::domain::dataset::figure;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::series::{history, key_label, keys, point};
use crate::domain::views::{GapView, TalentView};

use crate::ui::figure_bars::{Colour, FigCell, FigData, FigRow, FigureBars};
use crate::ui::figure_lines::{FigLine, FigPoint, FigureLines, LineData};
use crate::ui::sources::{actor_name, value_text};
use crate::ui::state::{navigate, use_ctx, Nav};

fn gap_data(view: GapView, lang: Lang) -> LineData {
    match view {
        GapView::Arena => {
            let arena: Vec<FigPoint> = history("top_model_gap", "arena")
                .into_iter()
                .map(|f| FigPoint { figure: f, y: f.value, label: value_text(f, lang) })
                .collect();
            let article: Vec<FigPoint> = ["model_gap_2024_art001", "model_gap_feb_art001"]
                .into_iter()
                .filter_map(figure)
                .map(|f| FigPoint { figure: f, y: f.value, label: String::new() })
                .collect();
            LineData {
                lines: vec![
                    FigLine {
                        name: Ui::GapArena.get(lang).into(),
                        colour: Colour::Series(0),
                        shape: Shape::Circle,
                        joined: true,
                        points: arena,
                    },
                    FigLine {
                        name: Ui::GapArticle.get(lang).into(),
                        colour: Colour::Series(1),
                        shape: Shape::Triangle,
                        joined: false,
                        points: article,
                    },
                ],
                y_range: (0.0, 10.5),
                y_axis: Ui::GapAxis.get(lang).into(),
                y_unit: "%",
            }
        }
        GapView::Benchmarks => {
            let shapes = [Shape::Circle, Shape::Triangle, Shape::Square, Shape::Circle];
            let lines = keys("benchmark_gap")
                .into_iter()
                .enumerate()
                .map(|(i, k)| {
                    let pts = history("benchmark_gap", k);
                    FigLine {
                        name: key_label(k, pts.first().copied(), lang),
                        colour: Colour::Series(i),
                        shape: shapes[i % shapes.len()],
                        joined: true,
                        points: pts
                            .into_iter()
                            .map(|f| FigPoint { figure: f, y: f.value, label: value_text(f, lang) })
                            .collect(),
                    }
                })
                .collect();
            LineData { lines, y_range: (0.0, 35.0), y_axis: Ui::BenchAxis.get(lang).into(), y_unit: "" }
        }
    }
}

#[component]
pub fn ModelGapChart() -> impl IntoView {
    let ctx = use_ctx();
    let v = Memo::new(move |_| ctx.link.with(|l| l.gap));
    let data = Signal::derive(move || gap_data(v.get(), ctx.lang.get()));
    let title = Signal::derive(move || {
        ctx.t(match v.get() {
            GapView::Arena => Ui::GapTitle,
            GapView::Benchmarks => Ui::BenchTitle,
        })
        .to_string()
    });
    let summary = Signal::derive(move || {
        ctx.t(match v.get() {
            GapView::Arena => Ui::GapDesc,
            GapView::Benchmarks => Ui::BenchDesc,
        })
        .to_string()
    });
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

fn pair_row(series: &str, key: &str, year: Option<u16>, lang: Lang, colour: Colour) -> Option<FigCell> {
    let f = point(series, key, year)?;
    Some(FigCell { figure: f, value: f.value, label: value_text(f, lang), colour })
}

fn talent_data(view: TalentView, lang: Lang) -> FigData {
    let who = ["china", "us"];
    let (rows, series, axis, max) = match view {
        TalentView::Graduates => (
            who.iter()
                .map(|k| FigRow {
                    label: actor_name(k, lang),
                    cells: vec![pair_row("stem_graduates", k, None, lang, Colour::Actor(k))],
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
                    cells: vec![pair_row("ai_researchers_workplace", k, None, lang, Colour::Actor(k))],
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
                        pair_row("ai_elite_researchers_origin", k, Some(2019), lang, Colour::Series(4)),
                        pair_row("ai_elite_researchers_origin", k, Some(2022), lang, Colour::Series(0)),
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

#[component]
pub fn TalentChart() -> impl IntoView {
    let ctx = use_ctx();
    let v = Memo::new(move |_| ctx.link.with(|l| l.talent));
    let data = Signal::derive(move || talent_data(v.get(), ctx.lang.get()));
    let title = Signal::derive(move || {
        ctx.t(match v.get() {
            TalentView::Graduates => Ui::TalentTitleGraduates,
            TalentView::Workplace => Ui::TalentTitleWorkplace,
            TalentView::Origin => Ui::TalentTitleOrigin,
        })
        .to_string()
    });
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
