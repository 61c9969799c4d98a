//! "For teachers": the suggested 45-minute lesson with links to each step's view, a printable worksheet (every
//! chapter's questions and the kit's tasks), and notes on the model's limits.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::dataset::{chapter, chapters, classroom};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::LinkState;
use crate::domain::sim::{ledger, state::SimState};

use super::dom;
use super::state::use_ctx;

/// The link a lesson step opens: its chapter or widget, with a simulator profile loaded (locked) if it names one.
fn step_link(lang: Lang, chapter: &'static str, widget: &'static str, profile: &'static str) -> String {
    let mut st = LinkState { lang: Some(lang), ..LinkState::default() };
    if !chapter.is_empty() {
        st.chapter = crate::domain::dataset::chapter(chapter).map(|c| &*c.slug).or(Some(chapter));
    }
    if !widget.is_empty() {
        st.anchor = Some(widget);
    }
    if !profile.is_empty() {
        st.sim = SimState { profile, strategy: ledger::preset(profile), locked: false, ..SimState::default() };
        st.chapter = Some("orchestration");
        st.anchor = Some("simulator");
    }
    format!("#{}", st.to_fragment(true))
}

/// Prints only the worksheet: a class on <html> that the print stylesheet reads, removed after printing.
fn print_worksheet() {
    let root = dom::root();
    let _ = root.class_list().add_1("print-worksheet");
    let after = Closure::<dyn Fn()>::new(move || {
        let _ = dom::root().class_list().remove_1("print-worksheet");
    });
    let _ = dom::window().add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
    after.forget();
    let _ = dom::window().print();
}

#[component]
pub fn Classroom() -> impl IntoView {
    let ctx = use_ctx();
    let kit = classroom();
    let shown = ctx.mounted_memo("teachers");
    let lesson = move || {
        if !shown.get() {
            return None;
        }
        let lang = ctx.lang.get();
        let mut elapsed = 0u32;
        kit.lesson
            .iter()
            .map(|s| {
                let from = elapsed;
                elapsed += s.minutes as u32;
                let href = step_link(lang, &s.chapter, &s.widget, &s.profile);
                let target = (!s.chapter.is_empty() || !s.profile.is_empty()).then(|| {
                    let what = chapter(&s.chapter).map(|c| lang.pick(&c.title).to_string()).unwrap_or_default();
                    view! { <a href=href class="button-link">{Ui::LessonOpen.fill(lang, &[("what", &what)])}</a> }
                });
                view! {
                    <li class="lesson-step">
                        <p class="lesson-time">{Ui::LessonMinutes.fill(lang, &[("from", &from.to_string()), ("to", &elapsed.to_string()), ("n", &s.minutes.to_string())])}</p>
                        <h4>{lang.pick(&s.title).to_string()}</h4>
                        <p>{lang.pick(&s.activity).to_string()}</p>
                        {target}
                    </li>
                }
            })
            .collect_view()
            .into()
    };
    let worksheet = move || {
        if !shown.get() {
            return None;
        }
        let lang = ctx.lang.get();
        view! {
            <ol class="worksheet-list">
                {chapters().iter().flat_map(|c| c.questions.iter().map(move |q| (c, q))).map(|(c, q)| view! {
                    <li><p><span class="ws-chapter">{lang.pick(&c.title).to_string()}</span>" — "{lang.pick(q).to_string()}</p><div class="answer-lines" aria-hidden="true"></div></li>
                }).collect_view()}
                {kit.worksheet.iter().map(|t| view! {
                    <li><p>{lang.pick(t).to_string()}</p><div class="answer-lines" aria-hidden="true"></div></li>
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
            <ol class="lesson">{lesson}</ol>
            <div class="worksheet" id="worksheet">
                <h3>{move || ctx.t(Ui::WorksheetTitle)}</h3>
                <p class="worksheet-head" aria-hidden="true">{move || ctx.t(Ui::WorksheetName)}</p>
                {worksheet}
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
