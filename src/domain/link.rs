//! The view's state in the URL fragment, so every view has a link that also works from `file://`.
//!
//! Form: `#/{lang}/{chapter}[/{anchor}]?v=1&key=value&…`, e.g. `#/ja/money/money-chart?v=1&money.scale=log`.
//! Each widget's settings are a [`Params`] type with its own `prefix.key`s. Decoding never fails: anything it
//! cannot use is dropped or clamped and reported as a [`Notice`], so a malformed link still opens a sane view.
//! The version `v` lets an old link keep its meaning when defaults change: [`migrate`] rewrites old keys.

use super::dataset;
use super::i18n::Lang;
use super::model::{Purpose, Sector};
use super::sim::state::SimState;
use super::views::{CalcView, ElecView, GapView, IndexView, JapanView, QuizView, SurveyView, TalentView, TimelineView};

/// The link format's version. Bump it, and extend [`migrate`], when a key or a default changes meaning.
pub const VERSION: u32 = 1;

/// Longest fragment we read; the rest is ignored with a notice.
pub const MAX_LEN: usize = 4096;

/// Something in the link that could not be used as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The fragment is not of the form `#/lang/chapter?…`.
    Malformed,
    TooLong,
    UnknownLanguage(String),
    UnknownChapter(String),
    UnknownAnchor(String),
    UnknownKey(String),
    BadValue {
        key: String,
        value: String,
    },
    /// A number outside its range, set to the nearest allowed value.
    Clamped {
        key: String,
        value: String,
    },
    /// The link was made by a newer version of the app; settings it has that this one lacks are ignored.
    NewerVersion(String),
}

/// Keeps user text in notices short. (It is only ever shown as text, never as markup.)
pub fn clip(s: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = s.chars().take(MAX).collect();
    if s.chars().count() > MAX {
        out.push('…');
    }
    out
}

/// One widget's settings as `key=value` pairs.
pub trait Params: Default + Clone + PartialEq {
    /// Every setting as (key, value), defaults included, in a fixed order.
    fn pairs(&self) -> Vec<(&'static str, String)>;
    /// Applies one setting. `None`: not one of this widget's keys. `Some(Err(n))`: its key, a bad value.
    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>>;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Scale {
    #[default]
    Linear,
    Log,
}

impl Scale {
    pub fn code(self) -> &'static str {
        match self {
            Scale::Linear => "linear",
            Scale::Log => "log",
        }
    }
    pub fn from_code(s: &str) -> Option<Scale> {
        match s {
            "linear" => Some(Scale::Linear),
            "log" => Some(Scale::Log),
            _ => None,
        }
    }
}

pub fn sector_code(s: Sector) -> &'static str {
    match s {
        Sector::Public => "public",
        Sector::Private => "private",
        Sector::Mixed => "mixed",
    }
}

pub const SECTORS: [Sector; 3] = [Sector::Public, Sector::Private, Sector::Mixed];

pub fn purpose_code(p: Purpose) -> &'static str {
    match p {
        Purpose::Semiconductors => "chips",
        Purpose::Compute => "compute",
        Purpose::Energy => "energy",
        Purpose::Industry => "industry",
        Purpose::Defence => "defence",
        Purpose::General => "general",
    }
}

pub const PURPOSES: [Purpose; 6] =
    [Purpose::Semiconductors, Purpose::Compute, Purpose::Energy, Purpose::Industry, Purpose::Defence, Purpose::General];

fn bad(key: &str, value: &str) -> Notice {
    Notice::BadValue { key: key.into(), value: clip(value) }
}

/// The countries that have a pledge on the money chart, in chart order.
pub fn money_countries() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in dataset::data().figures.iter() {
        if let Some(m) = f.money.as_ref().filter(|m| m.pledge) {
            if !out.contains(&&*m.country) {
                out.push(&m.country);
            }
        }
    }
    out
}

/// The money chart's settings (chapter "The money").
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MoneyView {
    pub scale: Scale,
    /// `None`: public and private.
    pub sector: Option<Sector>,
    /// `None`: every purpose.
    pub purpose: Option<Purpose>,
    /// Countries shown; empty means all.
    pub countries: Vec<&'static str>,
}

