//! The Leptos app (browser only). `start` installs the panic view, then makes the prerendered page interactive:
//! `app::run` mounts the chrome and the widgets into the page's slots (`mount`).

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
mod mount;
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
    if dom::document().get_element_by_id("app").is_none() {
        panic::show("no #app element in the page");
        return;
    }
    // Effects and tasks run on the browser's event loop (mount_to would set this up, but effects start first).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // One owner for the whole page, kept until it closes: every slot's view is its child and shares its context.
    let owner = leptos::prelude::Owner::new();
    mount::set_root(owner.clone());
    owner.with(|| {
        let ctx = state::provide();
        app::run(ctx);
    });
}
