//! The explainer's page rendered natively to HTML (Leptos SSR: `view!` to a string, no server): what every reader
//! sees first, and all that readers without JavaScript, reader modes, crawlers and link previews get.
//!
//! `cargo run --bin prerender -- dist` writes the page (`page::body`: both languages, every chapter's prose with
//! each number linked to its source in the numbered sources list, the discussion questions, and the charts' static
//! versions: `charts`) into the built page's `#app`, after Trunk. The wasm then mounts its widgets into the
//! page's slots (`ui::mount`) instead of rendering the text again.

mod charts;
pub mod meta;
mod page;
pub mod preview;
mod prose;
mod widgets;

pub use charts::{money_svg, snapshot, CHART_WIDGETS};

pub use page::body;
pub use widgets::{appendix, static_view};

/// Renders `f`'s view to an HTML string inside a fresh reactive owner (what Leptos's SSR needs, and nothing else).
pub fn render<V: leptos::prelude::RenderHtml>(f: impl FnOnce() -> V) -> String {
    let owner = leptos::prelude::Owner::new();
    owner.with(|| f().to_html())
}
