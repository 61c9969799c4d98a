//! The classroom kit (`ui::classroom::Classroom`): the lesson with each step's link, the printable worksheet and the
//! notes on the model's limits, in both languages.

use leptos::prelude::*;

use crate::domain::classroom::{lesson, worksheet};
use crate::domain::dataset::classroom;
use crate::domain::i18n::{Lang, Ui};

use super::super::prose::chapter_href;
use super::spans;

/// The lesson's steps. A step's link goes to its place in this page (its widget or chapter), which works without
/// JavaScript; the link the live kit gives it (`step_link`, with the step's settings, e.g. a simulator profile) is
/// its `data-link`.
fn steps(lang: Lang) -> impl IntoView {
    view! {
        <ol class="lesson" data-l=lang.code() lang=lang.code()>
            {lesson().into_iter().map(|s| {
                let step = s.step;
                let target = s.target(lang).zip(s.place()).map(|((link, what), place)| view! {
                    <a href=chapter_href(lang, place) class="button-link" data-link=link>{Ui::LessonOpen.fill(lang, &[("what", &what)])}</a>
                });
                view! {
                    <li class="lesson-step">
                        <p class="lesson-time">{Ui::LessonMinutes.fill(lang, &[("from", &s.from.to_string()), ("to", &s.to.to_string()), ("n", &step.minutes.to_string())])}</p>
                        <h4>{lang.pick(&step.title).to_string()}</h4>
                        <p>{lang.pick(&step.activity).to_string()}</p>
                        {target}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

fn worksheet_list(lang: Lang) -> impl IntoView {
    view! {
        <ol class="worksheet-list" data-l=lang.code() lang=lang.code()>
            {worksheet().into_iter().map(|(c, q)| view! {
                <li><p>{c.map(|c| view! { <span class="ws-chapter">{lang.pick(&c.title).to_string()}</span>" — " })}{lang.pick(q).to_string()}</p><div class="answer-lines" aria-hidden="true"></div></li>
            }).collect_view()}
        </ol>
    }
}

pub fn section() -> impl IntoView {
    let kit = classroom();
    view! {
        <section class="chapter teachers" id="teachers" aria-labelledby="teachers-title">
            <header class="chapter-head">
                <p class="kicker">{spans(|l| Ui::TimelineKicker.get(l).to_string())}</p>
                <h2 id="teachers-title" tabindex="-1">{spans(|l| Ui::TeachersTitle.get(l).to_string())}</h2>
                <p class="dek">{spans(|l| l.pick(&kit.intro).to_string())}</p>
            </header>
            <h3>{spans(|l| Ui::LessonTitle.get(l).to_string())}</h3>
            {Lang::ALL.into_iter().map(steps).collect_view()}
            <div class="worksheet" id="worksheet">
                <h3>{spans(|l| Ui::WorksheetTitle.get(l).to_string())}</h3>
                <p class="worksheet-head" aria-hidden="true">{spans(|l| Ui::WorksheetName.get(l).to_string())}</p>
                {Lang::ALL.into_iter().map(worksheet_list).collect_view()}
            </div>
            // Printing only the worksheet needs the app.
            <p class="print-buttons js-only">
                <button type="button">{spans(|l| Ui::PrintWorksheet.get(l).to_string())}</button>
                <button type="button">{spans(|l| Ui::PrintHandout.get(l).to_string())}</button>
            </p>
            <h3>{spans(|l| Ui::LimitsTitle.get(l).to_string())}</h3>
            {Lang::ALL.into_iter().map(|l| view! {
                <ul class="limits" data-l=l.code() lang=l.code()>{kit.limits.iter().map(|x| view! { <li>{l.pick(x).to_string()}</li> }).collect_view()}</ul>
            }).collect_view()}
        </section>
    }
}
