//! The timeline: every dated event, filterable by country, reachable from every chapter (`#/…/timeline`).

use leptos::prelude::*;

use crate::domain::format;
use crate::domain::i18n::Ui;
use crate::domain::timeline::{entries, Entry};
use crate::domain::views::timeline_actors;

use super::sources::{actor_name, sourced, status_badge};
use super::state::{navigate, use_ctx, CardTarget, Nav};

#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = use_ctx();
    let actor = Memo::new(move |_| ctx.link.with(|l| l.timeline.actor));
    let shown = ctx.mounted_memo("timeline");
    let events = move || {
        if !shown.get() {
            return None;
        }
        let lang = ctx.lang.get();
        let a = actor.get();
        let list = entries(a);
        view! {
            <p class="index-count" role="status">{Ui::TimelineCount.fill(lang, &[("n", &list.len().to_string())])}</p>
            <ol class="timeline-list">
                {list.into_iter().map(|Entry { event: e, new_year }| {
                    let id: &'static str = &e.id;
                    view! {
                        <li class="event" class:new-year=new_year>
                            {new_year.then(|| view! { <p class="event-year" aria-hidden="true">{e.date.year.to_string()}</p> })}
                            <time datetime=e.date.to_string()>{format::date(e.date, lang)}</time>
                            <h3>{lang.pick(&e.title).to_string()}</h3>
                            <p>{sourced(lang.pick(&e.summary).to_string(), CardTarget::Event(id), lang)}</p>
                            <p class="event-meta">
                                {e.actors.iter().map(|a| actor_name(a, lang)).collect::<Vec<_>>().join(" · ")}
                                " " {status_badge(e.status, lang)}
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
        .into()
    };
    view! {
        <section class="chapter timeline" id="timeline" aria-labelledby="timeline-title">
            <header class="chapter-head">
                <p class="kicker">{move || ctx.t(Ui::TimelineKicker)}</p>
                <h2 id="timeline-title" tabindex="-1">{move || ctx.t(Ui::TimelineTitle)}</h2>
                <p class="dek">{move || ctx.t(Ui::TimelineDek)}</p>
            </header>
            <label class="control">
                <span>{move || ctx.t(Ui::FilterCountry)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    navigate(&ctx, Nav::Replace, |l| l.timeline.actor = timeline_actors().into_iter().find(|a| *a == v));
                }>
                    <option value="all" prop:selected=move || actor.get().is_none()>{move || ctx.t(Ui::All)}</option>
                    {timeline_actors().into_iter().map(|a| view! {
                        <option value=a prop:selected=move || actor.get() == Some(a)>{move || actor_name(a, ctx.lang.get())}</option>
                    }).collect_view()}
                </select>
            </label>
            {events}
        </section>
    }
}
