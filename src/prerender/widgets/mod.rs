//! The static versions of the widgets that are not charts (tables, lists, the timeline, the classroom kit): what a
//! widget's slot holds until the wasm mounts the live widget, and all that a reader without JavaScript gets. Each
//! follows its live component's markup at the default settings (same elements and classes), so the swap moves
//! nothing; controls that need the app are marked `js-only` (hidden without JavaScript).

mod cite;
mod corrections;
mod links;
mod reference;
mod stack;

use crate::domain::i18n::Lang;

use super::render;

/// The static HTML of `widget` in `lang` (rendered once per language), or None if it has none.
pub fn static_view(widget: &str, lang: Lang) -> Option<String> {
    match widget {
        "stack-map" => Some(render(move || stack::stack_map(lang))),
        "case-studies" => Some(render(move || stack::case_studies(lang))),
        "recommendations" => Some(render(move || stack::recommendations(lang))),
        "figures-index" => Some(render(move || reference::figures_index(lang))),
        "disagreements-list" => Some(render(move || reference::disagreements_list(lang))),
        "method" => Some(render(move || reference::method(lang))),
        "cite-this" => Some(render(move || cite::cite_this(lang))),
        "corrections-log" => Some(render(move || corrections::corrections_log(lang))),
        _ => None,
    }
}

/// The static version of an appendix section ("timeline", "classroom"): one `<section>` with the live component's
/// id, both languages inside it (`data-l`), or None if it has none.
pub fn appendix(name: &str) -> Option<String> {
    match name {
        _ => None,
    }
}
