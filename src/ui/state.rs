//! The app's shared state, kept in step with the URL fragment.
//!
//! The link is the source of truth for what a reader sees: the language, the chapter and every chart setting
//! live in one `LinkState` signal. Changing the view writes the fragment; the back button (a `hashchange`)
//! reads it back. Settings replace the current history entry; moving between chapters or languages pushes one.

use leptos::prelude::*;

use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::{LinkState, Notice};

use super::dom;

/// What a source card shows.
#[derive(Clone, Debug, PartialEq)]
pub enum CardTarget {
    Figure(&'static str),
    Source(&'static str),
    /// Two figures compared in the text ("a is N× b").
    Ratio(&'static str, &'static str),
    /// A sourced statement (a programme's part, an offer's term, a stack holding, a case-study point).
    Point(&'static crate::domain::model::Point),
    Quote(&'static str),
    Event(&'static str),
    /// How to cite a chapter (or, with `None`, the whole explainer).
    Cite(Option<&'static str>),
    /// A sourced statement that is not a `Point` record (e.g. a recommendation).
    Said {
        text: &'static crate::domain::model::L10n,
        source: &'static str,
        excerpt: &'static str,
    },
}

/// A request to open a source card, with the id of the element to return focus to.
#[derive(Clone, Debug, PartialEq)]
pub struct CardRequest {
    pub target: CardTarget,
    pub opener: String,
}

#[derive(Clone, Copy)]
pub struct Ctx {
    pub link: RwSignal<LinkState>,
    pub lang: Memo<Lang>,
    pub notices: RwSignal<Vec<Notice>>,
    pub card: RwSignal<Option<CardRequest>>,
    pub dark: RwSignal<bool>,
    /// Charts still to draw before the view is complete.
    pub pending_charts: RwSignal<usize>,
    /// Where the reader is (the chapter in view), for the table of contents.
    pub current: RwSignal<Option<&'static str>>,
    /// Sections whose widgets are mounted: the one the link names first, the rest one per task (see `app`).
    pub mounted: RwSignal<Vec<&'static str>>,
    /// True while the page is being printed: hidden tab panels render so the handout has the tables.
    pub printing: RwSignal<bool>,
}

impl Ctx {
    /// A signal that turns true once, when the section's body mounts. (Reading `mounted` directly would make
    /// every section rebuild each time another one mounts.)
    pub fn mounted_memo(&self, slug: &'static str) -> Memo<bool> {
        let mounted = self.mounted;
        Memo::new(move |_| mounted.with(|m| m.contains(&slug)))
    }

    /// Mounts a section's body now (e.g. when a link or the contents jump to it).
    pub fn mount(&self, slug: &'static str) {
        if !self.mounted.with_untracked(|m| m.contains(&slug)) {
            // Its widgets first, in this task, so their charts count as pending before the section does.
            super::mount::section(*self, slug);
            self.mounted.update(|m| m.push(slug));
        }
    }
}

impl Ctx {
    pub fn t(&self, key: Ui) -> &'static str {
        key.get(self.lang.get())
    }
}

pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("Ctx is provided by App")
}

/// The language a link without one opens in: the page's on the English page (`en/`), else the browser's.
pub fn browser_lang() -> Lang {
    match dom::page() {
        Lang::En => Lang::En,
        Lang::Ja => Lang::from_browser(&dom::browser_language()),
    }
}

/// Builds the context from the current fragment and provides it.
pub fn provide() -> Ctx {
    let (state, notices) = LinkState::from_fragment(&dom::hash());
    let link = RwSignal::new(state);
    let lang = Memo::new(move |_| link.with(|l| l.lang).unwrap_or_else(browser_lang));
    let ctx = Ctx {
        link,
        lang,
        notices: RwSignal::new(notices),
        card: RwSignal::new(None),
        dark: RwSignal::new(dom::media_matches("(prefers-color-scheme: dark)")),
        pending_charts: RwSignal::new(0),
        current: RwSignal::new(link.get_untracked().chapter),
        mounted: RwSignal::new(Vec::new()),
        printing: RwSignal::new(false),
    };
    provide_context(ctx);
    ctx
}

/// How a change to the link is recorded in the browser's history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// A new history entry (chapter, language): the back button returns.
    Push,
    /// The same entry (chart settings, scrolling).
    Replace,
}

thread_local! {
    /// A settings change waiting to be written to the address bar.
    static PENDING_REPLACE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Drops a settings write still waiting: the reader has just followed a link, which the address bar keeps.
pub fn cancel_pending_replace() {
    PENDING_REPLACE.with(|p| p.borrow_mut().take());
}

/// Changes the link state and writes the fragment. A new history entry is written at once; a settings change
/// (replace) is written just after the redraw it causes, and rapid changes (a slider drag) are written once:
/// the address bar update costs more than the redraw itself.
pub fn navigate(ctx: &Ctx, nav: Nav, f: impl FnOnce(&mut LinkState)) {
    ctx.link.update(f);
    let mut st = ctx.link.get_untracked();
    // Links always carry the language they were made in.
    st.lang = Some(ctx.lang.get_untracked());
    let fragment = st.to_fragment(false);
    match nav {
        Nav::Push => {
            PENDING_REPLACE.with(|p| p.borrow_mut().take());
            dom::set_hash(&fragment, true);
        }
        Nav::Replace => {
            let first = PENDING_REPLACE.with(|p| p.borrow_mut().replace(fragment).is_none());
            if first {
                set_timeout(
                    || {
                        if let Some(f) = PENDING_REPLACE.with(|p| p.borrow_mut().take()) {
                            dom::set_hash(&f, false);
                        }
                    },
                    std::time::Duration::from_millis(30),
                );
            }
        }
    }
}

/// The full link to the current view (every setting written out), for "copy link".
pub fn full_link(ctx: &Ctx, edit: impl FnOnce(&mut LinkState)) -> String {
    let mut st = ctx.link.get_untracked();
    st.lang = Some(ctx.lang.get_untracked());
    edit(&mut st);
    format!("{}#{}", dom::page_url(st.lang.unwrap_or_else(browser_lang)), st.to_fragment(true))
}
