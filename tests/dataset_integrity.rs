//! The dataset's integrity: the rules of `domain::validate` on the real data, the same rules catching broken
//! records (so they can fail), and every excerpt found, word for word, in the text it claims to quote.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use explainer::domain::dataset::data;
use explainer::domain::model::*;
use explainer::domain::validate::validate;

#[test]
fn the_dataset_keeps_every_integrity_rule() {
    let errors = validate(data());
    assert!(errors.is_empty(), "{} broken record(s):\n  {}", errors.len(), errors.join("\n  "));
}

fn owned() -> Dataset {
    data().clone()
}

fn first_error_about(d: &Dataset, needle: &str) -> String {
    let errors = validate(d);
    errors
        .iter()
        .find(|e| e.contains(needle))
        .cloned()
        .unwrap_or_else(|| panic!("expected an error mentioning {needle:?}, got {errors:#?}"))
}

#[test]
fn a_duplicate_id_is_named() {
    let mut d = owned();
    let copy = d.figures[0].clone();
    d.figures.to_mut().push(copy);
    let e = first_error_about(&d, "not unique");
    assert!(e.starts_with(&format!("figure `{}`", d.figures[0].id)), "{e}");
}

#[test]
fn an_unknown_source_is_named() {
    let mut d = owned();
    d.figures.to_mut()[1].source = Cow::Borrowed("nowhere");
    let e = first_error_about(&d, "unknown source `nowhere`");
    assert!(e.starts_with(&format!("figure `{}`", d.figures[1].id)), "{e}");
}

#[test]
fn an_empty_translation_is_named() {
    let mut d = owned();
    d.figures.to_mut()[2].claim.en = Cow::Borrowed("  ");
    let e = first_error_about(&d, "claim.en is empty");
    assert!(e.starts_with(&format!("figure `{}`", d.figures[2].id)), "{e}");
}

#[test]
fn a_one_sided_conflict_is_named() {
    let mut d = owned();
    let i = d.figures.iter().position(|f| !f.conflicts.is_empty()).expect("some figure has a conflict");
    let other = d.figures[i].conflicts[0].with.clone();
    let j = d.figures.iter().position(|f| f.id == other).unwrap();
    d.figures.to_mut()[j].conflicts = Cow::Owned(vec![]);
    let e = first_error_about(&d, "not symmetric");
    assert!(e.starts_with(&format!("figure `{}`", d.figures[i].id)), "{e}");
}

#[test]
fn a_wrong_dollar_conversion_is_named() {
    let mut d = owned();
    let i = d.figures.iter().position(|f| f.currency == Some(Currency::GBP)).expect("a GBP figure");
    let figs = d.figures.to_mut();
    figs[i].usd.as_mut().unwrap().value *= 1.1;
    let e = first_error_about(&d, "tolerance");
    assert!(e.starts_with(&format!("figure `{}`", d.figures[i].id)), "{e}");
}

#[test]
fn an_orphan_source_is_named() {
    let mut d = owned();
    let mut s = d.sources[0].clone();
    s.id = Cow::Borrowed("lonely");
    d.sources.to_mut().push(s);
    first_error_about(&d, "source `lonely`: is an orphan");
}

#[test]
fn a_status_without_a_note_is_named() {
    let mut d = owned();
    let i = d.figures.iter().position(|f| f.status == Status::Refined).expect("a refined figure");
    d.figures.to_mut()[i].check = None;
    let e = first_error_about(&d, "needs the fact check's note");
    assert!(e.starts_with(&format!("figure `{}`", d.figures[i].id)), "{e}");
}

#[test]
fn a_bad_date_range_is_named() {
    let mut d = owned();
    d.figures.to_mut()[0].refers_to = Date::ymd(1850, 1, 1);
    first_error_about(&d, "outside");
}

#[test]
fn dates_are_validated_when_parsed() {
    for bad in ["2025-13", "2025-02-30", "2023-02-29", "25-01-01", "2025-1-01", "2025-00-10", "x", ""] {
        assert!(Date::parse(bad).is_err(), "{bad}");
    }
    for good in ["2024-02-29", "2025", "2025-07", "2025-07-23"] {
        assert_eq!(Date::parse(good).unwrap().to_string(), good);
    }
}

// ---- Excerpts: each must appear word for word in the text it quotes. ----

/// The shared folder with the source articles and the fact check, when this checkout sits next to it.
fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.join("sources").is_dir().then_some(p)
}

