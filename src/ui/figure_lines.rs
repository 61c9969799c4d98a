//! `FigureLines`: a line chart of dataset figures over time, with table, CSV, tooltips and sources derived from
//! the same points.

use std::rc::Rc;

use leptos::prelude::*;

use crate::charts::lines::{self, Line, LineChart, Point, Shape};
use crate::charts::Theme;
use crate::domain::export::{cols, num, Table};
use crate::domain::format;
use crate::domain::i18n::Ui;
use crate::domain::model::{Figure, Status};

use super::chart::{ChartFrame, Tip};
use super::figure_bars::Colour;
use super::sources::{status_label, value_text};

#[derive(Clone, Debug, PartialEq)]
pub struct FigPoint {
    pub figure: &'static Figure,
    pub y: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigLine {
    pub name: String,
    pub colour: Colour,
    pub shape: Shape,
    pub joined: bool,
    pub points: Vec<FigPoint>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineData {
    pub lines: Vec<FigLine>,
    pub y_range: (f64, f64),
    pub y_axis: String,
    pub y_unit: &'static str,
}

/// A date as a fractional year: January 2024 → 2024.0, July 2024 → 2024.5.
pub fn x_of(f: &Figure) -> f64 {
    let d = f.refers_to;
    d.year as f64 + if d.month > 0 { (d.month as f64 - 1.0) / 12.0 } else { 0.0 }
}

#[component]
pub fn FigureLines(
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] data: Signal<LineData>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let ctx = super::state::use_ctx();
    let draw: super::chart::DrawFn = Rc::new(move |root: &_, theme: &Theme, chrome: Option<&_>| {
        let d = data.get();
        ctx.lang.track();
        let xs: Vec<f64> = d.lines.iter().flat_map(|l| l.points.iter().map(|p| x_of(p.figure))).collect();
        let lo = xs.iter().copied().fold(f64::MAX, f64::min).floor();
        let hi = xs.iter().copied().fold(f64::MIN, f64::max).floor() + 1.0;
        let lines: Vec<Line> = d
            .lines
            .iter()
            .map(|l| Line {
                name: l.name.clone(),
                colour: l.colour.resolve(theme),
                shape: l.shape,
                joined: l.joined,
                points: l
                    .points
                    .iter()
                    .map(|p| Point {
                        x: x_of(p.figure),
                        y: p.y,
                        label: p.label.clone(),
                        hollow: !l.joined || matches!(p.figure.status, Status::Unverified | Status::Contradicted),
                    })
                    .collect(),
            })
            .collect();
        let unit = d.y_unit;
        // Only whole years get a label; ticks in between stay unlabelled.
        let x_tick =
            |v: f64| if (v - v.round()).abs() < 0.02 { format!("{}", v.round() as i32) } else { String::new() };
        let y_tick = move |v: f64| format!("{}{unit}", format::decimal(v, 1));
        lines::draw(
            root,
            &LineChart {
                lines: &lines,
                x_range: (lo, hi.max(lo + 1.0)),
                y_range: d.y_range,
                x_tick: &x_tick,
                y_tick: &y_tick,
                y_axis: d.y_axis.clone(),
            },
            theme,
            chrome,
        )
    });
    let height = Rc::new(lines::height);
    let tips = Signal::derive(move || {
        let lang = ctx.lang.get();
        data.get()
            .lines
            .iter()
            .flat_map(|l| {
                l.points.iter().map(move |p| Tip {
                    label: l.name.clone(),
                    value: value_text(p.figure, lang),
                    note: format!(
                        "{} · {}",
                        format::date(p.figure.refers_to, lang),
                        status_label(p.figure.status).get(lang)
                    ),
                    figure: Some(&p.figure.id),
                })
            })
            .collect()
    });
    let table = Signal::derive(move || {
        let lang = ctx.lang.get();
        let d = data.get();
        Table {
            name: "chart",
            header: cols(&[
                Ui::ColSeries.get(lang),
                Ui::ColDate.get(lang),
                Ui::CardValue.get(lang),
                Ui::ColStatus.get(lang),
            ]),
            rows: d
                .lines
                .iter()
                .flat_map(|l| {
                    l.points.iter().map(move |p| {
                        vec![
                            l.name.clone(),
                            format::date(p.figure.refers_to, lang),
                            value_text(p.figure, lang),
                            status_label(p.figure.status).get(lang).to_string(),
                        ]
                    })
                })
                .collect(),
        }
    });
    let csv = Signal::derive(move || {
        let d = data.get();
        Table {
            name: "chart",
            header: cols(&["series", "figure_id", "refers_to", "value", "unit", "status", "source"]),
            rows: d
                .lines
                .iter()
                .flat_map(|l| {
                    l.points.iter().map(move |p| {
                        vec![
                            l.name.clone(),
                            p.figure.id.to_string(),
                            p.figure.refers_to.to_string(),
                            num(p.figure.value),
                            format!("{:?}", p.figure.unit).to_lowercase(),
                            p.figure.status.key().to_string(),
                            p.figure.source.to_string(),
                        ]
                    })
                })
                .collect(),
        }
    });
    let sources = Signal::derive(move || {
        data.with(|d| {
            d.lines.iter().flat_map(|l| l.points.iter().map(|p| &*p.figure.id)).collect::<Vec<&'static str>>()
        })
    });
    view! { <ChartFrame id=id title=title summary=summary height=height draw=draw tips=tips table=table csv=csv sources=sources children=children.unwrap_or_else(|| Box::new(|| ().into_any()))/> }
}
