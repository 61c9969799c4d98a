//! "Updates and corrections": the public log, newest first, each entry with its date, what changed, why, and
//! the records and chapters it touches. Source cards link here (`corrected_on` below).

use leptos::prelude::*;

use crate::domain::corrections::{anchor, chapter_label, href, newest_first, record_label, touching};
use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Correction;

use crate::ui::dom;
use crate::ui::prose::fresh_id;
use crate::ui::sources::value_text;
use crate::ui::state::{navigate, use_ctx, CardRequest, CardTarget, Nav};
use crate::ui::toc::{chapter_href, go_to_chapter};

#[component]
pub fn CorrectionsLog() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        let log = newest_first(dataset::data());
        view! {
            <div class="corrections" id="corrections-log">
                <p class="index-count">{Ui::CorrectionsCount.fill(lang, &[("n", &log.len().to_string())])}</p>
                <ol class="corrections-list" aria-label=Ui::CorrectionsLabel.get(lang)>
                    {log.into_iter().map(|c| entry(c, lang)).collect_view()}
                </ol>
            </div>
        }
    }
}

fn entry(c: &'static Correction, lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    let badge = if c.kept { Ui::CorrectionKept } else { Ui::CorrectionCorrected };
    view! {
        <li class="correction" id=anchor(&c.id) tabindex="-1" data-kept=c.kept.to_string()>
            <p class="correction-head">
                <time datetime=c.date.to_string()>{format::date(c.date, lang)}</time>
                " "
                <span class=if c.kept { "badge correction-kept" } else { "badge correction-made" }>{badge.get(lang)}</span>
            </p>
            <p class="correction-what">{lang.pick(&c.what).to_string()}</p>
            <p class="correction-why"><strong>{Ui::CorrectionWhy.get(lang)} ": "</strong>{lang.pick(&c.why).to_string()}</p>
            {(!c.records.is_empty()).then(|| view! {
                <p class="correction-refs">
                    <span class="correction-refs-label">{Ui::CorrectionTouches.get(lang)} ": "</span>
                    {c.records.iter().enumerate().map(|(i, r)| view! {
                        {(i > 0).then_some(", ")}
                        {record_ref(r, lang)}
                    }).collect_view()}
                </p>
            })}
            {(!c.chapters.is_empty()).then(|| view! {
                <p class="correction-refs">
                    <span class="correction-refs-label">{Ui::CorrectionChapters.get(lang)} ": "</span>
                    {c.chapters.iter().enumerate().map(|(i, s)| {
                        let slug: &'static str = s;
                        view! {
                            {(i > 0).then_some(", ")}
                            <a href=move || chapter_href(&ctx, slug)
                                on:click=move |ev| { ev.prevent_default(); go_to_chapter(&ctx, slug); }>
                                {chapter_label(slug, lang)}
                            </a>
                        }
                    }).collect_view()}
                </p>
            })}
        </li>
    }
}

/// A record the entry touches: a figure or event opens its card; anything else is named.
fn record_ref(r: &'static str, lang: Lang) -> AnyView {
    let ctx = use_ctx();
    let d = dataset::data();
    let label = record_label(d, r, lang);
    let target = match r.split_once(':') {
        Some(("figure", id)) => {
            dataset::figure(id).map(|f| (CardTarget::Figure(&f.id), format!("{label} ({})", value_text(f, lang))))
        }
        Some(("event", id)) => dataset::event(id).map(|e| (CardTarget::Event(&e.id), label.clone())),
        _ => None,
    };
    match target {
        Some((target, text)) => {
            let id = fresh_id("corr");
            let opener = id.clone();
            view! {
                <button type="button" class="linklike" id=id aria-haspopup="dialog"
                    on:click=move |_| ctx.card.set(Some(CardRequest { target: target.clone(), opener: opener.clone() }))>
                    {text}
                </button>
            }
            .into_any()
        }
        None => view! { <span class="correction-record">{label}</span> }.into_any(),
    }
}

/// For a source card: "Corrected on 1 December 2026", one link per entry that names the record, each closing
/// the card and going to the entry in chapter 10.
pub fn corrected_on(kind: &'static str, id: &'static str, lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    let hits = touching(dataset::data(), kind, id);
    (!hits.is_empty()).then(|| {
        view! {
            <dt>{Ui::CardCorrections.get(lang)}</dt>
            <dd>
                <ul class="card-corrections">
                    {hits.into_iter().map(|c| {
                        let entry_id: &'static str = &c.id;
                        let text = if c.kept { Ui::CardReviewedOn } else { Ui::CardCorrectedOn }
                            .fill(lang, &[("date", &format::date(c.date, lang))]);
                        view! {
                            <li>
                                <a class="correction-link" href=href(lang) data-correction=entry_id
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        ctx.card.set(None);
                                        ctx.mount("sources");
                                        navigate(&ctx, Nav::Push, |l| {
                                            l.chapter = Some("sources");
                                            l.anchor = Some("corrections-log");
                                        });
                                        // After the card has closed and handed focus back to its opener.
                                        set_timeout(move || {
                                            let target = anchor(entry_id);
                                            dom::scroll_to_id(&target);
                                            if let Some(el) = dom::document().get_element_by_id(&target) {
                                                use wasm_bindgen::JsCast;
                                                let opts = web_sys::FocusOptions::new();
                                                opts.set_prevent_scroll(true);
                                                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus_with_options(&opts);
                                            }
                                        }, std::time::Duration::from_millis(60));
                                    }>
                                    {text}
                                </a>
                                " — " {lang.pick(&c.what).to_string()}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </dd>
        }
    })
}
