//! "Cite this": plain text and BibTeX for the whole explainer, a chapter, or the exact view, with copy buttons.

use leptos::prelude::*;

use crate::domain::cite::{bibtex, plain, Citation};
use crate::domain::dataset;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Date;

use super::dom;
use super::state::{full_link, use_ctx, Ctx};

fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::ymd(d.get_full_year() as u16, d.get_month() as u8 + 1, d.get_date() as u8)
}

/// What a citation points at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cited {
    Whole,
    Chapter(&'static str),
    View,
}

pub fn citation(ctx: &Ctx, what: Cited, lang: Lang) -> Citation {
    let (chapter, link) = match what {
        Cited::Whole => {
            (None, full_link(ctx, |l| *l = crate::domain::link::LinkState { lang: Some(lang), ..Default::default() }))
        }
        Cited::Chapter(slug) => (
            dataset::chapter(slug).map(|c| lang.pick(&c.title).to_string()),
            full_link(ctx, |l| {
                l.chapter = Some(slug);
                l.anchor = None;
            }),
        ),
        Cited::View => {
            let slug = ctx.link.with_untracked(|l| l.chapter);
            (slug.and_then(dataset::chapter).map(|c| lang.pick(&c.title).to_string()), full_link(ctx, |_| {}))
        }
    };
    Citation::new(chapter, link, Some(today()), lang)
}

fn copy_block(label: Ui, text: String, lang: Lang) -> impl IntoView {
    let copied = RwSignal::new(false);
    let t = text.clone();
    view! {
        <div class="cite-block">
            <p class="cite-label">{label.get(lang)}</p>
            <pre class="cite-text" tabindex="0">{text}</pre>
            <button type="button" on:click=move |_| {
                let t = t.clone();
                leptos::task::spawn_local(async move {
                    if dom::copy_text(&t).await {
                        copied.set(true);
                        set_timeout(move || copied.set(false), std::time::Duration::from_secs(3));
                    }
                });
            }>{Ui::Copy.get(lang)}</button>
            <span class="copied" role="status">{move || copied.get().then(|| Ui::Copied.get(lang))}</span>
        </div>
    }
}

/// Both formats for one citation.
pub fn cite_view(ctx: &Ctx, what: Cited, lang: Lang) -> impl IntoView {
    let c = citation(ctx, what, lang);
    view! {
        {copy_block(Ui::CitePlain, plain(&c), lang)}
        {copy_block(Ui::CiteBibtex, bibtex(&c), lang)}
    }
}

#[component]
pub fn CiteThis() -> impl IntoView {
    let ctx = use_ctx();
    let settled = RwSignal::new(0u32);
    let pending = StoredValue::new(0u32);
    Effect::new(move |_| {
        ctx.link.track();
        let n = pending.get_value() + 1;
        pending.set_value(n);
        set_timeout(
            move || {
                if pending.get_value() == n {
                    settled.update(|s| *s += 1);
                }
            },
            std::time::Duration::from_millis(500),
        );
    });
    move || {
        let lang = ctx.lang.get();
        // Recompute when the view has changed and settled, so "the exact view" stays exact without rebuilding
        // on every slider step.
        settled.track();
        view! {
            <div class="cite-this" id="cite-this">
                <h3>{Ui::CiteWhole.get(lang)}</h3>
                {cite_view(&ctx, Cited::Whole, lang)}
                <h3>{Ui::CiteView.get(lang)}</h3>
                {cite_view(&ctx, Cited::View, lang)}
            </div>
        }
    }
}
