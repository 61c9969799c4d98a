//! A line chart of dataset figures over time: lines of points, each point one figure. The drawing, the table
//! and the CSV all come from the same points.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::frame::Chrome;
use crate::charts::lines::{self, Line, LineChart, Point, Shape};
use crate::charts::{ChartError, Mark, Theme};
use crate::domain::export::{cols, num, Table};
use crate::domain::format::{self, value_text};
use crate::domain::i18n::{status_label, Lang, Ui};
use crate::domain::model::{Figure, Status};

use super::Colour;

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

impl LineData {
    /// Every figure drawn, line by line (the table's row order).
    pub fn figures(&self) -> Vec<&'static Figure> {
        self.lines.iter().flat_map(|l| l.points.iter().map(|p| p.figure)).collect()
    }
}

/// A date as a fractional year: January 2024 → 2024.0, July 2024 → 2024.5.
pub fn x_of(f: &Figure) -> f64 {
    let d = f.refers_to;
    d.year as f64 + if d.month > 0 { (d.month as f64 - 1.0) / 12.0 } else { 0.0 }
}

/// The chart's height in CSS pixels for a width.
pub fn height(width: f64) -> f64 {
    lines::height(width)
}

/// Draws the chart over whole years; points of an unjoined line, and unverified or contradicted figures, are
/// hollow.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &LineData,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    let xs: Vec<f64> = d.figures().into_iter().map(x_of).collect();
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
    let x_tick = |v: f64| if (v - v.round()).abs() < 0.02 { format!("{}", v.round() as i32) } else { String::new() };
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
}

/// The table tab: a row per point.
pub fn table(d: &LineData, lang: Lang) -> Table {
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
}

/// The CSV download: a line per point, with its record's fields.
pub fn csv(d: &LineData) -> Table {
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
}
