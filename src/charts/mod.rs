//! Charts as functions over a plotters drawing area: the browser passes a canvas backend, the tests an SVG one.
//!
//! Every chart returns the [`Mark`]s it drew (one per data point, in device pixels), which the UI uses for
//! pointer hit-testing and for the keyboard-driven tooltip, so what is focusable is exactly what is drawn.

pub mod bars;
pub mod frame;
pub mod lines;
pub mod money;
pub mod panels;
pub mod theme;

pub use theme::Theme;

/// Where one data point was drawn, in the drawing area's pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// Index of the data point in the chart's input.
    pub index: usize,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Mark {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }
    /// The point a tooltip points at: the middle of the mark's right edge.
    pub fn anchor(&self) -> (f64, f64) {
        (self.x1, (self.y0 + self.y1) / 2.0)
    }
}

/// A drawing error, stringified (backends have different error types).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartError(pub String);

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}
