//! The static versions of the widgets that are not charts (tables, lists, the timeline, the classroom kit): what a
//! widget's slot holds until the wasm mounts the live widget, and all that a reader without JavaScript gets. Each
//! follows its live component's markup at the default settings (same elements and classes), so the swap moves
//! nothing; controls that need the app are marked `js-only` (hidden without JavaScript). Where the live widget has
//! a button opening a statement's source card, the static one links `[n]` to the source's entry in the numbered
//! sources list (`data-cite`: the app's delegated listener opens the card from it too).
//!
//! `timeline` and `classroom`: the appendices, one section each with both languages inside; `tables`: the offers
//! table, the strategies table and the Japan facts; `stack`: the stack map, case studies and recommendations;
//! `reference`: the figures index, disagreements and method; `cite` and `corrections`: once per language each;
//! `interactive`: the quiz (its answers behind a `<details>` without JavaScript) and the grid calculator;
//! `japan_sim`: chapter 9's simulator at its Japan start.

mod cite;
mod classroom;
mod corrections;
mod interactive;
mod japan_sim;
pub(super) mod links;
mod reference;
mod stack;
mod tables;
mod timeline;

use leptos::prelude::*;

use crate::domain::i18n::Lang;

use super::render;

/// The static HTML of `widget` in `lang` (rendered once per language), or None if it has none.
pub fn static_view(widget: &str, lang: Lang) -> Option<String> {
    match widget {
        "offers-table" => Some(render(move || tables::offers(lang))),
        "strategies-compare" => Some(render(move || tables::strategies(lang))),
        "japan-facts" => Some(render(move || tables::japan_facts(lang))),
        "stack-map" => Some(render(move || stack::stack_map(lang))),
        "case-studies" => Some(render(move || stack::case_studies(lang))),
        "recommendations" => Some(render(move || stack::recommendations(lang))),
        "figures-index" => Some(render(move || reference::figures_index(lang))),
        "disagreements-list" => Some(render(move || reference::disagreements_list(lang))),
        "method" => Some(render(move || reference::method(lang))),
        "cite-this" => Some(render(move || cite::cite_this(lang))),
        "corrections-log" => Some(render(move || corrections::corrections_log(lang))),
        "guess-quiz" => Some(render(move || interactive::guess_quiz(lang))),
        "grid-calculator" => Some(render(move || interactive::grid_calculator(lang))),
        "japan-simulator" => Some(render(move || japan_sim::japan_simulator(lang))),
        _ => None,
    }
}

/// The static version of an appendix section ("timeline", "classroom"): one `<section>` with the live component's
/// id, both languages inside it (`data-l`), or None if it has none.
pub fn appendix(name: &str) -> Option<String> {
    match name {
        "timeline" => Some(render(timeline::section)),
        "classroom" => Some(render(classroom::section)),
        _ => None,
    }
}

/// A short text in both languages, each in a `<span>` CSS shows only in its language.
fn spans(f: impl Fn(Lang) -> String) -> impl IntoView {
    Lang::ALL
        .into_iter()
        .map(|l| {
            let text = f(l);
            view! { <span data-l=l.code() lang=l.code()>{text}</span> }
        })
        .collect_view()
}
