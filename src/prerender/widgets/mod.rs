//! The static versions of the widgets that are not charts (tables, lists, the timeline, the classroom kit): what a
//! widget's slot holds until the wasm mounts the live widget, and all that a reader without JavaScript gets. Each
//! follows its live component's markup at the default settings (same elements and classes), so the swap moves
//! nothing; controls that need the app are marked `js-only` (hidden without JavaScript).

use crate::domain::i18n::Lang;

/// The static HTML of `widget` in `lang` (rendered once per language), or None if it has none.
pub fn static_view(widget: &str, lang: Lang) -> Option<String> {
    let _ = lang;
    match widget {
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
