//! `cargo run --release --bin prerender -- DIST`: writes the explainer's page, both languages, into the built
//! `index.html`'s `<div id="app"></div>` (run by `scripts/build` after `trunk build`, before
//! `scripts/postbuild.mjs`, which copies the page's body into the offline file). Trunk's hashes and integrity
//! attributes are untouched: only the empty `#app` element is filled.

use std::path::PathBuf;

const SLOT: &str = "<div id=\"app\"></div>";

fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    let path = dist.join("index.html");
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if html.matches(SLOT).count() != 1 {
        panic!("{}: expected one empty {SLOT} to fill (was it prerendered already?)", path.display());
    }
    let body = explainer::prerender::body();
    let out = html.replacen(SLOT, &format!("<div id=\"app\">{body}</div>"), 1);
    std::fs::write(&path, &out).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    eprintln!("prerendered the page, both languages, into {} ({} KB)", path.display(), body.len() / 1024);
}
