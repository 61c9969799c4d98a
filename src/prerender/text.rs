//! One language's whole text as an `<article>`, and both of them for the page's `<noscript>`.

use leptos::prelude::*;

use crate::domain::content::Chapter;
use crate::domain::dataset::{self, citation_number, sources_in_citation_order};
use crate::domain::format;
use crate::domain::i18n::{source_kind_label, Lang, Ui};

use super::prose::{blocks, chapter_anchor, source_anchor};
use super::render;

/// Every source in citation order, each with the anchor that numbers and citations in the text link to.
fn sources_list(lang: Lang) -> impl IntoView {
    view! {
        <ol class="sources-list">
            {sources_in_citation_order().into_iter().map(|s| {
                let url = s.url.as_deref().map(|u| view! { " " <a href=u.to_string() rel="noopener noreferrer" class="source-url">{u.to_string()}</a> });
                view! {
                    <li id=source_anchor(lang, &s.id) value=citation_number(&s.id).unwrap_or(0).to_string()>
                        <span class="badge kind">{source_kind_label(s.kind).get(lang)}</span>" "
                        <span class="source-line">
                            {s.publisher.to_string()}", "<cite>{lang.pick(&s.title_l10n).to_string()}</cite>
                            {s.author.as_deref().map(|a| format!(" ({a})"))}", "{format::date(s.date, lang)}"."
                            {url}
                        </span>
                        {s.note.as_ref().map(|n| view! { <p class="source-note">{lang.pick(n).to_string()}</p> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

fn chapter(c: &'static Chapter, number: usize, lang: Lang) -> impl IntoView {
    let anchor = chapter_anchor(lang, &c.slug);
    let title_id = format!("{anchor}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class="chapter" id=anchor aria-labelledby=labelled_by>
            <header class="chapter-head">
                <p class="kicker">{Ui::ChapterN.fill(lang, &[("n", &number.to_string())])}</p>
                <h2 id=title_id>{lang.pick(&c.title).to_string()}</h2>
                <p class="dek">{lang.pick(&c.dek).to_string()}</p>
            </header>
            {c.parts.iter().map(|p| view! {
                {blocks(&p.blocks, lang)}
                {match &*p.widget {
                    "sources-list" => Some(sources_list(lang).into_any()),
                    "money-chart" => Some(super::charts::money_figure(lang).into_any()),
                    _ => None,
                }}
            }).collect_view()}
            {(!c.questions.is_empty()).then(|| view! {
                <div class="questions">
                    <h3>{Ui::DiscussionQuestions.get(lang)}</h3>
                    <ol>{c.questions.iter().map(|q| view! { <li>{lang.pick(q).to_string()}</li> }).collect_view()}</ol>
                </div>
            })}
        </section>
    }
}

/// One language's text: title, a note on what needs JavaScript, the contents, every chapter.
pub fn article(lang: Lang) -> String {
    let other = lang.other();
    render(move || {
        view! {
            <article class="static-text" id=format!("text-{}", lang.code()) lang=lang.code()>
                <header class="site-head">
                    <div class="site-title">
                        <h1>{Ui::AppTitle.get(lang)}</h1>
                        <p class="subtitle">{Ui::AppSubtitle.get(lang)}</p>
                    </div>
                    <p class="lang-switch"><a href=format!("#text-{}", other.code()) lang=other.code() hreflang=other.code()>{Ui::StaticOtherLanguage.get(lang)}</a></p>
                </header>
                <p class="static-note" role="note">{Ui::StaticNote.get(lang)}</p>
                <p class="fallback-note" role="status">{Ui::StaticFallbackNote.get(lang)}</p>
                <nav class="static-toc" aria-label=Ui::Contents.get(lang)>
                    <h2>{Ui::Contents.get(lang)}</h2>
                    <ol>
                        {dataset::chapters().iter().map(|c| view! {
                            <li><a href=format!("#{}", chapter_anchor(lang, &c.slug))>{lang.pick(&c.title).to_string()}</a></li>
                        }).collect_view()}
                    </ol>
                </nav>
                {dataset::chapters().iter().enumerate().map(|(i, c)| chapter(c, i + 1, lang)).collect_view()}
            </article>
        }
    })
}

/// What the page shows without JavaScript: both languages' text, Japanese first.
pub fn noscript_body() -> String {
    Lang::ALL.into_iter().map(article).collect::<Vec<_>>().join("\n")
}
