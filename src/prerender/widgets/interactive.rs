//! The quiz (chapter 1) and the grid calculator (chapter 4) without the app: the live components' markup at the
//! default settings, their controls `js-only`. Without JavaScript the quiz still asks first: each answer, with
//! its figures linked to their sources, is inside a closed `<details>` the reader opens after guessing; the
//! calculator shows its result for the default sum, with every assumption linked to its source.

use leptos::prelude::*;

use crate::domain::dataset::{self, figure as find};
use crate::domain::format::{self, value_text, Precision};
use crate::domain::grid::grid_needs;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::{Currency, Unit};
use crate::domain::quiz::{answer, MEASURES};
use crate::domain::views::{CalcView, QUIZ_SIDES};

use super::links::figure;

fn name(id: &str, lang: Lang) -> String {
    dataset::actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_else(|| id.to_string())
}

pub fn guess_quiz(lang: Lang) -> impl IntoView {
    let items = MEASURES.iter().map(|m| {
        let a = answer(m);
        let verdict = a.as_ref().map(|a| {
            // Each side's figure with its country (a pair), or the one gap figure.
            let sides: Vec<Option<&str>> =
                if a.figures.len() == 2 { QUIZ_SIDES.map(Some).to_vec() } else { vec![None] };
            let values = a
                .figures
                .iter()
                .zip(sides)
                .map(|(&f, side)| {
                    let who = side.map(|s| format!("{} ", name(s, lang))).unwrap_or_default();
                    view! { <span class="quiz-side">{who}{figure(f, "fig", value_text(f, lang), lang)}</span>" " }
                })
                .collect_view();
            view! {
                <p>{Ui::QuizLeader.fill(lang, &[("who", &name(a.leader, lang))])}" · "{values}</p>
            }
        });
        view! {
            <li class="quiz-item">
                <p class="quiz-q">{m.question.get(lang)}</p>
                <div class="quiz-choices js-only">
                    {QUIZ_SIDES.into_iter().map(|side| view! {
                        <button type="button" class="quiz-choice" disabled>{name(side, lang)}</button>
                    }).collect_view()}
                    <button type="button" class="quiz-skip small" disabled>{Ui::QuizSkip.get(lang)}</button>
                </div>
                <p class="quiz-verdict js-only"></p>
                <details class="quiz-static-answer nojs-only">
                    <summary>{Ui::QuizStaticAnswer.get(lang)}</summary>
                    {verdict}
                </details>
            </li>
        }
    });
    view! {
        <div class="quiz">
            <h3>{Ui::QuizTitle.get(lang)}</h3>
            <p class="quiz-how js-only">{Ui::QuizHow.get(lang)}</p>
            <p class="quiz-how nojs-only">{Ui::QuizHowStatic.get(lang)}</p>
            <ol class="quiz-list">{items.collect_view()}</ol>
            <div class="quiz-actions js-only">
                <button type="button" disabled>{Ui::QuizReveal.get(lang)}</button>
                <button type="button" disabled>{Ui::QuizReset.get(lang)}</button>
                <p class="quiz-score"></p>
            </div>
            <p class="chart-note quiz-later js-only">{Ui::QuizChartLater.get(lang)}</p>
        </div>
    }
}

pub fn grid_calculator(lang: Lang) -> impl IntoView {
    let spend = CalcView::default().spend;
    let usd = |v: f64| format::money(v, Currency::USD, lang, Precision::Approx);
    let fig = |id: &str| find(id).map(|f| figure(f, "fig", value_text(f, lang), lang));
    let result = grid_needs(spend).map(|n| {
        let gw = format::quantity(format::round_sig(n.gw, 3), Unit::Gigawatt, lang, Precision::Exact);
        view! {
            <dl class="calc-out">
                <div><dt>{Ui::CalcEnergy.get(lang)}</dt><dd class="big">{usd(n.energy)}</dd></div>
                <div><dt>{Ui::CalcGrid.get(lang)}</dt><dd>{usd(n.grid)}</dd></div>
                <div><dt>{Ui::CalcGeneration.get(lang)}</dt><dd>{usd(n.generation)}</dd></div>
                <div><dt>{Ui::CalcPower.get(lang)}</dt><dd class="big">{gw}</dd></div>
                <div><dt>{Ui::CalcShare.get(lang)}</dt><dd>{format!("{}%", format::decimal(format::round_sig(n.share_of_2030, 2), 2))}</dd></div>
            </dl>
        }
    });
    view! {
        <section class="calculator">
            <h3>{Ui::CalcTitle.get(lang)}</h3>
            <div class="calc-in js-only">
                <label>{Ui::CalcSpend.get(lang)}</label>
                <div class="calc-inputs">
                    <input type="number" value=spend.to_string() disabled aria-label=Ui::CalcSpend.get(lang)/>
                    <span class="unit">{Ui::UsdBillionUnit.get(lang)}</span>
                    <input type="range" value=spend.to_string() max="500" disabled aria-label=Ui::CalcSpend.get(lang)/>
                </div>
            </div>
            <p class="nojs-only">{Ui::CalcStaticFor.fill(lang, &[("spend", &usd(spend * 1e9))])}</p>
            {result}
            <details class="calc-how">
                <summary>{Ui::CalcHow.get(lang)}</summary>
                <ul class="calc-assumptions">
                    <li>{Ui::CalcAssumeRatio.get(lang)}" "{fig("grid_need_per_1b")}</li>
                    <li>{Ui::CalcAssumeSplit.get(lang)}" "{fig("coface_grid_share")}" / "{fig("coface_generation_share")}</li>
                    <li>{Ui::CalcAssumePower.get(lang)}" "{fig("stargate_10gw_target")}" / "{fig("stargate_500b")}</li>
                    <li>{Ui::CalcAssumeWorld.get(lang)}" "{fig("dc_capacity_2030_art000")}</li>
                    <li>{Ui::CalcAssumeWait.get(lang)}" "{fig("us_grid_wait_years")}</li>
                </ul>
                <p class="chart-note">{Ui::CalcCaveat.get(lang)}</p>
            </details>
        </section>
    }
}
