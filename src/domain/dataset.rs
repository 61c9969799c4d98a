//! The dataset and the prose, baked into the binary by `build.rs`, with lookups by id.

use super::content::{Chapter, Classroom, CompareRow};
use super::model::*;

mod baked {
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
    include!(concat!(env!("OUT_DIR"), "/chapters.rs"));
}

/// The whole dataset.
pub fn data() -> &'static Dataset {
    &baked::DATASET
}

/// The chapters in reading order.
pub fn chapters() -> &'static [Chapter] {
    baked::CHAPTERS
}

/// The classroom kit.
pub fn classroom() -> &'static Classroom {
    &baked::CLASSROOM
}

/// The rows of the "Two strategies" table.
pub fn compare_rows() -> &'static [CompareRow] {
    baked::COMPARE
}

pub fn chapter(slug: &str) -> Option<&'static Chapter> {
    chapters().iter().find(|c| c.slug == slug)
}

pub fn figure(id: &str) -> Option<&'static Figure> {
    data().figures.iter().find(|f| f.id == id)
}

pub fn source(id: &str) -> Option<&'static Source> {
    data().sources.iter().find(|s| s.id == id)
}

pub fn actor(id: &str) -> Option<&'static Actor> {
    data().actors.iter().find(|a| a.id == id)
}

/// An actor's name in the reading language (its id if the dataset has no such actor).
pub fn actor_name(id: &str, lang: super::i18n::Lang) -> String {
    actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_else(|| id.to_string())
}

pub fn event(id: &str) -> Option<&'static Event> {
    data().events.iter().find(|e| e.id == id)
}

pub fn rate(id: &str) -> Option<&'static Rate> {
    data().rates.iter().find(|r| r.id == id)
}

pub fn disagreement(id: &str) -> Option<&'static Disagreement> {
    data().disagreements.iter().find(|d| d.id == id)
}

pub fn series(id: &str) -> Option<&'static Series> {
    data().series.iter().find(|s| s.id == id)
}

/// The figures of a series, in file order.
pub fn series_figures(id: &str) -> impl Iterator<Item = &'static Figure> + '_ {
    data().figures.iter().filter(move |f| f.series.as_ref().is_some_and(|s| s.series == id))
}

/// Figures that are components of `id` ("of which").
pub fn parts_of(id: &str) -> impl Iterator<Item = &'static Figure> + '_ {
    data().figures.iter().filter(move |f| f.money.as_ref().and_then(|m| m.part_of.as_deref()) == Some(id))
}

/// The sources in citation order: the five articles first, then the others by date.
pub fn sources_in_citation_order() -> Vec<&'static Source> {
    let mut v: Vec<_> = data().sources.iter().collect();
    v.sort_by_key(|s| (s.kind != SourceKind::Article, s.kind == SourceKind::FactCheck, s.date.sort_key()));
    v
}

/// A source's reference number in the list of sources (1-based), as cited in the text.
pub fn citation_number(id: &str) -> Option<usize> {
    sources_in_citation_order().iter().position(|s| s.id == id).map(|i| i + 1)
}
