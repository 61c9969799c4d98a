//! A minimal Leptos app: one heading and one paragraph, then a `performance.mark` when they are on screen.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <main>
                <h1>"Floor"</h1>
                <p>"The smallest Leptos app, built with the explainer's toolchain and release profile."</p>
            </main>
        }
    });
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("floor-render");
    }
}
