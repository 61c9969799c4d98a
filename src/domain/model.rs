//! The dataset's record types.
//!
//! This file is shared, unchanged, by two compilers: `build.rs` includes it to deserialize and validate the
//! TOML files under `data/` and `content/`, then bakes the records into Rust statics with `databake`; the
//! crate includes it to read those statics. `Cow<'static, _>` lets one type be both: owned when parsed at
//! build time, borrowed from static memory in the app. See `docs/data-dictionary.md` for every field.

use std::borrow::Cow;
use std::fmt;

use databake::Bake;
use serde::{Deserialize, Serialize};

/// Text baked into the binary (borrowed) or read from a file (owned).
pub type Str = Cow<'static, str>;
/// A list baked into the binary (borrowed) or read from a file (owned).
pub type List<T> = Cow<'static, [T]>;

/// The same text in the app's two languages. Both must be non-empty (tested).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct L10n {
    pub ja: Str,
    pub en: Str,
}

/// A calendar date whose precision may be a year, a month or a day (`"2030"`, `"2025-07"`, `"2025-07-23"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    pub year: u16,
    /// 1–12, or 0 when only the year is known.
    pub month: u8,
    /// 1–31, or 0 when only the month (or year) is known.
    pub day: u8,
}

impl Date {
    pub const fn ymd(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the day against the month's length.
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("invalid date {s:?}: expected YYYY, YYYY-MM or YYYY-MM-DD");
        let mut parts = s.split('-');
        let year_text = parts.next().ok_or_else(bad)?;
        if year_text.len() != 4 {
            return Err(bad());
        }
        let year: u16 = year_text.parse().map_err(|_| bad())?;
        let two = |p: Option<&str>| -> Result<u8, String> {
            match p {
                None => Ok(0),
                Some(t) if t.len() == 2 => t.parse::<u8>().map_err(|_| bad()),
                Some(_) => Err(bad()),
            }
        };
        let month = two(parts.next())?;
        let day = two(parts.next())?;
        if parts.next().is_some() || !(1000..=2999).contains(&year) || month > 12 {
            return Err(bad());
        }
        if day > 0 && (month == 0 || day > days_in_month(year, month)) {
            return Err(bad());
        }
        if month == 0 && s.len() > 4 {
            return Err(bad());
        }
        Ok(Date { year, month, day })
    }

    /// A sortable key; dates of coarser precision sort before finer ones of the same period.
    pub fn sort_key(&self) -> u32 {
        self.year as u32 * 10_000 + self.month as u32 * 100 + self.day as u32
    }
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Date::parse(&s)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

/// How a claim stands after the fact check (`../shared/research/factcheck.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated by a source article; the fact check does not address it.
    AsReported,
    /// A primary or reputable source says the same.
    Verified,
    /// Right in substance; a date, scope or name needs fixing (the note says what).
    Refined,
    /// The primary source says something different (the note says what).
    Contradicted,
    /// No source confirming it was found.
    Unverified,
}

impl Status {
    pub const ALL: [Status; 5] =
        [Status::AsReported, Status::Verified, Status::Refined, Status::Contradicted, Status::Unverified];
    pub fn key(self) -> &'static str {
        match self {
            Status::AsReported => "as_reported",
            Status::Verified => "verified",
            Status::Refined => "refined",
            Status::Contradicted => "contradicted",
            Status::Unverified => "unverified",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// One of the five source articles the explainer is built from.
    Article,
    /// A primary document (report, press release, official text) cited by the fact check.
    Primary,
    /// A reputable secondary report cited by the fact check.
    Secondary,
    /// The project's fact-check memo itself.
    FactCheck,
}

/// A publication a record cites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Str,
    pub kind: SourceKind,
    pub publisher: Str,
    /// The title in the source's own language.
    pub title: Str,
    /// Our rendering of the title in both app languages.
    pub title_l10n: L10n,
    #[serde(default)]
    pub author: Option<Str>,
    pub date: Date,
    /// BCP 47 language of the source ("ja", "en", "zh").
    pub language: Str,
    #[serde(default)]
    pub url: Option<Str>,
    /// True when the URL was inferred by the fact check and not read ("not seen").
    #[serde(default)]
    pub url_unchecked: bool,
    /// What the reader should know about this source (e.g. that an article was written with generative AI).
    #[serde(default)]
    pub note: Option<L10n>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[allow(clippy::upper_case_acronyms)] // ISO 4217 codes, as the data files write them
pub enum Currency {
    USD,
    JPY,
    CNY,
    GBP,
    EUR,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::USD => "USD",
            Currency::JPY => "JPY",
            Currency::CNY => "CNY",
            Currency::GBP => "GBP",
            Currency::EUR => "EUR",
        }
    }
}