fn article_text(shared: &Path, source: &str) -> Option<String> {
    let n = source.strip_prefix("art")?;
    let dir = std::fs::read_dir(shared.join("sources")).ok()?;
    for e in dir.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with(&format!("{n}_")) {
            return std::fs::read_to_string(e.path()).ok();
        }
    }
    None
}

/// The passages of one source in `docs/research/japan.md` (its `## <source id>` section), for sources the
/// project read itself rather than through the fact check.
fn research_section(source: &str) -> Option<String> {
    let memo = include_str!("../docs/research/japan.md");
    let head = format!("## {source}\n");
    let start = memo.find(&head)? + head.len();
    let rest = &memo[start..];
    Some(rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string())
}

#[test]
fn every_section_of_the_research_memo_is_a_source_with_its_address() {
    let memo = include_str!("../docs/research/japan.md");
    let ids: Vec<&str> = memo.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    assert!(ids.len() >= 8, "{ids:?}");
    for id in ids {
        let s =
            data().sources.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("memo section `{id}` is no source"));
        let url = s.url.as_deref().unwrap_or_else(|| panic!("source `{id}` has no url"));
        assert!(research_section(id).unwrap().contains(url), "source `{id}`: its url is not in its memo section");
    }
}

/// Every (record, source id, excerpt) in the dataset.
fn excerpts(d: &Dataset) -> Vec<(String, String, String)> {
    let mut v = Vec::new();
    for f in d.figures.iter() {
        v.push((format!("figure `{}`", f.id), f.source.to_string(), f.excerpt.to_string()));
    }
    for e in d.events.iter() {
        v.push((format!("event `{}`", e.id), e.source.to_string(), e.excerpt.to_string()));
    }
    for q in d.quotes.iter() {
        v.push((format!("quote `{}`", q.id), q.source.to_string(), q.original.to_string()));
    }
    for r in d.recommendations.iter() {
        v.push((format!("recommendation `{}`", r.id), r.source.to_string(), r.excerpt.to_string()));
    }
    let mut points = |who: String, p: &Point| v.push((who, p.source.to_string(), p.excerpt.to_string()));
    for p in d.programmes.iter() {
        let terms = p.offer.iter().flat_map(|o| o.gets.iter().chain(o.gives.iter()).chain(o.depends_on.iter()));
        for pt in p.parts.iter().chain(terms) {
            points(format!("programme `{}`", p.id), pt);
        }
    }
    for l in d.layers.iter() {
        for h in l.holders.iter() {
            points(format!("layer `{}` holder `{}`", l.id, h.actor), &h.point);
        }
    }
    for c in d.case_studies.iter() {
        for pt in c.points.iter() {
            points(format!("case_study `{}`", c.id), pt);
        }
    }
    v
}

#[test]
fn every_excerpt_is_found_in_its_source() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/sources is not next to this checkout (the texts are not redistributed)");
        return;
    };
    // The memo marks emphasis with `**`; excerpts quote its words without the markup.
    let factcheck =
        std::fs::read_to_string(shared.join("research/factcheck.md")).expect("factcheck.md").replace("**", "");
    let mut missing = Vec::new();
    let mut checked = 0;
    for (who, source, excerpt) in excerpts(data()) {
        let text = if source == "factcheck" {
            Some(factcheck.clone())
        } else if let Some(read) = research_section(&source) {
            // Sources read outside the fact check (the Japan chapter) are quoted through our own memo.
            Some(read)
        } else {
            match data().sources.iter().find(|s| s.id == source).map(|s| s.kind) {
                Some(SourceKind::Article) => article_text(&shared, &source),
                // Primary and secondary sources are quoted through the fact check.
                _ => Some(factcheck.clone()),
            }
        };
        let Some(text) = text else {
            missing.push(format!("{who}: no text for source `{source}`"));
            continue;
        };
        checked += 1;
        if !text.contains(&excerpt) {
            missing.push(format!("{who}: excerpt {excerpt:?} is not in `{source}`"));
        }
    }
    assert!(checked > 0);
    assert!(missing.is_empty(), "{} excerpt(s) not found:\n  {}", missing.len(), missing.join("\n  "));
}

#[test]
fn excerpts_are_short() {
    // A few words that locate the claim, never whole sentences.
    for (who, _, excerpt) in excerpts(data()) {
        let n = excerpt.chars().count();
        assert!(n <= 90, "{who}: excerpt is {n} characters; quote only the words that locate the claim");
    }
}
