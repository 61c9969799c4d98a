//! The optional title and source line drawn around a chart when it is exported as an image, so a downloaded
//! PNG still says what it shows and where the numbers come from. On screen the page's HTML carries both.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartError, Theme};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chrome {
    pub title: String,
    pub footer: String,
}

/// Fills the background, draws the chrome if any, and returns the area left for the chart.
pub fn frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    chrome: Option<&Chrome>,
) -> Result<DrawingArea<DB, Shift>, ChartError> {
    root.fill(&theme.background())?;
    let Some(c) = chrome else { return Ok(root.clone()) };
    let (w, h) = root.dim_in_pixel();
    let pad = theme.px(12.0);
    let title = (theme.font, theme.px(16.0)).into_font().style(FontStyle::Bold).color(&theme.ink());
    let foot = (theme.font, theme.px(11.0)).into_font().color(&theme.muted());
    root.draw(&Text::new(c.title.clone(), (pad, pad), title.pos(Pos::new(HPos::Left, VPos::Top))))?;
    root.draw(&Text::new(c.footer.clone(), (pad, h as i32 - pad), foot.pos(Pos::new(HPos::Left, VPos::Bottom))))?;
    let top = theme.px(40.0) as u32;
    let bottom = theme.px(30.0) as u32;
    Ok(root.margin(top.min(h / 3), bottom.min(h / 3), 0, 0).shrink((0, 0), (w, h.saturating_sub(top + bottom))))
}
