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
