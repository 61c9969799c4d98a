//! Pieces that show where numbers come from: status badges, source lines, a chart's list of sources.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::{Figure, Source, Status};

use super::state::{use_ctx, CardRequest, CardTarget};

pub use crate::domain::dataset::actor_name;
pub use crate::domain::format::value_text;
pub use crate::domain::i18n::status_label;

pub fn status_badge(s: Status, lang: Lang) -> impl IntoView {
    view! { <span class=format!("badge status-{}", s.key())>{status_label(s).get(lang)}</span> }
}

/// "Publisher, “Title”, date. Author." with a link when the URL is known.
pub fn source_line(s: &'static Source, lang: Lang) -> impl IntoView {
    let title = lang.pick(&s.title_l10n).to_string();
    let url = s.url.as_deref();
    let unchecked = s.url_unchecked;
    view! {
        <span class="source-line">
            {s.publisher.as_ref()}
            ", "
            <cite lang=lang.code()>{title}</cite>
            {s.author.as_deref().map(|a| format!(" ({a})"))}
            ", "
            {format::date(s.date, lang)}
            "."
            {url.map(|u| {
                view! {
                    " "
                    <a href=u rel="noopener noreferrer" target="_blank" class="source-url">{u}</a>
                    {unchecked.then(|| view! { " " <small>{Ui::CardUrlUnchecked.get(lang)}</small> })}
                }
            })}
        </span>
    }
}

/// The sources tab of a chart: each source once, with the figures the chart takes from it.
pub fn figure_sources(ids: Vec<&'static str>, lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    let mut by_source: Vec<(&'static Source, Vec<&'static Figure>)> = Vec::new();
    for id in ids {
        let Some(f) = dataset::figure(id) else { continue };
        let Some(s) = dataset::source(&f.source) else { continue };
        match by_source.iter_mut().find(|(x, _)| x.id == s.id) {
            Some((_, v)) => v.push(f),
            None => by_source.push((s, vec![f])),
        }
    }
    view! {
        <ol class="chart-sources">
            {by_source
                .into_iter()
                .map(|(s, figs)| {
                    view! {
                        <li>
                            {source_line(s, lang)}
                            <ul>
                                {figs
                                    .into_iter()
                                    .map(|f| {
                                        let id: &'static str = &f.id;
                                        let opener = format!("src-{id}");
                                        let opener2 = opener.clone();
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="linklike"
                                                    id=opener
                                                    on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(id), opener: opener2.clone() }))
                                                >
                                                    {f.label.as_ref().map(|l| lang.pick(l)).unwrap_or(lang.pick(&f.claim)).to_string()}
                                                    ": "
                                                    {value_text(f, lang)}
                                                </button>
                                                " "
                                                {status_badge(f.status, lang)}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// A statement with a small button that opens its source card.
pub fn sourced(text: String, target: super::state::CardTarget, lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    let id = super::prose::fresh_id("src");
    let opener = id.clone();
    let label = Ui::OpenSourceOf.fill(lang, &[("what", &text)]);
    view! {
        <span class="sourced">
            {text}
            " "
            <button type="button" class="src-btn" id=id aria-haspopup="dialog" aria-label=label
                on:click=move |_| ctx.card.set(Some(CardRequest { target: target.clone(), opener: opener.clone() }))>
                {Ui::ShowSource.get(lang)}
            </button>
        </span>
    }
}
