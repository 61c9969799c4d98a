//! Renders the chapters' prose segments: text, emphasis, figures with their source buttons, citations, links.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::domain::content::{Block, BlockKind, FigStyle, Seg};
use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Status;

use super::sources::status_label;
use super::state::{use_ctx, CardRequest, CardTarget};

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A unique DOM id, so a closed source card can give focus back to its button.
pub fn fresh_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

fn style_code(s: FigStyle) -> &'static str {
    match s {
        FigStyle::Value => "value",
        FigStyle::Usd => "usd",
        FigStyle::Year => "year",
        FigStyle::Date => "date",
    }
}

fn fig_button(id: &'static str, style: FigStyle, lang: Lang) -> AnyView {
    let ctx = use_ctx();
    let Some(f) = dataset::figure(id) else { return view! { <span>{id}</span> }.into_any() };
    let text = format::figure_text(f, style, lang);
    let dom_id = fresh_id("fig");
    let opener = dom_id.clone();
    let status = f.status;
    let label = format!(
        "{text} ({}; {})",
        status_label(status).get(lang),
        Ui::SourceCardOpen.fill(lang, &[("what", lang.pick(&f.claim))])
    );
    view! {
        <button
            type="button"
            class=format!("fig status-{}", status.key())
            id=dom_id
            data-fig=id
            data-style=style_code(style)
            aria-haspopup="dialog"
            aria-label=label
            on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(id), opener: opener.clone() }))
        >
            {text}
            {(matches!(style, FigStyle::Value | FigStyle::Usd) && matches!(status, Status::Unverified | Status::Contradicted)).then(|| view! { <span class="fig-flag" aria-hidden="true">"?"</span> })}
        </button>
    }
    .into_any()
}

fn seg_view(seg: &'static Seg, lang: Lang) -> AnyView {
    let ctx = use_ctx();
    match seg {
        Seg::Text(t) => t.as_ref().into_any(),
        Seg::Em(t) => view! { <strong>{t.as_ref()}</strong> }.into_any(),
        Seg::Fig { id, style } => fig_button(id, *style, lang),
        Seg::Ratio { num, den } => {
            let (Some(a), Some(b)) = (dataset::figure(num), dataset::figure(den)) else {
                return view! { <span>"?"</span> }.into_any();
            };
            let (num, den): (&'static str, &'static str) = (num, den);
            let text = format::multiple(format::ratio_value(a, b), lang);
            let dom_id = fresh_id("ratio");
            let opener = dom_id.clone();
            view! {
                <button type="button" class="fig ratio" id=dom_id data-ratio=format!("{num}/{den}") aria-haspopup="dialog"
                    on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Ratio(num, den), opener: opener.clone() }))>
                    {text}
                </button>
            }
            .into_any()
        }
        Seg::EventDate { id, year_only } => match dataset::event(id) {
            Some(e) if *year_only => format::year(e.date, lang).into_any(),
            Some(e) => format::date(e.date, lang).into_any(),
            None => id.as_ref().into_any(),
        },
        Seg::Actor(id) => dataset::actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_default().into_any(),
        Seg::Cite(id) => {
            let id: &'static str = id;
            let n = dataset::citation_number(id).unwrap_or(0);
            let dom_id = fresh_id("cite");
            let opener = dom_id.clone();
            let title = dataset::source(id).map(|s| lang.pick(&s.title_l10n).to_string()).unwrap_or_default();
            view! {
                <button type="button" class="cite" id=dom_id data-cite=id aria-haspopup="dialog"
                    aria-label=format!("[{n}] {}", Ui::SourceCardOpen.fill(lang, &[("what", &title)]))
                    on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Source(id), opener: opener.clone() }))>
                    {format!("[{n}]")}
                </button>
            }
            .into_any()
        }
        Seg::ChapterLink { slug, text } => {
            view! { <a href=format!("#/{}/{}", lang.code(), slug)>{text.as_ref()}</a> }.into_any()
        }
    }
}

pub fn segs_view(segs: &'static [Seg], lang: Lang) -> impl IntoView {
    segs.iter().map(|s| seg_view(s, lang)).collect_view()
}

fn pick(b: &'static Block, lang: Lang) -> &'static [Seg] {
    match lang {
        Lang::Ja => &b.text.ja,
        Lang::En => &b.text.en,
    }
}

/// A run of blocks; consecutive items become one list. Re-renders only its text when the language changes.
pub fn blocks_view(blocks: &'static [Block]) -> impl IntoView {
    let ctx = use_ctx();
    crate::domain::content::groups(blocks)
        .into_iter()
        .map(move |(kind, bs)| match kind {
            BlockKind::Item => view! {
                <ul class="prose-list">
                    {bs.into_iter().map(|b| view! { <li>{move || segs_view(pick(b, ctx.lang.get()), ctx.lang.get())}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
            BlockKind::Heading => {
                let b = bs[0];
                view! { <h3>{move || segs_view(pick(b, ctx.lang.get()), ctx.lang.get())}</h3> }.into_any()
            }
            BlockKind::Aside => {
                let b = bs[0];
                view! { <div class="note" role="note"><p>{move || segs_view(pick(b, ctx.lang.get()), ctx.lang.get())}</p></div> }.into_any()
            }
            BlockKind::Paragraph => {
                let b = bs[0];
                view! { <p>{move || segs_view(pick(b, ctx.lang.get()), ctx.lang.get())}</p> }.into_any()
            }
        })
        .collect_view()
}
