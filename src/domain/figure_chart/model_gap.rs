//! `model-gap-chart` ("Talent and models"): the gap between the best US and Chinese models over time (arena
//! scores, with the article's two figures), or the benchmark gaps.

use crate::charts::lines::Shape;
use crate::domain::dataset::figure;
use crate::domain::format::value_text;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::series::{history, key_label, keys};
use crate::domain::views::GapView;

use super::lines::{FigLine, FigPoint, LineData};
use super::Colour;

pub fn data(view: GapView, lang: Lang) -> LineData {
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

pub fn title(view: GapView, lang: Lang) -> String {
    match view {
        GapView::Arena => Ui::GapTitle,
        GapView::Benchmarks => Ui::BenchTitle,
    }
    .get(lang)
    .to_string()
}

/// What a screen reader hears for the chart.
pub fn summary(view: GapView, lang: Lang) -> String {
    match view {
        GapView::Arena => Ui::GapDesc,
        GapView::Benchmarks => Ui::BenchDesc,
    }
    .get(lang)
    .to_string()
}
