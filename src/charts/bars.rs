//! Grouped horizontal bars: one row per category, one bar per series in each row (e.g. regions × years,
//! measures × countries, layers × one value). Labels sit left of the bars, or above them on narrow screens;
//! each bar ends with its value; a legend names the series in text, so colour is never the only cue.

use plotters::coord::ranged1d::ValueFormatter;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{frame, Chrome};
use super::{ChartError, Mark, Theme};

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// `None` draws nothing (no data) but keeps the slot.
    pub value: Option<f64>,
    /// Printed at the end of the bar.
    pub label: String,
    pub colour: RGBColor,
    /// Drawn as an outline only (e.g. a figure whose status is in doubt, or a forecast).
    pub hollow: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub cells: Vec<Cell>,
}

pub struct BarChart<'a> {
    pub rows: &'a [Row],
    /// Series names for the legend (empty for a single unnamed series), with their colours.
    pub legend: &'a [(String, RGBColor)],
    /// The axis maximum; `None` fits the data.
    pub max: Option<f64>,
    pub tick: &'a dyn Fn(f64) -> String,
    pub axis: String,
}

const TOP: f64 = 8.0;
const AXIS: f64 = 44.0;
const LEGEND: f64 = 26.0;
const BAR: f64 = 18.0;
const GAP: f64 = 12.0;
/// Below this width (CSS pixels) labels go above the bars.
pub const STACK_BELOW: f64 = 560.0;

fn stacked(width: f64) -> bool {
    width < STACK_BELOW
}

fn row_height(series: usize, stack: bool) -> f64 {
    BAR * series.max(1) as f64 + GAP + if stack { 18.0 } else { 0.0 }
}

