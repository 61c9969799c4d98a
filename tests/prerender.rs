//! The prerendered page (`src/prerender/`): every chapter in both languages, every number and citation linked to an
//! anchor that exists in the page, one slot per widget, unique ids, nothing of the markup left over; and every
//! chart's static snapshot (`snapshot`): its SVG, caption, summary and table in the right language, each citation a
//! real source.

use std::collections::HashSet;

use explainer::domain::cite::{bibtex, plain, Citation};
use explainer::domain::content::WIDGETS;
use explainer::domain::dataset::{self, chapters, sources_in_citation_order};
use explainer::domain::i18n::{Lang, Ui};
use explainer::domain::link::{widget_chapter, LinkState};
use explainer::prerender::{body, snapshot, CHART_WIDGETS};

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

/// The text between the first `open` after `from` and the next `close`.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.split(open).skip(1).filter_map(|s| s.split(close).next()).collect()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

/// Drawn marks: shapes in a colour of the palette (greys are the background, grid, axes and text).
fn marks(svg: &str) -> usize {
    let coloured = |line: &str| {
        between(line, "=\"#", "\"").into_iter().any(|hex| {
            let c: Vec<u8> = (0..3).filter_map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()).collect();
            c.len() == 3 && !(c[0] == c[1] && c[1] == c[2])
        })
    };
    svg.lines()
        .map(str::trim_start)
        .filter(|l| ["<rect", "<circle", "<polygon", "<polyline", "<path"].iter().any(|t| l.starts_with(t)))
        .filter(|l| coloured(l))
        .count()
}

fn figures_of(widget: &str) -> usize {
    if widget == "simulator" {
        2
    } else {
        1
    }
}

#[test]
fn every_chart_widget_exists_and_every_other_widget_has_no_snapshot() {
    for w in CHART_WIDGETS {
        assert!(WIDGETS.contains(&w) && widget_chapter(w).is_some(), "{w} is not placed in a chapter");
    }
    for lang in Lang::ALL {
        assert!(snapshot("not-a-widget", lang).is_none());
        // The quiz's chart appears only after a guess; the tables and lists are not charts.
        for w in WIDGETS.iter().filter(|w| !CHART_WIDGETS.contains(w)) {
            assert!(snapshot(w, lang).is_none(), "{w} is not a chart");
        }
    }
}

#[test]
fn every_chart_snapshot_has_its_svg_caption_summary_and_sourced_table() {
    for lang in Lang::ALL {
        for w in CHART_WIDGETS {
            let html = snapshot(w, lang).unwrap_or_else(|| panic!("{lang:?}: no snapshot of {w}"));
            let n = figures_of(w);
            assert!(html.starts_with("<figure "), "{lang:?} {w}: {}", &html[..80.min(html.len())]);
            assert_eq!(html.matches("<svg").count(), n, "{lang:?} {w}: SVGs");
            let figures: Vec<&str> = html.split("<figure ").skip(1).collect();
            assert_eq!(figures.len(), n, "{lang:?} {w}: figures");
            for (i, fig) in figures.into_iter().enumerate() {
                let what = format!("{lang:?} {w} #{i}");
                let head = fig.split('>').next().unwrap_or("");
                assert!(
                    head.contains("class=\"static-chart\"") && head.contains(&format!("data-widget-snapshot=\"{w}\"")),
                    "{what}: {head}"
                );
                assert_eq!(
                    fig.matches("<svg aria-hidden=\"true\"").count(),
                    1,
                    "{what}: one SVG, hidden (the table says it)"
                );

                let svg = between(fig, "<svg", "</svg>")[0];
                let rows = between(fig, "<tbody>", "</tbody>");
                assert_eq!(rows.len(), 1, "{what}: one table");
                let rows = rows[0].matches("<tr>").count();
                assert!(rows >= 1 && fig.contains("<td>"), "{what}: empty table");
                assert!(marks(svg) >= rows, "{what}: {} marks drawn for {rows} rows", marks(svg));
                assert_eq!(has_cjk(svg), lang == Lang::Ja, "{what}: the SVG's text is not in {lang:?}");

                // The box CSS reserves is the SVG's own size, drawn at the phone width.
                let aspect = between(fig, "data-aspect=\"", "\"");
                assert_eq!(aspect.len(), 1, "{what}: aspect");
                let (width, height) = aspect[0].split_once('/').expect("w/h");
                assert_eq!(width, "360", "{what}");
                assert!(height.parse::<u32>().is_ok_and(|h| h > 100), "{what}: height {height}");
                let svg_head = svg.split('>').next().unwrap_or("");
                assert!(
                    svg_head.contains(&format!("width=\"{width}\" height=\"{height}\"")),
                    "{what}: {svg_head} is not {width}/{height}"
                );

                let caption = between(fig, "<figcaption>", "</figcaption>");
                assert_eq!(caption.len(), 1, "{what}: caption");
                assert!(!caption[0].trim().is_empty(), "{what}: empty caption");
                assert_eq!(has_cjk(caption[0]), lang == Lang::Ja, "{what}: caption {:?}", caption[0]);
                let summary = between(fig, "<p class=\"chart-summary\">", "</p>");
                assert_eq!(summary.len(), 1, "{what}: summary");
                assert!(!summary[0].trim().is_empty(), "{what}: empty summary");
                assert_eq!(has_cjk(summary[0]), lang == Lang::Ja, "{what}: summary {:?}", summary[0]);

                let cited = between(fig, "data-cite=\"", "\"");
                assert!(!cited.is_empty(), "{what}: no citations");
                for id in cited {
                    let n = dataset::citation_number(id).unwrap_or_else(|| panic!("{what}: {id} is not a source"));
                    let link =
                        format!("href=\"#{}-source-{id}\" data-cite=\"{id}\" class=\"cite\">[{n}]</a>", lang.code());
                    assert!(fig.contains(&link), "{what}: {id} is not linked as [{n}] to its entry");
                }
                assert!(!fig.contains("NaN") && !fig.contains("inf<"), "{what}: a value failed to compute");
            }
        }
    }
}

