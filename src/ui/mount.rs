//! Mounts the interactive pieces into the prerendered page's slots (see `prerender::page`).
//!
//! Each slot's static content (a chart's SVG and table, plain links) is replaced in the same task as the widget is
//! mounted, so no frame shows an empty slot. Every mount runs under the app's root owner and shares one `Ctx`.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::content::WIDGETS;

use super::dom;
use super::state::Ctx;

thread_local! {
    /// The owner every slot's view lives under: created at start, kept for the page's life.
    static ROOT: RefCell<Option<Owner>> = const { RefCell::new(None) };
}

/// Keeps `owner` as the parent of every mount.
pub fn set_root(owner: Owner) {
    ROOT.with(|r| *r.borrow_mut() = Some(owner));
}

/// Replaces `el`'s content with `view`, live until the page closes.
pub fn into<V: IntoView + 'static>(el: web_sys::Element, ctx: Ctx, view: impl FnOnce() -> V + 'static) {
    let el: web_sys::HtmlElement = el.unchecked_into();
    let place = KeepPlace::before(&el);
    el.set_inner_html("");
    let _ = el.set_attribute("data-mounted", "");
    let run = move || {
        leptos::mount::mount_to(el, move || {
            provide_context(ctx);
            view()
        })
        .forget()
    };
    match ROOT.with(|r| r.borrow().clone()) {
        Some(owner) => owner.with(run),
        None => run(),
    }
    if let Some(place) = place {
        place.restore();
    }
}

/// A slot wholly above the screen whose height a mount may change. Browsers with scroll anchoring
/// (`overflow-anchor`) keep the reader's text still by themselves; WebKit has none, so there the page is scrolled
/// by the change, and what the reader is reading does not move when a widget above it goes live.
struct KeepPlace {
    el: web_sys::Element,
    height: f64,
}

impl KeepPlace {
    fn before(el: &web_sys::Element) -> Option<KeepPlace> {
        thread_local! {
            static ANCHORS: bool = web_sys::css::supports_with_value("overflow-anchor", "auto").unwrap_or(false);
        }
        if ANCHORS.with(|a| *a) {
            return None;
        }
        // A chrome slot has no box of its own (`display: contents`): its section measures it.
        let own = el.get_bounding_client_rect();
        let el = match own.width() == 0.0 && own.height() == 0.0 {
            true => el.parent_element()?,
            false => el.clone(),
        };
        let r = el.get_bounding_client_rect();
        (r.bottom() <= 0.0).then(|| KeepPlace { height: r.height(), el })
    }

    fn restore(self) {
        let KeepPlace { el, height } = self;
        let now = el.get_bounding_client_rect().height();
        if (now - height).abs() >= 0.5 {
            dom::window().scroll_by_with_x_and_y(0.0, now - height);
        }
        // A chart sizes its canvas when it first draws, a moment later: keep following the slot's height while
        // it is above the screen, for as long as a first draw takes. The observer runs after layout and before
        // paint, so no frame shows the jump.
        let last = Rc::new(std::cell::Cell::new(now));
        let watched = el.clone();
        let cb = Closure::<dyn Fn(js_sys::Array, web_sys::ResizeObserver)>::new(
            move |_: js_sys::Array, ro: web_sys::ResizeObserver| {
                let r = watched.get_bounding_client_rect();
                let was = last.replace(r.height());
                if r.top() + was > 0.0 {
                    // The reader has come to it: from here on the page moves as it would anyway.
                    ro.disconnect();
                    return;
                }
                if (r.height() - was).abs() >= 0.5 {
                    dom::window().scroll_by_with_x_and_y(0.0, r.height() - was);
                }
            },
        );
        let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) else { return };
        ro.observe(&el);
        leptos::prelude::set_timeout(
            move || {
                ro.disconnect();
                drop(cb);
            },
            std::time::Duration::from_secs(5),
        );
    }
}

