//! "For teachers": the suggested 45-minute lesson with links to each step's view, a printable worksheet (every
//! chapter's questions and the kit's tasks), and notes on the model's limits.

use leptos::prelude::*;

use crate::domain::classroom::{lesson, worksheet};
use crate::domain::dataset::classroom;
use crate::domain::i18n::Ui;

use super::dom;
use super::state::use_ctx;

/// Prints only the worksheet: a class on <html> that the print stylesheet reads, removed after printing by the
/// page's one `afterprint` listener (`ui::app`), not a new listener per click.
fn print_worksheet() {
    let _ = dom::root().class_list().add_1(WORKSHEET_CLASS);
    let _ = dom::window().print();
}

/// The class on <html> that prints the worksheet alone.
pub const WORKSHEET_CLASS: &str = "print-worksheet";

#[component]
pub fn Classroom() -> impl IntoView {
    let ctx = use_ctx();
    let kit = classroom();
    let shown = ctx.mounted_memo("teachers");
    let lesson_view = move || {
        if !shown.get() {
            return None;
        }
        let lang = ctx.lang.get();
        lesson()
            .into_iter()
            .map(|s| {
                let (from, to, step) = (s.from, s.to, s.step);
                let target = s.target(lang).map(|(href, what)| {
                    view! { <a href=href class="button-link">{Ui::LessonOpen.fill(lang, &[("what", &what)])}</a> }
                });
                view! {
                    <li class="lesson-step">
                        <p class="lesson-time">{Ui::LessonMinutes.fill(lang, &[("from", &from.to_string()), ("to", &to.to_string()), ("n", &step.minutes.to_string())])}</p>
                        <h4>{lang.pick(&step.title).to_string()}</h4>
                        <p>{lang.pick(&step.activity).to_string()}</p>
                        {target}
                    </li>
                }
            })
            .collect_view()
            .into()
    };
    let worksheet_view = move || {
        if !shown.get() {
            return None;
        }
        let lang = ctx.lang.get();
        view! {
            <ol class="worksheet-list">
                {worksheet().into_iter().map(|(c, q)| view! {
                    <li><p>{c.map(|c| view! { <span class="ws-chapter">{lang.pick(&c.title).to_string()}</span>" — " })}{lang.pick(q).to_string()}</p><div class="answer-lines" aria-hidden="true"></div></li>
                }).collect_view()}
            </ol>
        }
        .into()
    };
    view! {
        <section class="chapter teachers" id="teachers" aria-labelledby="teachers-title">
            <header class="chapter-head">
                <p class="kicker">{move || ctx.t(Ui::TimelineKicker)}</p>
                <h2 id="teachers-title" tabindex="-1">{move || ctx.t(Ui::TeachersTitle)}</h2>
                <p class="dek">{move || ctx.lang.get().pick(&kit.intro).to_string()}</p>
            </header>
            <h3>{move || ctx.t(Ui::LessonTitle)}</h3>
            <ol class="lesson">{lesson_view}</ol>
            <div class="worksheet" id="worksheet">
                <h3>{move || ctx.t(Ui::WorksheetTitle)}</h3>
                <p class="worksheet-head" aria-hidden="true">{move || ctx.t(Ui::WorksheetName)}</p>
                {worksheet_view}
            </div>
            <p class="print-buttons">
                <button type="button" on:click=move |_| print_worksheet()>{move || ctx.t(Ui::PrintWorksheet)}</button>
                <button type="button" on:click=move |_| { let _ = dom::window().print(); }>{move || ctx.t(Ui::PrintHandout)}</button>
            </p>
            <h3>{move || ctx.t(Ui::LimitsTitle)}</h3>
            <ul class="limits">{move || { let lang = ctx.lang.get(); kit.limits.iter().map(|l| view! { <li>{lang.pick(l).to_string()}</li> }).collect_view() }}</ul>
        </section>
    }
}