#[test]
fn the_money_chart_in_the_text_is_its_snapshot() {
    for lang in Lang::ALL {
        let s = snapshot("money-chart", lang).expect("money chart");
        assert!(body().contains(&s), "{lang:?}: the page's money chart differs from its snapshot");
    }
}

// The static versions of the widgets that are not charts (`prerender::widgets`): the timeline and the classroom kit
// (one section each, both languages inside) and the offers, strategies and Japan tables (once per language).

use explainer::prerender::{appendix, static_view};

/// The widgets with a static version rendered once per language, and the class of the live component's root.
const STATIC_TABLES: [(&str, &str); 3] = [
    ("offers-table", "class=\"offers table-wrap\""),
    ("strategies-compare", "class=\"compare table-wrap\""),
    ("japan-facts", "class=\"japan-facts\""),
];

/// One language's part of an appendix: each element marked `data-l` for it, up to its closing tag.
fn in_lang<'a>(html: &'a str, lang: Lang, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag} data-l=\"{0}\" lang=\"{0}\"", lang.code());
    between(html, &open, &format!("</{tag}>"))
}

// The static versions of chapter 8's and chapter 10's widgets (`prerender::static_view`): the live component's
// markup at the default settings, in the right language, every statement with its source, every record listed.

/// Each widget, the class of the live component's root element, and a text element (tag, class) whose text must
/// be in the widget's language.
const STATIC_WIDGETS: [(&str, &str, (&str, &str)); 8] = [
    ("stack-map", "stack-map", ("p", "layer-desc")),
    ("case-studies", "cases", ("p", "case-lesson")),
    ("recommendations", "recommendations", ("h4", "")),
    ("figures-index", "figures-index-wrap", ("p", "index-count")),
    ("disagreements-list", "disagreements", ("p", "")),
    ("method", "method", ("dd", "")),
    ("cite-this", "cite-this", ("h3", "")),
    ("corrections-log", "corrections", ("span", "correction-refs-label")),
];

/// The opening tags and inner HTML of every `<tag …>` whose class list holds `class` (any element of that tag if
/// `class` is empty), in any attribute order; not for elements nested in one of the same tag.
fn elements<'a>(html: &'a str, tag: &str, class: &str) -> Vec<(&'a str, &'a str)> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    html.split(&open)
        .skip(1)
        .filter(|s| s.starts_with(['>', ' ']))
        .filter_map(|s| {
            let (head, rest) = s.split_once('>')?;
            let classes = between(head, "class=\"", "\"").first().copied().unwrap_or("");
            let ok = class.is_empty() || classes.split(' ').any(|c| c == class);
            ok.then(|| (head, rest.split(&close).next().unwrap_or(rest)))
        })
        .collect()
}

fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every `data-cite` names a source and is its `[n]` link to the entry in `lang`'s sources list; returns how many.
fn assert_cites(html: &str, lang: Lang, what: &str) -> usize {
    let cited = between(html, "data-cite=\"", "\"");
    for id in &cited {
        let n = dataset::citation_number(id).unwrap_or_else(|| panic!("{what}: {id} is not a source"));
        let link = format!("href=\"#{}-source-{id}\" data-cite=\"{id}\" class=\"cite\">[{n}]</a>", lang.code());
        assert!(html.contains(&link), "{what}: {id} is not linked as [{n}] to its {lang:?} entry");
    }
    assert_eq!(html.matches("class=\"cite\"").count(), cited.len(), "{what}: a cite link without its source");
    cited.len()
}

#[test]
fn the_static_tables_follow_their_live_markup_in_each_language_with_every_source() {
    for lang in Lang::ALL {
        for (w, root) in STATIC_TABLES {
            let what = format!("{lang:?} {w}");
            let html = static_view(w, lang).unwrap_or_else(|| panic!("{what}: no static version"));
            let head = html.split('>').next().unwrap_or("");
            assert!(head.starts_with("<div") && head.contains(root), "{what}: {head}");
            assert!(widget_chapter(w).is_some(), "{w} is not placed in a chapter");
            let caption = between(&html, "<caption>", "</caption>");
            assert_eq!(caption.len(), 1, "{what}: caption");
            assert_eq!(has_cjk(caption[0]), lang == Lang::Ja, "{what}: caption {:?}", caption[0]);
            // The row headers: the table's own words (the statements may quote names in either script).
            let heads = between(&html, "<th scope=\"row\">", "</th>");
            assert!(!heads.is_empty(), "{what}: no rows");
            let heads = heads.into_iter().map(text_of).collect::<String>();
            assert_eq!(has_cjk(&heads), lang == Lang::Ja, "{what}: row headers {heads:?}");
            assert!(assert_cites(&html, lang, &what) > 3, "{what}: too few sources");
            assert!(!html.contains("<button"), "{what}: a button without the app");
            // Only language-suffixed ids: the page holds each language's copy.
            for id in ids(&html) {
                assert!(id.starts_with(&format!("{}-", lang.code())), "{what}: id {id} would repeat");
            }
        }
    }
}

#[test]
fn the_static_timeline_lists_every_event_in_each_language() {
    let html = appendix("timeline").expect("static timeline");
    assert!(html.starts_with("<section"), "{}", &html[..80.min(html.len())]);
    let head = html.split('>').next().unwrap_or("");
    assert!(
        head.contains("id=\"timeline\"")
            && head.contains("class=\"chapter timeline\"")
            && head.contains("aria-labelledby=\"timeline-title\""),
        "{head}"
    );
    assert_eq!(html.matches("<section").count(), 1);
    assert!(html.contains("id=\"timeline-title\" tabindex=\"-1\""));
    let filter = between(&html, "<label", "</label>");
    assert_eq!(filter.len(), 2, "a filter per language");
    assert!(filter.iter().all(|f| f.contains("class=\"control js-only\"") && f.contains("<select")));
    let n = dataset::data().events.len();
    for lang in Lang::ALL {
        let what = format!("{lang:?} timeline");
        let lists = in_lang(&html, lang, "ol");
        assert_eq!(lists.len(), 1, "{what}: one list");
        let list = lists[0];
        assert!(list.starts_with(" class=\"timeline-list\""), "{what}: {}", &list[..60.min(list.len())]);
        assert_eq!(list.matches("<li class=\"event").count(), n, "{what}: events");
        assert_eq!(list.matches("<time datetime=").count(), n, "{what}: dates");
        let titles = between(list, "<h3>", "</h3>").concat();
        assert_eq!(has_cjk(&titles), lang == Lang::Ja, "{what}: titles {titles:?}");
        assert_eq!(assert_cites(list, lang, &what), n, "{what}: a source per event");
        assert_eq!(list.matches("class=\"badge status-").count(), n, "{what}: a status per event");
        let count = in_lang(&html, lang, "span").into_iter().find(|s| s.contains(&n.to_string()));
        assert!(count.is_some_and(|c| has_cjk(c) == (lang == Lang::Ja)), "{what}: the count line");
    }
    assert!(!html.contains(" id=\"src-"), "no ids of the live buttons");
}

