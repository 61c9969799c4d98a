//! The explainer's text rendered natively to HTML (Leptos SSR: `view!` to a string, no server), for readers
//! without JavaScript, reader modes, crawlers and link previews.
//!
//! Step one of "text first": `cargo run --bin prerender -- dist` writes both languages' text — every chapter's
//! prose, with each number linked to its source in the numbered sources list, the money chart as inline SVG drawn by
//! the same `charts::money::draw` with its table, and the discussion questions — into
//! the built page's `<noscript>`, so the served site and the offline file read without scripts. The other charts
//! and interactive pieces are still drawn by the wasm only; the next step makes this markup the page itself and
//! mounts the widgets into it (see `ARCHITECTURE.md`).

mod charts;
mod prose;
mod text;

pub use charts::{money_svg, snapshot, CHART_WIDGETS};

pub use text::{article, noscript_body};

/// Renders `f`'s view to an HTML string inside a fresh reactive owner (what Leptos's SSR needs, and nothing else).
pub fn render<V: leptos::prelude::RenderHtml>(f: impl FnOnce() -> V) -> String {
    let owner = leptos::prelude::Owner::new();
    owner.with(|| f().to_html())
}
