//! The browser app's entry point (built for wasm32 by Trunk).

#[cfg(target_arch = "wasm32")]
fn main() {
    explainer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app; build it with `scripts/build` and open dist/ (see README.md).");
    eprintln!("For the dataset on the command line: cargo run --bin export -- --help");
    std::process::exit(2);
}
