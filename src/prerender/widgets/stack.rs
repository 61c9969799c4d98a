//! Chapter 8's stack map, case studies and recommendations, as `ui::chapters::stack` shows them: each statement
//! with its source as `[n]`; the case studies' "try it in the simulator" needs the app (`js-only`).

use leptos::prelude::*;

use crate::domain::dataset::{self, actor_name};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::stack::{case_profile, hold_class, hold_label, hold_symbol, layer_name, HOLDS};

use super::links::sourced;

pub fn stack_map(lang: Lang) -> impl IntoView {
    view! {
        <div class="stack-map">
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
                                    {sourced(lang.pick(&h.point.text).to_string(), &h.point.source, lang)}
                                </li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ol>
        </div>
    }
}

pub fn case_studies(lang: Lang) -> impl IntoView {
    view! {
        <div class="cases">
            {dataset::data().case_studies.iter().map(|c| {
                let chips = |ids: &'static [crate::domain::model::Str]| ids.iter().map(|l| view! { <li>{layer_name(l, lang)}</li> }).collect_view();
                view! {
                    <article class="case">
                        <h4>{actor_name(&c.country, lang)}</h4>
                        <p class="case-lesson">{lang.pick(&c.lesson).to_string()}</p>
                        <ul class="case-points">
                            {c.points.iter().map(|p| view! { <li>{sourced(lang.pick(&p.text).to_string(), &p.source, lang)}</li> }).collect_view()}
                        </ul>
                        {(!c.specializes.is_empty()).then(|| view! {
                            <p class="chips-label">{Ui::CaseSpecializes.get(lang)}</p>
                            <ul class="chips">{chips(&c.specializes)}</ul>
                        })}
                        {(!c.partners_for.is_empty()).then(|| view! {
                            <p class="chips-label">{Ui::CasePartners.get(lang)}</p>
                            <ul class="chips">{chips(&c.partners_for)}</ul>
                        })}
                        {case_profile(&c.id).map(|_| view! {
                            <button type="button" class="primary js-only">{Ui::CaseTry.get(lang)}</button>
                        })}
                    </article>
                }
            }).collect_view()}
        </div>
    }
}

pub fn recommendations(lang: Lang) -> impl IntoView {
    view! {
        <ol class="recommendations">
            {dataset::data().recommendations.iter().map(|r| view! {
                <li>
                    <h4>{lang.pick(&r.title).to_string()}</h4>
                    <p>{sourced(lang.pick(&r.summary).to_string(), &r.source, lang)}</p>
                </li>
            }).collect_view()}
        </ol>
    }
}
