//! The source card: one step from any number to where it comes from.
//!
//! A native `<dialog>`, opened modally: the browser keeps focus inside while it is open and closes it on
//! Escape; closing returns focus to the button that opened it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::{Currency, Figure};

use super::dom;
use super::sources::{source_line, status_badge, value_text};
use super::state::{use_ctx, CardRequest, CardTarget};

#[component]
pub fn SourceCard() -> impl IntoView {
    let ctx = use_ctx();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let last_opener = StoredValue::new(String::new());

    Effect::new(move |_| {
        let req = ctx.card.get();
        let Some(dialog) = dialog_ref.get() else { return };
        match req {
            Some(r) => {
                last_opener.set_value(r.opener.clone());
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
                // Focus the card's heading so reading starts at the top.
                if let Some(h) = dom::document().get_element_by_id("card-title") {
                    let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
            None => {
                if dialog.open() {
                    dialog.close();
                }
            }
        }
    });
    let on_close = move |_| {
        ctx.card.set(None);
        let opener = last_opener.get_value();
        if let Some(el) = dom::document().get_element_by_id(&opener) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    // A click on the backdrop (the dialog element itself, outside its content) closes the card.
    let on_click = move |ev: web_sys::MouseEvent| {
        if let (Some(t), Some(d)) = (ev.target(), dialog_ref.get_untracked()) {
            if t.dyn_ref::<web_sys::HtmlElement>()
                .map(|e| e == d.unchecked_ref::<web_sys::HtmlElement>())
                .unwrap_or(false)
            {
                d.close();
            }
        }
    };

    view! {
        <dialog class="source-card" node_ref=dialog_ref aria-labelledby="card-title" on:close=on_close on:click=on_click>
            <div class="card-body">
                {move || {
                    let lang = ctx.lang.get();
                    ctx.card.get().map(|r| card_content(r, lang))
                }}
                <form method="dialog" class="card-close">
                    <button type="submit" aria-label=move || ctx.t(Ui::SourceCardClose)>"×"</button>
                </form>
            </div>
        </dialog>
    }
}

fn card_content(r: CardRequest, lang: Lang) -> AnyView {
    match r.target {
        CardTarget::Figure(id) => match dataset::figure(id) {
            Some(f) => figure_card(f, lang).into_any(),
            None => view! { <p>{id}</p> }.into_any(),
        },
        CardTarget::Source(id) => match dataset::source(id) {
            Some(s) => view! {
                <h2 id="card-title" tabindex="-1">{Ui::CardSource.get(lang)}</h2>
                <p>{source_line(s, lang)}</p>
                {s.note.as_ref().map(|n| view! { <p class="card-note">{lang.pick(n).to_string()}</p> })}
            }
            .into_any(),
            None => view! { <p>{id}</p> }.into_any(),
        },
        CardTarget::Point(p) => point_card(p, lang).into_any(),
        CardTarget::Cite(slug) => {
            let ctx = use_ctx();
            let what = slug.map(super::cite::Cited::Chapter).unwrap_or(super::cite::Cited::Whole);
            view! {
                <h2 id="card-title" tabindex="-1">{Ui::CiteTitle.get(lang)}</h2>
                {super::cite::cite_view(&ctx, what, lang)}
            }
            .into_any()
        }
        CardTarget::Said { text, source, excerpt } => view! {
            <h2 id="card-title" tabindex="-1">{Ui::SourceCardTitle.get(lang)}</h2>
            <p class="card-claim">{lang.pick(text).to_string()}</p>
            <dl class="card-facts">{provenance(source, excerpt, lang)}</dl>
        }
        .into_any(),
        CardTarget::Quote(id) => match dataset::data().quotes.iter().find(|q| q.id == id) {
            Some(q) => quote_card(q, lang).into_any(),
            None => view! { <p>{id}</p> }.into_any(),
        },
        CardTarget::Event(id) => match dataset::event(id) {
            Some(e) => event_card(e, lang).into_any(),
            None => view! { <p>{id}</p> }.into_any(),
        },
        CardTarget::Ratio(a, b) => {
            let figs: Vec<&'static Figure> = [a, b].into_iter().filter_map(dataset::figure).collect();
            view! {
                <h2 id="card-title" tabindex="-1">{Ui::SourceCardTitle.get(lang)}</h2>
                {figs.into_iter().map(|f| view! { <section class="card-part">{figure_details(f, lang)}</section> }).collect_view()}
            }
            .into_any()
        }
    }
}

/// "In the source's words" and the source line, shared by every kind of card.
fn provenance(source_id: &str, excerpt: &'static str, lang: Lang) -> impl IntoView {
    let source = dataset::source(source_id);
    view! {
        <dt>{Ui::CardExcerpt.get(lang)}</dt>
        <dd><q lang=source.map(|s| s.language.to_string()).unwrap_or_default()>{excerpt}</q></dd>
        <dt>{Ui::CardSource.get(lang)}</dt>
        <dd>{source.map(|s| source_line(s, lang))}</dd>
    }
}

fn figure_links(ids: &'static [crate::domain::model::Str], lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    (!ids.is_empty()).then(|| {
        view! {
            <dt>{Ui::CardFigures.get(lang)}</dt>
            <dd>
                <ul class="card-conflicts">
                    {ids.iter().filter_map(|id| dataset::figure(id)).map(|f| {
                        let fid: &'static str = &f.id;
                        let opener = format!("card-fig-{fid}");
                        let opener2 = opener.clone();
                        view! {
                            <li>
                                <button type="button" class="linklike" id=opener
                                    on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(fid), opener: opener2.clone() }))>
                                    {value_text(f, lang)}
                                </button>
                                " — " {lang.pick(&f.claim).to_string()}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </dd>
        }
    })
}

fn point_card(p: &'static crate::domain::model::Point, lang: Lang) -> impl IntoView {
    view! {
        <h2 id="card-title" tabindex="-1">{Ui::SourceCardTitle.get(lang)}</h2>
        <p class="card-claim">{lang.pick(&p.text).to_string()}</p>
        <dl class="card-facts">
            {provenance(&p.source, &p.excerpt, lang)}
            {figure_links(&p.figures, lang)}
        </dl>
    }
}

fn quote_card(q: &'static crate::domain::model::Quote, lang: Lang) -> impl IntoView {
    let speaker = dataset::actor(&q.speaker);
    let source = dataset::source(&q.source);
    view! {
        <h2 id="card-title" tabindex="-1">{Ui::CardQuote.get(lang)}</h2>
        <blockquote class="card-quote"><p>{lang.pick(&q.text).to_string()}</p></blockquote>
        <p class="card-claim">
            {speaker.map(|a| lang.pick(&a.name).to_string())}
            {speaker.and_then(|a| a.role.as_ref()).map(|r| format!(" ({})", lang.pick(r)))}
            ", " {format::date(q.date, lang)}
        </p>
        <dl class="card-facts">
            <dt>{Ui::CardExcerpt.get(lang)}</dt>
            <dd><q lang=source.map(|s| s.language.to_string()).unwrap_or_default()>{q.original.as_ref()}</q>
                {q.translated_from.as_ref().map(|l| view! { <p>{Ui::CardTranslatedFrom.fill(lang, &[("lang", l)])}</p> })}
            </dd>
            <dt>{Ui::CardSource.get(lang)}</dt>
            <dd>{source.map(|s| source_line(s, lang))}</dd>
            <dt>{Ui::CardStatus.get(lang)}</dt>
            <dd>{status_badge(q.status, lang)} {q.check.as_ref().map(|c| view! { <p>{lang.pick(c).to_string()}</p> })}</dd>
        </dl>
    }
}

fn event_card(e: &'static crate::domain::model::Event, lang: Lang) -> impl IntoView {
    view! {
        <h2 id="card-title" tabindex="-1">{lang.pick(&e.title).to_string()}</h2>
        <p class="card-value">{format::date(e.date, lang)}</p>
        <p class="card-claim">{lang.pick(&e.summary).to_string()}</p>
        <dl class="card-facts">
            <dt>{Ui::CardStatus.get(lang)}</dt>
            <dd>{status_badge(e.status, lang)} {e.check.as_ref().map(|c| view! { <p>{lang.pick(c).to_string()}</p> })}</dd>
            {super::chapters::corrected_on("event", &e.id, lang)}
            {provenance(&e.source, &e.excerpt, lang)}
            {figure_links(&e.figures, lang)}
        </dl>
    }
}

fn figure_card(f: &'static Figure, lang: Lang) -> impl IntoView {
    view! {
        <h2 id="card-title" tabindex="-1">{Ui::SourceCardTitle.get(lang)}</h2>
        {figure_details(f, lang)}
    }
}

fn figure_details(f: &'static Figure, lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    let source = dataset::source(&f.source);
    let primary = f.primary.as_deref().and_then(dataset::source);
    let rate = f.usd.as_ref().and_then(|u| dataset::rate(&u.rate));
    let usd = format::figure_usd(f, lang);
    let in_dollars = f.currency == Some(Currency::USD);
    view! {
        <p class="card-value" data-card-fig=f.id.as_ref()>{format::figure_value(f, lang)}</p>
        <p class="card-claim">{lang.pick(&f.claim).to_string()}</p>
        <dl class="card-facts">
            {(!in_dollars && f.unit == crate::domain::model::Unit::Money).then(|| view! {
                <dt>{Ui::CardUsd.get(lang)}</dt>
                <dd>
                    {match (usd.clone(), rate) {
                        (Some(u), Some(r)) => view! {
                            {u}
                            <br/>
                            <small>{Ui::CardRate.fill(lang, &[
                                ("code", r.currency.code()),
                                ("rate", &format::decimal(r.usd_per_unit, 6)),
                                ("date", &format::date(r.date, lang)),
                                ("how", lang.pick(&r.derivation)),
                            ])}</small>
                        }.into_any(),
                        _ => view! { {Ui::CardNoRate.get(lang)} }.into_any(),
                    }}
                </dd>
            })}
            <dt>{Ui::CardRefersTo.get(lang)}</dt>
            <dd>{format::date(f.refers_to, lang)}</dd>
            <dt>{Ui::CardStatus.get(lang)}</dt>
            <dd>
                {status_badge(f.status, lang)}
                {f.check.as_ref().map(|c| view! { <p>{lang.pick(c).to_string()}</p> })}
                {f.status_note.as_ref().map(|n| view! { <p class="card-status-note">{lang.pick(n).to_string()}</p> })}
            </dd>
            {super::chapters::corrected_on("figure", &f.id, lang)}
            <dt>{Ui::CardExcerpt.get(lang)}</dt>
            <dd>
                <q lang=source.map(|s| s.language.to_string()).unwrap_or_default()>{f.excerpt.as_ref()}</q>
            </dd>
            <dt>{Ui::CardSource.get(lang)}</dt>
            <dd>{source.map(|s| source_line(s, lang))}</dd>
            {primary.map(|p| view! {
                <dt>{Ui::CardPrimary.get(lang)}</dt>
                <dd>{source_line(p, lang)}</dd>
            })}
            {(!f.conflicts.is_empty()).then(|| view! {
                <dt>{Ui::CardConflicts.get(lang)}</dt>
                <dd>
                    <ul class="card-conflicts">
                        {f.conflicts.iter().filter_map(|c| {
                            let other = dataset::figure(&c.with)?;
                            let why = dataset::disagreement(&c.disagreement).map(|d| lang.pick(&d.why).to_string());
                            let other_id: &'static str = &other.id;
                            let opener = format!("card-conflict-{other_id}");
                            let opener2 = opener.clone();
                            Some(view! {
                                <li>
                                    <button type="button" class="linklike" id=opener
                                        on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(other_id), opener: opener2.clone() }))>
                                        {value_text(other, lang)}
                                    </button>
                                    " — " {lang.pick(&other.claim).to_string()}
                                    {why.map(|w| view! { <p class="card-why">{w}</p> })}
                                </li>
                            })
                        }).collect_view()}
                    </ul>
                </dd>
            })}
        </dl>
        {f.outside_articles.then(|| view! { <p class="card-note">{Ui::CardOutside.get(lang)}</p> })}
    }
}
