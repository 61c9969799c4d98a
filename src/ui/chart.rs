//! `ChartFrame`: what every chart in the explainer has, whatever it draws.
//!
//! Chart / table / sources tabs; a canvas drawn at the device pixel ratio and redrawn when its width, the
//! theme, the language or its data change; values reachable by mouse, touch and keyboard with a visible
//! tooltip and a live region for screen readers; PNG and CSV downloads; a copy-link button.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::frame::Chrome;
use crate::charts::{ChartError, Mark, Theme};
use crate::domain::export::Table;
use crate::domain::i18n::Ui;

use super::canvas::Canvas;
use super::dom;
use super::state::{full_link, use_ctx, CardRequest, CardTarget};

/// Draws a chart onto a canvas drawing area. It may read signals: the frame redraws when they change.
pub type DrawFn = Rc<dyn Fn(&DrawingArea<Canvas, Shift>, &Theme, Option<&Chrome>) -> Result<Vec<Mark>, ChartError>>;

/// What the tooltip says about one mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    pub label: String,
    pub value: String,
    /// A second line: date, status, "of which" …
    pub note: String,
    /// The figure whose source card Enter/click opens.
    pub figure: Option<&'static str>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tab {
    Chart,
    Table,
    Sources,
}

static FIRST_CHART: AtomicBool = AtomicBool::new(false);

/// The widget a chart belongs to and that widget's chapter: the chart itself if it is a widget, else the nearest
/// enclosing element whose id is one (the quiz's chart belongs to the quiz, the simulator's charts to it).
pub fn place_of(chart_id: &'static str) -> Option<(&'static str, &'static str)> {
    use crate::domain::link::widget_chapter;
    if let Some(p) = widget_chapter(chart_id) {
        return Some(p);
    }
    let mut el = dom::document().get_element_by_id(chart_id)?.parent_element();
    while let Some(e) = el {
        if let Some(p) = widget_chapter(&e.id()) {
            return Some(p);
        }
        el = e.parent_element();
    }
    None
}

/// Points a link at a chart: its chapter, and its widget as the anchor.
fn at_chart(l: &mut crate::domain::link::LinkState, chart_id: &'static str) {
    if let Some((widget, chapter)) = place_of(chart_id) {
        l.chapter = Some(chapter);
        l.anchor = Some(widget);
    }
}

fn theme(scale: f64, dark: bool) -> Theme {
    Theme {
        scale,
        dark,
        font: "system-ui, -apple-system, \"Segoe UI\", \"Hiragino Sans\", \"Noto Sans CJK JP\", sans-serif",
    }
}

/// Draws on `canvas` at `width`×`height` CSS pixels and the device pixel ratio; returns marks in CSS pixels.
fn paint(canvas: &web_sys::HtmlCanvasElement, width: f64, height: f64, dark: bool, draw: &DrawFn) -> Vec<Mark> {
    let started = super::data_api::now();
    let dpr = dom::device_pixel_ratio();
    let (w, h) = ((width * dpr).round().max(1.0) as u32, (height * dpr).round().max(1.0) as u32);
    // Resizing reallocates the canvas: only when the size really changes.
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
        let style = web_sys::HtmlElement::style(canvas);
        let _ = style.set_property("width", &format!("{width}px"));
        let _ = style.set_property("height", &format!("{height}px"));
    }
    let Some(backend) = Canvas::new(canvas) else { return vec![] };
    let root = backend.into_drawing_area();
    match draw(&root, &theme(dpr, dark), None) {
        Ok(marks) => {
            let _ = root.present();
            super::data_api::note_draw(started);
            marks
                .into_iter()
                .map(|m| Mark { x0: m.x0 / dpr, y0: m.y0 / dpr, x1: m.x1 / dpr, y1: m.y1 / dpr, ..m })
                .collect()
        }
        Err(e) => {
            leptos::logging::error!("chart drawing failed: {}", e.0);
            vec![]
        }
    }
}

