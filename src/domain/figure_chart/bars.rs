//! A grouped bar chart of dataset figures: rows of cells, each cell one figure. The drawing, the table and the
//! CSV all come from the same cells.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::bars::{self, BarChart, Cell, Row};
use crate::charts::frame::Chrome;
use crate::charts::{ChartError, Mark, Theme};
use crate::domain::export::{cols, num, Table};
use crate::domain::format;
use crate::domain::i18n::{status_label, Lang, Ui};
use crate::domain::model::{Figure, Status};

use super::Colour;

/// One bar: a figure, the value drawn (which may be normalized) and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct FigCell {
    pub figure: &'static Figure,
    pub value: f64,
    pub label: String,
    pub colour: Colour,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigRow {
    pub label: String,
    pub cells: Vec<Option<FigCell>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigData {
    pub rows: Vec<FigRow>,
    /// Series names (the table's value columns and the legend); one unnamed series if empty.
    pub series: Vec<(String, Colour)>,
    pub axis: String,
    /// The axis maximum (e.g. 100 for percentages); fitted if `None`.
    pub max: Option<f64>,
    /// The first column's heading in the table.
    pub row_heading: String,
}

impl FigData {
    /// How many bars a row holds at most.
    pub fn series_count(&self) -> usize {
        self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(1)
    }

    /// Every figure drawn, row by row.
    pub fn figures(&self) -> Vec<&'static Figure> {
        self.rows.iter().flat_map(|r| r.cells.iter().flatten().map(|c| c.figure)).collect()
    }

    /// The figures of one row.
    pub fn row_figures(&self, row: usize) -> Vec<&'static Figure> {
        self.rows.get(row).map(|r| r.cells.iter().flatten().map(|c| c.figure).collect()).unwrap_or_default()
    }
}

fn tick_for(d: &FigData, lang: Lang) -> impl Fn(f64) -> String {
    let money = d.figures().iter().any(|f| f.usd.is_some());
    let percent = d.max == Some(100.0);
    move |v: f64| {
        if percent {
            format!("{}%", format::decimal(v, 1))
        } else if money {
            format::axis_usd(v, lang)
        } else {
            format::grouped(format::round_sig(v, 3), 2)
        }
    }
}

/// The chart's height in CSS pixels for a width.
pub fn height(d: &FigData, width: f64) -> f64 {
    bars::height(d.rows.len(), d.series_count(), d.series.len() > 1, width)
}

/// Draws the chart; unverified and contradicted figures are hollow.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &FigData,
    lang: Lang,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    let rows: Vec<Row> = d
        .rows
        .iter()
        .map(|r| Row {
            label: r.label.clone(),
            cells: r
                .cells
                .iter()
                .map(|c| match c {
                    Some(c) => Cell {
                        value: Some(c.value),
                        label: c.label.clone(),
                        colour: c.colour.resolve(theme),
                        hollow: matches!(c.figure.status, Status::Unverified | Status::Contradicted),
                    },
                    None => Cell { value: None, label: "—".into(), colour: theme.muted(), hollow: false },
                })
                .collect(),
        })
        .collect();
    let legend: Vec<(String, RGBColor)> =
        if d.series.len() > 1 { d.series.iter().map(|(n, c)| (n.clone(), c.resolve(theme))).collect() } else { vec![] };
    let tick = tick_for(d, lang);
    bars::draw(
        root,
        &BarChart { rows: &rows, legend: &legend, max: d.max, tick: &tick, axis: d.axis.clone() },
        theme,
        chrome,
    )
}

/// The table tab: a row per chart row, a column per series, and the rows' statuses.
pub fn table(d: &FigData, lang: Lang) -> Table {
    let names: Vec<String> = if d.series.is_empty() {
        vec![Ui::CardValue.get(lang).to_string()]
    } else {
        d.series.iter().map(|(n, _)| n.clone()).collect()
    };
    let mut header = vec![d.row_heading.clone()];
    header.extend(names.iter().cloned());
    header.push(Ui::ColStatus.get(lang).to_string());
    Table {
        name: "chart",
        header,
        rows: d
            .rows
            .iter()
            .map(|r| {
                let mut row = vec![r.label.clone()];
                let mut statuses = Vec::new();
                for i in 0..names.len() {
                    match r.cells.get(i).and_then(|c| c.as_ref()) {
                        Some(c) => {
                            row.push(c.label.clone());
                            statuses.push(status_label(c.figure.status).get(lang));
                        }
                        None => row.push("—".into()),
                    }
                }
                statuses.dedup();
                row.push(statuses.join(", "));
                row
            })
            .collect(),
    }
}

/// The CSV download: a line per drawn figure, with its record's fields.
pub fn csv(d: &FigData) -> Table {
    let mut rows = Vec::new();
    for r in &d.rows {
        for (i, c) in r.cells.iter().enumerate() {
            if let Some(c) = c {
                let f = c.figure;
                rows.push(vec![
                    r.label.clone(),
                    d.series.get(i).map(|(n, _)| n.clone()).unwrap_or_default(),
                    f.id.to_string(),
                    num(f.value),
                    format!("{:?}", f.unit).to_lowercase(),
                    f.currency.map(|c| c.code().to_string()).unwrap_or_default(),
                    f.usd.as_ref().map(|u| num(u.value)).unwrap_or_default(),
                    f.refers_to.to_string(),
                    f.status.key().to_string(),
                    f.source.to_string(),
                ]);
            }
        }
    }
    Table {
        name: "chart",
        header: cols(&[
            "row",
            "series",
            "figure_id",
            "value",
            "unit",
            "currency",
            "usd",
            "refers_to",
            "status",
            "source",
        ]),
        rows,
    }
}
