//! The prerendered text (`src/prerender/`): every chapter in each language, every number and citation linked to an
//! anchor that exists in the same language's text, nothing of the markup left over.

use explainer::domain::dataset::{chapters, sources_in_citation_order};
use explainer::domain::i18n::Lang;
use explainer::prerender::{article, noscript_body};

fn ids(html: &str) -> Vec<&str> {
    html.split(" id=\"").skip(1).filter_map(|s| s.split('"').next()).collect()
}

fn hrefs(html: &str) -> Vec<&str> {
    html.split(" href=\"#").skip(1).filter_map(|s| s.split('"').next()).collect()
}

#[test]
fn each_language_has_every_chapter_and_source() {
    for lang in Lang::ALL {
        let html = article(lang);
        assert!(
            html.starts_with("<article")
                && html.contains(&format!("id=\"text-{}\" lang=\"{}\"", lang.code(), lang.code()))
        );
        for c in chapters() {
            assert!(html.contains(&format!("id=\"{}-{}\"", lang.code(), c.slug)), "{lang:?}: chapter {}", c.slug);
            assert!(html.contains(&*leptos_escape(lang.pick(&c.title))), "{lang:?}: title of {}", c.slug);
        }
        for s in sources_in_citation_order() {
            assert!(html.contains(&format!("id=\"{}-source-{}\"", lang.code(), s.id)), "{lang:?}: source {}", s.id);
        }
        assert!(!html.contains("{fig:") && !html.contains("{src:"), "{lang:?}: markup left in the text");
    }
}

#[test]
fn every_link_in_the_text_has_its_target() {
    let html = noscript_body();
    let targets = ids(&html);
    for h in hrefs(&html) {
        assert!(targets.contains(&h), "#{h} leads nowhere");
    }
    assert!(hrefs(&html).len() > 200, "numbers and citations are links");
}

/// Leptos escapes text as HTML: `&`, `<` and `>`.
fn leptos_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
