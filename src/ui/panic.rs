//! A visible error instead of a silent failure: on any panic after start, the error view opens the page, above
//! the prerendered text (which it never hides).
//!
//! The hook writes to the DOM directly (the reactive system may be the thing that broke) and only ever sets
//! text, never markup. With `panic = "abort"` the module stops right after; the page stays readable.

use wasm_bindgen::JsCast;

use crate::domain::i18n::{Lang, Ui};

use super::dom;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

fn lang() -> Lang {
    let tag = dom::root().get_attribute("lang").unwrap_or_else(dom::browser_language);
    Lang::from_browser(&tag)
}

/// Shows the error view with `detail`.
pub fn show(detail: &str) {
    let doc = dom::document();
    let lang = lang();
    let Some(body) = doc.body() else { return };
    let el = |tag: &str| doc.create_element(tag).expect("element");
    let view = el("div");
    view.set_id("error-view");
    let _ = view.set_attribute("role", "alert");
    let h = el("h1");
    h.set_text_content(Some(Ui::ErrorTitle.get(lang)));
    let p = el("p");
    p.set_text_content(Some(Ui::ErrorBody.get(lang)));
    let reload = el("button");
    reload.set_text_content(Some(Ui::ErrorReload.get(lang)));
    let _ = reload.set_attribute("type", "button");
    let on_click = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        let _ = dom::window().location().reload();
    });
    let _ = reload.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    let pre = el("pre");
    pre.set_text_content(Some(detail));
    for c in [&h, &p, &reload, &pre] {
        let _ = view.append_child(c);
    }
    // Put the error view first. The page stays: its text is prerendered and still reads (only the interactive
    // pieces may be half-drawn).
    let _ = body.insert_before(&view, body.first_child().as_ref());
    let _ = dom::root().set_attribute("data-error", "true");
    if let Some(e) = view.dyn_ref::<web_sys::HtmlElement>() {
        let _ = e.set_attribute("tabindex", "-1");
        let _ = e.focus();
    }
}
