//! The prerendered page (`src/prerender/`): every chapter in both languages, every number and citation linked to an
//! anchor that exists in the page, one slot per widget, unique ids, nothing of the markup left over.

use std::collections::HashSet;

use explainer::domain::content::WIDGETS;
use explainer::domain::dataset::{chapters, sources_in_citation_order};
use explainer::domain::i18n::Lang;
use explainer::prerender::body;

fn ids(html: &str) -> Vec<&str> {
    html.split(" id=\"").skip(1).filter_map(|s| s.split('"').next()).collect()
}

fn hrefs(html: &str) -> Vec<&str> {
    html.split(" href=\"#").skip(1).filter_map(|s| s.split('"').next()).collect()
}

#[test]
fn both_languages_have_every_chapter_and_source() {
    let html = body();
    for c in chapters() {
        assert!(html.contains(&format!("<section id=\"{}\"", c.slug)), "chapter {}", c.slug);
        for lang in Lang::ALL {
            assert!(html.contains(&*leptos_escape(lang.pick(&c.title))), "{lang:?}: title of {}", c.slug);
            assert!(
                html.contains(&format!("id=\"/{}/{}\"", lang.code(), c.slug)),
                "{lang:?}: link target of {}",
                c.slug
            );
        }
    }
    for lang in Lang::ALL {
        for s in sources_in_citation_order() {
            assert!(html.contains(&format!("id=\"{}-source-{}\"", lang.code(), s.id)), "{lang:?}: source {}", s.id);
        }
        assert!(
            html.matches(&format!("data-l=\"{}\" lang=\"{}\" class=\"prose\"", lang.code(), lang.code())).count() > 20,
            "{lang:?}: prose"
        );
    }
    assert!(!html.contains("{fig:") && !html.contains("{src:"), "markup left in the text");
}

#[test]
fn every_link_in_the_text_has_its_target_and_ids_are_unique() {
    let html = body();
    let targets = ids(&html);
    let unique: HashSet<_> = targets.iter().collect();
    assert_eq!(unique.len(), targets.len(), "duplicate ids");
    for h in hrefs(&html) {
        assert!(targets.contains(&h) || h == "main", "#{h} leads nowhere");
    }
    assert!(hrefs(&html).len() > 400, "numbers and citations are links, in both languages");
}

#[test]
fn each_widget_a_chapter_places_has_one_slot() {
    let html = body();
    let placed: Vec<&str> =
        chapters().iter().flat_map(|c| c.parts.iter()).map(|p| &*p.widget).filter(|w| !w.is_empty()).collect();
    for w in &placed {
        assert!(WIDGETS.contains(w));
        assert_eq!(html.matches(&format!("data-widget=\"{w}\"")).count(), 1, "slot for {w}");
    }
    for slot in ["lang-switch", "toc", "notices", "timeline", "classroom", "footer", "card"] {
        assert_eq!(html.matches(&format!("data-slot=\"{slot}\"")).count(), 1, "slot {slot}");
    }
    assert_eq!(html.matches("data-slot=\"chapter-actions\"").count(), chapters().len());
}

/// Leptos escapes text as HTML: `&`, `<` and `>`.
fn leptos_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
