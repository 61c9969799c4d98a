//! The Leptos app (browser only). `start` installs the panic view and the data API, then mounts `App`.

mod app;
mod canvas;
pub(crate) mod chapters;
mod chart;
mod cite;
mod classroom;
mod data_api;
mod dom;
mod figure_bars;
mod figure_lines;
mod panic;
mod prose;
mod simulator;
mod source_card;
mod sources;
mod state;
mod timeline;
mod toc;

pub fn start() {
    panic::install();
    dom::mark("wasm-start");
    let Some(target) = dom::document().get_element_by_id("app") else {
        panic::show("no #app element in the page");
        return;
    };
    use wasm_bindgen::JsCast;
    let target: web_sys::HtmlElement = target.unchecked_into();
    target.set_inner_text("");
    leptos::mount::mount_to(target, app::App).forget();
}
