//! Mounts the interactive pieces into the prerendered page's slots (see `prerender::page`).
//!
//! Each slot's static content (a chart's SVG and table, plain links) is replaced in the same task as the widget is
//! mounted, so no frame shows an empty slot. Every mount runs under the app's root owner and shares one `Ctx`.

use std::cell::RefCell;

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
        let named = ctx.link.with_untracked(|l| l.chapter == Some(slug) || l.anchor == Some(widget));
        if WHEN_NEAR.contains(&widget) && !named {
            let slot = el.clone();
            when_near(&el, move || into(slot, ctx, move || super::chapters::widget(widget)));
        } else {
            into(el, ctx, move || super::chapters::widget(widget));
        }
    }
}

/// Widgets whose static version already reads as the live one does (long lists and tables with no chart): they
/// mount only when they come near the viewport, or at once when the link names their section, so the start-up does
/// not build hundreds of rows nobody sees yet.
const WHEN_NEAR: &[&str] = &["figures-index", "sources-list", "disagreements-list", "method", "cite-this"];

/// Calls `f` once, when `target` comes within a screen or so of the viewport.
pub fn when_near(target: &web_sys::Element, f: impl FnOnce() + 'static) {
    let f = RefCell::new(Some(f));
    let cb = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, io: web_sys::IntersectionObserver| {
            let near =
                entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
            if near {
                io.disconnect();
                if let Some(f) = f.borrow_mut().take() {
                    f();
                }
            }
        },
    );
    let opts = web_sys::IntersectionObserverInit::new();
    opts.set_root_margin("1200px 0px");
    let Ok(io) = web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &opts) else { return };
    io.observe(target);
    // Fires once and disconnects; the closure (a few bytes) stays, one per deferred widget.
    cb.forget();
}
