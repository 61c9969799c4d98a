//! Small multiples: several little bar charts side by side, each on its own scale (e.g. cost, years, resilience
//! and value added for three strategies). Two columns, or one on narrow screens.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{frame, Chrome};
use super::{ChartError, Mark, Theme};

#[derive(Clone, Debug, PartialEq)]
pub struct PanelBar {
    pub label: String,
    pub value: f64,
    pub value_label: String,
    pub colour: RGBColor,
    /// Draw with a heavier outline (the reader's own strategy).
    pub emphasis: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub title: String,
    pub bars: Vec<PanelBar>,
    /// The scale's maximum (e.g. 100 for a share); fitted if `None`.
    pub max: Option<f64>,
}

const PANEL_TITLE: f64 = 24.0;
const BAR: f64 = 26.0;
const PAD: f64 = 14.0;

pub fn columns(width: f64) -> usize {
    if width < 560.0 {
        1
    } else {
        2
    }
}

pub fn height(panels: &[Panel], width: f64) -> f64 {
    let cols = columns(width);
    let rows = panels.len().div_ceil(cols).max(1);
    let bars = panels.iter().map(|p| p.bars.len()).max().unwrap_or(1) as f64;
    rows as f64 * (PANEL_TITLE + bars * BAR + PAD * 2.0)
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    panels: &[Panel],
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    let area = frame(root, theme, chrome)?;
    let (w, h) = area.dim_in_pixel();
    let cols = columns(w as f64 / theme.scale);
    let rows = panels.len().div_ceil(cols).max(1);
    let cells = area.split_evenly((rows, cols));
    let title_font = (theme.font, theme.px(13.0)).into_font().style(FontStyle::Bold).color(&theme.ink());
    let label_font = (theme.font, theme.px(12.0)).into_font().color(&theme.ink());
    let mut marks = Vec::new();
    let _ = h;
    for (pi, (panel, cell)) in panels.iter().zip(cells.iter()).enumerate() {
        let (cx, cy) = cell.get_base_pixel();
        let (cw, _) = cell.dim_in_pixel();
        cell.draw(&Text::new(
            panel.title.clone(),
            (theme.px(4.0), theme.px(4.0)),
            title_font.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        let label_w = panel
            .bars
            .iter()
            .map(|b| cell.estimate_text_size(&b.label, &label_font).map(|(tw, _)| tw as i32).unwrap_or(60))
            .max()
            .unwrap_or(60)
            + theme.px(10.0);
        let max = panel.max.unwrap_or_else(|| panel.bars.iter().map(|b| b.value.abs()).fold(0.0, f64::max)).max(1e-9);
        let x0 = theme.px(4.0) + label_w;
        let x_max = cw as i32 - theme.px(90.0);
        for (bi, b) in panel.bars.iter().enumerate() {
            let y = theme.px(PANEL_TITLE) + theme.px(BAR) * bi as i32;
            let mid = y + theme.px(BAR) / 2;
            cell.draw(&Text::new(
                b.label.clone(),
                (x0 - theme.px(6.0), mid),
                label_font.pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
            let len = ((b.value.max(0.0) / max) * (x_max - x0).max(1) as f64).round() as i32;
            let (top, bottom) = (y + theme.px(5.0), y + theme.px(BAR) - theme.px(5.0));
            cell.draw(&Rectangle::new([(x0, top), (x0 + len.max(1), bottom)], b.colour.filled()))?;
            if b.emphasis {
                cell.draw(&Rectangle::new(
                    [(x0, top), (x0 + len.max(1), bottom)],
                    theme.ink().stroke_width(theme.px(2.0) as u32),
                ))?;
            }
            cell.draw(&Text::new(
                b.value_label.clone(),
                (x0 + len.max(1) + theme.px(6.0), mid),
                label_font.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            // Marks are in the backend's pixels: the cell's origin plus the local position.
            marks.push(Mark {
                index: pi * 16 + bi,
                x0: cx as f64,
                y0: (cy + top) as f64,
                x1: (cx + x0 + len.max(1)) as f64,
                y1: (cy + bottom) as f64,
            });
        }
    }
    Ok(marks)
}
