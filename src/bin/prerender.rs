//! `cargo run --bin prerender -- DIST`, after `trunk build` and before `scripts/postbuild.mjs` (which copies the
//! root page's body into the offline file and adds the CSP to both pages):
//! - writes the explainer's page, both languages, into the built `index.html`'s `<div id="app"></div>`, and its
//!   head's title, description, link-preview and search metadata (`prerender::meta`), in Japanese;
//! - writes the English page, `en/index.html`: the same document with the English head and its asset links one
//!   folder up (`domain::pages`);
//! - writes the data as static files (`data/dataset.json`, `data/<table>.csv`, as `cargo run --bin export`), the
//!   link-preview images (`preview-ja.png`, `preview-en.png`), `robots.txt`, and with `SITE_URL` `sitemap.xml`.
//!
//! `SITE_URL` (environment) is the public address of the site's root, e.g. `https://example.org/ai-race/`
//! (docs/deploy.md). Without it the build still works, with relative addresses in the metadata.
//! Trunk's hashes and integrity attributes are untouched: only the empty `#app` and the head's end are filled.

#[cfg(not(target_arch = "wasm32"))]
use std::path::{Path, PathBuf};

#[cfg(not(target_arch = "wasm32"))]
use explainer::domain::i18n::Lang;
#[cfg(not(target_arch = "wasm32"))]
use explainer::prerender::{self, meta, preview};

/// Native only: the browser build has no prerender.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
const SLOT: &str = "<div id=\"app\"></div>";

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    let site_url = site_url();
    let site = meta::Site(site_url.as_deref());
    let path = dist.join("index.html");
    let html = read(&path);
    if html.matches(SLOT).count() != 1 || html.matches("</head>").count() != 1 {
        panic!("{}: expected one empty {SLOT} to fill (was it prerendered already?)", path.display());
    }
    let body = prerender::body();
    let filled = html.replacen(SLOT, &format!("<div id=\"app\">{body}</div>"), 1);
    let page = |lang: Lang| filled.replacen("</head>", &format!("  {}\n</head>", meta::head(lang, site)), 1);
    write(&path, page(Lang::Ja).as_bytes());
    write(&dist.join("en/index.html"), english(&page(Lang::En)).as_bytes());
    eprintln!("prerendered the page, both languages, into index.html and en/index.html ({} KB)", body.len() / 1024);

    for (file, _, text) in meta::data_files() {
        write(&dist.join(&file), text.as_bytes());
    }
    for lang in Lang::ALL {
        let png = preview::png(lang).unwrap_or_else(|e| panic!("the {lang:?} preview image: {e}"));
        write(&dist.join(meta::preview_path(lang)), &png);
    }
    write(&dist.join("robots.txt"), meta::robots(site).as_bytes());
    match site_url {
        Some(root) => {
            write(&dist.join("sitemap.xml"), meta::sitemap(&root).as_bytes());
            eprintln!("wrote the data files, preview images, robots.txt and sitemap.xml for {root}");
        }
        None => eprintln!(
            "wrote the data files, preview images and robots.txt. SITE_URL is not set: link previews and search \
             metadata use relative addresses, which some preview fetchers ignore, and no sitemap.xml is written \
             (docs/deploy.md says how to set it)"
        ),
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// `SITE_URL`, checked and ending with `/`.
fn site_url() -> Option<String> {
    let url = std::env::var("SITE_URL").ok().filter(|u| !u.trim().is_empty())?;
    let url = url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(['#', '?', '"', ' ']) {
        panic!("SITE_URL must be the site's absolute http(s) address, without query or fragment: {url}");
    }
    Some(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

#[cfg(not(target_arch = "wasm32"))]
/// The root page as the English page at `en/`: English is its language, and its links to the site's files go
/// one folder up.
fn english(html: &str) -> String {
    let out = html
        .replacen("<html lang=\"ja\">", "<html lang=\"en\" data-page=\"en\">", 1)
        .replace("href=\"./", "href=\"../")
        .replace("src=\"./", "src=\"../")
        .replace("from './", "from '../")
        .replace("module_or_path: './", "module_or_path: '../")
        .replace("href=\"nojs.css\"", "href=\"../nojs.css\"");
    assert!(out.contains("data-page=\"en\""), "index.html: expected <html lang=\"ja\">");
    assert!(!out.contains("'./"), "en/index.html: a script still loads from ./");
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[cfg(not(target_arch = "wasm32"))]
fn write(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
