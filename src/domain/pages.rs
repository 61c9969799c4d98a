//! The explainer's two pages: Japanese at the site's root (`index.html`), English at `en/` (`en/index.html`).
//! Both hold the whole text in both languages, so the language switch needs no reload; each has its own
//! language's title, description, link preview and search metadata. A link made in a language ("copy link",
//! citations, embeds, teacher links) points at that language's page, so a chat app or an LMS that fetches it
//! shows the preview in the link's language. Old links (`#/en/…` on the root) keep working: the root holds
//! English too.
//!
//! The data files (`data/`) and the preview images sit at the root, beside `index.html`.

use super::i18n::Lang;

/// A page's path from the site's root: `""` or `"en/"`.
pub fn path(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "",
        Lang::En => "en/",
    }
}

/// The page a document is when it says nothing: the root's.
pub const DEFAULT: Lang = Lang::Ja;

/// The site's root address, from the address of a document that is `page`'s page: its directory, less `en/` on
/// the English page. `None` for an address that is not served over HTTP(S) (the one-file offline copy from
/// `file://`), where there is only the one file.
pub fn site_root(address: &str, page: Lang) -> Option<String> {
    let address = address.split(['#', '?']).next().unwrap_or_default();
    if !(address.starts_with("https://") || address.starts_with("http://")) {
        return None;
    }
    let dir = &address[..address.rfind('/').map_or(address.len(), |i| i + 1)];
    // `https://host` with no path: the root is `https://host/`.
    if dir.matches('/').count() < 3 {
        return Some(format!("{address}/"));
    }
    Some(dir.strip_suffix(path(page)).unwrap_or(dir).to_string())
}

/// The address of `lang`'s page on a site whose root is `root` (ends with `/`).
pub fn page_url(root: &str, lang: Lang) -> String {
    format!("{root}{}", path(lang))
}

/// A path from the root (`data/dataset.json`) as a link from `page`'s page: relative, so the site works under
/// any path.
pub fn from_page(page: Lang, path_from_root: &str) -> String {
    match page {
        Lang::Ja => format!("./{path_from_root}"),
        Lang::En => format!("../{path_from_root}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots() {
        assert_eq!(site_root("https://x.org/ai/", Lang::Ja).as_deref(), Some("https://x.org/ai/"));
        assert_eq!(site_root("https://x.org/ai/index.html#/en/money", Lang::Ja).as_deref(), Some("https://x.org/ai/"));
        assert_eq!(site_root("https://x.org/ai/en/", Lang::En).as_deref(), Some("https://x.org/ai/"));
        assert_eq!(
            site_root("https://x.org/ai/en/index.html?x=1#/en/", Lang::En).as_deref(),
            Some("https://x.org/ai/")
        );
        assert_eq!(site_root("http://127.0.0.1:8080/", Lang::Ja).as_deref(), Some("http://127.0.0.1:8080/"));
        assert_eq!(site_root("http://127.0.0.1:8080", Lang::Ja).as_deref(), Some("http://127.0.0.1:8080/"));
        // A site that lives under a folder named `en` keeps it on its Japanese page.
        assert_eq!(site_root("https://x.org/en/", Lang::Ja).as_deref(), Some("https://x.org/en/"));
        assert_eq!(site_root("file:///media/usb/ai-race-explainer-offline.html", Lang::Ja), None);
    }

    #[test]
    fn pages() {
        let root = "https://x.org/ai/";
        assert_eq!(page_url(root, Lang::Ja), "https://x.org/ai/");
        assert_eq!(page_url(root, Lang::En), "https://x.org/ai/en/");
        for lang in Lang::ALL {
            assert_eq!(site_root(&page_url(root, lang), lang).as_deref(), Some(root));
        }
        assert_eq!(from_page(Lang::Ja, "data/dataset.json"), "./data/dataset.json");
        assert_eq!(from_page(Lang::En, "data/dataset.json"), "../data/dataset.json");
    }
}
