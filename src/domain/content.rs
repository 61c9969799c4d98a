//! The explainer's prose as data: chapters made of blocks, each block a list of segments per language.
//!
//! Shared, like `model.rs`, by `build.rs` (which parses the light markup of `content/chapters/*.toml` into
//! segments and checks every reference) and by the app (which renders the segments). Prose never holds a digit:
//! numbers, dates and names with digits are references to dataset records (`{fig:…}`, `{date:…}`), so the text and
//! the charts cannot drift apart. See `docs/writing.md` for the markup.

use databake::Bake;
use serde::{Deserialize, Serialize};

use super::model::{L10n, List, Str};

/// How a `{fig:id}` reference is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
#[serde(rename_all = "snake_case")]
pub enum FigStyle {
    /// The value in its own unit (and, for money, its original currency).
    Value,
    /// For money: the US-dollar normalized value.
    Usd,
    /// The year the figure refers to.
    Year,
    /// The full date the figure refers to.
    Date,
}

/// One piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
#[serde(rename_all = "snake_case")]
pub enum Seg {
    Text(Str),
    /// Emphasised text (`*…*`).
    Em(Str),
    /// A figure's value with a button that opens its source card (`{fig:id}`, `{usd:id}`, `{year:id}`).
    Fig {
        id: Str,
        style: FigStyle,
    },
    /// A computed multiple of two figures, "a is N× b" (`{ratio:a/b}`), with both source cards.
    Ratio {
        num: Str,
        den: Str,
    },
    /// An event's date (`{date:event}`) or year (`{eyear:event}`).
    EventDate {
        id: Str,
        year_only: bool,
    },
    /// An actor's name in the reading language (`{actor:id}`).
    Actor(Str),
    /// A citation of a whole source (`{src:id}`), shown as a numbered reference.
    Cite(Str),
    /// A link to another chapter (`[text](#slug)`).
    ChapterLink {
        slug: Str,
        text: Str,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Paragraph,
    Heading,
    /// An item of a bulleted list (consecutive items form one list).
    Item,
    /// A highlighted aside: what the numbers do not say, a caveat.
    Aside,
}

/// A block's text in both languages, as segments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
pub struct Rich {
    pub ja: List<Seg>,
    pub en: List<Seg>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
pub struct Block {
    pub kind: BlockKind,
    pub text: Rich,
}

/// Blocks as they are shown: consecutive items form one list, every other block stands alone.
pub fn groups(blocks: &[Block]) -> Vec<(BlockKind, Vec<&Block>)> {
    let mut out: Vec<(BlockKind, Vec<&Block>)> = Vec::new();
    for b in blocks {
        match out.last_mut() {
            Some((BlockKind::Item, items)) if b.kind == BlockKind::Item => items.push(b),
            _ => out.push((b.kind, vec![b])),
        }
    }
    out
}

/// A named place in a chapter where an interactive piece (chart, quiz, table, simulator) is mounted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
pub struct Part {
    /// Prose blocks shown before the widget.
    pub blocks: List<Block>,
    /// The widget's id ("money-chart", "grid-calculator" …), or empty for prose only.
    pub widget: Str,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
pub struct Chapter {
    /// The link slug and the `<section id>`.
    pub slug: Str,
    pub title: L10n,
    /// One sentence under the title: what the chapter shows.
    pub dek: L10n,
    pub parts: List<Part>,
    /// Two or three discussion questions for a class.
    pub questions: List<L10n>,
}

/// Every interactive piece a chapter may place (`widget = "…"` in `content/chapters/*.toml`). `build.rs`
/// rejects any other name; `ui::chapters` renders each.
pub const WIDGETS: &[&str] = &[
    "guess-quiz",
    "strategies-compare",
    "money-chart",
    "electricity-chart",
    "grid-calculator",
    "model-gap-chart",
    "talent-chart",
    "survey-chart",
    "offers-table",
    "stack-map",
    "case-studies",
    "recommendations",
    "simulator",
    "japan-chart",
    "japan-facts",
    "japan-simulator",
    "sources-list",
    "figures-index",
    "disagreements-list",
    "method",
    "cite-this",
    "corrections-log",
];

/// A cell of the "Two strategies" table: a reference to a sourced record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
#[serde(rename_all = "snake_case")]
pub enum Cell {
    /// The `index`-th (0-based) part of a programme: `part:programme_id:index` in the file.
    Part { programme: Str, index: u16 },
    /// `quote:id`
    Quote(Str),
    /// `figure:id`
    Figure(Str),
    /// `event:id`
    Event(Str),
    /// The `index`-th holding of a stack layer: `layer:layer_id:index`.
    Holding { layer: Str, index: u16 },
    /// The `index`-th term of an offer (`role` = gets, gives or depends_on): `offer:programme_id:role:index`.
    Term { programme: Str, role: Str, index: u16 },
}

/// A row of the "Two strategies" table (`content/compare.toml`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
pub struct CompareRow {
    pub theme: L10n,
    pub us: List<Cell>,
    pub china: List<Cell>,
}

/// One step of the suggested lesson (`content/classroom.toml`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
pub struct LessonStep {
    pub minutes: u8,
    pub title: L10n,
    /// What the class does, in plain text (no digits: numbers come from the `minutes` field and the dataset).
    pub activity: L10n,
    /// The chapter the step uses, if any (its link slug).
    pub chapter: Str,
    /// A widget in that chapter to open, if any.
    pub widget: Str,
    /// Simulator profile to load for this step, if any (its teacher link is generated).
    pub profile: Str,
}

/// The classroom kit: a lesson path, a worksheet, and notes for teachers on the model's limits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::content)]
pub struct Classroom {
    pub intro: L10n,
    pub lesson: List<LessonStep>,
    /// Worksheet tasks beyond each chapter's discussion questions.
    pub worksheet: List<L10n>,
    /// What a teacher should know about the simulator's limits.
    pub limits: List<L10n>,
}
