//! "Who is winning?": six measures, who leads on each according to the data, and how the reader did.

use super::i18n::Ui;
use super::model::Figure;
use super::series::{charted, point};
use super::views::{QuizView, QUIZ_MEASURES};

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

/// How many guesses match the data, out of how many were made.
pub fn score(v: &QuizView) -> (usize, usize) {
    let mut right = 0;
    let mut made = 0;
    for (m, g) in MEASURES.iter().zip(v.guesses.iter()) {
        if let (Some(g), Some(a)) = (g, answer(m)) {
            made += 1;
            if *g == a.leader {
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

    #[test]
    fn scoring_counts_only_made_guesses() {
        let mut v = QuizView::default();
        assert_eq!(score(&v), (0, 0));
        v.guesses[0] = Some(answer(&MEASURES[0]).unwrap().leader);
        v.guesses[1] = Some(if answer(&MEASURES[1]).unwrap().leader == "us" { "china" } else { "us" });
        assert_eq!(score(&v), (1, 2));
    }
}
