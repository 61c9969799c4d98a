//! `cargo run --release --bin prerender -- DIST`: writes the explainer's text, both languages, into the built
//! page's `<noscript>` (run by `scripts/build` after `trunk build`, before `scripts/postbuild.mjs`, which copies
//! the page's body into the offline file). Trunk's hashes and integrity attributes are untouched: only the
//! `<noscript>` element changes.

use std::path::PathBuf;

fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    let path = dist.join("index.html");
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (open, close) = ("<noscript>", "</noscript>");
    let (Some(start), Some(end)) = (html.find(open), html.find(close)) else {
        panic!("{}: no <noscript> to fill (was it prerendered already?)", path.display());
    };
    if html[start..end].contains("static-text") {
        panic!("{}: already prerendered", path.display());
    }
    let text = explainer::prerender::noscript_body();
    let out = format!("{}{open}{text}{}", &html[..start], &html[end..]);
    std::fs::write(&path, &out).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    eprintln!("prerendered the text of both languages into {} ({} KB)", path.display(), text.len() / 1024);
}
