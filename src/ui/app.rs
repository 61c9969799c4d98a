//! The app over the prerendered page: its listeners, the chrome (language switch, contents, notices, timeline,
//! classroom kit, footer, source card), the sections' widgets one task at a time, and the embed view.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::LinkState;

use super::data_api;
use super::dom;
use super::mount;
use super::source_card::SourceCard;
use super::state::{self, navigate, Nav};
use super::toc::Toc;

/// A piece of the page's chrome, built when its slot mounts.
type ChromeView = fn() -> AnyView;

/// Makes the prerendered page interactive: the context from the link, the page-wide listeners, the chrome and,
/// section by section, the widgets (see `ui::mount`).
pub fn run(ctx: state::Ctx) {
    data_api::install(ctx);

    // <html lang>, the language CSS shows (`data-lang`, first set by boot.js) and the title follow the language.
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let root = dom::root();
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("data-lang", lang.code());
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
    // Printing: the charts redraw for paper; afterwards a worksheet print's class goes (`ui::classroom`).
    for (event, on) in [("beforeprint", true), ("afterprint", false)] {
        let cb = Closure::<dyn Fn()>::new(move || {
            if on {
                // Paper gets every widget, including those the reader has not scrolled to.
                mount::flush();
            }
            ctx.printing.set(on);
            if !on {
                let _ = dom::root().class_list().remove_1(super::classroom::WORKSHEET_CLASS);
            }
        });
        let _ = dom::window().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    }

    // The back button and hand-edited links: read the fragment again.
    let on_hash = Closure::<dyn Fn(web_sys::HashChangeEvent)>::new(move |e: web_sys::HashChangeEvent| {
        // The link the reader followed is the event's: a settings write still waiting (the contents spy's, say)
        // may have replaced the address bar between the jump and this event, and must not win over it.
        state::cancel_pending_replace();
        let new_url = e.new_url();
        let hash = match new_url.split_once('#') {
            Some((_, h)) => h.to_string(),
            None => dom::hash(),
        };
        if dom::hash() != hash {
            dom::set_hash(&hash, false);
        }
        let (st, notices) = LinkState::from_fragment(&hash);
        if let Some(c) = st.chapter {
            ctx.mount(c);
        }
        let target = st.anchor.or(st.chapter);
        ctx.link.set(st);
        ctx.notices.set(notices);
        if let Some(id) = target {
            dom::scroll_to_id(id);
        }
    });
    let _ = dom::window().add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    on_hash.forget();

    register_service_worker();
    if let Some(widget) = ctx.link.with_untracked(|l| l.embed) {
        embed(ctx, widget);
        mount_progressively(ctx);
        mark_ready(ctx);
        return;
    }

    super::prose::listen(ctx);
    let chrome: [(&str, ChromeView); 7] = [
        ("lang-switch", || view! { <LangSwitch/> }.into_any()),
        ("toc", || view! { <Toc/> }.into_any()),
        ("notices", || view! { <Notices/> }.into_any()),
        ("timeline", || view! { <super::timeline::Timeline/> }.into_any()),
        ("classroom", || view! { <super::classroom::Classroom/> }.into_any()),
        ("footer", || view! { <Footer/> }.into_any()),
        ("card", || view! { <SourceCard/> }.into_any()),
    ];
    for (name, view) in chrome {
        let Some(el) = mount::slot(name) else {
            leptos::logging::warn!("the page has no slot for {name}");
            continue;
        };
        // The appendices are long and at the end: they mount when the reader nears them (their static section
        // reads the same meanwhile), or at once when the link names them.
        let appendix = match name {
            "timeline" => Some("timeline"),
            "classroom" => Some("teachers"),
            _ => None,
        };
        match appendix.filter(|a| ctx.link.with_untracked(|l| l.chapter != Some(*a))) {
            Some(a) => match dom::document().get_element_by_id(a) {
                Some(section) => mount::when_near(&section, move || {
                    mount::into(el, ctx, view);
                    spy_on(a);
                }),
                None => mount::into(el, ctx, view),
            },
            None => mount::into(el, ctx, view),
        }
    }
    mount_progressively(ctx);
    mark_ready(ctx);
}

fn mark_ready(ctx: state::Ctx) {
    // The view is complete when every chart has drawn: mark it for tests and benchmarks, and go to the
    // chapter or chart the link names.
    let ready = StoredValue::new(false);
    let sections = dataset::chapters().len() + crate::domain::link::APPENDICES.len();
    Effect::new(move |_| {
        let all_mounted = ctx.mounted.with(|m| m.len()) >= sections;
        if all_mounted && ctx.pending_charts.get() == 0 && !ready.get_value() {
            ready.set_value(true);
            let target = ctx.link.with_untracked(|l| l.anchor.or(l.chapter));
            request_animation_frame(move || {
                if let Some(el) = target.and_then(dom::find_target) {
                    el.scroll_into_view();
                }
                let _ = dom::root().set_attribute("data-ready", "true");
                dom::mark("explainer-ready");
                spy(ctx);
            });
        }
    });
}

/// `#/…/embed/<widget>`: only that widget, with a credit line linking to it in the explainer.
fn embed(ctx: state::Ctx, widget: &'static str) {
    let _ = dom::root().set_attribute("data-embed", widget);
    let Some(app) = dom::document().get_element_by_id("app") else { return };
    mount::into(app, ctx, move || {
        view! {
            <main id="main" class="embed" tabindex="-1">
                <Notices/>
                {super::chapters::widget(widget)}
                <p class="embed-credit">
                    <a href=move || format!("{}#{}", dom::page_url(ctx.lang.get()), ctx.link.with(|l| LinkState { embed: None, anchor: Some(widget), ..l.clone() }.to_fragment(true)))
                        target="_blank" rel="noopener">
                        {move || Ui::EmbedCredit.fill(ctx.lang.get(), &[("title", ctx.t(Ui::AppTitle))])}
                    </a>
                </p>
            </main>
            <SourceCard/>
        }
    });
}

