//! Thin helpers over `web-sys` for what the components need from the browser.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement, Window};

use crate::domain::i18n::Lang;
use crate::domain::pages;

pub fn window() -> Window {
    web_sys::window().expect("a window")
}

pub fn document() -> Document {
    window().document().expect("a document")
}

pub fn root() -> HtmlElement {
    document().document_element().expect("<html>").unchecked_into()
}

/// The fragment without `#`.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default().trim_start_matches('#').to_string()
}

/// Writes the fragment without scrolling or firing `hashchange`; `push` adds a history entry. Only the fragment
/// changes: the address stays on the page the document was served as, whose relative links (icon, manifest,
/// data files) the browser may resolve at any time. Links made for sharing name the language's page instead
/// (`page_url`).
pub fn set_hash(fragment: &str, push: bool) {
    let url = format!("#{fragment}");
    if hash() == fragment {
        return;
    }
    let Ok(history) = window().history() else { return };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Which page this document was served as: `<html data-page="en">` on `en/index.html`, else the root's.
pub fn page() -> Lang {
    match root().get_attribute("data-page").as_deref() {
        Some("en") => Lang::En,
        _ => pages::DEFAULT,
    }
}

thread_local! {
    /// The site's root address.
    static SITE_ROOT: Option<String> = pages::site_root(&window().location().href().unwrap_or_default(), page());
}

/// The address of `lang`'s page, for links (in the one-file copy, the file itself).
pub fn page_url(lang: Lang) -> String {
    SITE_ROOT.with(|root| match root {
        Some(root) => pages::page_url(root, lang),
        None => window().location().href().unwrap_or_default().split('#').next().unwrap_or_default().to_string(),
    })
}

/// A file of the site (`sw.js`, `data/dataset.json`) from either page; relative in the one-file copy.
pub fn site_file(path_from_root: &str) -> String {
    SITE_ROOT.with(|root| match root {
        Some(root) => format!("{root}{path_from_root}"),
        None => format!("./{path_from_root}"),
    })
}

pub fn browser_language() -> String {
    window().navigator().language().unwrap_or_default()
}

pub fn media_matches(query: &str) -> bool {
    window().match_media(query).ok().flatten().map(|m| m.matches()).unwrap_or(false)
}

pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

pub fn device_pixel_ratio() -> f64 {
    let r = window().device_pixel_ratio();
    if r.is_finite() && r > 0.0 {
        r.min(4.0)
    } else {
        1.0
    }
}

/// Sets a `performance.mark` (benchmarks and tests read these).
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

thread_local! {
    /// How many jumps `scroll_to_id` has started: a late correction of an older one must not undo a newer one.
    static SCROLLS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Where a link to `id` lands: the element with that id; else the widget holding it (an inner chart not drawn
/// yet); else, for a widget that has not mounted yet, its slot (which mounts it as it comes into view).
pub fn find_target(id: &str) -> Option<web_sys::Element> {
    let by_id = |id: &str| document().get_element_by_id(id);
    let slot = |w: &str| document().query_selector(&format!("[data-widget=\"{w}\"]")).ok().flatten();
    let widget = crate::domain::link::enclosing_widget(id);
    by_id(id).or_else(|| widget.and_then(by_id)).or_else(|| slot(widget.unwrap_or(id)))
}

/// Scrolls an element into view, smoothly unless the reader asked for reduced motion.
pub fn scroll_to_id(id: &str) {
    if let Some(el) = find_target(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_behavior(if prefers_reduced_motion() {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        opts.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        // A smooth scroll can be cut short (Firefox under load, a layout change on the way): if the target is
        // still out of view once it should have arrived, and no later jump has started, jump there, so a link
        // always lands where it points.
        let generation = SCROLLS.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        leptos::prelude::set_timeout(
            move || {
                if SCROLLS.with(|n| n.get()) != generation {
                    return;
                }
                let r = el.get_bounding_client_rect();
                let h = window().inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
                if r.top() >= h || r.bottom() <= 0.0 {
                    el.scroll_into_view();
                }
            },
            std::time::Duration::from_millis(1500),
        );
    }
}

/// Offers `bytes` as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    download_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Clicks a temporary `<a download>` for a URL (blob or data URL).
pub fn download_url(name: &str, url: &str) {
    let doc = document();
    let Ok(a) = doc.create_element("a") else { return };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    let _ = doc.body().map(|b| b.append_child(&a));
    a.click();
    a.remove();
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
