//! Turns the human-edited TOML under `data/` and `content/` into Rust statics, so the app ships no parser and
//! does no work at start-up. It refuses to build if a record breaks an integrity rule or the prose refers to
//! something that does not exist, and says which record and file.
//!
//! Outputs (in `OUT_DIR`): `dataset.rs` (the `Dataset`), `chapters.rs` (the prose), `ui.rs` (interface strings).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::{env, fs};

use serde::Deserialize;

// The same files the crate compiles as `domain::…` (their `super::` resolves to this root here).
#[allow(dead_code)]
#[path = "src/domain/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "src/domain/markup.rs"]
mod markup;
#[allow(dead_code)]
#[path = "src/domain/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/domain/validate.rs"]
mod validate;

use content::{Block, BlockKind, Cell, Chapter, Classroom, CompareRow, LessonStep, Part, Rich};
use markup::Ref;
use model::*;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct DataFile {
    version: Option<String>,
    checked: Option<Date>,
    #[serde(default)]
    source: Vec<Source>,
    #[serde(default)]
    rate: Vec<Rate>,
    #[serde(default)]
    figure: Vec<Figure>,
    #[serde(default)]
    disagreement: Vec<Disagreement>,
    #[serde(default)]
    series: Vec<Series>,
    #[serde(default)]
    actor: Vec<Actor>,
    #[serde(default)]
    event: Vec<Event>,
    #[serde(default)]
    programme: Vec<Programme>,
    #[serde(default)]
    quote: Vec<Quote>,
    #[serde(default)]
    layer: Vec<Layer>,
    #[serde(default)]
    case_study: Vec<CaseStudy>,
    #[serde(default)]
    recommendation: Vec<Recommendation>,
    #[serde(default)]
    sim_param: Vec<SimParam>,
    #[serde(default)]
    sim_profile: Vec<SimProfile>,
    #[serde(default)]
    correction: Vec<Correction>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChapterFile {
    slug: String,
    title: L10n,
    dek: L10n,
    #[serde(default)]
    questions: Vec<L10n>,
    part: Vec<PartFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartFile {
    #[serde(default)]
    widget: String,
    #[serde(default)]
    block: Vec<BlockFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockFile {
    #[serde(default = "paragraph")]
    kind: BlockKind,
    ja: String,
    en: String,
}

fn paragraph() -> BlockKind {
    BlockKind::Paragraph
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    for watched in ["data", "content", "src/domain/model.rs", "src/domain/content.rs", "src/domain/markup.rs"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    println!("cargo:rerun-if-changed=src/domain/validate.rs");
    // For development: bake another copy of the data (e.g. a snapshot while data/ is being edited).
    println!("cargo:rerun-if-env-changed=EXPLAINER_DATA_DIR");
    let data_dir = env::var("EXPLAINER_DATA_DIR").map(PathBuf::from).unwrap_or_else(|_| root.join("data"));
    if data_dir != root.join("data") {
        println!("cargo:rerun-if-changed={}", data_dir.display());
    }

    let dataset = load_dataset(&data_dir);
    let errors = validate::validate(&dataset);
    if !errors.is_empty() {
        fail(&format!("the dataset breaks {} integrity rule(s):\n  {}", errors.len(), errors.join("\n  ")));
    }
    println!("cargo:rerun-if-env-changed=EXPLAINER_CONTENT_DIR");
    let content_dir = env::var("EXPLAINER_CONTENT_DIR").map(PathBuf::from).unwrap_or_else(|_| root.join("content"));
    if content_dir != root.join("content") {
        println!("cargo:rerun-if-changed={}", content_dir.display());
    }
    let chapters = load_chapters(&content_dir.join("chapters"), &dataset);
    // Chapters, and the appendices linkable like chapters (see `APPENDICES` in `src/domain/link.rs`).
    let slugs: Vec<&str> = chapters.iter().map(|c| &*c.slug).chain(["timeline", "teachers"]).collect();
    let errors = validate::correction_chapters(&dataset.corrections, &slugs);
    if !errors.is_empty() {
        fail(&format!("the corrections log breaks {} rule(s):\n  {}", errors.len(), errors.join("\n  ")));
    }
    let ui = load_ui(&content_dir.join("ui.toml"));
    let compare = load_compare(&content_dir.join("compare.toml"), &dataset);
    let classroom = load_classroom(&content_dir.join("classroom.toml"), &chapters, &dataset);

    let env = databake::CrateEnv::default();
    let baked = databake::Bake::bake(&dataset, &env);
    write(&out.join("dataset.rs"), &format!("pub static DATASET: crate::domain::model::Dataset = {baked};\n"));
    // The browser build does not render the prose: the prerendered page carries it (`src/prerender/`), so the
    // wasm gets each chapter without its blocks and stays smaller by the whole text.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let mut baked_chapters = chapters.clone();
    if wasm {
        for part in baked_chapters.iter_mut().flat_map(|c| c.parts.to_mut().iter_mut()) {
            part.blocks = Default::default();
        }
    }
    let baked = databake::Bake::bake(&baked_chapters.as_slice(), &env);
    let baked_compare = databake::Bake::bake(&compare.as_slice(), &env);
    let baked_classroom = databake::Bake::bake(&classroom, &env);
    write(
        &out.join("chapters.rs"),
        &format!(
            "pub static CHAPTERS: &[crate::domain::content::Chapter] = {baked};\n\
             pub static COMPARE: &[crate::domain::content::CompareRow] = {baked_compare};\n\
             pub static CLASSROOM: crate::domain::content::Classroom = {baked_classroom};\n"
        ),
    );
    write(&out.join("ui.rs"), &ui);
}

fn fail(msg: &str) -> ! {
    eprintln!("\nerror: {msg}\n");
    panic!("{msg}");
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = fs::read_dir(&d).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", d.display())));
        for entry in entries {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

fn read_toml<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
    toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn load_dataset(dir: &Path) -> Dataset {
    let mut all = DataFile::default();
    for path in toml_files(dir) {
        let f: DataFile = read_toml(&path);
        if f.version.is_some() {
            all.version = f.version;
        }
        if f.checked.is_some() {
            all.checked = f.checked;
        }
        all.source.extend(f.source);
        all.rate.extend(f.rate);
        all.figure.extend(f.figure);
        all.disagreement.extend(f.disagreement);
        all.series.extend(f.series);
        all.actor.extend(f.actor);
        all.event.extend(f.event);
        all.programme.extend(f.programme);
        all.quote.extend(f.quote);
        all.layer.extend(f.layer);
        all.case_study.extend(f.case_study);
        all.recommendation.extend(f.recommendation);
        all.sim_param.extend(f.sim_param);
        all.sim_profile.extend(f.sim_profile);
        all.correction.extend(f.correction);
    }
    let mut events = all.event;
    events.sort_by_key(|e| e.date.sort_key());
    let mut recommendations = all.recommendation;
    recommendations.sort_by_key(|r| r.order);
    Dataset {
        version: all.version.unwrap_or_else(|| fail("data/: no file sets `version`")).into(),
        checked: all.checked.unwrap_or_else(|| fail("data/: no file sets `checked`")),
        sources: all.source.into(),
        rates: all.rate.into(),
        figures: all.figure.into(),
        disagreements: all.disagreement.into(),
        series: all.series.into(),
        actors: all.actor.into(),
        events: events.into(),
        programmes: all.programme.into(),
        quotes: all.quote.into(),
        layers: all.layer.into(),
        case_studies: all.case_study.into(),
        recommendations: recommendations.into(),
        sim_params: all.sim_param.into(),
        sim_profiles: all.sim_profile.into(),
        corrections: {
            let mut c = all.correction;
            c.sort_by_key(|c| c.date.sort_key());
            c.into()
        },
    }
}

fn load_chapters(dir: &Path, d: &Dataset) -> Vec<Chapter> {
    let files = toml_files(dir);
    let slugs: BTreeSet<String> = files.iter().map(|p| read_toml::<ChapterFile>(p).slug).collect();
    let known = |kind: &str, id: &str| -> bool {
        match kind {
            "figure" => d.figures.iter().any(|f| f.id == id),
            "event" => d.events.iter().any(|e| e.id == id),
            "actor" => d.actors.iter().any(|a| a.id == id),
            "source" => d.sources.iter().any(|s| s.id == id),
            _ => slugs.contains(id) || id == "timeline" || id == "teachers",
        }
    };
    let mut chapters = Vec::new();
    for path in files {
        let f: ChapterFile = read_toml(&path);
        let at = |what: &str| format!("{} ({what})", path.display());
        for t in [&f.title, &f.dek].into_iter().chain(f.questions.iter()) {
            for s in [&t.ja, &t.en] {
                if s.trim().is_empty() || s.chars().any(markup::is_digit) {
                    fail(&format!("{}: {s:?} is empty or has a typed digit", at("title/dek/question")));
                }
            }
        }
        let mut parts = Vec::new();
        for (pi, p) in f.part.iter().enumerate() {
            let mut blocks = Vec::new();
            for (bi, b) in p.block.iter().enumerate() {
                let mut rich = Vec::new();
                for (lang, text) in [("ja", &b.ja), ("en", &b.en)] {
                    let here = at(&format!("part {} block {} {lang}", pi + 1, bi + 1));
                    let (segs, refs) = markup::parse(text).unwrap_or_else(|e| fail(&format!("{here}: {e}")));
                    for r in refs {
                        let (kind, id) = match &r {
                            Ref::Figure(i) => ("figure", i),
                            Ref::Event(i) => ("event", i),
                            Ref::Actor(i) => ("actor", i),
                            Ref::Source(i) => ("source", i),
                            Ref::Chapter(i) => ("chapter", i),
                        };
                        if !known(kind, id) {
                            fail(&format!("{here}: refers to unknown {kind} `{id}`"));
                        }
                    }
                    rich.push(segs);
                }
                let en = rich.pop().unwrap();
                let ja = rich.pop().unwrap();
                blocks.push(Block { kind: b.kind, text: Rich { ja: ja.into(), en: en.into() } });
            }
            if !p.widget.is_empty() && !content::WIDGETS.contains(&p.widget.as_str()) {
                fail(&at(&format!(
                    "part {}: unknown widget `{}` (see WIDGETS in src/domain/content.rs)",
                    pi + 1,
                    p.widget
                )));
            }
            if blocks.is_empty() && p.widget.is_empty() {
                fail(&at(&format!("part {} has neither blocks nor a widget", pi + 1)));
            }
            parts.push(Part { blocks: blocks.into(), widget: p.widget.clone().into() });
        }
        chapters.push(Chapter {
            slug: f.slug.into(),
            title: f.title,
            dek: f.dek,
            parts: parts.into(),
            questions: f.questions.into(),
        });
    }
    chapters
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompareFile {
    row: Vec<CompareRowFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompareRowFile {
    theme: L10n,
    us: Vec<String>,
    china: Vec<String>,
}

/// The "Two strategies" table: each cell `part:programme:index`, `quote:id`, `figure:id` or `event:id`.
fn load_compare(path: &Path, d: &Dataset) -> Vec<CompareRow> {
    if !path.exists() {
        return Vec::new();
    }
    let f: CompareFile = read_toml(path);
    let cell = |s: &str, row: usize| -> Cell {
        let here = format!("{} row {row}: `{s}`", path.display());
        let mut it = s.split(':');
        let (kind, id) = (it.next().unwrap_or(""), it.next().unwrap_or(""));
        let ok = |found: bool| if found { Ok(()) } else { Err(format!("{here}: no such {kind}")) };
        let r = match kind {
            "part" => {
                let index: u16 = it
                    .next()
                    .and_then(|i| i.parse().ok())
                    .unwrap_or_else(|| fail(&format!("{here}: needs part:programme:index")));
                let found = d.programmes.iter().find(|p| p.id == id).is_some_and(|p| (index as usize) < p.parts.len());
                ok(found).map(|_| Cell::Part { programme: id.to_string().into(), index })
            }
            "quote" => ok(d.quotes.iter().any(|q| q.id == id)).map(|_| Cell::Quote(id.to_string().into())),
            "figure" => ok(d.figures.iter().any(|q| q.id == id)).map(|_| Cell::Figure(id.to_string().into())),
            "event" => ok(d.events.iter().any(|q| q.id == id)).map(|_| Cell::Event(id.to_string().into())),
            "layer" => {
                let index: u16 = it
                    .next()
                    .and_then(|i| i.parse().ok())
                    .unwrap_or_else(|| fail(&format!("{here}: needs layer:layer_id:index")));
                let found = d.layers.iter().find(|l| l.id == id).is_some_and(|l| (index as usize) < l.holders.len());
                ok(found).map(|_| Cell::Holding { layer: id.to_string().into(), index })
            }
            "offer" => {
                let role = it.next().unwrap_or("").to_string();
                let index: u16 = it
                    .next()
                    .and_then(|i| i.parse().ok())
                    .unwrap_or_else(|| fail(&format!("{here}: needs offer:programme:role:index")));
                let found = d.programmes.iter().find(|p| p.id == id).and_then(|p| p.offer.as_ref()).is_some_and(|o| {
                    let terms = match role.as_str() {
                        "gets" => &o.gets,
                        "gives" => &o.gives,
                        "depends_on" => &o.depends_on,
                        _ => return false,
                    };
                    (index as usize) < terms.len()
                });
                ok(found).map(|_| Cell::Term { programme: id.to_string().into(), role: role.into(), index })
            }
            _ => Err(format!("{here}: kind must be part, quote, figure, event, layer or offer")),
        };
        r.unwrap_or_else(|e| fail(&e))
    };
    f.row
        .iter()
        .enumerate()
        .map(|(i, r)| {
            for t in [&r.theme.ja, &r.theme.en] {
                if t.trim().is_empty() || t.chars().any(markup::is_digit) {
                    fail(&format!("{} row {}: theme {t:?} is empty or has a digit", path.display(), i + 1));
                }
            }
            CompareRow {
                theme: r.theme.clone(),
                us: r.us.iter().map(|c| cell(c, i + 1)).collect::<Vec<_>>().into(),
                china: r.china.iter().map(|c| cell(c, i + 1)).collect::<Vec<_>>().into(),
            }
        })
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassroomFile {
    intro: L10n,
    step: Vec<StepFile>,
    worksheet: Vec<L10n>,
    limits: Vec<L10n>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    minutes: u8,
    title: L10n,
    activity: L10n,
    #[serde(default)]
    chapter: String,
    #[serde(default)]
    widget: String,
    #[serde(default)]
    profile: String,
}

/// The classroom kit; its texts follow the prose rule (no typed digits), its references must exist.
fn load_classroom(path: &Path, chapters: &[Chapter], d: &Dataset) -> Classroom {
    let f: ClassroomFile = read_toml(path);
    let check = |what: &str, t: &L10n| {
        for s in [&t.ja, &t.en] {
            if s.trim().is_empty() || s.chars().any(markup::is_digit) {
                fail(&format!("{}: {what} {s:?} is empty or has a typed digit", path.display()));
            }
        }
    };
    check("intro", &f.intro);
    let mut total = 0u32;
    let lesson = f
        .step
        .into_iter()
        .map(|s| {
            check("step title", &s.title);
            check("step activity", &s.activity);
            total += s.minutes as u32;
            if !s.chapter.is_empty() && !chapters.iter().any(|c| c.slug == s.chapter) && s.chapter != "timeline" {
                fail(&format!("{}: unknown chapter `{}`", path.display(), s.chapter));
            }
            if !s.widget.is_empty() && !content::WIDGETS.contains(&s.widget.as_str()) {
                fail(&format!("{}: unknown widget `{}`", path.display(), s.widget));
            }
            if !s.profile.is_empty() && !d.sim_profiles.iter().any(|p| p.id == s.profile) {
                fail(&format!("{}: unknown simulator profile `{}`", path.display(), s.profile));
            }
            LessonStep {
                minutes: s.minutes,
                title: s.title,
                activity: s.activity,
                chapter: s.chapter.into(),
                widget: s.widget.into(),
                profile: s.profile.into(),
            }
        })
        .collect::<Vec<_>>();
    if total != 45 {
        fail(&format!("{}: the lesson adds up to {total} minutes, not 45", path.display()));
    }
    for w in f.worksheet.iter() {
        check("worksheet task", w);
    }
    for l in f.limits.iter() {
        check("limit", l);
    }
    Classroom { intro: f.intro, lesson: lesson.into(), worksheet: f.worksheet.into(), limits: f.limits.into() }
}

/// Generates `enum Ui` (one variant per key of `content/ui.toml`) and its two string tables, so a missing or
/// misspelt interface string is a compile error rather than a blank button.
fn load_ui(path: &Path) -> String {
    let table: BTreeMap<String, L10n> = read_toml(path);
    let mut variants = String::new();
    let mut keys = String::new();
    let mut ja = String::new();
    let mut en = String::new();
    for (key, text) in &table {
        if text.ja.trim().is_empty() || text.en.trim().is_empty() {
            fail(&format!("{}: `{key}` needs both ja and en", path.display()));
        }
        let variant: String = key
            .split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            })
            .collect();
        variants.push_str(&format!("    {variant},\n"));
        keys.push_str(&format!("{key:?}, "));
        ja.push_str(&format!("    {:?},\n", text.ja));
        en.push_str(&format!("    {:?},\n", text.en));
    }
    let n = table.len();
    format!(
        "/// An interface string; the text lives in `content/ui.toml`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         #[repr(u16)]\n\
         pub enum Ui {{\n{variants}}}\n\n\
         pub(crate) const UI_COUNT: usize = {n};\n\
         pub(crate) static UI_KEYS: [&str; {n}] = [{keys}];\n\
         pub(crate) static UI_JA: [&str; {n}] = [\n{ja}];\n\
         pub(crate) static UI_EN: [&str; {n}] = [\n{en}];\n"
    )
}