/// The page's chrome slot named `name` (`data-slot="…"` outside the chapters), if the page has it.
pub fn slot(name: &str) -> Option<web_sys::Element> {
    dom::document().query_selector(&format!("[data-slot=\"{name}\"]")).ok().flatten()
}

/// Mounts a section's chapter actions and widgets (called once per section, when the app mounts it).
pub fn section(ctx: Ctx, slug: &'static str) {
    let Some(section) = dom::document().get_element_by_id(slug) else { return };
    if let Ok(Some(el)) = section.query_selector("[data-slot=\"chapter-actions\"]:not([data-mounted])") {
        into(el, ctx, move || view! { <super::chapters::ChapterActions slug=slug/> });
    }
    let Ok(slots) = section.query_selector_all("[data-widget]:not([data-mounted])") else { return };
    for i in 0..slots.length() {
        let Some(el) = slots.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let name = el.get_attribute("data-widget").unwrap_or_default();
        let Some(&widget) = WIDGETS.iter().find(|w| **w == name) else {
            leptos::logging::warn!("the page has a slot for an unknown widget {name}");
            continue;
        };
        // Mount now what the reader will see at once, or what the link names; the rest when the reader comes near
        // it. Until then its slot shows the static version, which reads the same, so start-up builds only what is
        // on screen (each widget's build and the layout of its tree is what blocked the phone's main thread).
        let named = ctx.link.with_untracked(|l| {
            l.chapter == Some(slug)
                || l.anchor.is_some_and(|a| {
                    a == widget || crate::domain::link::enclosing_widget(a).is_some_and(|w| w == widget)
                })
        });
        if named || on_screen(&el) {
            into(el, ctx, move || super::chapters::widget(widget));
        } else {
            let slot = el.clone();
            when_near(&el, move || into(slot, ctx, move || super::chapters::widget(widget)));
        }
    }
}

/// How far from the viewport a widget starts mounting, in CSS pixels: about a phone screen and a half, so it is
/// live before the reader reaches it.
const NEAR_PX: f64 = 1200.0;

/// Whether `el` is within `NEAR_PX` of the viewport now.
fn on_screen(el: &web_sys::Element) -> bool {
    let r = el.get_bounding_client_rect();
    let h = dom::window().inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    r.bottom() >= -NEAR_PX && r.top() <= h + NEAR_PX
}

type Deferred = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

thread_local! {
    /// Mounts still waiting for the reader to come near (see `flush`).
    static DEFERRED: RefCell<Vec<Deferred>> = const { RefCell::new(Vec::new()) };
}

/// Runs every mount still waiting, at once (printing, `aiRaceData.mountAll()`); returns how many ran.
pub fn flush() -> usize {
    let waiting = DEFERRED.with(|d| std::mem::take(&mut *d.borrow_mut()));
    let mut ran = 0;
    for job in waiting {
        let f = job.borrow_mut().take();
        if let Some(f) = f {
            f();
            ran += 1;
        }
    }
    ran
}

/// Calls `f` once, when `target` comes within `NEAR_PX` of the viewport (or when `flush` runs first).
pub fn when_near(target: &web_sys::Element, f: impl FnOnce() + 'static) {
    let job: Deferred = Rc::new(RefCell::new(Some(Box::new(f))));
    DEFERRED.with(|d| d.borrow_mut().push(job.clone()));
    let cb = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, io: web_sys::IntersectionObserver| {
            let near =
                entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
            if near {
                io.disconnect();
                let f = job.borrow_mut().take();
                if let Some(f) = f {
                    f();
                }
                DEFERRED.with(|d| d.borrow_mut().retain(|j| j.borrow().is_some()));
            }
        },
    );
    let opts = web_sys::IntersectionObserverInit::new();
    opts.set_root_margin(&format!("{NEAR_PX}px 0px"));
    let Ok(io) = web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &opts) else { return };
    io.observe(target);
    // Fires once and disconnects; the closure (a few bytes) stays, one per deferred widget.
    cb.forget();
}
