//! The page: header, contents, notices, chapters, footer, and the source card.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::LinkState;

use super::chapters::ChapterView;
use super::data_api;
use super::dom;
use super::source_card::SourceCard;
use super::state::{self, navigate, Nav};
use super::toc::Toc;

#[component]
pub fn App() -> impl IntoView {
    let ctx = state::provide();
    data_api::install(ctx);

    // <html lang> and the document title follow the language.
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let _ = dom::root().set_attribute("lang", lang.code());
        dom::document().set_title(Ui::AppTitle.get(lang));
    });

    // Dark mode follows the system, live.
    if let Ok(Some(mq)) = dom::window().match_media("(prefers-color-scheme: dark)") {
        let cb = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |e: web_sys::MediaQueryListEvent| {
            ctx.dark.set(e.matches())
        });
        let _ = mq.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
        cb.forget();
    }

    // The back button and hand-edited links: read the fragment again.
    let on_hash = Closure::<dyn Fn()>::new(move || {
        let (st, notices) = LinkState::from_fragment(&dom::hash());
        let target = st.anchor.or(st.chapter);
        ctx.link.set(st);
        ctx.notices.set(notices);
        if let Some(id) = target {
            dom::scroll_to_id(id);
        }
    });
    let _ = dom::window().add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    on_hash.forget();

    // The view is complete when every chart has drawn: mark it for tests and benchmarks, and go to the
    // chapter or chart the link names.
    let ready = StoredValue::new(false);
    Effect::new(move |_| {
        if ctx.pending_charts.get() == 0 && !ready.get_value() {
            ready.set_value(true);
            let target = ctx.link.with_untracked(|l| l.anchor.or(l.chapter));
            request_animation_frame(move || {
                if let Some(id) = target {
                    if let Some(el) = dom::document().get_element_by_id(id) {
                        el.scroll_into_view();
                    }
                }
                let _ = dom::root().set_attribute("data-ready", "true");
                dom::mark("explainer-ready");
                spy(ctx);
            });
        }
    });

    let switch_to = move |l: Lang| navigate(&ctx, Nav::Push, |s| s.lang = Some(l));
    let skip = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        if let Some(m) = dom::document().get_element_by_id("main") {
            let _ = m.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };

    view! {
        <a class="skip" href="#" on:click=skip>{move || ctx.t(Ui::SkipToContent)}</a>
        <header class="site-head">
            <div class="site-title">
                <h1>{move || ctx.t(Ui::AppTitle)}</h1>
                <p class="subtitle">{move || ctx.t(Ui::AppSubtitle)}</p>
            </div>
            <div class="lang-switch" role="group" aria-label=move || ctx.t(Ui::Language)>
                {Lang::ALL.into_iter().map(|l| view! {
                    <button type="button" lang=l.code() aria-pressed=move || (ctx.lang.get() == l).to_string() on:click=move |_| switch_to(l)>
                        {l.endonym()}
                    </button>
                }).collect_view()}
            </div>
        </header>
        <Notices/>
        <div class="layout">
            <Toc/>
            <main id="main" tabindex="-1">
                {dataset::chapters().iter().enumerate().map(|(i, c)| view! { <ChapterView chapter=c number=i + 1/> }).collect_view()}
                <super::timeline::Timeline/>
            </main>
        </div>
        <Footer/>
        <SourceCard/>
    }
}

/// Watches which chapter is in view: the contents highlight it and the link follows (without new history).
fn spy(ctx: state::Ctx) {
    let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for e in entries.iter() {
            let Ok(e) = e.dyn_into::<web_sys::IntersectionObserverEntry>() else { continue };
            if !e.is_intersecting() {
                continue;
            }
            let id = e.target().id();
            let Some(slug) = dataset::chapters().iter().map(|c| &*c.slug).chain(["timeline"]).find(|s| *s == id) else {
                continue;
            };
            if ctx.current.get_untracked() != Some(slug) {
                ctx.current.set(Some(slug));
                navigate(&ctx, Nav::Replace, |l| {
                    if l.chapter != Some(slug) {
                        l.chapter = Some(slug);
                        l.anchor = None;
                    }
                });
            }
        }
    });
    let opts = web_sys::IntersectionObserverInit::new();
    opts.set_root_margin("-30% 0px -60% 0px");
    let Ok(io) = web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &opts) else { return };
    cb.forget();
    for id in dataset::chapters().iter().map(|c| &*c.slug).chain(["timeline"]) {
        if let Some(section) = dom::document().get_element_by_id(id) {
            io.observe(&section);
        }
    }
}

#[component]
fn Notices() -> impl IntoView {
    let ctx = state::use_ctx();
    move || {
        let notices = ctx.notices.get();
        (!notices.is_empty()).then(|| {
            let lang = ctx.lang.get();
            view! {
                <div class="notices" role="status" id="link-notice">
                    <p><strong>{Ui::NoticeTitle.get(lang)}</strong></p>
                    <ul>{notices.iter().map(|n| view! { <li>{n.message(lang)}</li> }).collect_view()}</ul>
                    <button type="button" on:click=move |_| ctx.notices.set(vec![])>{Ui::NoticeDismiss.get(lang)}</button>
                </div>
            }
        })
    }
}

#[component]
fn Footer() -> impl IntoView {
    let ctx = state::use_ctx();
    let d = dataset::data();
    let download_json = move |_| dom::download("ai-race-dataset.json", "application/json", &data_api::dataset_json());
    let download_csv = move |_| {
        let t = crate::domain::export::figures_table(dataset::data());
        dom::download("ai-race-figures.csv", "text/csv;charset=utf-8", &t.to_csv());
    };
    view! {
        <footer class="site-foot">
            <p>
                {move || Ui::FooterVersion.fill(ctx.lang.get(), &[
                    ("version", &format!("{} (data {})", env!("CARGO_PKG_VERSION"), d.version)),
                    ("date", &format::date(d.checked, ctx.lang.get())),
                ])}
            </p>
            <p>{move || ctx.t(Ui::FooterOffline)}</p>
            <p>{move || ctx.t(Ui::LicenceText)}</p>
            <p class="downloads">
                <button type="button" on:click=download_json>{move || ctx.t(Ui::DownloadDatasetJson)}</button>
                <button type="button" on:click=download_csv>{move || ctx.t(Ui::DownloadFiguresCsv)}</button>
            </p>
        </footer>
    }
}