impl MoneyView {
    pub fn shows_country(&self, id: &str) -> bool {
        self.countries.is_empty() || self.countries.contains(&id)
    }
}

impl Params for MoneyView {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("money.scale", self.scale.code().into()),
            ("money.sector", self.sector.map(sector_code).unwrap_or("all").into()),
            ("money.purpose", self.purpose.map(purpose_code).unwrap_or("all").into()),
            ("money.country", if self.countries.is_empty() { "all".into() } else { self.countries.join(",") }),
        ]
    }

    // The parser writes each key as one line, assignments inside the Option/Result combinators.
    #[allow(clippy::unit_arg)]
    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        let r = match key {
            "money.scale" => Scale::from_code(value).map(|s| self.scale = s),
            "money.sector" if value == "all" => Some(self.sector = None),
            "money.sector" => SECTORS.into_iter().find(|s| sector_code(*s) == value).map(|s| self.sector = Some(s)),
            "money.purpose" if value == "all" => Some(self.purpose = None),
            "money.purpose" => PURPOSES.into_iter().find(|p| purpose_code(*p) == value).map(|p| self.purpose = Some(p)),
            "money.country" if value == "all" => Some(self.countries.clear()),
            "money.country" => {
                let known = money_countries();
                let mut picked: Vec<&'static str> = Vec::new();
                for part in value.split(',') {
                    match known.iter().find(|k| **k == part) {
                        Some(k) if !picked.contains(k) => picked.push(k),
                        Some(_) => {}
                        None => return Some(Err(bad(key, value))),
                    }
                }
                // Keep chart order so equal selections encode equally.
                picked.sort_by_key(|p| known.iter().position(|k| k == p));
                if picked.len() == known.len() {
                    picked.clear();
                }
                Some(self.countries = picked)
            }
            _ => return None,
        };
        Some(r.ok_or_else(|| bad(key, value)))
    }
}

/// Everything a link can say.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LinkState {
    /// `None`: follow the browser's language.
    pub lang: Option<Lang>,
    /// `None`: the top of the page.
    pub chapter: Option<&'static str>,
    /// A widget inside the chapter (a chart, the calculator …).
    pub anchor: Option<&'static str>,
    /// Show only this widget, for embedding in another page (`#/en/embed/money-chart?…`).
    pub embed: Option<&'static str>,
    pub money: MoneyView,
    /// The simulator's whole setting (the "teacher link").
    pub sim: SimState,
    pub quiz: QuizView,
    pub elec: ElecView,
    pub calc: CalcView,
    pub gap: GapView,
    pub talent: TalentView,
    pub survey: SurveyView,
    pub japan: JapanView,
    pub timeline: TimelineView,
    pub index: IndexView,
}

/// Rewrites the pairs of an older link version into the current one. Version 1 is the first; when version 2
/// changes a default, this is where a v1 link gets its v1 value written out explicitly.
pub fn migrate(version: u32, pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    // Version 1 is the only version so far: nothing to rewrite.
    debug_assert!(version >= 1);
    pairs
}

/// Sections after the ten chapters, linkable like chapters.
pub const APPENDICES: [&str; 2] = ["timeline", "teachers"];

fn chapter_slug(s: &str) -> Option<&'static str> {
    dataset::chapters().iter().map(|c| &*c.slug).find(|c| *c == s).or_else(|| APPENDICES.into_iter().find(|a| *a == s))
}

/// A widget and the chapter it lives in.
pub fn widget_chapter(w: &str) -> Option<(&'static str, &'static str)> {
    dataset::chapters()
        .iter()
        .find_map(|c| c.parts.iter().map(|p| &*p.widget).find(|x| !x.is_empty() && *x == w).map(|x| (x, &*c.slug)))
}

/// Charts that live inside a widget under an id of their own, with that widget: linkable like widgets.
pub const INNER_CHARTS: [(&str, &str); 3] =
    [("quiz-chart", "guess-quiz"), ("simulator-outcome", "simulator"), ("simulator-exposure", "simulator")];