#[test]
fn the_static_classroom_kit_has_the_lesson_worksheet_and_step_links_in_each_language() {
    let html = appendix("classroom").expect("static classroom kit");
    let head = html.split('>').next().unwrap_or("");
    assert!(
        head.starts_with("<section")
            && head.contains("id=\"teachers\"")
            && head.contains("class=\"chapter teachers\"")
            && head.contains("aria-labelledby=\"teachers-title\""),
        "{head}"
    );
    assert_eq!(html.matches("<section").count(), 1);
    assert_eq!(html.matches("id=\"worksheet\"").count(), 1, "the worksheet the print stylesheet shows");
    let kit = dataset::classroom();
    let questions: usize = chapters().iter().map(|c| c.questions.len()).sum();
    for lang in Lang::ALL {
        let what = format!("{lang:?} classroom");
        let lesson = in_lang(&html, lang, "ol").into_iter().find(|l| l.starts_with(" class=\"lesson\"")).expect(&what);
        assert_eq!(lesson.matches("<li class=\"lesson-step\"").count(), kit.lesson.len(), "{what}: steps");
        let titles = between(lesson, "<h4>", "</h4>").concat();
        assert_eq!(has_cjk(&titles), lang == Lang::Ja, "{what}: step titles {titles:?}");
        let links = between(lesson, "data-link=\"", "\"");
        let with_place = kit.lesson.iter().filter(|s| !s.chapter.is_empty() || !s.profile.is_empty()).count();
        assert!(with_place > 0);
        assert_eq!(links.len(), with_place, "{what}: a link per step that opens a place");
        for l in links {
            let l = l.replace("&amp;", "&");
            let (st, notices) = LinkState::from_fragment(&l);
            assert!(notices.is_empty(), "{what}: {l}: {notices:?}");
            assert_eq!(st.lang, Some(lang), "{what}: {l}");
            assert!(st.chapter.is_some(), "{what}: {l} opens no chapter");
        }
        let sheet =
            in_lang(&html, lang, "ol").into_iter().find(|l| l.starts_with(" class=\"worksheet-list\"")).expect(&what);
        assert_eq!(sheet.matches("<li>").count(), questions + kit.worksheet.len(), "{what}: worksheet items");
        assert_eq!(has_cjk(&text_of(sheet)), lang == Lang::Ja, "{what}: worksheet");
    }
    let prints = between(&html, "<p class=\"print-buttons js-only\">", "</p>");
    assert_eq!(prints.len(), 1, "the print buttons need the app");
    assert_eq!(html.matches("<button").count(), prints[0].matches("<button").count());
}

#[test]
fn the_page_holds_each_static_widget_and_appendix_once() {
    let html = body();
    for name in ["timeline", "classroom"] {
        let s = appendix(name).expect(name);
        assert_eq!(html.matches(&s).count(), 1, "{name}: not in the page as rendered");
    }
    for lang in Lang::ALL {
        for (w, _) in STATIC_TABLES {
            let s = static_view(w, lang).expect(w);
            assert_eq!(html.matches(&s).count(), 1, "{lang:?} {w}: not in its slot");
        }
    }
    let targets = ids(&html);
    let unique: HashSet<_> = targets.iter().collect();
    assert_eq!(unique.len(), targets.len(), "duplicate ids");
    assert!(appendix("not-an-appendix").is_none() && static_view("not-a-widget", Lang::Ja).is_none());
}

fn attr<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    between(head, &format!(" {name}=\""), "\"").first().copied()
}

fn static_html(widget: &str, lang: Lang) -> String {
    explainer::prerender::static_view(widget, lang).unwrap_or_else(|| panic!("{lang:?}: no static view of {widget}"))
}

#[test]
fn every_static_widget_has_its_live_root_and_its_language() {
    for lang in Lang::ALL {
        for (w, root, (tag, class)) in STATIC_WIDGETS {
            assert!(WIDGETS.contains(&w) && widget_chapter(w).is_some(), "{w} is not placed in a chapter");
            let html = static_html(w, lang);
            let head = html.split('>').next().unwrap_or("");
            assert!(
                head.starts_with('<')
                    && between(head, "class=\"", "\"").first().is_some_and(|c| c.split(' ').any(|c| c == root)),
                "{lang:?} {w}: the root {head} is not the live component's .{root}"
            );
            let texts = elements(&html, tag, class);
            assert!(!texts.is_empty(), "{lang:?} {w}: no <{tag} class={class}>");
            for (_, inner) in texts {
                let t = text_of(inner);
                assert!(!t.trim().is_empty(), "{lang:?} {w}: empty <{tag}>");
                assert_eq!(has_cjk(&t), lang == Lang::Ja, "{lang:?} {w}: {t:?} is not in {lang:?}");
            }
            // Ids would be doubled by the two languages unless they name theirs.
            for id in ids(&html) {
                assert!(id.starts_with(&format!("{}-", lang.code())), "{lang:?} {w}: id {id}");
            }
            // A control works only with the app, so it is hidden without it.
            for (head, _) in elements(&html, "button", "") {
                assert!(head.contains("js-only"), "{lang:?} {w}: <button{head}> shows without JavaScript");
            }
            assert!(!html.contains("NaN"), "{lang:?} {w}");
        }
    }
    assert!(explainer::prerender::static_view("not-a-widget", Lang::En).is_none());
}

