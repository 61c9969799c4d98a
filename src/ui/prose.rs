//! The prose is prerendered HTML (`prerender::prose`); the app does not render it. One delegated listener makes
//! its links interactive: a number, a ratio or a citation opens its source card (focus returns to the link when
//! the card closes), and the skip link focuses the main content without touching the address.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::dataset;

use super::dom;
use super::state::{CardRequest, CardTarget, Ctx};

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A unique DOM id, so a closed source card can give focus back to its button.
pub fn fresh_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

/// The source card a prerendered link names (`data-fig`, `data-ratio` or `data-cite`).
fn card_of(a: &web_sys::Element) -> Option<CardTarget> {
    if let Some(id) = a.get_attribute("data-fig") {
        return dataset::figure(&id).map(|f| CardTarget::Figure(&f.id));
    }
    if let Some(pair) = a.get_attribute("data-ratio") {
        let (num, den) = pair.split_once('/')?;
        return Some(CardTarget::Ratio(&dataset::figure(num)?.id, &dataset::figure(den)?.id));
    }
    let id = a.get_attribute("data-cite")?;
    dataset::source(&id).map(|s| CardTarget::Source(&s.id))
}

/// Listens once, on the document, for clicks on the prerendered text's links.
pub fn listen(ctx: Ctx) {
    let cb = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(a)) = el.closest("a[data-fig], a[data-ratio], a[data-cite], a.skip") else { return };
        if a.class_list().contains("skip") {
            ev.prevent_default();
            if let Some(m) = dom::document().get_element_by_id("main") {
                let _ = m.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            return;
        }
        if let Some(target) = card_of(&a) {
            ev.prevent_default();
            ctx.card.set(Some(CardRequest { target, opener: a.id() }));
        }
    });
    let _ = dom::document().add_event_listener_with_callback("click", cb.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    cb.forget();
}
