//! A chapter: its `<section id=slug>`, heading, prose and the widgets placed between the prose.

mod money;

use leptos::prelude::*;

use crate::domain::content::Chapter;
use crate::domain::i18n::Ui;

use super::prose::blocks_view;
use super::state::use_ctx;

/// The interactive piece named by a chapter part's `widget`.
fn widget(id: &'static str) -> AnyView {
    match id {
        "money-chart" => view! { <money::MoneyWidget/> }.into_any(),
        "" => ().into_any(),
        other => {
            leptos::logging::warn!("no widget named {other}");
            ().into_any()
        }
    }
}

#[component]
pub fn ChapterView(chapter: &'static Chapter, number: usize) -> impl IntoView {
    let ctx = use_ctx();
    let slug: &'static str = &chapter.slug;
    let parts = chapter.parts.iter().map(|p| {
        view! {
            {blocks_view(&p.blocks)}
            {widget(&p.widget)}
        }
    });
    let questions = chapter.questions.iter().collect::<Vec<_>>();
    view! {
        <section class="chapter" id=slug aria-labelledby=format!("{slug}-title")>
            <header class="chapter-head">
                <p class="kicker">{move || Ui::ChapterN.fill(ctx.lang.get(), &[("n", &number.to_string())])}</p>
                <h2 id=format!("{slug}-title") tabindex="-1">{move || ctx.lang.get().pick(&chapter.title).to_string()}</h2>
                <p class="dek">{move || ctx.lang.get().pick(&chapter.dek).to_string()}</p>
            </header>
            {parts.collect_view()}
            {(!questions.is_empty()).then(|| view! {
                <aside class="questions" aria-labelledby=format!("{slug}-questions")>
                    <h3 id=format!("{slug}-questions")>{move || ctx.t(Ui::DiscussionQuestions)}</h3>
                    <ol>
                        {questions.into_iter().map(|q| view! { <li>{move || ctx.lang.get().pick(q).to_string()}</li> }).collect_view()}
                    </ol>
                </aside>
            })}
        </section>
    }
}