/// What a figure's value counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// An amount of money in `currency`.
    Money,
    /// A share, 0–100.
    Percent,
    /// A difference of percentages.
    PercentagePoints,
    /// Gigawatts of power or capacity.
    Gigawatt,
    /// Terawatt-hours of electricity in a year.
    TerawattHour,
    /// A plain count (people, models, patents, projects, GPUs, countries …).
    Count,
    /// A multiple ("4×").
    Ratio,
    /// A score on a stated scale (index points, Elo points).
    Score,
    /// A number of years.
    Years,
}

/// A currency's value in US dollars on a date, as given or implied by a source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub id: Str,
    pub currency: Currency,
    /// US dollars per one unit of `currency`.
    pub usd_per_unit: f64,
    pub date: Date,
    pub source: Str,
    /// How the rate was obtained, e.g. which conversion in the source implies it.
    pub derivation: L10n,
    pub status: Status,
}

/// A qualifier the source puts on a number: "more than", "up to", "about".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// "more than", "over", "以上".
    AtLeast,
    /// "up to", "最大".
    AtMost,
    /// "about", "約".
    About,
    /// "nearly", "近く": just under the number.
    Nearly,
}

/// The US-dollar value of a money figure, with the rate used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Usd {
    pub value: f64,
    /// Id of the `Rate` record (for USD figures, `usd`).
    pub rate: Str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Public,
    Private,
    /// Public and private money together (e.g. a state fund with private partners).
    Mixed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Chips and chipmaking.
    Semiconductors,
    /// Data centres, compute and cloud.
    Compute,
    /// Power generation and grids.
    Energy,
    /// Start-ups, models and the AI industry at large.
    Industry,
    /// Defence and security uses.
    Defence,
    /// Aggregates spanning several purposes.
    General,
}

/// Classification of a money figure, for the money chart's filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct MoneyMeta {
    /// The actor (country or bloc) where the money is to be spent.
    pub country: Str,
    pub sector: Sector,
    pub purpose: Purpose,
    /// A pledge or fund that can stand on the money chart (false for context totals and conversions).
    #[serde(default = "yes")]
    pub pledge: bool,
    /// The figure this one is a component of ("of which"), so totals never count it twice.
    #[serde(default)]
    pub part_of: Option<Str>,
}

fn yes() -> bool {
    true
}

/// A link from one figure to another it disagrees with, explained by a `Disagreement` record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct ConflictLink {
    pub with: Str,
    pub disagreement: Str,
}

/// Membership of a figure in a data series (for charts drawn from several figures).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct SeriesPoint {
    pub series: Str,
    /// The point's category: usually an actor id ("us", "china") or a label key.
    pub key: Str,
}

/// One number, with everything needed to check it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Str,
    /// The source that states the figure (an article, or a primary source for series from the fact check).
    pub source: Str,
    /// A few words of that source, in its language, that locate the claim.
    pub excerpt: Str,
    /// Our wording of what the number says.
    pub claim: L10n,
    /// A short name for chart labels and tables ("Stargate", "UK compute"); required for charted figures.
    #[serde(default)]
    pub label: Option<L10n>,
    pub value: f64,
    /// "More than", "up to" or "about", when the source qualifies the number.
    #[serde(default)]
    pub bound: Option<Bound>,
    pub unit: Unit,
    #[serde(default)]
    pub currency: Option<Currency>,
    #[serde(default)]
    pub usd: Option<Usd>,
    /// The date (or period end) the figure refers to.
    pub refers_to: Date,
    pub status: Status,
    /// The fact check's finding, in our words.
    #[serde(default)]
    pub check: Option<L10n>,
    /// For a component (`money.part_of`) whose status is stronger than its total's: why.
    #[serde(default)]
    pub status_note: Option<L10n>,
    /// The primary source the fact check points to.
    #[serde(default)]
    pub primary: Option<Str>,
    /// The figure came from the fact check's additional series, not from the five articles.
    #[serde(default)]
    pub outside_articles: bool,
    #[serde(default)]
    pub money: Option<MoneyMeta>,
    #[serde(default)]
    pub series: Option<SeriesPoint>,
    #[serde(default)]
    pub conflicts: List<ConflictLink>,
    /// Actors the figure is about.
    #[serde(default)]
    pub actors: List<Str>,
}

