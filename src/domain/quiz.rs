//! "Who is winning?": six measures, who leads on each according to the data, and how the reader did.

use super::i18n::Ui;
use super::model::Figure;
use super::series::{charted, point};
use super::views::{Pick, QuizView, QUIZ_MEASURES};

/// How a measure compares the two countries.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Compare {
    /// Two figures of a series, one per country (higher leads).
    Pair { series: &'static str, year: Option<u16> },
    /// One figure: how far the US leads (negative: China leads), in percent.
    Gap { figure: &'static str },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measure {
    pub question: Ui,
    pub short: Ui,
    pub compare: Compare,
}

pub const MEASURES: [Measure; QUIZ_MEASURES] = [
    Measure {
        question: Ui::QuizQInvestment,
        short: Ui::QuizInvestment,
        compare: Compare::Pair { series: "private_ai_investment", year: Some(2024) },
    },
    Measure {
        question: Ui::QuizQPatents,
        short: Ui::QuizPatents,
        compare: Compare::Pair { series: "genai_patent_families", year: None },
    },
    Measure {
        question: Ui::QuizQModels,
        short: Ui::QuizModels,
        compare: Compare::Pair { series: "notable_models", year: Some(2024) },
    },
    Measure {
        question: Ui::QuizQGraduates,
        short: Ui::QuizGraduates,
        compare: Compare::Pair { series: "stem_graduates", year: Some(2020) },
    },
    Measure {
        question: Ui::QuizQCompute,
        short: Ui::QuizCompute,
        compare: Compare::Pair { series: "gpu_cluster_share", year: None },
    },
    Measure {
        question: Ui::QuizQBestModel,
        short: Ui::QuizBestModel,
        compare: Compare::Gap { figure: "top_model_gap_2025_02" },
    },
];

/// A measure's answer: the figures behind it, each side's value relative to the leader (leader = 100), and
/// who leads.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub figures: Vec<&'static Figure>,
    /// (us, china), as a share of the leader's value, 0–100.
    pub relative: (f64, f64),
    pub leader: &'static str,
}

pub fn answer(m: &Measure) -> Option<Answer> {
    match m.compare {
        Compare::Pair { series, year } => {
            let us = point(series, "us", year)?;
            let china = point(series, "china", year)?;
            let (a, b) = (charted(us), charted(china));
            let top = a.max(b).max(1e-12);
            Some(Answer {
                figures: vec![us, china],
                relative: (a / top * 100.0, b / top * 100.0),
                leader: if a >= b { "us" } else { "china" },
            })
        }
        Compare::Gap { figure } => {
            let f = super::dataset::figure(figure)?;
            let gap = f.value;
            let (us, china) = if gap >= 0.0 { (100.0, 100.0 - gap) } else { (100.0 + gap, 100.0) };
            Some(Answer { figures: vec![f], relative: (us, china), leader: if gap >= 0.0 { "us" } else { "china" } })
        }
    }
}

/// What the reader sees for one question once it has a pick: who leads, and how the guess fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub leader: &'static str,
    /// The reader's guess, or `None` when the answer was shown without one.
    pub guess: Option<&'static str>,
}

impl Verdict {
    /// Right or wrong, for a real guess only.
    pub fn right(&self) -> Option<bool> {
        self.guess.map(|g| g == self.leader)
    }
}

/// The pick that counts for question `i`: the reader's own, or a skip when all answers were asked for.
pub fn pick(v: &QuizView, i: usize) -> Option<Pick> {
    v.guesses.get(i).copied().flatten().or(v.revealed.then_some(Pick::Skip))
}

/// Whether question `i`'s answer is shown: only after a guess, or after "show me without guessing".
pub fn shown(v: &QuizView, i: usize) -> bool {
    pick(v, i).is_some()
}

/// Question `i`'s answer, if the reader has earned it.
pub fn verdict(v: &QuizView, i: usize) -> Option<Verdict> {
    let p = pick(v, i)?;
    let leader = answer(MEASURES.get(i)?)?.leader;
    Some(Verdict { leader, guess: if let Pick::Guess(g) = p { Some(g) } else { None } })
}

