//! "Who is winning?": guess, then see the answers side by side. Guesses and the reveal are in the link.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::quiz::{answer, score, MEASURES};
use crate::domain::views::QUIZ_SIDES;

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
    let guess = move |i: usize, side: &'static str| {
        navigate(&ctx, Nav::Replace, |l| {
            l.quiz.guesses[i] = if l.quiz.guesses[i] == Some(side) { None } else { Some(side) };
        })
    };
    let items = MEASURES.iter().enumerate().map(move |(i, m)| {
        let leader = answer(m).map(|a| a.leader);
        let verdict = move || {
            let q = quiz.get();
            let (g, shown) = (q.guesses[i], q.revealed);
            let lang = ctx.lang.get();
            (shown && leader.is_some()).then(|| {
                let l = leader.unwrap_or("us");
                let right = g == Some(l);
                view! {
                    <p class="quiz-verdict" class:right=right class:wrong=move || g.is_some() && !right>
                        {Ui::QuizLeader.fill(lang, &[("who", &name(l, lang))])}
                        {g.map(|_| format!(" — {}", if right { Ui::QuizRight.get(lang) } else { Ui::QuizWrong.get(lang) }))}
                    </p>
                }
            })
        };
        view! {
            <li class="quiz-item">
                <p class="quiz-q" id=format!("quiz-q-{i}")>{move || ctx.t(m.question)}</p>
                <div class="quiz-choices" role="group" aria-labelledby=format!("quiz-q-{i}")>
                    {QUIZ_SIDES.into_iter().map(|side| view! {
                        <button type="button" class="quiz-choice"
                            aria-pressed=move || (quiz.with(|q| q.guesses[i]) == Some(side)).to_string()
                            on:click=move |_| guess(i, side)>
                            {move || name(side, ctx.lang.get())}
                        </button>
                    }).collect_view()}
                </div>
                {verdict}
            </li>
        }
    });
    let summary = move || {
        let lang = ctx.lang.get();
        let (right, made) = score(&quiz.get());
        (made > 0).then(|| Ui::QuizScore.fill(lang, &[("right", &right.to_string()), ("made", &made.to_string())]))
    };
    let chart_data = Signal::derive(move || data(ctx.lang.get()));
    view! {
        <div class="quiz" id="guess-quiz">
            <h3>{move || ctx.t(Ui::QuizTitle)}</h3>
            <ol class="quiz-list">{items.collect_view()}</ol>
            <div class="quiz-actions">
                <button type="button" class="primary" aria-expanded=move || quiz.with(|q| q.revealed).to_string()
                    aria-controls="quiz-answers"
                    on:click=move |_| navigate(&ctx, Nav::Replace, |l| l.quiz.revealed = !l.quiz.revealed)>
                    {move || if quiz.with(|q| q.revealed) { ctx.t(Ui::QuizHide) } else { ctx.t(Ui::QuizReveal) }}
                </button>
                <button type="button" on:click=move |_| navigate(&ctx, Nav::Replace, |l| l.quiz = Default::default())>
                    {move || ctx.t(Ui::QuizReset)}
                </button>
                <p class="quiz-score" role="status">{summary}</p>
            </div>
            <div id="quiz-answers" class="quiz-answers" class:hidden-answers=move || !quiz.with(|q| q.revealed)>
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
