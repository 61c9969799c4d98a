//! The page itself, both languages in one document: the header, the contents, every chapter (headings, prose,
//! questions) and, where the app mounts an interactive piece, a slot holding its static version (a chart's SVG with
//! its table, the sources list). `boot.js` sets `<html data-lang>` before the first paint and CSS shows one
//! language; the wasm mounts its widgets into the slots (`ui::mount`).
//!
//! Each language's blocks sit side by side, chapter by chapter, so each language's first chapter arrives early.
//! Slots: `data-slot="…"` for the page's chrome (language switch, contents, notices, chapter actions, timeline,
//! classroom kit, footer, source card) and `data-widget="…"` for a chapter's widget.

use leptos::prelude::*;

use crate::domain::content::Chapter;
use crate::domain::dataset::{self, citation_number, sources_in_citation_order};
use crate::domain::format;
use crate::domain::i18n::{source_kind_label, Lang, Ui};

use super::prose::{blocks, chapter_href, link_target, source_anchor};
use super::render;

/// The same text in both languages, each in an element CSS shows only in its language.
/// The footer as the app shows it, with the data's downloads as links to the static files (`data/`, written by
/// the prerender; `../` on the English page, and removed from the one-file copy, which has no files beside it).
fn footer() -> impl IntoView {
    let d = dataset::data();
    view! {
        <footer class="site-foot">
            {Lang::ALL.into_iter().map(|l| view! {
                <div data-l=l.code() lang=l.code()>
                    <p>{Ui::FooterVersion.fill(l, &[
                        ("version", &format!("{} (data {})", env!("CARGO_PKG_VERSION"), d.version)),
                        ("date", &format::date(d.checked, l)),
                    ])}</p>
                    <p>{Ui::LicenceText.get(l)}</p>
                    <p class="downloads static-downloads">
                        <a class="button-link" href="./data/dataset.json" download="ai-race-dataset.json">{Ui::DownloadDatasetJson.get(l)}</a>
                        <a class="button-link" href="./data/figures.csv" download="ai-race-figures.csv">{Ui::DownloadFiguresCsv.get(l)}</a>
                    </p>
                </div>
            }).collect_view()}
        </footer>
    }
}

fn both(tag: &'static str, f: impl Fn(Lang) -> String) -> impl IntoView {
    Lang::ALL
        .into_iter()
        .map(|l| {
            let text = f(l);
            match tag {
                "span" => view! { <span data-l=l.code() lang=l.code()>{text}</span> }.into_any(),
                _ => view! { <div data-l=l.code() lang=l.code()>{text}</div> }.into_any(),
            }
        })
        .collect_view()
}

/// Every source in citation order, each with the anchor that numbers and citations in the text link to.
fn sources_list(lang: Lang) -> impl IntoView {
    view! {
        <ol class="sources-list static-sources">
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

/// What a widget's slot holds until the app mounts the widget: the static version, or nothing.
fn widget_static(widget: &str, lang: Lang) -> Option<String> {
    match widget {
        "sources-list" => Some(render(move || sources_list(lang))),
        w => super::charts::snapshot(w, lang).or_else(|| super::widgets::static_view(w, lang)),
    }
}

fn widget_slot(widget: &'static str) -> impl IntoView {
    let inner: String = Lang::ALL
        .into_iter()
        .filter_map(|l| {
            widget_static(widget, l).map(|html| format!("<div data-l=\"{0}\" lang=\"{0}\">{html}</div>", l.code()))
        })
        .collect();
    let targets = Lang::ALL.into_iter().map(|l| link_target(l, widget)).collect_view();
    view! {
        {targets}
        <div class="slot widget-slot" data-widget=widget inner_html=inner></div>
    }
}

fn chapter(c: &'static Chapter, number: usize) -> impl IntoView {
    let slug: &'static str = &c.slug;
    let title_id = format!("{slug}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class="chapter" id=slug aria-labelledby=labelled_by>
            {Lang::ALL.into_iter().map(|l| link_target(l, slug)).collect_view()}
            <header class="chapter-head">
                <p class="kicker">{both("span", move |l| Ui::ChapterN.fill(l, &[("n", &number.to_string())]))}</p>
                <h2 id=title_id tabindex="-1">{both("span", |l| l.pick(&c.title).to_string())}</h2>
                <p class="dek">{both("span", |l| l.pick(&c.dek).to_string())}</p>
                // The app's row as it will be (so nothing moves when it mounts); hidden without JavaScript, where
                // its buttons could not work.
                <div class="slot" data-slot="chapter-actions" data-chapter=slug>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <p class="chapter-actions" data-l=l.code() lang=l.code()>
                            <button type="button" class="small">{Ui::ChapterCopyLink.get(l)}</button>
                            <button type="button" class="small" aria-haspopup="dialog">{Ui::ChapterCite.get(l)}</button>
                            <a class="small" href=chapter_href(l, "timeline")>{Ui::TimelineLink.get(l)}</a>
                            <span class="copied" role="status"></span>
                        </p>
                    }).collect_view()}
                </div>
            </header>
            {c.parts.iter().map(|p| view! {
                {(!p.blocks.is_empty()).then(|| Lang::ALL.into_iter().map(|l| view! {
                    <div class="prose" data-l=l.code() lang=l.code()>{blocks(&p.blocks, l)}</div>
                }).collect_view())}
                {(!p.widget.is_empty()).then(|| widget_slot(&p.widget))}
            }).collect_view()}
            {(!c.questions.is_empty()).then(|| view! {
                <div class="questions" role="group" aria-labelledby=format!("{slug}-questions")>
                    <h3 id=format!("{slug}-questions")>{both("span", |l| Ui::DiscussionQuestions.get(l).to_string())}</h3>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <ol data-l=l.code() lang=l.code()>{c.questions.iter().map(|q| view! { <li>{l.pick(q).to_string()}</li> }).collect_view()}</ol>
                    }).collect_view()}
                </div>
            })}
        </section>
    }
}

