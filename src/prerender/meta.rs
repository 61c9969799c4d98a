//! What link previews and search engines read in each language's page (`domain::pages`): the title and
//! description, Open Graph and Twitter card tags with the preview image, `canonical` and `hreflang` links, and
//! schema.org JSON-LD describing the explainer as an `Article` and its data as a `Dataset` with one
//! `DataDownload` per static data file. Also `sitemap.xml` and `robots.txt`.
//!
//! Open Graph and sitemaps want absolute addresses: they come from the build setting `SITE_URL` (the public
//! address of the site's root). Without it every address is relative to the page, which browsers and crawlers
//! resolve but some preview fetchers do not, and no sitemap is written.

use serde_json::json;

use crate::domain::dataset;
use crate::domain::export;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::{ActorKind, Date};
use crate::domain::pages;

use super::preview;

/// The day the explainer was first published with all ten chapters (the project's history).
pub const PUBLISHED: &str = "2026-11-21";
const LICENCE: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The site's public address, or `None` for relative links (see the module's comment).
#[derive(Clone, Copy, Debug)]
pub struct Site<'a>(pub Option<&'a str>);

impl Site<'_> {
    /// `path_from_root` as seen from `page`'s page: absolute with `SITE_URL`, else relative.
    pub fn url(&self, page: Lang, path_from_root: &str) -> String {
        match self.0 {
            Some(root) => format!("{root}{path_from_root}"),
            None => pages::from_page(page, path_from_root),
        }
    }
}

/// The preview image's path from the root.
pub fn preview_path(lang: Lang) -> String {
    format!("preview-{}.png", lang.code())
}

/// The static data files: `(path from the root, MIME type, contents)`, from the same code as `cargo run --bin
/// export`: the whole dataset as JSON, and one CSV per table.
pub fn data_files() -> Vec<(String, &'static str, String)> {
    let d = dataset::data();
    let mut files = vec![("data/dataset.json".to_string(), "application/json", export::to_json(d))];
    for t in export::all_tables(d) {
        files.push((format!("data/{}.csv", t.name), "text/csv", t.to_csv()));
    }
    files
}

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "ja_JP",
        Lang::En => "en_US",
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    }
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

fn iso(d: Date) -> String {
    match (d.month, d.day) {
        (0, _) => format!("{:04}", d.year),
        (m, 0) => format!("{:04}-{m:02}", d.year),
        (m, day) => format!("{:04}-{m:02}-{day:02}", d.year),
    }
}

fn image_alt(lang: Lang) -> String {
    let chart = Ui::PreviewSubtitle.get(lang);
    let chart = match lang {
        // "a bar chart of the largest pledges…": the subtitle without its capital.
        Lang::En => chart[..1].to_lowercase() + &chart[1..],
        Lang::Ja => chart.to_string(),
    };
    Ui::PreviewImageAlt.fill(lang, &[("title", Ui::AppTitle.get(lang)), ("chart", &chart)])
}

