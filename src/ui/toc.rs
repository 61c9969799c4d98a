//! The table of contents, which marks the chapter in view, and links that move between chapters without
//! losing the reader's chart settings.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::i18n::Ui;

use super::dom;
use super::state::{navigate, use_ctx, Ctx, Nav};

/// The `href` of a chapter link. It names only the language and the chapter, so it does not change (and touch
/// the page) with every chart setting; clicking it keeps the reader's settings (see `go_to_chapter`).
pub fn chapter_href(ctx: &Ctx, slug: &'static str) -> String {
    format!("#/{}/{slug}", ctx.lang.get().code())
}

/// Goes to a chapter: a history entry, the fragment, the scroll, and focus on its heading.
pub fn go_to_chapter(ctx: &Ctx, slug: &'static str) {
    ctx.mount(slug);
    navigate(ctx, Nav::Push, |l| {
        l.chapter = Some(slug);
        l.anchor = None;
    });
    ctx.current.set(Some(slug));
    dom::scroll_to_id(slug);
    if let Some(h) = dom::document().get_element_by_id(&format!("{slug}-title")) {
        use wasm_bindgen::JsCast;
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = h.unchecked_into::<web_sys::HtmlElement>().focus_with_options(&opts);
    }
}

#[component]
pub fn Toc() -> impl IntoView {
    let ctx = use_ctx();
    let items = dataset::chapters().iter().enumerate().map(move |(i, c)| {
        let slug: &'static str = &c.slug;
        view! {
            <li>
                <a
                    href=move || chapter_href(&ctx, slug)
                    aria-current=move || (ctx.current.get() == Some(slug)).then_some("location")
                    on:click=move |ev| {
                        ev.prevent_default();
                        go_to_chapter(&ctx, slug);
                    }
                >
                    <span class="toc-n">{i + 1}</span>
                    <span class="toc-title">{move || ctx.lang.get().pick(&c.title).to_string()}</span>
                </a>
            </li>
        }
    });
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <details open=true>
                <summary id="toc-title">{move || ctx.t(Ui::Contents)}</summary>
                <ol>{items.collect_view()}</ol>
                <ul class="toc-extra">
                    {[("timeline", Ui::TimelineLink), ("teachers", Ui::TeachersTitle)].into_iter().map(|(slug, label)| view! {
                        <li>
                            <a href=move || chapter_href(&ctx, slug)
                                aria-current=move || (ctx.current.get() == Some(slug)).then_some("location")
                                on:click=move |ev| { ev.prevent_default(); go_to_chapter(&ctx, slug); }>
                                {move || ctx.t(label)}
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            </details>
        </nav>
    }
}