/// The widget that holds an inner chart: where a link to the chart goes while the chart is not on the page (the
/// quiz's summary appears only once every answer is out).
pub fn enclosing_widget(anchor: &str) -> Option<&'static str> {
    INNER_CHARTS.into_iter().find(|(i, _)| *i == anchor).map(|(_, w)| w)
}

/// An anchor (a widget or a chart inside one) and the chapter it lives in.
fn anchor_chapter(s: &str) -> Option<(&'static str, &'static str)> {
    widget_chapter(s).or_else(|| {
        let (inner, widget) = INNER_CHARTS.into_iter().find(|(i, _)| *i == s)?;
        Some((inner, widget_chapter(widget)?.1))
    })
}

fn anchor_in(chapter: &str, s: &str) -> Option<&'static str> {
    anchor_chapter(s).filter(|(_, c)| *c == chapter).map(|(a, _)| a)
}

/// Percent-decodes a component; invalid escapes stay as typed.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but unreserved characters and the separators our values use.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl LinkState {
    fn params_mut(&mut self) -> [&mut dyn ParamsDyn; 11] {
        [
            &mut self.money,
            &mut self.sim,
            &mut self.quiz,
            &mut self.elec,
            &mut self.calc,
            &mut self.gap,
            &mut self.talent,
            &mut self.survey,
            &mut self.japan,
            &mut self.timeline,
            &mut self.index,
        ]
    }

    fn params(&self) -> [&dyn ParamsDyn; 11] {
        [
            &self.money,
            &self.sim,
            &self.quiz,
            &self.elec,
            &self.calc,
            &self.gap,
            &self.talent,
            &self.survey,
            &self.japan,
            &self.timeline,
            &self.index,
        ]
    }

    fn all_pairs(&self, full: bool) -> Vec<(&'static str, String)> {
        let defaults = LinkState::default();
        let mut out = Vec::new();
        for (p, d) in self.params().into_iter().zip(defaults.params()) {
            let dp = d.pairs_dyn();
            for kv in p.pairs_dyn() {
                if full || !dp.contains(&kv) {
                    out.push(kv);
                }
            }
        }
        out
    }

    /// The fragment, without the leading `#`. `full` writes every setting, defaults included (teacher links);
    /// otherwise only what differs from the defaults (the address bar).
    pub fn to_fragment(&self, full: bool) -> String {
        let mut s = String::from("/");
        s.push_str(self.lang.unwrap_or_default().code());
        if let Some(w) = self.embed {
            s.push_str("/embed/");
            s.push_str(w);
        } else if let Some(c) = self.chapter {
            s.push('/');
            s.push_str(c);
            if let Some(a) = self.anchor {
                s.push('/');
                s.push_str(a);
            }
        }
        let pairs = self.all_pairs(full);
        s.push_str(&format!("?v={VERSION}"));
        for (k, v) in pairs {
            s.push('&');
            s.push_str(k);
            s.push('=');
            s.push_str(&percent_encode(&v));
        }
        s
    }

    /// Reads a fragment (with or without `#`). Never fails; what it cannot use becomes a notice.
    pub fn from_fragment(fragment: &str) -> (LinkState, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut st = LinkState::default();
        let mut frag = fragment.strip_prefix('#').unwrap_or(fragment);
        if frag.len() > MAX_LEN {
            notices.push(Notice::TooLong);
            let mut cut = MAX_LEN;
            while !frag.is_char_boundary(cut) {
                cut -= 1;
            }
            frag = &frag[..cut];
        }
        if frag.is_empty() || frag == "/" {
            return (st, notices);
        }
        // A bare chapter slug (an old-style anchor) is accepted as it is.
        if !frag.starts_with('/') {
            let id = percent_decode(frag);
            match (chapter_slug(&id), anchor_chapter(&id)) {
                (Some(c), _) => st.chapter = Some(c),
                (None, Some((widget, chapter))) => {
                    st.chapter = Some(chapter);
                    st.anchor = Some(widget);
                }
                (None, None) => notices.push(Notice::Malformed),
            }
            return (st, notices);
        }
        let (path, query) = frag[1..].split_once('?').unwrap_or((&frag[1..], ""));
        let mut segs = path.split('/').map(percent_decode);
        if let Some(lang) = segs.next().filter(|l| !l.is_empty()) {
            match Lang::from_code(&lang) {
                Some(l) => st.lang = Some(l),
                None => notices.push(Notice::UnknownLanguage(clip(&lang))),
            }
        }
        let second = segs.next().filter(|c| !c.is_empty());
        if second.as_deref() == Some("embed") {
            let w = segs.next().unwrap_or_default();
            match widget_chapter(&w) {
                Some((widget, chapter)) => {
                    st.embed = Some(widget);
                    st.chapter = Some(chapter);
                }
                None => notices.push(Notice::UnknownAnchor(clip(&w))),
            }
        } else if let Some(ch) = second {
            // Every section id on the page is a link: a chapter or appendix, else a widget (`#/ja/simulator`),
            // which opens its chapter at that widget.
            match (chapter_slug(&ch), anchor_chapter(&ch)) {
                (Some(c), _) => st.chapter = Some(c),
                (None, Some((widget, chapter))) => {
                    st.chapter = Some(chapter);
                    st.anchor = Some(widget);
                }
                (None, None) => notices.push(Notice::UnknownChapter(clip(&ch))),
            }
        }
        if let Some(a) = segs.next().filter(|a| !a.is_empty()) {
            match st.chapter.and_then(|c| anchor_in(c, &a)) {
                Some(a) => st.anchor = Some(a),
                None => notices.push(Notice::UnknownAnchor(clip(&a))),
            }
        }
        if segs.any(|s| !s.is_empty()) {
            notices.push(Notice::Malformed);
        }

        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut version = VERSION;
        for item in query.split('&').filter(|s| !s.is_empty()) {
            let (k, v) = item.split_once('=').unwrap_or((item, ""));
            let (k, v) = (percent_decode(k), percent_decode(v));
            if k == "v" {
                match v.parse::<u32>() {
                    Ok(n) if n >= 1 => version = n,
                    _ => notices.push(bad("v", &v)),
                }
            } else {
                pairs.push((k, v));
            }
        }
        if version > VERSION {
            notices.push(Notice::NewerVersion(version.to_string()));
        }
        for (k, v) in migrate(version, pairs) {
            let mut handled = None;
            for p in st.params_mut() {
                if let Some(r) = p.set_dyn(&k, &v) {
                    handled = Some(r);
                    break;
                }
            }
            match handled {
                Some(Ok(())) => {}
                Some(Err(n)) => notices.push(n),
                None if version > VERSION => {}
                None => notices.push(Notice::UnknownKey(clip(&k))),
            }
        }
        (st, notices)
    }
}