#[component]
pub fn ChartFrame(
    /// The widget id: DOM ids and the link anchor derive from it.
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    /// A sentence or two that says what the chart shows, for screen readers.
    #[prop(into)]
    summary: Signal<String>,
    /// The chart's height in CSS pixels for a given width.
    height: Rc<dyn Fn(f64) -> f64>,
    draw: DrawFn,
    #[prop(into)] tips: Signal<Vec<Tip>>,
    /// The table shown to readers (formatted in their language).
    #[prop(into)]
    table: Signal<Table>,
    /// The table downloaded as CSV (raw values).
    #[prop(into)]
    csv: Signal<Table>,
    /// The figures behind the chart, for the sources tab.
    #[prop(into)]
    sources: Signal<Vec<&'static str>>,
    /// The chart's controls.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let ctx = use_ctx();
    let tab = RwSignal::new(Tab::Chart);
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let frame_ref = NodeRef::<leptos::html::Figure>::new();
    let width = RwSignal::new(0.0f64);
    let marks = RwSignal::new(Vec::<Mark>::new());
    let active = RwSignal::new(None::<usize>);
    let copied = RwSignal::new(false);
    // A chart holds up "ready" until it has drawn, or until it is found offscreen (it draws when it comes into view).
    let released = StoredValue::new(false);
    let release = move || {
        if !released.get_value() {
            released.set_value(true);
            ctx.pending_charts.update(|n| *n = n.saturating_sub(1));
        }
    };
    let drawn = StoredValue::new(false);
    ctx.pending_charts.update(|n| *n += 1);
    // Offscreen charts skip redraws (a language switch redraws only what is visible); when a skipped chart
    // scrolls back into view, `force` makes it draw with the current data.
    let visible = RwSignal::new(true);
    let skipped = StoredValue::new(false);
    let force = RwSignal::new(0u32);

    // Follow the frame's width. The observer reports it once at the start, after the browser's own layout; reading
    // `clientWidth` here instead would force a synchronous layout of the whole page for every chart.
    Effect::new(move |_| {
        let Some(frame) = frame_ref.get() else { return };
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                let w = e.content_rect().width().floor();
                if (w - width.get_untracked()).abs() >= 1.0 {
                    // Redraw in the next frame, not inside the observer's delivery: drawing sets the canvas
                    // height, which resizes the frame again, and a resize within the delivery is reported as a
                    // "ResizeObserver loop" error (WebKit and Firefox log it).
                    request_animation_frame(move || width.set(w));
                }
            }
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            ro.observe(&frame);
        }
        cb.forget();
        let seen = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(e) = entries.get(0).dyn_ref::<web_sys::IntersectionObserverEntry>() {
                visible.set(e.is_intersecting());
                if !e.is_intersecting() {
                    release();
                }
            }
        });
        let opts = web_sys::IntersectionObserverInit::new();
        opts.set_root_margin("200px 0px");
        if let Ok(io) = web_sys::IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &opts) {
            io.observe(&frame);
        }
        seen.forget();
    });
    Effect::new(move |_| {
        if visible.get() && skipped.get_value() {
            skipped.set_value(false);
            force.update(|n| *n += 1);
        }
    });

    // Draw whenever the width, theme, language or data change.
    let draw_for_effect = draw.clone();
    let height_for_effect = height.clone();
    Effect::new(move |_| {
        force.track();
        let w = width.get();
        let dark = ctx.dark.get();
        ctx.lang.track();
        if w < 10.0 {
            return;
        }
        if drawn.get_value() && !visible.get_untracked() {
            skipped.set_value(true);
            return;
        }
        let Some(canvas) = canvas_ref.get() else { return };
        let h = height_for_effect(w);
        let m = paint(&canvas, w, h, dark, &draw_for_effect);
        marks.set(m);
        if !drawn.get_value() {
            drawn.set_value(true);
            if let Some(f) = frame_ref.get_untracked() {
                let _ = f.set_attribute("data-drawn", "true");
            }
            if !FIRST_CHART.swap(true, Ordering::SeqCst) {
                dom::mark("first-chart");
            }
            release();
        }
    });

    let tip_at = move |i: usize| tips.with(|t| t.get(i).cloned());
    let open_card = move |i: usize| {
        if let Some(fig) = tip_at(i).and_then(|t| t.figure) {
            ctx.card.set(Some(CardRequest { target: CardTarget::Figure(fig), opener: format!("{id}-plot") }));
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = marks.with_untracked(|m| m.len());
        if n == 0 {
            return;
        }
        let cur = active.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => Some(cur.map(|c| (c + 1).min(n - 1)).unwrap_or(0)),
            "ArrowUp" | "ArrowLeft" => Some(cur.map(|c| c.saturating_sub(1)).unwrap_or(0)),
            "Home" => Some(0),
            "End" => Some(n - 1),
            "Enter" | " " => {
                if let Some(c) = cur {
                    ev.prevent_default();
                    open_card(marks.with_untracked(|m| m[c].index));
                }
                return;
            }
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        active.set(next);
    };
    let hit = move |x: f64, y: f64| marks.with_untracked(|m| m.iter().position(|mk| mk.contains(x, y)));
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some(canvas) = canvas_ref.get_untracked() else { return };
        let r = canvas.get_bounding_client_rect();
        active.set(hit(ev.client_x() as f64 - r.left(), ev.client_y() as f64 - r.top()));
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(canvas) = canvas_ref.get_untracked() else { return };
        let r = canvas.get_bounding_client_rect();
        if let Some(i) = hit(ev.client_x() as f64 - r.left(), ev.client_y() as f64 - r.top()) {
            active.set(Some(i));
            open_card(marks.with_untracked(|m| m[i].index));
        }
    };

    let tip_view = move || {
        let i = active.get()?;
        let mark = marks.with(|m| m.get(i).copied())?;
        let tip = tip_at(mark.index)?;
        let (x, y) = mark.anchor();
        let w = width.get();
        // Keep the tooltip inside the frame: flip to the left of the anchor near the right edge.
        let left = if x > w * 0.6 { (x - 250.0).max(4.0) } else { x + 10.0 };
        Some(view! {
            <div class="chart-tip" role="presentation" style:left=format!("{left}px") style:top=format!("{}px", y + 8.0)>
                <strong>{tip.label.clone()}</strong>
                <span class="tip-value">{tip.value.clone()}</span>
                <span class="tip-note">{tip.note.clone()}</span>
            </div>
        })
    };
    let live_text = move || {
        active.get().and_then(|i| {
            let idx = marks.with(|m| m.get(i).map(|m| m.index))?;
            tip_at(idx).map(|t| format!("{}: {}. {}", t.label, t.value, t.note))
        })
    };

    let draw_png = draw.clone();
    let height_png = height.clone();
    let download_png = move |_| {
        let doc = dom::document();
        let Ok(el) = doc.create_element("canvas") else { return };
        let canvas: web_sys::HtmlCanvasElement = el.unchecked_into();
        let w = width.get_untracked().max(640.0);
        let scale = 2.0;
        // Room for the title and the source line drawn around the chart.
        let h = height_png(w) + 70.0;
        canvas.set_width((w * scale) as u32);
        canvas.set_height((h * scale) as u32);
        let Some(backend) = Canvas::new(&canvas) else { return };
        let root = backend.into_drawing_area();
        let lang = ctx.lang.get_untracked();
        let chrome = Chrome {
            title: title.get_untracked(),
            footer: format!("{} — {}", Ui::AppTitle.get(lang), full_link(&ctx, |l| at_chart(l, id))),
        };
        if draw_png(&root, &theme(scale, false), Some(&chrome)).is_ok() {
            let _ = root.present();
            if let Ok(url) = canvas.to_data_url_with_type("image/png") {
                dom::download_url(&format!("{id}-{}.png", lang.code()), &url);
            }
        }
    };
    let download_csv = move |_| {
        let t = csv.get_untracked();
        dom::download(&format!("{id}.csv"), "text/csv;charset=utf-8", &t.to_csv());
    };
    let copy_link = move |_| {
        let url = full_link(&ctx, |l| at_chart(l, id));
        leptos::task::spawn_local(async move {
            if dom::copy_text(&url).await {
                copied.set(true);
                set_timeout(move || copied.set(false), std::time::Duration::from_secs(3));
            }
        });
    };

    let embed_open = RwSignal::new(false);
    // Computed only while the embed panel is open: reading the canvas height forces a layout.
    let snippet = move || {
        if !embed_open.get() {
            return String::new();
        }
        let url = format!(
            "{}#{}",
            dom::page_url(ctx.lang.get()),
            ctx.link.with(|l| {
                let widget = place_of(id).map(|(w, _)| w).unwrap_or(id);
                crate::domain::link::LinkState { embed: Some(widget), anchor: None, ..l.clone() }.to_fragment(true)
            })
        );
        format!(
            "<iframe src=\"{url}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\" style=\"border:0\"></iframe>",
            title.get().replace('"', "&quot;"),
            // The chart as drawn now, plus room for its controls, tabs and credit line.
            canvas_ref.get().map(|c| c.client_height()).unwrap_or(400) + 280
        )
    };

    let tab_button = move |t: Tab, key: Ui, suffix: &'static str| {
        view! {
            <button
                type="button"
                role="tab"
                id=format!("{id}-tab-{suffix}")
                aria-controls=format!("{id}-panel-{suffix}")
                aria-selected=move || (tab.get() == t).to_string()
                tabindex=move || if tab.get() == t { "0" } else { "-1" }
                on:click=move |_| tab.set(t)
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    let order = [Tab::Chart, Tab::Table, Tab::Sources];
                    let i = order.iter().position(|x| *x == tab.get_untracked()).unwrap_or(0);
                    let j = match ev.key().as_str() {
                        "ArrowRight" => (i + 1) % 3,
                        "ArrowLeft" => (i + 2) % 3,
                        _ => return,
                    };
                    ev.prevent_default();
                    tab.set(order[j]);
                    let sfx = ["chart", "table", "sources"][j];
                    if let Some(b) = dom::document().get_element_by_id(&format!("{id}-tab-{sfx}")) {
                        let _ = b.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                }
            >
                {move || ctx.t(key)}
            </button>
        }
    };

    view! {
        <figure class="chart" id=id node_ref=frame_ref aria-labelledby=format!("{id}-title")>
            <figcaption id=format!("{id}-title") class="chart-title">{move || title.get()}</figcaption>
            {children.map(|c| view! { <div class="chart-controls">{c()}</div> })}
            <div class="chart-tabs" role="tablist" aria-label=move || title.get()>
                {tab_button(Tab::Chart, Ui::TabChart, "chart")}
                {tab_button(Tab::Table, Ui::TabTable, "table")}
                {tab_button(Tab::Sources, Ui::TabSources, "sources")}
            </div>
            <div role="tabpanel" id=format!("{id}-panel-chart") aria-labelledby=format!("{id}-tab-chart") class="chart-panel" class:inactive=move || tab.get() != Tab::Chart>
                <div
                    class="chart-plot"
                    id=format!("{id}-plot")
                    tabindex="0"
                    role="group"
                    aria-roledescription="chart"
                    aria-label=move || format!("{} {}", ctx.t(Ui::ChartKeyboardLabel).replace("{title}", &title.get()), summary.get())
                    on:keydown=on_key
                    on:blur=move |_| active.set(None)
                >
                    <canvas node_ref=canvas_ref aria-hidden="true" on:pointermove=on_move on:pointerleave=move |_| active.set(None) on:click=on_click></canvas>
                    {tip_view}
                </div>
                <p class="sr-only" aria-live="polite">{live_text}</p>
                <p class="chart-hint">{move || ctx.t(Ui::TooltipHint)}</p>
            </div>
            <div role="tabpanel" id=format!("{id}-panel-table") aria-labelledby=format!("{id}-tab-table") tabindex="0" class="chart-panel table-wrap" class:inactive=move || tab.get() != Tab::Table>
                // Rendered only when shown (or printed): hidden tables don't rebuild on every setting change.
                {move || (tab.get() == Tab::Table || ctx.printing.get()).then(|| table_view(table.get()))}
            </div>
            <div role="tabpanel" id=format!("{id}-panel-sources") aria-labelledby=format!("{id}-tab-sources") class="chart-panel" class:inactive=move || tab.get() != Tab::Sources>
                {move || (tab.get() == Tab::Sources || ctx.printing.get()).then(|| super::sources::figure_sources(sources.get(), ctx.lang.get()))}
            </div>
            <div class="chart-actions">
                <button type="button" on:click=download_png>{move || ctx.t(Ui::DownloadPng)}</button>
                <button type="button" on:click=download_csv>{move || ctx.t(Ui::DownloadCsv)}</button>
                <button type="button" on:click=copy_link>{move || ctx.t(Ui::CopyLink)}</button>
                <button type="button" aria-expanded=move || embed_open.get().to_string() aria-controls=format!("{id}-embed")
                    on:click=move |_| embed_open.update(|o| *o = !*o)>{move || ctx.t(Ui::EmbedButton)}</button>
                <span class="copied" role="status">{move || copied.get().then(|| ctx.t(Ui::LinkCopied))}</span>
            </div>
            <div class="embed-snippet" id=format!("{id}-embed") hidden=move || !embed_open.get()>
                <label for=format!("{id}-embed-code")>{move || ctx.t(Ui::EmbedIntro)}</label>
                <textarea id=format!("{id}-embed-code") readonly rows="3" prop:value=snippet></textarea>
            </div>
        </figure>
    }
}

/// A `Table` as an HTML table; the first column heads each row.
pub fn table_view(t: Table) -> impl IntoView {
    let header = t.header.clone();
    view! {
        <table class="data-table">
            <thead>
                <tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {t.rows
                    .into_iter()
                    .map(|r| {
                        let mut cells = r.into_iter();
                        let first = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
