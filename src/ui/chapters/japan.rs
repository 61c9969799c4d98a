//! "And Japan?": what the dataset says about Japan, and the way into the simulator with Japan's profile.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::i18n::Ui;

use crate::ui::sources::{sourced, value_text};
use crate::ui::state::{use_ctx, CardTarget};

use super::stack::try_in_simulator;

#[component]
pub fn JapanFacts() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        let d = dataset::data();
        let figures: Vec<_> = d.figures.iter().filter(|f| f.actors.iter().any(|a| a == "japan")).collect();
        let events: Vec<_> = d.events.iter().filter(|e| e.actors.iter().any(|a| a == "japan")).collect();
        let holdings: Vec<_> = d
            .layers
            .iter()
            .flat_map(|l| l.holders.iter().filter(|h| h.actor == "japan").map(move |h| (l, h)))
            .collect();
        let profile = crate::domain::sim::ledger::profile_record("japan");
        view! {
            <div class="japan-facts" id="japan-facts">
                <h3>{Ui::JapanFactsTitle.get(lang)}</h3>
                <ul>
                    {figures.into_iter().map(|f| {
                        let id: &'static str = &f.id;
                        view! { <li>{sourced(format!("{}: {}", lang.pick(&f.claim), value_text(f, lang)), CardTarget::Figure(id), lang)}</li> }
                    }).collect_view()}
                    {events.into_iter().map(|e| {
                        let id: &'static str = &e.id;
                        view! { <li>{sourced(format!("{} ({})", lang.pick(&e.title), crate::domain::format::date(e.date, lang)), CardTarget::Event(id), lang)}</li> }
                    }).collect_view()}
                    {holdings.into_iter().map(|(l, h)| view! {
                        <li>{sourced(format!("{}: {}", lang.pick(&l.name), lang.pick(&h.point.text)), CardTarget::Point(&h.point), lang)}</li>
                    }).collect_view()}
                </ul>
                {profile.map(|p| view! {
                    <p class="chart-note">{lang.pick(&p.note).to_string()}</p>
                    <button type="button" class="primary" on:click=move |_| try_in_simulator("japan")>{Ui::JapanTry.get(lang)}</button>
                })}
            </div>
        }
    }
}
