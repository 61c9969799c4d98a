//! The settings of every widget except the money chart and the simulator, as link parameters.

use super::link::{clip, Notice, Params};
use super::model::Status;
use super::sim::state::Range;

fn bad(key: &str, value: &str) -> Notice {
    Notice::BadValue { key: key.into(), value: clip(value) }
}

/// A setting with a few named values, written by code.
macro_rules! enum_view {
    ($(#[$m:meta])* $name:ident, $key:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
        pub enum $name {
            #[default]
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn from_code(s: &str) -> Option<$name> {
                match s { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl Params for $name {
            fn pairs(&self) -> Vec<(&'static str, String)> {
                vec![($key, self.code().into())]
            }
            // The parser writes each key as one line, assignments inside the Option/Result combinators.
    #[allow(clippy::unit_arg)]
    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
                (key == $key).then(|| match $name::from_code(value) {
                    Some(v) => { *self = v; Ok(()) }
                    None => Err(bad(key, value)),
                })
            }
        }
    };
}

enum_view!(
    /// Data-centre electricity: absolute TWh, or growth from 2024 to 2030.
    ElecView, "elec.view", { Absolute => "twh", Growth => "growth" }
);
enum_view!(
    /// The model-gap chart: the Chatbot Arena gap over time, or benchmark gaps.
    GapView, "gap.view", { Arena => "arena", Benchmarks => "benchmarks" }
);
enum_view!(
    /// The talent chart: STEM graduates, where top researchers work, where elite researchers come from.
    TalentView, "talent.view", { Graduates => "graduates", Workplace => "workplace", Origin => "origin" }
);
enum_view!(
    /// The survey chart: by country, by sector, or plans to raise investment.
    SurveyView, "survey.view", { Countries => "countries", Sectors => "sectors", Intent => "intent" }
);

enum_view!(
    /// The Japan chart: newly funded AI companies, people using generative AI, generative-AI patent families.
    JapanView, "japan.view", { Companies => "companies", Use => "use", Patents => "patents" }
);

/// What the reader did with one quiz question: guessed a side, or asked to see the answer without guessing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pick {
    Guess(&'static str),
    /// "Show me without guessing": the answer is shown and the question is not counted.
    Skip,
}

/// The reader's picks in the "Who is winning?" quiz. A question's answer is shown only once it has a pick;
/// `revealed` ("show all the answers") shows the rest as skipped.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct QuizView {
    /// One pick per measure, or none yet.
    pub guesses: [Option<Pick>; QUIZ_MEASURES],
    pub revealed: bool,
}

pub const QUIZ_MEASURES: usize = 6;
pub const QUIZ_SIDES: [&str; 2] = ["us", "china"];
/// How a skipped question is written in the link.
pub const QUIZ_SKIP: &str = "x";

impl Params for QuizView {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let g: Vec<&str> = self
            .guesses
            .iter()
            .map(|g| match g {
                None => "-",
                Some(Pick::Skip) => QUIZ_SKIP,
                Some(Pick::Guess(side)) => side,
            })
            .collect();
        vec![("quiz.guess", g.join(",")), ("quiz.reveal", if self.revealed { "1" } else { "0" }.into())]
    }
    // The parser writes each key as one line, assignments inside the Option/Result combinators.
    #[allow(clippy::unit_arg)]
    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        match key {
            "quiz.guess" => Some({
                let parts: Vec<&str> = value.split(',').collect();
                let known = |p: &str| p == "-" || p == QUIZ_SKIP || QUIZ_SIDES.contains(&p);
                if parts.len() == QUIZ_MEASURES && parts.iter().all(|p| known(p)) {
                    for (i, p) in parts.iter().enumerate() {
                        self.guesses[i] = match *p {
                            "-" => None,
                            QUIZ_SKIP => Some(Pick::Skip),
                            side => QUIZ_SIDES.iter().find(|s| **s == side).map(|s| Pick::Guess(s)),
                        };
                    }
                    Ok(())
                } else {
                    Err(bad(key, value))
                }
            }),
            "quiz.reveal" => Some(match value {
                "1" => Ok(self.revealed = true),
                "0" => Ok(self.revealed = false),
                _ => Err(bad(key, value)),
            }),
            _ => None,
        }
    }
}

/// The grid calculator's input: data-centre spending in US$ billion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CalcView {
    pub spend: f64,
}

pub const CALC_SPEND: Range = Range { min: 1.0, max: 1000.0, step: 1.0 };

impl Default for CalcView {
    fn default() -> Self {
        CalcView { spend: 10.0 }
    }
}

impl Params for CalcView {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![("calc.spend", super::export::num(self.spend))]
    }
    // The parser writes each key as one line, assignments inside the Option/Result combinators.
    #[allow(clippy::unit_arg)]
    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        (key == "calc.spend").then(|| {
            let v: f64 = value.parse().map_err(|_| bad(key, value))?;
            if !v.is_finite() {
                return Err(bad(key, value));
            }
            self.spend = CALC_SPEND.clamp(v);
            if (self.spend - v).abs() > 0.5 {
                Err(Notice::Clamped { key: key.into(), value: clip(value) })
            } else {
                Ok(())
            }
        })
    }
}

/// The timeline's country filter.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TimelineView {
    /// `None`: every event.
    pub actor: Option<&'static str>,
}

/// The actors the timeline can be filtered by, in display order.
pub fn timeline_actors() -> Vec<&'static str> {
    ["us", "china", "uk", "eu", "japan", "south_korea", "world"]
        .into_iter()
        .filter(|a| super::dataset::data().events.iter().any(|e| e.actors.iter().any(|x| x == a)))
        .collect()
}

impl Params for TimelineView {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![("tl.actor", self.actor.unwrap_or("all").into())]
    }
    // The parser writes each key as one line, assignments inside the Option/Result combinators.
    #[allow(clippy::unit_arg)]
    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        (key == "tl.actor").then(|| {
            if value == "all" {
                self.actor = None;
                return Ok(());
            }
            match timeline_actors().into_iter().find(|a| *a == value) {
                Some(a) => Ok(self.actor = Some(a)),
                None => Err(bad(key, value)),
            }
        })
    }
}

/// The figures index's filter by status.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct IndexView {
    pub status: Option<Status>,
}

impl Params for IndexView {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![("index.status", self.status.map(|s| s.key()).unwrap_or("all").into())]
    }
    // The parser writes each key as one line, assignments inside the Option/Result combinators.
    #[allow(clippy::unit_arg)]
    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        (key == "index.status").then(|| {
            if value == "all" {
                self.status = None;
                return Ok(());
            }
            match Status::ALL.into_iter().find(|s| s.key() == value) {
                Some(s) => Ok(self.status = Some(s)),
                None => Err(bad(key, value)),
            }
        })
    }
}
