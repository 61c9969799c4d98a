//! The drawing backend the browser uses: plotters-canvas, except that text is measured with the canvas's own
//! `measureText`. Plotters' default web measurement inserts a `<span>` with a `style` attribute into the page,
//! which a strict Content Security Policy (no inline styles) blocks, and which forces a layout per label.

use std::cell::RefCell;
use std::collections::HashMap;

use plotters::prelude::*;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct Canvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
}

thread_local! {
    /// Text widths by (font, text): labels repeat from one redraw to the next. Bounded; cleared when full.
    static WIDTHS: RefCell<HashMap<(String, String), u32>> = RefCell::new(HashMap::new());
}
const MAX_CACHED: usize = 4096;

impl Canvas {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Canvas> {
        let ctx = canvas.get_context("2d").ok().flatten()?.dyn_into::<CanvasRenderingContext2d>().ok()?;
        Some(Canvas { inner: CanvasBackend::with_canvas_object(canvas.clone())?, ctx })
    }
}

type Err = <CanvasBackend as DrawingBackend>::ErrorType;

impl DrawingBackend for Canvas {
    type ErrorType = Err;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Err>> {
        self.inner.draw_text(text, style, pos)
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Err>> {
        // The same font string plotters-canvas draws with.
        let font = format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        let height = (style.size() * 1.2).ceil() as u32;
        let key = (font, text.to_string());
        if let Some(w) = WIDTHS.with(|c| c.borrow().get(&key).copied()) {
            return Ok((w, height));
        }
        if self.ctx.font() != key.0 {
            self.ctx.set_font(&key.0);
        }
        let width = self.ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0).ceil() as u32;
        WIDTHS.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= MAX_CACHED {
                c.clear();
            }
            c.insert(key, width);
        });
        Ok((width, height))
    }
}