#[test]
fn every_static_widget_cites_real_sources_and_figures_and_is_in_the_page() {
    let page = body();
    for lang in Lang::ALL {
        for (w, ..) in STATIC_WIDGETS {
            let html = static_html(w, lang);
            assert!(page.contains(&html), "{lang:?}: the page's {w} slot does not hold its static view");
            for (head, inner) in elements(&html, "a", "") {
                if let Some(id) = attr(head, "data-cite") {
                    let n =
                        dataset::citation_number(id).unwrap_or_else(|| panic!("{lang:?} {w}: {id} is not a source"));
                    assert_eq!(
                        attr(head, "href"),
                        Some(&*format!("#{}-source-{id}", lang.code())),
                        "{lang:?} {w}: {head}"
                    );
                    assert_eq!(inner, format!("[{n}]"), "{lang:?} {w}: {id} is not linked as [{n}]");
                }
                if let Some(id) = attr(head, "data-fig") {
                    let f = dataset::figure(id).unwrap_or_else(|| panic!("{lang:?} {w}: {id} is not a figure"));
                    assert_eq!(
                        attr(head, "href"),
                        Some(&*format!("#{}-source-{}", lang.code(), f.source)),
                        "{lang:?} {w}"
                    );
                    assert!(!inner.trim().is_empty(), "{lang:?} {w}: {id} has no text");
                }
            }
        }
        // Where the live widgets cite, the static ones do.
        for w in ["stack-map", "case-studies", "recommendations", "figures-index"] {
            assert!(static_html(w, lang).contains("data-cite=\""), "{lang:?} {w}: no sources");
        }
        let cases = static_html("case-studies", lang);
        let sourced = elements(&cases, "span", "sourced").len();
        let points: usize = dataset::data().case_studies.iter().map(|c| c.points.len()).sum();
        assert_eq!(sourced, points, "{lang:?}: every case study's point with its source");
        let recs = static_html("recommendations", lang);
        for r in dataset::data().recommendations.iter() {
            assert!(recs.contains(&format!("data-cite=\"{}\"", r.source)), "{lang:?}: recommendation {}", r.id);
        }
    }
}

#[test]
fn the_static_lists_hold_every_record_once() {
    let d = dataset::data();
    for lang in Lang::ALL {
        let index = static_html("figures-index", lang);
        let rows = between(&index, "<tbody>", "</tbody>");
        assert_eq!(rows.len(), 1, "{lang:?}: one table");
        let mut listed: Vec<&str> = between(rows[0], "data-fig=\"", "\"");
        assert_eq!(listed.len(), d.figures.len(), "{lang:?}: every figure, once");
        assert_eq!(rows[0].matches("<tr>").count(), d.figures.len(), "{lang:?}: one row per figure");
        listed.sort_unstable();
        let mut all: Vec<&str> = d.figures.iter().map(|f| &*f.id).collect();
        all.sort_unstable();
        assert_eq!(listed, all, "{lang:?}: the index's figures");
        assert!(
            index.contains(&leptos_escape(&Ui::IndexCount.fill(lang, &[("n", &d.figures.len().to_string())]))),
            "{lang:?}: the count"
        );
        // The table waits behind a closed <details> whose summary names its size (a third of the page's elements
        // otherwise laid out before the first paint).
        let details = between(&index, "<details class=\"index-details\">", "</details>");
        assert_eq!(details.len(), 1, "{lang:?}: the table is in one closed <details>");
        assert!(details[0].contains("<tbody>"), "{lang:?}: the table is inside it");
        assert!(
            details[0].contains(&leptos_escape(&Ui::IndexShow.fill(lang, &[("n", &d.figures.len().to_string())]))),
            "{lang:?}: its summary says how many figures it holds"
        );

        let log = static_html("corrections-log", lang);
        let entries = elements(&log, "li", "correction");
        assert_eq!(entries.len(), d.corrections.len(), "{lang:?}: every correction");
        for c in d.corrections.iter() {
            assert_eq!(
                log.matches(&format!("id=\"{}-correction-{}\"", lang.code(), c.id)).count(),
                1,
                "{lang:?}: correction {}",
                c.id
            );
            assert!(log.contains(&leptos_escape(lang.pick(&c.why))), "{lang:?}: why of {}", c.id);
        }

        let list = static_html("disagreements-list", lang);
        assert_eq!(elements(&list, "ul", "disagreement-values").len(), d.disagreements.len(), "{lang:?}");
        for x in d.disagreements.iter() {
            assert!(list.contains(&leptos_escape(lang.pick(&x.why))), "{lang:?}: disagreement {}", x.id);
            for f in x.figures.iter() {
                assert!(list.contains(&format!("data-fig=\"{f}\"")), "{lang:?}: {} lists {f}", x.id);
            }
        }

        let stack = static_html("stack-map", lang);
        let holdings: usize = d.layers.iter().map(|l| l.holders.len()).sum();
        assert_eq!(elements(&stack, "li", "layer").len(), d.layers.len(), "{lang:?}: layers");
        assert_eq!(elements(&stack, "span", "sourced").len(), holdings, "{lang:?}: every holding with its source");
        assert_eq!(elements(&static_html("recommendations", lang), "h4", "").len(), d.recommendations.len());
    }
}