/// The reader guesses `side` for question `i`. A question already answered keeps its first pick: the guess
/// comes before the answer, not after it.
pub fn guess(v: &QuizView, i: usize, side: &'static str) -> QuizView {
    let mut out = v.clone();
    if i < QUIZ_MEASURES && !shown(v, i) && super::views::QUIZ_SIDES.contains(&side) {
        out.guesses[i] = Some(Pick::Guess(side));
    }
    out
}

/// "Show me without guessing" for question `i` (recorded as no guess).
pub fn skip(v: &QuizView, i: usize) -> QuizView {
    let mut out = v.clone();
    if i < QUIZ_MEASURES && !shown(v, i) {
        out.guesses[i] = Some(Pick::Skip);
    }
    out
}

/// Whether every answer is shown (then the side-by-side chart appears).
pub fn all_shown(v: &QuizView) -> bool {
    (0..QUIZ_MEASURES).all(|i| shown(v, i))
}

/// How many answers were shown without a guess.
pub fn skipped(v: &QuizView) -> usize {
    (0..QUIZ_MEASURES).filter(|i| shown(v, *i) && !matches!(pick(v, *i), Some(Pick::Guess(_)))).count()
}

/// How many real guesses match the data, out of how many were made. Skipped questions never count.
pub fn score(v: &QuizView) -> (usize, usize) {
    let mut right = 0;
    let mut made = 0;
    for i in 0..QUIZ_MEASURES {
        if let Some(r) = verdict(v, i).and_then(|x| x.right()) {
            made += 1;
            if r {
                right += 1;
            }
        }
    }
    (right, made)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_measure_has_an_answer_and_both_countries_lead_somewhere() {
        let leaders: Vec<&str> = MEASURES.iter().map(|m| answer(m).expect("answer").leader).collect();
        assert!(leaders.contains(&"us") && leaders.contains(&"china"), "{leaders:?}: the point of the quiz");
        for m in &MEASURES {
            let a = answer(m).unwrap();
            assert!((a.relative.0 - 100.0).abs() < 1e-9 || (a.relative.1 - 100.0).abs() < 1e-9);
        }
    }

    fn wrong(i: usize) -> &'static str {
        if answer(&MEASURES[i]).unwrap().leader == "us" {
            "china"
        } else {
            "us"
        }
    }

    #[test]
    fn no_answer_is_shown_before_a_guess_or_a_skip() {
        let v = QuizView::default();
        for i in 0..QUIZ_MEASURES {
            assert!(!shown(&v, i) && verdict(&v, i).is_none(), "question {i}");
        }
        assert!(!all_shown(&v));
        let v = guess(&v, 2, "us");
        assert!(shown(&v, 2) && !shown(&v, 1) && !shown(&v, 3));
        let v = skip(&v, 4);
        assert!(shown(&v, 4));
        assert_eq!(verdict(&v, 4).unwrap().guess, None);
        assert_eq!(verdict(&v, 4).unwrap().right(), None);
    }

    #[test]
    fn the_tally_counts_only_real_guesses() {
        let mut v = QuizView::default();
        assert_eq!(score(&v), (0, 0));
        v = guess(&v, 0, answer(&MEASURES[0]).unwrap().leader);
        v = guess(&v, 1, wrong(1));
        v = skip(&v, 2);
        assert_eq!(score(&v), (1, 2));
        assert_eq!(skipped(&v), 1);
        // "Show all the answers" shows the rest as skipped, and the tally does not move.
        v.revealed = true;
        assert!(all_shown(&v));
        assert_eq!(score(&v), (1, 2));
        assert_eq!(skipped(&v), 4);
    }

    #[test]
    fn a_guess_cannot_be_changed_once_the_answer_is_shown() {
        let v = guess(&QuizView::default(), 0, wrong(0));
        let again = guess(&v, 0, answer(&MEASURES[0]).unwrap().leader);
        assert_eq!(again, v, "no switching to the answer after seeing it");
        assert_eq!(skip(&v, 0), v);
        let s = skip(&QuizView::default(), 1);
        assert_eq!(guess(&s, 1, "us"), s, "a skipped question stays a skip");
        assert_eq!(guess(&QuizView::default(), 9, "us"), QuizView::default());
        assert_eq!(guess(&QuizView::default(), 0, "uk"), QuizView::default());
    }
}
