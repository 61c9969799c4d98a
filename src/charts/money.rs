//! The money chart: every pledge and fund as a horizontal bar in US dollars, on a linear or log scale.
//! Components ("of which") sit indented under their total, thinner and lighter, so nothing is counted twice.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::bars::{fit, value_axis};
use super::frame::{frame, Chrome};
use super::{ChartError, Mark, Theme};

/// One bar, already labelled in the reading language.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// The actor id that picks the colour ("us", "china" …).
    pub actor: String,
    pub usd: f64,
    /// The value as printed at the end of the bar.
    pub value_label: String,
    pub depth: u8,
}

pub struct MoneyChart<'a> {
    pub bars: &'a [Bar],
    pub log: bool,
    /// Tick label formatter for the US-dollar axis.
    pub tick: &'a dyn Fn(f64) -> String,
    /// The axis caption ("US dollars, log scale").
    pub axis: String,
}

/// Row height and paddings in CSS pixels, so the UI can size the canvas before drawing.
pub const ROW: f64 = 30.0;
/// On narrow screens each label sits above its bar, so rows are taller.
pub const ROW_STACKED: f64 = 42.0;
/// Below this width (CSS pixels) labels are stacked above the bars.
pub const STACK_BELOW: f64 = 560.0;
const TOP: f64 = 8.0;
const AXIS: f64 = 46.0;

pub fn stacked(width: f64) -> bool {
    width < STACK_BELOW
}

/// The chart's height in CSS pixels for `n` bars at `width` CSS pixels.
pub fn height(n: usize, width: f64) -> f64 {
    let row = if stacked(width) { ROW_STACKED } else { ROW };
    TOP + row * n.max(1) as f64 + AXIS
}

/// The log axis spans whole decades around the data, starting a decade below the smallest value so that every
/// bar has a visible length.
pub fn log_range(bars: &[Bar]) -> (f64, f64) {
    let (lo, hi) =
        bars.iter().map(|b| b.usd).filter(|v| *v > 0.0).fold((f64::MAX, 0f64), |(l, h), v| (l.min(v), h.max(v)));
    if hi == 0.0 {
        return (1e8, 1e12);
    }
    let floor = lo.log10().floor() - 1.0;
    (10f64.powf(floor), 10f64.powf(hi.log10().ceil()).max(10f64.powf(floor + 2.0)))
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &MoneyChart,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    let area = frame(root, theme, chrome)?;
    let (w, _) = area.dim_in_pixel();
    let stack = stacked(w as f64 / theme.scale);
    let label_font = (theme.font, theme.px(13.0)).into_font().color(&theme.ink());
    let part_font = (theme.font, theme.px(12.0)).into_font().color(&theme.muted());
    // The label column: as wide as the longest label, within 22–42% of the width.
    let widest = chart
        .bars
        .iter()
        .map(|b| area.estimate_text_size(&indent(b), &label_font).map(|(tw, _)| tw).unwrap_or(0))
        .max()
        .unwrap_or(0);
    let label_w = if stack {
        // Just room for the first tick label to stay inside the canvas.
        theme.px(18.0) as u32
    } else {
        (widest + theme.px(14.0) as u32).clamp(w * 22 / 100, w * 42 / 100)
    };
    let n = chart.bars.len().max(1) as f64;
    let mut builder = ChartBuilder::on(&area);
    builder
        .margin_top(theme.px(TOP))
        .margin_right(theme.px(if stack { 72.0 } else { 64.0 }))
        .x_label_area_size(theme.px(AXIS))
        .y_label_area_size(label_w);
    if chart.log {
        let (lo, hi) = log_range(chart.bars);
        let mut c = builder.build_cartesian_2d((lo..hi).log_scale(), 0f64..n)?;
        value_axis(&mut c, chart.tick, &chart.axis, theme, w)?;
        bars(root, &mut c, chart, theme, lo, &label_font, &part_font, label_w, stack)
    } else {
        let hi = chart.bars.iter().map(|b| b.usd).fold(0.0, f64::max).max(1.0) * 1.02;
        let mut c = builder.build_cartesian_2d(0f64..hi, 0f64..n)?;
        value_axis(&mut c, chart.tick, &chart.axis, theme, w)?;
        bars(root, &mut c, chart, theme, 0.0, &label_font, &part_font, label_w, stack)
    }
}

fn indent(b: &Bar) -> String {
    if b.depth > 0 {
        format!("└ {}", b.label)
    } else {
        b.label.clone()
    }
}

/// Draws the bars on the chart and their labels on `root` (whose pixels are the backend's, like `backend_coord`).
#[allow(clippy::too_many_arguments)]
fn bars<DB: DrawingBackend, X: Ranged<ValueType = f64>>(
    root: &DrawingArea<DB, Shift>,
    c: &mut ChartContext<DB, Cartesian2d<X, RangedCoordf64>>,
    chart: &MoneyChart,
    theme: &Theme,
    base: f64,
    label_font: &TextStyle,
    part_font: &TextStyle,
    label_w: u32,
    stack: bool,
) -> Result<Vec<Mark>, ChartError> {
    let n = chart.bars.len() as f64;
    let value_font = (theme.font, theme.px(12.0)).into_font().color(&theme.ink());
    let mut marks = Vec::new();
    for (i, b) in chart.bars.iter().enumerate() {
        // Row i occupies y ∈ [n-i-1, n-i]; bars of components are thinner. Stacked: the bar takes the lower
        // part of the row and the label the upper part.
        let (pad_top, pad_bottom) = match (stack, b.depth > 0) {
            (false, false) => (0.14, 0.14),
            (false, true) => (0.28, 0.28),
            (true, false) => (0.5, 0.1),
            (true, true) => (0.56, 0.16),
        };
        let top = n - i as f64 - pad_top;
        let bottom = n - i as f64 - 1.0 + pad_bottom;
        let colour = theme.actor(&b.actor);
        let fill =
            if b.depth > 0 { super::theme::lighten(colour, if theme.dark { 0.1 } else { 0.35 }) } else { colour };
        let v = b.usd.max(base);
        c.draw_series(std::iter::once(Rectangle::new([(base, bottom), (v, top)], fill.filled())))?;
        let (x1, y0) = c.backend_coord(&(v, top));
        let (_, y1) = c.backend_coord(&(base, bottom));
        let mid = (y0 + y1) / 2;
        let font = if b.depth > 0 { part_font } else { label_font };
        let (px0, _) = c.backend_coord(&(base, bottom));
        if stack {
            let (_, ly) = c.backend_coord(&(base, n - i as f64 - 0.26));
            let (pw, _) = c.plotting_area().dim_in_pixel();
            let label = fit(root, &indent(b), font, pw);
            root.draw(&Text::new(label, (px0, ly), font.pos(Pos::new(HPos::Left, VPos::Center))))?;
        } else {
            let label = fit(root, &indent(b), font, label_w.saturating_sub(theme.px(10.0) as u32));
            root.draw(&Text::new(label, (px0 - theme.px(8.0), mid), font.pos(Pos::new(HPos::Right, VPos::Center))))?;
        }
        root.draw(&Text::new(
            b.value_label.clone(),
            (x1 + theme.px(5.0), mid),
            value_font.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        // The whole row is the hit area, so small bars are as easy to point at as big ones.
        let (_, row_top) = c.backend_coord(&(base, n - i as f64));
        let (_, row_bottom) = c.backend_coord(&(base, n - i as f64 - 1.0));
        marks.push(Mark { index: i, x0: 0.0, y0: row_top as f64, x1: x1 as f64, y1: row_bottom as f64 });
    }
    Ok(marks)
}