/// The language buttons: switching keeps the reader's place and every setting (a new history entry).
#[component]
fn LangSwitch() -> impl IntoView {
    let ctx = state::use_ctx();
    let switch_to = move |l: Lang| navigate(&ctx, Nav::Push, |s| s.lang = Some(l));
    view! {
        <div class="lang-switch" role="group" aria-label=move || ctx.t(Ui::Language)>
            {Lang::ALL.into_iter().map(|l| view! {
                <button type="button" lang=l.code() aria-pressed=move || (ctx.lang.get() == l).to_string() on:click=move |_| switch_to(l)>
                    {l.endonym()}
                </button>
            }).collect_view()}
        </div>
    }
}

/// The content of a `<meta name=…>` tag, if the page has one.
fn meta(name: &str) -> Option<String> {
    dom::document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
}

/// True in the single-file offline bundle.
pub fn offline_bundle() -> bool {
    meta("explainer-bundle").as_deref() == Some("offline")
}

/// Makes the served site readable offline after one visit (not from file://, where service workers don't run).
fn register_service_worker() {
    let protocol = dom::window().location().protocol().unwrap_or_default();
    if offline_bundle() || !(protocol == "https:" || protocol == "http:") {
        return;
    }
    let sw = dom::window().navigator().service_worker();
    let promise = sw.register(&dom::site_file("sw.js"));
    leptos::task::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            leptos::logging::warn!("service worker not registered: {e:?}");
        }
    });
}

/// Mounts the body of the section the link names first, then every other one in its own task, so the first
/// chart is drawn before the rest of the page is built and the browser can paint in between.
fn mount_progressively(ctx: state::Ctx) {
    let first = ctx.link.with_untracked(|l| l.chapter).unwrap_or_else(|| &dataset::chapters()[0].slug);
    ctx.mount(first);
    let order: Vec<&'static str> =
        dataset::chapters().iter().map(|c| &*c.slug).chain(crate::domain::link::APPENDICES).collect();
    fn next(ctx: state::Ctx, order: Vec<&'static str>, i: usize) {
        if i >= order.len() {
            return;
        }
        set_timeout(
            move || {
                ctx.mount(order[i]);
                next(ctx, order, i + 1);
            },
            std::time::Duration::ZERO,
        );
    }
    // Start after the first frame (shell and the named section, with its chart), then one section per task.
    request_animation_frame(move || next(ctx, order, 0));
}

thread_local! {
    /// The observer behind `spy`, once the view is complete.
    static SPY: std::cell::RefCell<Option<web_sys::IntersectionObserver>> = const { std::cell::RefCell::new(None) };
}

/// Watches a section that was mounted late (it replaced the static one the spy was watching).
fn spy_on(id: &str) {
    SPY.with(|s| {
        if let (Some(io), Some(section)) = (s.borrow().as_ref(), dom::document().get_element_by_id(id)) {
            io.observe(&section);
        }
    });
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
            let Some(slug) =
                dataset::chapters().iter().map(|c| &*c.slug).chain(crate::domain::link::APPENDICES).find(|s| *s == id)
            else {
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
    for id in dataset::chapters().iter().map(|c| &*c.slug).chain(crate::domain::link::APPENDICES) {
        if let Some(section) = dom::document().get_element_by_id(id) {
            io.observe(&section);
        }
    }
    SPY.with(|s| *s.borrow_mut() = Some(io));
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
    // On the served site the data are static files (`data/`, written by the prerender from the same export);
    // the one-file copy has none beside it, so it makes them in the page.
    let download_json = move |_| dom::download("ai-race-dataset.json", "application/json", &data_api::dataset_json());
    let download_csv = move |_| {
        let t = crate::domain::export::figures_table(dataset::data());
        dom::download("ai-race-figures.csv", "text/csv;charset=utf-8", &t.to_csv());
    };
    let data_downloads = move || {
        if offline_bundle() {
            view! {
                <button type="button" on:click=download_json>{move || ctx.t(Ui::DownloadDatasetJson)}</button>
                <button type="button" on:click=download_csv>{move || ctx.t(Ui::DownloadFiguresCsv)}</button>
            }
            .into_any()
        } else {
            view! {
                <a class="button-link" href=dom::site_file("data/dataset.json") download="ai-race-dataset.json" id="download-dataset">
                    {move || ctx.t(Ui::DownloadDatasetJson)}
                </a>
                <a class="button-link" href=dom::site_file("data/figures.csv") download="ai-race-figures.csv" id="download-figures">
                    {move || ctx.t(Ui::DownloadFiguresCsv)}
                </a>
            }
            .into_any()
        }
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
                {move || {
                    let lang = ctx.lang.get();
                    let what = format!("{} · {}", env!("CARGO_PKG_VERSION"), format::date(d.checked, lang));
                    if offline_bundle() {
                        view! { <span class="offline-note">{Ui::OfflineCopy.fill(lang, &[("what", &what)])}</span> }.into_any()
                    } else {
                        meta("explainer-offline-file").map(|f| view! {
                            <a class="button-link" href=dom::site_file(&f) download=f.clone() id="offline-download">
                                {Ui::DownloadOffline.fill(lang, &[("what", &what)])}
                            </a>
                        }.into_any()).unwrap_or_else(|| ().into_any())
                    }
                }}
                {data_downloads()}
            </p>
        </footer>
    }
}