/// Why two or more figures disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub id: Str,
    pub figures: List<Str>,
    pub why: L10n,
}

/// A named set of figures drawn as one chart series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: Str,
    pub title: L10n,
    pub unit: Unit,
    /// What the series does and does not measure.
    pub caveat: L10n,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Country,
    Bloc,
    Company,
    Body,
    Person,
    City,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Str,
    pub kind: ActorKind,
    pub name: L10n,
    /// For people, their role; for bodies and companies, what they are.
    #[serde(default)]
    pub role: Option<L10n>,
    /// The actor's home country or bloc, if any.
    #[serde(default)]
    pub country: Option<Str>,
    pub source: Str,
}

/// A dated happening.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Str,
    pub date: Date,
    pub title: L10n,
    pub summary: L10n,
    pub actors: List<Str>,
    pub source: Str,
    pub excerpt: Str,
    pub status: Status,
    #[serde(default)]
    pub check: Option<L10n>,
    #[serde(default)]
    pub figures: List<Str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum ProgrammeKind {
    Plan,
    Order,
    Fund,
    Project,
    Offer,
    Proposal,
    Deal,
    /// An office created or filled (e.g. the EU's first commissioner for tech sovereignty).
    Appointment,
}

/// A sourced statement: a point of a programme, an offer's term, a holder of a stack layer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub text: L10n,
    pub source: Str,
    pub excerpt: Str,
    #[serde(default)]
    pub figures: List<Str>,
}

/// What a partner country gets, gives and depends on under an offer (chapter 7).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct OfferTerms {
    pub gets: List<Point>,
    pub gives: List<Point>,
    pub depends_on: List<Point>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub id: Str,
    pub kind: ProgrammeKind,
    pub name: L10n,
    pub owners: List<Str>,
    #[serde(default)]
    pub date: Option<Date>,
    pub summary: L10n,
    pub parts: List<Point>,
    #[serde(default)]
    pub offer: Option<OfferTerms>,
    pub source: Str,
    pub status: Status,
    #[serde(default)]
    pub check: Option<L10n>,
}

/// A short, attributed quote as the source renders it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: Str,
    pub speaker: Str,
    /// The words as the source prints them, in the source's language.
    pub original: Str,
    /// Our translation (the Japanese side is usually the source's own wording).
    pub text: L10n,
    /// When `original` is itself a translation: the language the speaker used ("en", "zh").
    #[serde(default)]
    pub translated_from: Option<Str>,
    pub date: Date,
    #[serde(default)]
    pub event: Option<Str>,
    pub source: Str,
    pub status: Status,
    #[serde(default)]
    pub check: Option<L10n>,
}

/// How an actor relates to a layer of the AI stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum Hold {
    /// Leads or controls the layer.
    Leads,
    /// Has a real position in it.
    Strong,
    /// Works with others for it by deliberate choice (the op-ed's "strategic partnership", not dependence).
    Partners,
    /// Relies on others for it.
    Depends,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Holding {
    pub actor: Str,
    pub hold: Hold,
    pub point: Point,
}

/// A layer of the AI stack, from chip design to governance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    pub id: Str,
    pub name: L10n,
    pub description: L10n,
    pub holders: List<Holding>,
}

/// A country the op-ed holds up as an example (or a limit).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    pub id: Str,
    pub country: Str,
    pub lesson: L10n,
    pub points: List<Point>,
    /// Stack layers the case specializes in, according to the source.
    pub specializes: List<Str>,
    /// Stack layers the case partners for or depends on others for.
    pub partners_for: List<Str>,
}

/// One of the op-ed's three recommendations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: Str,
    pub order: u8,
    pub title: L10n,
    pub summary: L10n,
    pub source: Str,
    pub excerpt: Str,
}

