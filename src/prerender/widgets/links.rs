//! What the static widgets share: a source as a numbered link into the sources list (where the live widget has a
//! button opening the source card), a figure's value as a link to its source, a status badge.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::i18n::{status_label, Lang};
use crate::domain::model::{Figure, Status};

use super::super::prose::source_anchor;

/// `[n]`, linking to the source's entry in this language's numbered sources list.
pub fn cite(source: &str, lang: Lang) -> impl IntoView {
    let n = dataset::citation_number(source).unwrap_or(0);
    view! { <a class="cite" href=format!("#{}", source_anchor(lang, source)) data-cite=source.to_string()>{format!("[{n}]")}</a> }
}

/// `[n]` as plain text size (where the live widget shows the number as text, in a table's source column), linking
/// to the source's entry.
pub fn source_number(source: &str, lang: Lang) -> impl IntoView {
    let n = dataset::citation_number(source).unwrap_or(0);
    view! { <a href=format!("#{}", source_anchor(lang, source)) data-cite=source.to_string()>{format!("[{n}]")}</a> }
}

/// A statement with its source, where the live widget has `ui::sources::sourced` (the statement and a button
/// opening its card).
pub fn sourced(text: String, source: &str, lang: Lang) -> impl IntoView {
    view! { <span class="sourced">{text}" "{cite(source, lang)}</span> }
}

/// A figure's text linking to its source's entry, where the live widget has a button opening its card (`class`:
/// the live button's class).
pub fn figure(f: &'static Figure, class: &'static str, text: String, lang: Lang) -> impl IntoView {
    view! { <a class=class href=format!("#{}", source_anchor(lang, &f.source)) data-fig=f.id.to_string() data-style="value">{text}</a> }
}

/// As `ui::sources::status_badge`.
pub fn status_badge(s: Status, lang: Lang) -> impl IntoView {
    view! { <span class=format!("badge status-{}", s.key())>{status_label(s).get(lang)}</span> }
}
