//! The corrections log, as `ui::chapters::corrections::CorrectionsLog` shows it: newest first, each entry with its
//! date, what changed and why, the records it touches (a figure links to its source, with its value; an event to
//! its source) and the chapters.

use leptos::prelude::*;

use crate::domain::corrections::{chapter_label, newest_first, record_label};
use crate::domain::dataset;
use crate::domain::format::{self, value_text};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Correction;

use super::super::prose::{chapter_href, source_anchor};
use super::links::figure;

pub fn corrections_log(lang: Lang) -> impl IntoView {
    let log = newest_first(dataset::data());
    view! {
        <div class="corrections">
            <p class="index-count">{Ui::CorrectionsCount.fill(lang, &[("n", &log.len().to_string())])}</p>
            <ol class="corrections-list" aria-label=Ui::CorrectionsLabel.get(lang)>
                {log.into_iter().map(|c| entry(c, lang)).collect_view()}
            </ol>
        </div>
    }
}

fn entry(c: &'static Correction, lang: Lang) -> impl IntoView {
    let badge = if c.kept { Ui::CorrectionKept } else { Ui::CorrectionCorrected };
    view! {
        <li class="correction" id=format!("{}-correction-{}", lang.code(), c.id) tabindex="-1" data-kept=c.kept.to_string()>
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
                    {c.chapters.iter().enumerate().map(|(i, s)| view! {
                        {(i > 0).then_some(", ")}
                        <a href=chapter_href(lang, s)>{chapter_label(s, lang)}</a>
                    }).collect_view()}
                </p>
            })}
        </li>
    }
}

/// A record the entry touches: a figure or event links to its source (the live widget opens its card); anything
/// else is named.
fn record_ref(r: &'static str, lang: Lang) -> AnyView {
    let label = record_label(dataset::data(), r, lang);
    match r.split_once(':') {
        Some(("figure", id)) => match dataset::figure(id) {
            Some(f) => figure(f, "linklike", format!("{label} ({})", value_text(f, lang)), lang).into_any(),
            None => view! { <span class="correction-record">{label}</span> }.into_any(),
        },
        Some(("event", id)) => match dataset::event(id) {
            Some(e) => view! {
                <a class="linklike" href=format!("#{}", source_anchor(lang, &e.source)) data-event=e.id.to_string()>{label}</a>
            }
            .into_any(),
            None => view! { <span class="correction-record">{label}</span> }.into_any(),
        },
        _ => view! { <span class="correction-record">{label}</span> }.into_any(),
    }
}
