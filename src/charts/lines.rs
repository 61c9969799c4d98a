//! A line chart over time: each series a line with a distinct marker shape (circle, triangle, square), so
//! series are told apart without colour; hollow markers for values that are only reported, not checked.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{frame, Chrome};
use super::{ChartError, Mark, Theme};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Triangle,
    Square,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// Time as a fractional year (2024.0 = January 2024).
    pub x: f64,
    pub y: f64,
    /// Printed next to the point.
    pub label: String,
    pub hollow: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub name: String,
    pub colour: RGBColor,
    pub shape: Shape,
    /// Connect the points with a line (false: markers only).
    pub joined: bool,
    pub points: Vec<Point>,
}

pub struct LineChart<'a> {
    pub lines: &'a [Line],
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    pub x_tick: &'a dyn Fn(f64) -> String,
    pub y_tick: &'a dyn Fn(f64) -> String,
    pub y_axis: String,
}

pub fn height(width: f64) -> f64 {
    (width * 0.5).clamp(260.0, 380.0)
}

fn marker<DB: DrawingBackend>(
    c: &mut ChartContext<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    p: &Point,
    colour: RGBColor,
    shape: Shape,
    theme: &Theme,
) -> Result<(), ChartError> {
    let size = theme.px(6.0);
    let style = if p.hollow { colour.stroke_width(theme.px(2.0) as u32) } else { colour.filled() };
    match shape {
        Shape::Circle => {
            c.draw_series(std::iter::once(Circle::new((p.x, p.y), size, style)))?;
        }
        Shape::Triangle => {
            c.draw_series(std::iter::once(TriangleMarker::new((p.x, p.y), size + 2, style)))?;
        }
        Shape::Square => {
            // A square centred on the point, in pixels relative to it.
            let square = EmptyElement::at((p.x, p.y)) + Rectangle::new([(-size, -size), (size, size)], style);
            c.draw_series(std::iter::once(square))?;
        }
    }
    Ok(())
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &LineChart,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<Vec<Mark>, ChartError> {
    let area = frame(root, theme, chrome)?;
    let (w, _) = area.dim_in_pixel();
    let tick_font = (theme.font, theme.px(12.0)).into_font().color(&theme.muted());
    let label_font = (theme.font, theme.px(12.0)).into_font().color(&theme.ink());
    let legend_font = (theme.font, theme.px(13.0)).into_font().color(&theme.ink());

    // Legend above the plot: shape, colour and name of each line.
    let (legend, plot) = area.split_vertically(theme.px(28.0));
    let mut x = theme.px(4.0);
    for l in chart.lines {
        let y = theme.px(13.0);
        let s = theme.px(6.0);
        match l.shape {
            Shape::Circle => legend.draw(&Circle::new((x + s, y), s, l.colour.filled()))?,
            Shape::Triangle => legend.draw(&TriangleMarker::new((x + s, y), s + 2, l.colour.filled()))?,
            Shape::Square => legend.draw(&Rectangle::new([(x, y - s), (x + 2 * s, y + s)], l.colour.filled()))?,
        }
        x += 2 * s + theme.px(6.0);
        legend.draw(&Text::new(l.name.clone(), (x, y), legend_font.pos(Pos::new(HPos::Left, VPos::Center))))?;
        x += legend.estimate_text_size(&l.name, &legend_font).map(|(tw, _)| tw as i32).unwrap_or(80) + theme.px(18.0);
    }

    let mut c = ChartBuilder::on(&plot)
        .margin(theme.px(10.0))
        .margin_right(theme.px(48.0))
        .x_label_area_size(theme.px(30.0))
        .y_label_area_size(theme.px(52.0))
        .build_cartesian_2d(chart.x_range.0..chart.x_range.1, chart.y_range.0..chart.y_range.1)?;
    c.configure_mesh()
        .x_labels(((w as f64 / theme.scale) / 120.0).clamp(2.0, 8.0) as usize)
        .y_labels(6)
        .x_label_formatter(&|v| (chart.x_tick)(*v))
        .y_label_formatter(&|v| (chart.y_tick)(*v))
        .x_label_style(tick_font.clone())
        .y_label_style(tick_font.clone())
        .y_desc(chart.y_axis.clone())
        .axis_desc_style(tick_font)
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid())
        .axis_style(theme.muted())
        .draw()?;

    let mut marks = Vec::new();
    let mut index = 0;
    for l in chart.lines {
        if l.joined && l.points.len() > 1 {
            c.draw_series(std::iter::once(PathElement::new(
                l.points.iter().map(|p| (p.x, p.y)).collect::<Vec<_>>(),
                l.colour.stroke_width(theme.px(2.5) as u32),
            )))?;
        }
        for p in &l.points {
            marker(&mut c, p, l.colour, l.shape, theme)?;
            let (px, py) = c.backend_coord(&(p.x, p.y));
            root.draw(&Text::new(
                p.label.clone(),
                (px + theme.px(9.0), py - theme.px(9.0)),
                label_font.pos(Pos::new(HPos::Left, VPos::Bottom)),
            ))?;
            let r = theme.px(14.0) as f64;
            marks.push(Mark { index, x0: px as f64 - r, y0: py as f64 - r, x1: px as f64 + r, y1: py as f64 + r });
            index += 1;
        }
    }
    Ok(marks)
}
