//! The interactive pieces of a chapter: the widgets mounted into its slots, and the actions under its heading.
//! (The heading and prose are prerendered: `prerender::page`.)

mod corrections;
mod japan;
mod money;
mod offers;
mod physics;
mod quiz;
mod reference;
mod stack;
mod strategies;
mod survey;
mod talent;

use leptos::prelude::*;

use crate::domain::i18n::Ui;

use super::prose::fresh_id;
use super::state::{full_link, use_ctx, CardRequest, CardTarget};
use super::toc::chapter_href;

pub use corrections::corrected_on;

/// The interactive piece named by a chapter part's `widget`.
pub fn widget(id: &'static str) -> AnyView {
    match id {
        "guess-quiz" => view! { <quiz::GuessQuiz/> }.into_any(),
        "strategies-compare" => view! { <strategies::StrategiesCompare/> }.into_any(),
        "money-chart" => view! { <money::MoneyWidget/> }.into_any(),
        "electricity-chart" => view! { <physics::ElectricityChart/> }.into_any(),
        "grid-calculator" => view! { <physics::GridCalculator/> }.into_any(),
        "model-gap-chart" => view! { <talent::ModelGapChart/> }.into_any(),
        "talent-chart" => view! { <talent::TalentChart/> }.into_any(),
        "survey-chart" => view! { <survey::SurveyChart/> }.into_any(),
        "offers-table" => view! { <offers::OffersTable/> }.into_any(),
        "stack-map" => view! { <stack::StackMap/> }.into_any(),
        "case-studies" => view! { <stack::CaseStudies/> }.into_any(),
        "recommendations" => view! { <stack::Recommendations/> }.into_any(),
        "simulator" => view! { <crate::ui::simulator::Simulator/> }.into_any(),
        "japan-chart" => view! { <japan::JapanChart/> }.into_any(),
        "japan-facts" => view! { <japan::JapanFacts/> }.into_any(),
        "japan-simulator" => view! { <japan::JapanSimulator/> }.into_any(),
        "sources-list" => view! { <reference::SourcesList/> }.into_any(),
        "figures-index" => view! { <reference::FiguresIndex/> }.into_any(),
        "disagreements-list" => view! { <reference::DisagreementsList/> }.into_any(),
        "method" => view! { <reference::Method/> }.into_any(),
        "cite-this" => view! { <crate::ui::cite::CiteThis/> }.into_any(),
        "corrections-log" => view! { <corrections::CorrectionsLog/> }.into_any(),
        "" => ().into_any(),
        other => {
            leptos::logging::warn!("no widget named {other}");
            ().into_any()
        }
    }
}

/// Under each chapter's heading: copy a link to it, cite it, go to the timeline.
#[component]
pub fn ChapterActions(slug: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let copied = RwSignal::new(false);
    let cite_id = fresh_id("cite-chapter");
    let opener = cite_id.clone();
    let copy = move |_| {
        let url = full_link(&ctx, |l| {
            l.chapter = Some(slug);
            l.anchor = None;
        });
        leptos::task::spawn_local(async move {
            if crate::ui::dom::copy_text(&url).await {
                copied.set(true);
                set_timeout(move || copied.set(false), std::time::Duration::from_secs(3));
            }
        });
    };
    view! {
        <p class="chapter-actions">
            <button type="button" class="small" on:click=copy>{move || ctx.t(Ui::ChapterCopyLink)}</button>
            <button type="button" class="small" id=cite_id aria-haspopup="dialog"
                on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Cite(Some(slug)), opener: opener.clone() }))>
                {move || ctx.t(Ui::ChapterCite)}
            </button>
            <a class="small" href=move || chapter_href(&ctx, "timeline")
                on:click=move |ev| { ev.prevent_default(); crate::ui::toc::go_to_chapter(&ctx, "timeline"); }>
                {move || ctx.t(Ui::TimelineLink)}
            </a>
            <span class="copied" role="status">{move || copied.get().then(|| ctx.t(Ui::LinkCopied))}</span>
        </p>
    }
}