/// The unit of a simulator parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(rename_all = "snake_case")]
pub enum ParamUnit {
    /// US dollars, in billions.
    UsdBillion,
    Years,
    /// A share or likelihood, 0–1.
    Share,
    Gigawatt,
    /// Gigawatts per US$ billion.
    GwPerUsdBillion,
    /// A multiplier (0.125 = an eighth).
    Ratio,
}

/// A number the simulator uses: its default, its range, and where it comes from — a sourced figure, or an
/// assumption stated in `note`. The reader can change it within the range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct SimParam {
    /// `horizon`, `grid_per_dc` …, or `layer.field` for per-layer parameters (`chip_fab.build_cost`).
    pub id: Str,
    pub name: L10n,
    pub unit: ParamUnit,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// The figure the default derives from; none means the default is an assumption.
    #[serde(default)]
    pub figure: Option<Str>,
    /// How the default follows from the figure, or why the assumption is reasonable.
    pub note: L10n,
}

/// One input of a country profile: its value and basis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct SimValue {
    pub value: f64,
    /// The figure the value is grounded in; none means it is an assumption.
    #[serde(default)]
    pub figure: Option<Str>,
    pub note: L10n,
}

/// A profile's existing strength in one layer (0–1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct SimStrength {
    pub layer: Str,
    pub value: f64,
    #[serde(default)]
    pub figure: Option<Str>,
    /// What in the sources supports the value, or that it is an assumption.
    pub note: L10n,
}

/// A country the reader can play, with its starting point and (for case studies) the strategy the op-ed
/// describes. Layers not listed under `build` or `partner` are bought on the market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct SimProfile {
    pub id: Str,
    /// The country (or bloc) it stands for; none for the reader's own custom profile.
    #[serde(default)]
    pub actor: Option<Str>,
    pub name: L10n,
    pub budget: SimValue,
    pub grid_headroom: SimValue,
    pub talent: SimValue,
    pub scale: SimValue,
    pub market: SimValue,
    pub strengths: List<SimStrength>,
    pub build: List<Str>,
    pub partner: List<Str>,
    pub specialize: List<Str>,
    /// The op-ed's case study this profile reproduces, if any.
    #[serde(default)]
    pub case_study: Option<Str>,
    /// What the preset strategy stands for, and its limits.
    pub note: L10n,
}

/// One entry of the public corrections log (`data/corrections.toml`): a dated change to the data or the
/// prose, the records and chapters it touches, what changed and why. An entry may also record a point of a
/// review that was answered without a change (`kept = true`), with the reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub id: Str,
    pub date: Date,
    /// The records it touches, as `kind:id` (`figure:coreweave_pa_6b`, `programme:tech_prosperity_deal`).
    #[serde(default)]
    pub records: List<Str>,
    /// The chapters whose prose it touches (their link slugs).
    #[serde(default)]
    pub chapters: List<Str>,
    pub what: L10n,
    pub why: L10n,
    /// True when the text was kept as it was and the entry says why.
    #[serde(default)]
    pub kept: bool,
}

impl Correction {
    /// Whether the entry names this record (`kind` as in `records`: `figure`, `event` …).
    pub fn touches(&self, kind: &str, id: &str) -> bool {
        self.records.iter().any(|r| r.split_once(':') == Some((kind, id)))
    }
}

/// The whole dataset as one value: what `build.rs` validates and bakes, and what the exports write.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Bake)]
#[databake(path = crate::domain::model)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The dataset's version (semantic, bumped when records change).
    pub version: Str,
    /// The date the data was last checked against sources.
    pub checked: Date,
    pub sources: List<Source>,
    pub rates: List<Rate>,
    pub figures: List<Figure>,
    pub disagreements: List<Disagreement>,
    pub series: List<Series>,
    pub actors: List<Actor>,
    pub events: List<Event>,
    pub programmes: List<Programme>,
    pub quotes: List<Quote>,
    pub layers: List<Layer>,
    pub case_studies: List<CaseStudy>,
    pub recommendations: List<Recommendation>,
    pub sim_params: List<SimParam>,
    pub sim_profiles: List<SimProfile>,
    /// The public corrections log, oldest first.
    #[serde(default)]
    pub corrections: List<Correction>,
}
