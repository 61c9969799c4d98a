//! "Orchestrated sovereignty": the AI stack and who holds each layer, the case studies, the three
//! recommendations.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::i18n::Ui;
use crate::domain::sim::ledger;
use crate::domain::sim::state::SimState;
use crate::domain::stack::{case_profile, hold_class, hold_label, hold_symbol, layer_name, HOLDS};

use crate::ui::sources::{actor_name, sourced};
use crate::ui::state::{navigate, use_ctx, CardTarget, Nav};

#[component]
pub fn StackMap() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        view! {
            <div class="stack-map" id="stack-map">
                <h3>{Ui::StackTitle.get(lang)}</h3>
                <p class="legend">
                    {HOLDS.into_iter().map(|h| view! {
                        <span class=format!("hold {}", hold_class(h))><span aria-hidden="true">{hold_symbol(h)}</span>" "{hold_label(h).get(lang)}</span>
                    }).collect_view()}
                </p>
                <ol class="layers">
                    {dataset::data().layers.iter().map(|l| view! {
                        <li class="layer">
                            <h4>{lang.pick(&l.name).to_string()}</h4>
                            <p class="layer-desc">{lang.pick(&l.description).to_string()}</p>
                            <ul class="holders">
                                {l.holders.iter().map(|h| view! {
                                    <li class=format!("hold {}", hold_class(h.hold))>
                                        <span aria-hidden="true">{hold_symbol(h.hold)}</span>" "
                                        <strong>{actor_name(&h.actor, lang)}</strong>
                                        " (" {hold_label(h.hold).get(lang)} "): "
                                        {sourced(lang.pick(&h.point.text).to_string(), CardTarget::Point(&h.point), lang)}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </li>
                    }).collect_view()}
                </ol>
            </div>
        }
    }
}

/// Loads a profile and its preset into the simulator and goes there.
pub fn try_in_simulator(profile: &'static str) {
    let ctx = use_ctx();
    navigate(&ctx, Nav::Push, |l| {
        l.sim = SimState { profile, strategy: ledger::preset(profile), ..SimState::default() };
        l.chapter = Some("orchestration");
        l.anchor = Some("simulator");
    });
    crate::ui::dom::scroll_to_id("simulator");
}

#[component]
pub fn CaseStudies() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        view! {
            <div class="cases" id="case-studies">
                {dataset::data().case_studies.iter().map(|c| {
                    let profile = case_profile(&c.id);
                    let chips = |ids: &'static [crate::domain::model::Str]| ids.iter().map(|l| view! { <li>{layer_name(l, lang)}</li> }).collect_view();
                    view! {
                        <article class="case">
                            <h4>{actor_name(&c.country, lang)}</h4>
                            <p class="case-lesson">{lang.pick(&c.lesson).to_string()}</p>
                            <ul class="case-points">
                                {c.points.iter().map(|p| view! { <li>{sourced(lang.pick(&p.text).to_string(), CardTarget::Point(p), lang)}</li> }).collect_view()}
                            </ul>
                            {(!c.specializes.is_empty()).then(|| view! {
                                <p class="chips-label">{Ui::CaseSpecializes.get(lang)}</p>
                                <ul class="chips">{chips(&c.specializes)}</ul>
                            })}
                            {(!c.partners_for.is_empty()).then(|| view! {
                                <p class="chips-label">{Ui::CasePartners.get(lang)}</p>
                                <ul class="chips">{chips(&c.partners_for)}</ul>
                            })}
                            {profile.map(|p| view! {
                                <button type="button" class="primary" on:click=move |_| try_in_simulator(p)>{Ui::CaseTry.get(lang)}</button>
                            })}
                        </article>
                    }
                }).collect_view()}
            </div>
        }
    }
}

#[component]
pub fn Recommendations() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        view! {
            <ol class="recommendations" id="recommendations">
                {dataset::data().recommendations.iter().map(|r| view! {
                    <li>
                        <h4>{lang.pick(&r.title).to_string()}</h4>
                        <p>{sourced(lang.pick(&r.summary).to_string(), CardTarget::Said { text: &r.summary, source: &r.source, excerpt: &r.excerpt }, lang)}</p>
                    </li>
                }).collect_view()}
            </ol>
        }
    }
}