/// Height in CSS pixels for `rows` rows of `series` bars at `width`.
pub fn height(rows: usize, series: usize, legend: bool, width: f64) -> f64 {
    TOP + if legend { LEGEND } else { 0.0 } + row_height(series, stacked(width)) * rows.max(1) as f64 + AXIS
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    let area = frame(root, theme, chrome)?;
    let (w, _) = area.dim_in_pixel();
    let stack = stacked(w as f64 / theme.scale);
    let series = chart.rows.iter().map(|r| r.cells.len()).max().unwrap_or(1).max(1);
    let label_font = (theme.font, theme.px(13.0)).into_font().color(&theme.ink());
    let value_font = (theme.font, theme.px(12.0)).into_font().color(&theme.ink());

    // Legend: a swatch and a name per series, in one line at the top.
    let mut area = area;
    if !chart.legend.is_empty() {
        let (top, rest) = area.split_vertically(theme.px(LEGEND));
        let mut x = theme.px(4.0);
        for (name, colour) in chart.legend {
            let s = theme.px(12.0);
            top.draw(&Rectangle::new([(x, theme.px(6.0)), (x + s, theme.px(6.0) + s)], colour.filled()))?;
            x += s + theme.px(6.0);
            top.draw(&Text::new(
                name.clone(),
                (x, theme.px(12.0)),
                label_font.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            let tw = top.estimate_text_size(name, &label_font).map(|(tw, _)| tw as i32).unwrap_or(60);
            x += tw + theme.px(18.0);
        }
        area = rest;
    }

    let widest = chart
        .rows
        .iter()
        .map(|r| area.estimate_text_size(&r.label, &label_font).map(|(tw, _)| tw).unwrap_or(0))
        .max()
        .unwrap_or(0);
    let label_w =
        if stack { theme.px(18.0) as u32 } else { (widest + theme.px(14.0) as u32).clamp(w * 18 / 100, w * 40 / 100) };
    let max = chart
        .max
        .unwrap_or_else(|| {
            chart.rows.iter().flat_map(|r| r.cells.iter().filter_map(|c| c.value)).fold(0.0, f64::max) * 1.02
        })
        .max(1e-9);
    let rh = row_height(series, stack);
    let n = chart.rows.len().max(1) as f64;
    // Room on the right for the longest value label at the end of a full-length bar.
    let widest_value = chart
        .rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .map(|c| area.estimate_text_size(&c.label, &value_font).map(|(tw, _)| tw as i32).unwrap_or(0))
        .max()
        .unwrap_or(0);
    let right = (widest_value + theme.px(12.0)).clamp(theme.px(40.0), (w as i32) / 3);
    let mut c = ChartBuilder::on(&area)
        .margin_top(theme.px(TOP))
        .margin_right(right)
        .x_label_area_size(theme.px(AXIS))
        .y_label_area_size(label_w)
        .build_cartesian_2d(0f64..max, 0f64..(n * rh))?;
    value_axis(&mut c, chart.tick, &chart.axis, theme, w)?;

    let mut marks = Vec::new();
    let total = n * rh;
    for (ri, row) in chart.rows.iter().enumerate() {
        // Row ri spans y from total - (ri+1)·rh to total - ri·rh (top to bottom).
        let row_top = total - ri as f64 * rh;
        let label_space = if stack { 18.0 } else { 0.0 };
        let first_bar_top = row_top - GAP / 2.0 - label_space;
        let (px0, _) = c.backend_coord(&(0.0, row_top));
        if stack {
            let (_, ly) = c.backend_coord(&(0.0, row_top - GAP / 2.0 - 8.0));
            root.draw(&Text::new(row.label.clone(), (px0, ly), label_font.pos(Pos::new(HPos::Left, VPos::Center))))?;
        } else {
            let (_, y_top) = c.backend_coord(&(0.0, first_bar_top));
            let (_, y_bot) = c.backend_coord(&(0.0, first_bar_top - BAR * row.cells.len().max(1) as f64));
            root.draw(&Text::new(
                fit(root, &row.label, &label_font, label_w.saturating_sub(theme.px(10.0) as u32)),
                (px0 - theme.px(8.0), (y_top + y_bot) / 2),
                label_font.pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        for (si, cell) in row.cells.iter().enumerate() {
            let top = first_bar_top - BAR * si as f64 - 1.0;
            let bottom = first_bar_top - BAR * (si + 1) as f64 + 1.0;
            let v = cell.value.unwrap_or(0.0).clamp(0.0, max);
            let style = if cell.hollow { cell.colour.stroke_width(theme.px(1.5) as u32) } else { cell.colour.filled() };
            if cell.value.is_some() {
                c.draw_series(std::iter::once(Rectangle::new([(0.0, bottom), (v, top)], style)))?;
            }
            let (x1, y0) = c.backend_coord(&(v, top));
            let (_, y1) = c.backend_coord(&(0.0, bottom));
            root.draw(&Text::new(
                cell.label.clone(),
                (x1 + theme.px(5.0), (y0 + y1) / 2),
                value_font.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            marks.push(Mark {
                index: ri * series + si,
                x0: 0.0,
                y0: y0 as f64,
                x1: x1.max(px0 + theme.px(24.0)) as f64,
                y1: y1 as f64,
            });
        }
    }
    Ok(marks)
}

/// The value axis along the bottom of a horizontal bar chart (bars and money): ticks, their labels and the axis
/// title, with no mesh or labels along the category axis.
pub fn value_axis<DB: DrawingBackend, X: Ranged<ValueType = f64> + ValueFormatter<f64>>(
    c: &mut ChartContext<DB, Cartesian2d<X, RangedCoordf64>>,
    tick: &dyn Fn(f64) -> String,
    axis: &str,
    theme: &Theme,
    width: u32,
) -> Result<(), ChartError> {
    let tick_font = (theme.font, theme.px(12.0)).into_font().color(&theme.muted());
    c.configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .y_labels(0)
        // At least three: with two, plotters' round steps can leave only the zero tick on a narrow chart.
        .x_labels(((width as f64 / theme.scale) / 110.0).clamp(3.0, 6.0) as usize)
        .x_label_formatter(&|v| tick(*v))
        .x_label_style(tick_font.clone())
        .x_desc(axis)
        .axis_desc_style(tick_font)
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid())
        .axis_style(theme.muted())
        .draw()?;
    Ok(())
}

/// Shortens `text` with an ellipsis until it fits `max` pixels.
pub fn fit<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, text: &str, font: &TextStyle, max: u32) -> String {
    let fits = |s: &str| area.estimate_text_size(s, font).map(|(w, _)| w <= max).unwrap_or(true);
    if fits(text) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    for keep in (1..chars.len()).rev() {
        let s: String = chars[..keep].iter().collect::<String>() + "…";
        if fits(&s) {
            return s;
        }
    }
    "…".into()
}
