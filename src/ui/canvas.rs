//! The drawing backend the browser uses: plotters-canvas, except that text is measured with the canvas's own
//! `measureText`. Plotters' default web measurement inserts a `<span>` with a `style` attribute into the page,
//! which a strict Content Security Policy (no inline styles) blocks, and which forces a layout per label. Text is
//! drawn here too, setting the font, alignment and baseline only when they change: the browser parses the font
//! string on every assignment, and labels mostly share one.

use std::cell::RefCell;
use std::collections::HashMap;

use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct Canvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    /// The text state last set on the context (font, textAlign, textBaseline). The other drawing calls leave it
    /// alone, and rotated labels restore it.
    font: RefCell<String>,
    align: &'static str,
    baseline: &'static str,
}

thread_local! {
    /// Text widths by (font, text): labels repeat from one redraw to the next. Bounded; cleared when full.
    static WIDTHS: RefCell<HashMap<(String, String), u32>> = RefCell::new(HashMap::new());
}
const MAX_CACHED: usize = 4096;

impl Canvas {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Canvas> {
        let ctx = canvas.get_context("2d").ok().flatten()?.dyn_into::<CanvasRenderingContext2d>().ok()?;
        Some(Canvas {
            inner: CanvasBackend::with_canvas_object(canvas.clone())?,
            font: RefCell::new(ctx.font()),
            align: "",
            baseline: "",
            ctx,
        })
    }
}

impl Canvas {
    /// Sets the context's font unless it is already the one set.
    fn use_font(&self, font: String) {
        let mut current = self.font.borrow_mut();
        if *current != font {
            self.ctx.set_font(&font);
            *current = font;
        }
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
        // As plotters-canvas draws text, with the context's text state set only when it changes.
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.use_font(font_of(style));
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if align != self.align {
            self.ctx.set_text_align(align);
            self.align = align;
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if baseline != self.baseline {
            self.ctx.set_text_baseline(baseline);
            self.baseline = baseline;
        }
        let (r, g, b) = color.rgb;
        self.ctx.set_fill_style_str(&format!("rgba({r},{g},{b},{})", color.alpha));
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        let failed = |e: wasm_bindgen::JsValue| DrawingErrorKind::FontError(format!("{e:?}").into());
        if quarter_turns == 0.0 {
            return self.ctx.fill_text(text, f64::from(pos.0), f64::from(pos.1)).map_err(failed);
        }
        self.ctx.save();
        self.ctx.translate(f64::from(pos.0), f64::from(pos.1)).map_err(failed)?;
        self.ctx.rotate(quarter_turns * std::f64::consts::FRAC_PI_2).map_err(failed)?;
        let drawn = self.ctx.fill_text(text, 0.0, 0.0).map_err(failed);
        self.ctx.restore();
        drawn
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Err>> {
        let font = font_of(style);
        let height = (style.size() * 1.2).ceil() as u32;
        let key = (font, text.to_string());
        if let Some(w) = WIDTHS.with(|c| c.borrow().get(&key).copied()) {
            return Ok((w, height));
        }
        self.use_font(key.0.clone());
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

/// The CSS font string for a plotters text style (as plotters-canvas writes it).
fn font_of<T: BackendTextStyle>(style: &T) -> String {
    format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str())
}
