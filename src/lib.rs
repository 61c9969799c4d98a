//! An interactive explainer of the US–China AI race and of "orchestrated sovereignty".
//!
//! `domain` is the pure core (dataset, model, link state, i18n, formatting): it compiles and is tested natively.
//! `charts` draws on any plotters backend. `ui` is the Leptos app, compiled only for the browser;
//! `prerender` renders the page it makes interactive, natively.
//! See `ARCHITECTURE.md` for the map.

// The baked dataset refers to `alloc::borrow::Cow`.
extern crate alloc;

pub mod charts;
pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