/// Object-safe view of [`Params`], so the link can hold a list of different widgets' settings.
trait ParamsDyn {
    fn pairs_dyn(&self) -> Vec<(&'static str, String)>;
    fn set_dyn(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>>;
}

impl<T: Params> ParamsDyn for T {
    fn pairs_dyn(&self) -> Vec<(&'static str, String)> {
        self.pairs()
    }
    fn set_dyn(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        self.set(key, value)
    }
}

impl Notice {
    /// The notice in the reader's language. The user's text is inserted as plain text (clipped), never markup.
    pub fn message(&self, lang: Lang) -> String {
        use super::i18n::Ui;
        match self {
            Notice::Malformed => Ui::NoticeMalformed.get(lang).into(),
            Notice::TooLong => Ui::NoticeTooLong.get(lang).into(),
            Notice::UnknownLanguage(v) => Ui::NoticeUnknownLanguage.fill(lang, &[("value", v)]),
            Notice::UnknownChapter(v) => Ui::NoticeUnknownChapter.fill(lang, &[("value", v)]),
            Notice::UnknownAnchor(v) => Ui::NoticeUnknownAnchor.fill(lang, &[("value", v)]),
            Notice::UnknownKey(v) => Ui::NoticeUnknownKey.fill(lang, &[("value", v)]),
            Notice::BadValue { key, value } => Ui::NoticeBadValue.fill(lang, &[("key", key), ("value", value)]),
            Notice::Clamped { key, value } => Ui::NoticeClamped.fill(lang, &[("key", key), ("value", value)]),
            Notice::NewerVersion(v) => Ui::NoticeNewerVersion.fill(lang, &[("value", v)]),
        }
    }
}
