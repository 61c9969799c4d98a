//! The reading path: all ten chapters of the brief, in order, each with its widgets, questions and both
//! languages; prose that says the same things in each language (same references).

use explainer::domain::content::{Seg, WIDGETS};
use explainer::domain::dataset::{chapters, compare_rows};

const ORDER: [&str; 10] = [
    "who-is-winning",
    "two-strategies",
    "money",
    "physics",
    "talent",
    "anxiety",
    "offers",
    "orchestration",
    "japan",
    "sources",
];

#[test]
fn the_ten_chapters_of_the_brief_in_reading_order() {
    let slugs: Vec<&str> = chapters().iter().map(|c| &*c.slug).collect();
    assert_eq!(slugs, ORDER);
}

#[test]
fn every_widget_appears_exactly_once() {
    let mut placed: Vec<&str> =
        chapters().iter().flat_map(|c| c.parts.iter().map(|p| &*p.widget)).filter(|w| !w.is_empty()).collect();
    placed.sort();
    let mut all = WIDGETS.to_vec();
    all.sort();
    assert_eq!(placed, all);
}

#[test]
fn every_chapter_has_prose_and_questions_for_a_class() {
    for c in chapters() {
        let blocks: usize = c.parts.iter().map(|p| p.blocks.len()).sum();
        assert!(blocks >= 4, "{}: {blocks} blocks", c.slug);
        assert!((2..=3).contains(&c.questions.len()), "{}: {} questions", c.slug, c.questions.len());
    }
}

fn refs(segs: &[Seg]) -> Vec<String> {
    let mut v: Vec<String> = segs
        .iter()
        .filter_map(|s| match s {
            Seg::Fig { id, .. } => Some(format!("fig:{id}")),
            Seg::Ratio { num, den } => Some(format!("ratio:{num}/{den}")),
            Seg::EventDate { id, .. } => Some(format!("event:{id}")),
            Seg::Cite(id) => Some(format!("src:{id}")),
            Seg::ChapterLink { slug, .. } => Some(format!("chapter:{slug}")),
            _ => None,
        })
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn both_languages_cite_the_same_numbers() {
    for c in chapters() {
        for (pi, p) in c.parts.iter().enumerate() {
            for (bi, b) in p.blocks.iter().enumerate() {
                assert_eq!(refs(&b.text.ja), refs(&b.text.en), "{} part {} block {}", c.slug, pi + 1, bi + 1);
            }
        }
    }
}

#[test]
fn the_strategies_table_has_both_sides_on_every_row() {
    assert!(compare_rows().len() >= 6);
    for r in compare_rows() {
        assert!(!r.us.is_empty() && !r.china.is_empty(), "{}", r.theme.en);
    }
}