#[test]
fn the_static_citation_is_domain_cites_with_blanks_for_address_and_date() {
    for lang in Lang::ALL {
        let html = static_html("cite-this", lang);
        let fragment = LinkState { lang: Some(lang), ..Default::default() }.to_fragment(true);
        let c = Citation::new(None, format!("{}#{fragment}", Ui::CiteAddressBlank.get(lang)), None, lang);
        let texts: Vec<String> = elements(&html, "pre", "cite-text").into_iter().map(|(_, t)| t.to_string()).collect();
        let (p, b) = (leptos_escape(&plain(&c)), leptos_escape(&bibtex(&c)));
        assert_eq!(texts, [p.clone(), b.clone(), p, b], "{lang:?}: the whole explainer, then the view");
        assert!(texts[0].contains(Ui::CiteAccessedBlank.get(lang)), "{lang:?}: {}", texts[0]);
        assert_eq!(elements(&html, "button", "js-only").len(), 4, "{lang:?}: copy buttons");
    }
}

#[test]
fn the_quiz_asks_first_and_the_calculator_shows_its_default_without_the_app() {
    use explainer::domain::quiz::MEASURES;
    for lang in Lang::ALL {
        let quiz = static_view("guess-quiz", lang).expect("the quiz has a static version");
        // Every answer is behind a closed <details>, with its figures linked to their sources.
        let answers = between(&quiz, "<details class=\"quiz-static-answer nojs-only\">", "</details>");
        assert_eq!(answers.len(), MEASURES.len(), "{lang:?}");
        for a in &answers {
            assert!(a.contains("data-fig=") && a.contains("href=\"#"), "{lang:?}: {a}");
        }
        assert!(!quiz.contains("<details open"), "no answer is open before a guess");
        let calc = static_view("grid-calculator", lang).expect("the calculator has a static version");
        assert_eq!(calc.matches("<dd").count(), 5, "{lang:?}: the five results at the default sum");
        assert_eq!(calc.matches("data-fig=").count(), 7, "{lang:?}: every assumption linked to its source");
        assert!(!calc.contains(" id="), "{lang:?}: no ids that the other language repeats");
    }
}

#[test]
fn the_japan_simulator_shows_its_start_without_the_app() {
    for lang in Lang::ALL {
        let sim = static_view("japan-simulator", lang).expect("the Japan simulator has a static version");
        let says = between(&sim, "<ul class=\"sim-says\">", "</ul>");
        assert!(says.first().is_some_and(|s| s.matches("<li>").count() >= 1), "{lang:?}: what the model says");
        assert!(sim.matches("<th scope=\"row\">").count() >= 10, "{lang:?}: the plan's layers and the ledger");
        assert!(sim.contains("data-fig="), "{lang:?}: the sourced values link to their sources");
        assert!(!sim.contains(" id="), "{lang:?}: no ids that the other language repeats");
        assert!(!sim.contains("<select"), "{lang:?}: the plan is written out, not a control that does nothing");
    }
}
