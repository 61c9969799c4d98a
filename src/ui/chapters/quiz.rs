//! "Who is winning?": guess, then see the answers side by side. Guesses and the reveal are in the link.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::quiz::{self, answer, score, MEASURES};
use crate::domain::views::{Pick, QUIZ_SIDES};

use crate::ui::figure_bars::{Colour, FigCell, FigData, FigRow, FigureBars};
use crate::ui::sources::value_text;
use crate::ui::state::{navigate, use_ctx, Nav};

fn name(id: &str, lang: Lang) -> String {
    dataset::actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_else(|| id.to_string())
}

fn data(lang: Lang) -> FigData {
    let rows = MEASURES
        .iter()
        .filter_map(|m| {
            let a = answer(m)?;
            let cells = match a.figures.as_slice() {
                [us, china] => vec![
                    Some(FigCell {
                        figure: us,
                        value: a.relative.0,
                        label: value_text(us, lang),
                        colour: Colour::Actor("us"),
                    }),
                    Some(FigCell {
                        figure: china,
                        value: a.relative.1,
                        label: value_text(china, lang),
                        colour: Colour::Actor("china"),
                    }),
                ],
                [gap] => vec![
                    Some(FigCell {
                        figure: gap,
                        value: a.relative.0,
                        label: "100".into(),
                        colour: Colour::Actor("us"),
                    }),
                    Some(FigCell {
                        figure: gap,
                        value: a.relative.1,
                        label: format!("−{}", value_text(gap, lang)),
                        colour: Colour::Actor("china"),
                    }),
                ],
                _ => return None,
            };
            Some(FigRow { label: m.short.get(lang).to_string(), cells })
        })
        .collect();
    FigData {
        rows,
        series: vec![(name("us", lang), Colour::Actor("us")), (name("china", lang), Colour::Actor("china"))],
        axis: Ui::QuizAxis.get(lang).to_string(),
        max: Some(100.0),
        row_heading: Ui::Measure.get(lang).to_string(),
    }
}

#[component]
pub fn GuessQuiz() -> impl IntoView {
    let ctx = use_ctx();
    let quiz = Memo::new(move |_| ctx.link.with(|l| l.quiz.clone()));
    let guess =
        move |i: usize, side: &'static str| navigate(&ctx, Nav::Replace, |l| l.quiz = quiz::guess(&l.quiz, i, side));
    let skip = move |i: usize| navigate(&ctx, Nav::Replace, |l| l.quiz = quiz::skip(&l.quiz, i));
    let items = MEASURES.iter().enumerate().map(move |(i, m)| {
        let shown = move || quiz.with(|q| quiz::shown(q, i));
        // The answer, written into a live region that is always there, so screen readers announce it.
        let verdict = move || {
            let lang = ctx.lang.get();
            quiz.with(|q| quiz::verdict(q, i)).map(|v| {
                let who = Ui::QuizLeader.fill(lang, &[("who", &name(v.leader, lang))]);
                let how = match v.right() {
                    Some(true) => format!(" — {}", Ui::QuizRight.get(lang)),
                    Some(false) => format!(" — {}", Ui::QuizWrong.get(lang)),
                    None => format!(" ({})", Ui::QuizNoGuess.get(lang)),
                };
                format!("{who}{how}")
            })
        };
        let right = move || quiz.with(|q| quiz::verdict(q, i).and_then(|v| v.right()));
        view! {
            <li class="quiz-item" class:answered=shown>
                <p class="quiz-q" id=format!("quiz-q-{i}")>{move || ctx.t(m.question)}</p>
                <div class="quiz-choices" role="group" aria-labelledby=format!("quiz-q-{i}")>
                    {QUIZ_SIDES.into_iter().map(|side| view! {
                        <button type="button" class="quiz-choice"
                            aria-pressed=move || (quiz.with(|q| q.guesses[i]) == Some(Pick::Guess(side))).to_string()
                            aria-disabled=move || shown().then_some("true")
                            aria-describedby=format!("quiz-a-{i}")
                            on:click=move |_| guess(i, side)>
                            {move || name(side, ctx.lang.get())}
                        </button>
                    }).collect_view()}
                    <button type="button" class="quiz-skip small"
                        aria-disabled=move || shown().then_some("true")
                        aria-describedby=format!("quiz-a-{i}")
                        on:click=move |_| skip(i)>
                        {move || ctx.t(Ui::QuizSkip)}
                    </button>
                </div>
                <p class="quiz-verdict" id=format!("quiz-a-{i}") role="status"
                    class:right=move || right() == Some(true) class:wrong=move || right() == Some(false)>
                    {verdict}
                </p>
            </li>
        }
    });
    let summary = move || {
        let lang = ctx.lang.get();
        let q = quiz.get();
        let (right, made) = score(&q);
        let skipped = quiz::skipped(&q);
        let mut parts = Vec::new();
        if made > 0 {
            parts.push(Ui::QuizScore.fill(lang, &[("right", &right.to_string()), ("made", &made.to_string())]));
        }
        if skipped > 0 {
            parts.push(Ui::QuizSkippedCount.fill(lang, &[("n", &skipped.to_string())]));
        }
        parts.join(" ")
    };
    let all = Memo::new(move |_| quiz.with(quiz::all_shown));
    let chart_data = Signal::derive(move || data(ctx.lang.get()));
    view! {
        <div class="quiz" id="guess-quiz">
            <h3>{move || ctx.t(Ui::QuizTitle)}</h3>
            <p class="quiz-how">{move || ctx.t(Ui::QuizHow)}</p>
            <ol class="quiz-list">{items.collect_view()}</ol>
            <div class="quiz-actions">
                <button type="button" aria-controls="quiz-answers" aria-disabled=move || all.get().then_some("true")
                    on:click=move |_| if !all.get_untracked() { navigate(&ctx, Nav::Replace, |l| l.quiz.revealed = true) }>
                    {move || ctx.t(Ui::QuizReveal)}
                </button>
                <button type="button" on:click=move |_| navigate(&ctx, Nav::Replace, |l| l.quiz = Default::default())>
                    {move || ctx.t(Ui::QuizReset)}
                </button>
                <p class="quiz-score" role="status">{summary}</p>
            </div>
            {move || (!all.get()).then(|| view! { <p class="chart-note quiz-later">{ctx.t(Ui::QuizChartLater)}</p> })}
            <div id="quiz-answers" class="quiz-answers" class:hidden-answers=move || !all.get()>
                <FigureBars
                    id="quiz-chart"
                    title=Signal::derive(move || ctx.t(Ui::QuizChartTitle).to_string())
                    summary=Signal::derive(move || ctx.t(Ui::QuizChartDesc).to_string())
                    data=chart_data
                />
            </div>
        </div>
    }
}
