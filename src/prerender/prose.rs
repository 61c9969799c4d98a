//! Prose segments as static HTML: the same markup classes as the app (`ui::prose`), with links where the app has
//! buttons: a number links to its source in the sources list, a citation to its numbered entry, a chapter link to
//! the chapter in the same language's text.

use leptos::prelude::*;

use crate::domain::content::{Block, BlockKind, FigStyle, Seg};
use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::Lang;
use crate::domain::model::Status;

/// The anchor of a chapter in one language's text (`ja-money`), so both languages can share one document.
pub fn chapter_anchor(lang: Lang, slug: &str) -> String {
    format!("{}-{slug}", lang.code())
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
                view! {
                    <a class=format!("fig status-{}", f.status.key()) data-fig=id.to_string()
                        href=format!("#{}", source_anchor(lang, &f.source))>
                        {format::figure_text(f, *style, lang)}
                        {flag.then(|| view! { <span class="fig-flag" aria-hidden="true">"?"</span> })}
                    </a>
                }
                .into_any()
            }
            None => id.to_string().into_any(),
        },
        Seg::Ratio { num, den } => match (dataset::figure(num), dataset::figure(den)) {
            (Some(a), Some(b)) => format::multiple(format::ratio_value(a, b), lang).into_any(),
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
            view! { <a class="cite" href=format!("#{}", source_anchor(lang, id))>{format!("[{n}]")}</a> }.into_any()
        }
        Seg::ChapterLink { slug, text } => {
            view! { <a href=format!("#{}", chapter_anchor(lang, slug))>{text.to_string()}</a> }.into_any()
        }
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
