//! Prose segments as static HTML. A number links to its source in the numbered sources list, a citation to its
//! entry, a chapter link to the chapter: what a reader without JavaScript follows. Each carries its record in a
//! `data-` attribute and a unique id, so the app opens the source card from one delegated listener
//! (`ui::prose::listen`) and gives focus back to the link when the card closes.

use std::cell::Cell;

use leptos::prelude::*;

use crate::domain::content::{Block, BlockKind, FigStyle, Seg};
use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{status_label, Lang, Ui};
use crate::domain::model::Status;

thread_local! {
    static NEXT_ID: Cell<usize> = const { Cell::new(0) };
}

/// A unique id in the page (`f-ja-12`): the prerender is one pass, so the ids are the same on every build.
fn fresh_id(lang: Lang) -> String {
    let n = NEXT_ID.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    });
    format!("f-{}-{n}", lang.code())
}

fn style_code(s: FigStyle) -> &'static str {
    match s {
        FigStyle::Value => "value",
        FigStyle::Usd => "usd",
        FigStyle::Year => "year",
        FigStyle::Date => "date",
    }
}

/// A link to a chapter or widget in the app's form (`#/ja/money`). The page has an element with that id, so the link
/// works before the app starts and without JavaScript too.
pub fn chapter_href(lang: Lang, slug: &str) -> String {
    format!("#/{}/{slug}", lang.code())
}

/// An empty element whose id is a link's fragment without `#` (`/ja/money`): the browser's own scroll target.
pub fn link_target(lang: Lang, slug: &str) -> impl IntoView {
    view! { <span class="link-target" id=format!("/{}/{slug}", lang.code())></span> }
}

/// The anchor of a source's entry in one language's sources list.
pub fn source_anchor(lang: Lang, source: &str) -> String {
    format!("{}-source-{source}", lang.code())
}

fn seg(seg: &'static Seg, lang: Lang) -> AnyView {
    match seg {
        Seg::Text(t) => t.to_string().into_any(),
        Seg::Em(t) => view! { <strong>{t.to_string()}</strong> }.into_any(),
        Seg::Fig { id, style } => match dataset::figure(id) {
            Some(f) => {
                let flag = matches!(style, FigStyle::Value | FigStyle::Usd)
                    && matches!(f.status, Status::Unverified | Status::Contradicted);
                let text = format::figure_text(f, *style, lang);
                let label = format!(
                    "{text} ({}; {})",
                    status_label(f.status).get(lang),
                    Ui::SourceCardOpen.fill(lang, &[("what", lang.pick(&f.claim))])
                );
                view! {
                    <a class=format!("fig status-{}", f.status.key()) id=fresh_id(lang) data-fig=id.to_string() data-style=style_code(*style)
                        aria-haspopup="dialog" aria-label=label
                        href=format!("#{}", source_anchor(lang, &f.source))>
                        {text}
                        {flag.then(|| view! { <span class="fig-flag" aria-hidden="true">"?"</span> })}
                    </a>
                }
                .into_any()
            }
            None => id.to_string().into_any(),
        },
        Seg::Ratio { num, den } => match (dataset::figure(num), dataset::figure(den)) {
            (Some(a), Some(b)) => view! {
                <a class="fig ratio" id=fresh_id(lang) data-ratio=format!("{num}/{den}") aria-haspopup="dialog"
                    href=format!("#{}", source_anchor(lang, &a.source))>
                    {format::multiple(format::ratio_value(a, b), lang)}
                </a>
            }
            .into_any(),
            _ => "?".into_any(),
        },
        Seg::EventDate { id, year_only } => match dataset::event(id) {
            Some(e) if *year_only => format::year(e.date, lang).into_any(),
            Some(e) => format::date(e.date, lang).into_any(),
            None => id.to_string().into_any(),
        },
        Seg::Actor(id) => dataset::actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_default().into_any(),
        Seg::Cite(id) => {
            let n = dataset::citation_number(id).unwrap_or(0);
            let title = dataset::source(id).map(|s| lang.pick(&s.title_l10n).to_string()).unwrap_or_default();
            view! {
                <a class="cite" id=fresh_id(lang) data-cite=id.to_string() aria-haspopup="dialog"
                    aria-label=format!("[{n}] {}", Ui::SourceCardOpen.fill(lang, &[("what", &title)]))
                    href=format!("#{}", source_anchor(lang, id))>{format!("[{n}]")}</a>
            }
            .into_any()
        }
        Seg::ChapterLink { slug, text } => view! { <a href=chapter_href(lang, slug)>{text.to_string()}</a> }.into_any(),
    }
}

fn segs(b: &'static Block, lang: Lang) -> impl IntoView {
    let list: &'static [Seg] = match lang {
        Lang::Ja => &b.text.ja,
        Lang::En => &b.text.en,
    };
    list.iter().map(|s| seg(s, lang)).collect_view()
}

/// A run of blocks, as in the app: consecutive items become one list.
pub fn blocks(blocks: &'static [Block], lang: Lang) -> impl IntoView {
    crate::domain::content::groups(blocks)
        .into_iter()
        .map(move |(kind, bs)| match kind {
            BlockKind::Item => {
                view! { <ul class="prose-list">{bs.into_iter().map(|b| view! { <li>{segs(b, lang)}</li> }).collect_view()}</ul> }
                    .into_any()
            }
            BlockKind::Heading => view! { <h3>{segs(bs[0], lang)}</h3> }.into_any(),
            BlockKind::Aside => view! { <div class="note" role="note"><p>{segs(bs[0], lang)}</p></div> }.into_any(),
            BlockKind::Paragraph => view! { <p>{segs(bs[0], lang)}</p> }.into_any(),
        })
        .collect_view()
}