/// The `<head>` tags of `lang`'s page, after `<meta charset>`: title, description, canonical and alternates,
/// Open Graph, Twitter card and JSON-LD.
pub fn head(lang: Lang, site: Site) -> String {
    let title = attr(Ui::AppTitle.get(lang));
    let description = attr(Ui::AppSubtitle.get(lang));
    let page = site.url(lang, pages::path(lang));
    let image = site.url(lang, &preview_path(lang));
    let alt = attr(&image_alt(lang));
    let alternates: String = Lang::ALL
        .into_iter()
        .map(|l| format!(r#"<link rel="alternate" hreflang="{}" href="{}">"#, l.code(), site.url(lang, pages::path(l))))
        .collect::<Vec<_>>()
        .join("\n  ");
    let x_default = site.url(lang, pages::path(pages::DEFAULT));
    let tags = [
        format!("<title>{title}</title>"),
        format!(r#"<meta name="description" content="{description}">"#),
        format!(r#"<link rel="canonical" href="{page}">"#),
        alternates,
        format!(r#"<link rel="alternate" hreflang="x-default" href="{x_default}">"#),
        r#"<meta property="og:type" content="article">"#.to_string(),
        format!(r#"<meta property="og:site_name" content="{title}">"#),
        format!(r#"<meta property="og:title" content="{title}">"#),
        format!(r#"<meta property="og:description" content="{description}">"#),
        format!(r#"<meta property="og:url" content="{page}">"#),
        format!(r#"<meta property="og:locale" content="{}">"#, locale(lang)),
        format!(r#"<meta property="og:locale:alternate" content="{}">"#, locale(other(lang))),
        format!(r#"<meta property="og:image" content="{image}">"#),
        r#"<meta property="og:image:type" content="image/png">"#.to_string(),
        format!(r#"<meta property="og:image:width" content="{}">"#, preview::WIDTH),
        format!(r#"<meta property="og:image:height" content="{}">"#, preview::HEIGHT),
        format!(r#"<meta property="og:image:alt" content="{alt}">"#),
        r#"<meta name="twitter:card" content="summary_large_image">"#.to_string(),
        format!(r#"<meta name="twitter:title" content="{title}">"#),
        format!(r#"<meta name="twitter:description" content="{description}">"#),
        format!(r#"<meta name="twitter:image" content="{image}">"#),
        format!(r#"<meta name="twitter:image:alt" content="{alt}">"#),
        format!(
            r#"<script type="application/ld+json">{}</script>"#,
            serde_json::to_string(&json_ld(lang, site)).expect("JSON").replace("</", "<\\/")
        ),
    ];
    tags.join("\n  ")
}

/// schema.org: the explainer as an `Article` and the data as a `Dataset` (what Google Dataset Search reads).
pub fn json_ld(lang: Lang, site: Site) -> serde_json::Value {
    let d = dataset::data();
    let page = site.url(lang, pages::path(lang));
    let creator = json!({ "@type": "Organization", "name": Ui::CiteAuthor.get(lang) });
    let mut places: Vec<&str> = d
        .actors
        .iter()
        .filter(|a| matches!(a.kind, ActorKind::Country | ActorKind::Bloc))
        .map(|a| &*a.name.en)
        .collect();
    places.sort_unstable();
    places.dedup();
    let years = d.figures.iter().map(|f| f.refers_to.year).filter(|y| *y > 0);
    let (from, to) = (years.clone().min().unwrap_or(0), years.max().unwrap_or(0));
    let distribution: Vec<_> = data_files()
        .into_iter()
        .map(|(path, mime, _)| {
            json!({
                "@type": "DataDownload",
                "name": path.trim_start_matches("data/"),
                "encodingFormat": mime,
                "contentUrl": site.url(lang, &path),
            })
        })
        .collect();
    let figures = d.figures.len().to_string();
    let sources = d.sources.len().to_string();
    json!({
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "headline": Ui::AppTitle.get(lang),
                "description": Ui::AppSubtitle.get(lang),
                "inLanguage": lang.code(),
                "url": page,
                "image": site.url(lang, &preview_path(lang)),
                "author": creator,
                "publisher": creator,
                "datePublished": PUBLISHED,
                "dateModified": iso(d.checked),
                "license": LICENCE,
                "isAccessibleForFree": true,
            },
            {
                "@type": "Dataset",
                "name": Ui::DatasetName.get(lang),
                "description": Ui::DatasetDescription.fill(lang, &[("figures", &figures), ("sources", &sources)]),
                "url": page,
                "inLanguage": ["ja", "en"],
                "license": LICENCE,
                "isAccessibleForFree": true,
                "creator": creator,
                "dateModified": iso(d.checked),
                "version": &*d.version,
                "spatialCoverage": places.iter().map(|p| json!({ "@type": "Place", "name": p })).collect::<Vec<_>>(),
                "temporalCoverage": format!("{from}/{to}"),
                "distribution": distribution,
            }
        ]
    })
}

/// `sitemap.xml` for a site at `root` (absolute, ends with `/`): both pages, each naming the other.
pub fn sitemap(root: &str) -> String {
    let d = dataset::data();
    let alternates: String = Lang::ALL
        .into_iter()
        .map(|l| {
            format!(
                r#"<xhtml:link rel="alternate" hreflang="{}" href="{}"/>"#,
                l.code(),
                attr(&pages::page_url(root, l))
            )
        })
        .collect();
    let urls: String = Lang::ALL
        .into_iter()
        .map(|l| {
            format!(
                "  <url><loc>{}</loc><lastmod>{}</lastmod>{alternates}</url>\n",
                attr(&pages::page_url(root, l)),
                iso(d.checked)
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt`: everything may be read; the sitemap's address when the site's is known.
pub fn robots(site: Site) -> String {
    match site.0 {
        Some(root) => format!("User-agent: *\nAllow: /\n\nSitemap: {root}sitemap.xml\n"),
        None => "User-agent: *\nAllow: /\n".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = "https://example.org/ai-race/";

    #[test]
    fn relative_and_absolute_addresses() {
        assert_eq!(Site(None).url(Lang::En, "preview-en.png"), "../preview-en.png");
        assert_eq!(Site(None).url(Lang::Ja, "en/"), "./en/");
        assert_eq!(Site(Some(ROOT)).url(Lang::En, "en/"), "https://example.org/ai-race/en/");
    }

    #[test]
    fn each_page_names_itself_the_other_and_its_preview() {
        for lang in Lang::ALL {
            let h = head(lang, Site(Some(ROOT)));
            let page = pages::page_url(ROOT, lang);
            assert!(h.contains(&format!(r#"<link rel="canonical" href="{page}">"#)), "{h}");
            assert!(h.contains(&format!(r#"<meta property="og:url" content="{page}">"#)));
            assert!(h.contains(&format!(r#"<meta property="og:image" content="{ROOT}preview-{}.png">"#, lang.code())));
            assert!(h.contains(&format!(r#"<meta property="og:locale" content="{}">"#, locale(lang))));
            assert!(h.contains(&format!(r#"<meta property="og:locale:alternate" content="{}">"#, locale(other(lang)))));
            for l in Lang::ALL {
                assert!(h.contains(&format!(r#"hreflang="{}" href="{}""#, l.code(), pages::page_url(ROOT, l))));
            }
            assert!(h.contains(&format!("<title>{}</title>", attr(Ui::AppTitle.get(lang)))));
        }
    }

    #[test]
    fn the_dataset_lists_every_data_file() {
        let ld = json_ld(Lang::En, Site(Some(ROOT)));
        let dataset = &ld["@graph"][1];
        assert_eq!(dataset["@type"], "Dataset");
        let urls: Vec<&str> =
            dataset["distribution"].as_array().unwrap().iter().map(|d| d["contentUrl"].as_str().unwrap()).collect();
        let files = data_files();
        assert_eq!(urls.len(), files.len());
        for (path, _, _) in &files {
            assert!(urls.contains(&format!("{ROOT}{path}").as_str()), "{path}");
        }
        assert!(urls.contains(&"https://example.org/ai-race/data/dataset.json"));
        assert!(urls.contains(&"https://example.org/ai-race/data/figures.csv"));
        let coverage = dataset["temporalCoverage"].as_str().unwrap();
        assert!(regex_like_years(coverage), "{coverage}");
        assert!(dataset["spatialCoverage"].as_array().unwrap().iter().any(|p| p["name"] == "Japan"));
        assert_eq!(dataset["version"], &*dataset::data().version);
    }

    fn regex_like_years(s: &str) -> bool {
        let (a, b) = s.split_once('/').unwrap_or(("", ""));
        a.len() == 4 && b.len() == 4 && a <= b
    }

    #[test]
    fn the_json_ld_cannot_close_its_script() {
        for lang in Lang::ALL {
            let h = head(lang, Site(None));
            let script = h.split(r#"<script type="application/ld+json">"#).nth(1).unwrap();
            let body = script.split("</script>").next().unwrap();
            let v: serde_json::Value = serde_json::from_str(body).expect("JSON-LD parses");
            assert_eq!(v["@graph"][0]["inLanguage"], lang.code());
        }
    }

    #[test]
    fn sitemap_and_robots() {
        let s = sitemap(ROOT);
        assert!(s.contains("<loc>https://example.org/ai-race/</loc>"));
        assert!(s.contains("<loc>https://example.org/ai-race/en/</loc>"));
        assert_eq!(s.matches("<xhtml:link").count(), 4);
        assert!(robots(Site(Some(ROOT))).contains("Sitemap: https://example.org/ai-race/sitemap.xml"));
        assert!(!robots(Site(None)).contains("Sitemap"));
    }

    #[test]
    fn the_static_json_is_the_export() {
        let files = data_files();
        let json = &files.iter().find(|(p, _, _)| p == "data/dataset.json").unwrap().2;
        assert_eq!(json, &export::to_json(dataset::data()));
        let parsed: serde_json::Value = serde_json::from_str(json).unwrap();
        assert!(parsed["corrections"].as_array().is_some_and(|c| !c.is_empty()));
    }
}