/// The contents as plain links; the app mounts its own (which marks the chapter in view) in their place.
fn toc() -> impl IntoView {
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <details open=true>
                <summary id="toc-title">{both("span", |l| Ui::Contents.get(l).to_string())}</summary>
                {Lang::ALL.into_iter().map(|l| view! {
                    <ol data-l=l.code() lang=l.code()>
                        {dataset::chapters().iter().enumerate().map(|(i, c)| view! {
                            <li><a href=chapter_href(l, &c.slug)>
                                <span class="toc-n">{(i + 1).to_string()}</span>
                                <span class="toc-title">{l.pick(&c.title).to_string()}</span>
                            </a></li>
                        }).collect_view()}
                    </ol>
                }).collect_view()}
                {Lang::ALL.into_iter().map(|l| view! {
                    <ul class="toc-extra" data-l=l.code() lang=l.code()>
                        <li><a href=chapter_href(l, "timeline")>{Ui::TimelineLink.get(l)}</a></li>
                        <li><a href=chapter_href(l, "teachers")>{Ui::TeachersTitle.get(l)}</a></li>
                    </ul>
                }).collect_view()}
            </details>
        </nav>
    }
}

/// The page's body inside `#app`.
pub fn body() -> String {
    render(|| {
        view! {
            {Lang::ALL.into_iter().map(|l| link_target(l, "")).collect_view()}
            <header class="site-head">
                <a class="skip" href="#main">{both("span", |l| Ui::SkipToContent.get(l).to_string())}</a>
                <div class="site-title">
                    <h1>{both("span", |l| Ui::AppTitle.get(l).to_string())}</h1>
                    <p class="subtitle">{both("span", |l| Ui::AppSubtitle.get(l).to_string())}</p>
                </div>
                <div class="slot" data-slot="lang-switch">
                    <div class="lang-switch">
                        {Lang::ALL.into_iter().map(|l| view! {
                            <a href=chapter_href(l, "") lang=l.code() hreflang=l.code() data-pick=l.code()>{l.endonym()}</a>
                        }).collect_view()}
                    </div>
                </div>
            </header>
            <p class="fallback-note" role="status">{both("span", |l| Ui::StaticFallbackNote.get(l).to_string())}</p>
            <p class="static-note" role="note">{both("span", |l| Ui::StaticNote.get(l).to_string())}</p>
            <div class="layout">
                <div class="slot" data-slot="toc">{toc()}</div>
                <main id="main" tabindex="-1">
                    <div class="slot" data-slot="notices"></div>
                    {dataset::chapters().iter().enumerate().map(|(i, c)| chapter(c, i + 1)).collect_view()}
                    {Lang::ALL.into_iter().map(|l| link_target(l, "timeline")).collect_view()}
                    <div class="slot" data-slot="timeline" inner_html=super::widgets::appendix("timeline").unwrap_or_default()></div>
                    {Lang::ALL.into_iter().map(|l| link_target(l, "teachers")).collect_view()}
                    <div class="slot" data-slot="classroom" inner_html=super::widgets::appendix("classroom").unwrap_or_default()></div>
                </main>
            </div>
            <div class="slot" data-slot="footer">{footer()}</div>
            <div class="slot" data-slot="card"></div>
        }
    })
}
