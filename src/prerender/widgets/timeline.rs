//! The timeline (`ui::timeline::Timeline`) at its default setting: every event, in both languages.

use leptos::prelude::*;

use crate::domain::dataset::actor_name;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::timeline::{entries, Entry};
use crate::domain::views::timeline_actors;

use super::links::{sourced, status_badge};
use super::spans;

fn events(lang: Lang) -> impl IntoView {
    view! {
        <ol class="timeline-list" data-l=lang.code() lang=lang.code()>
            {entries(None).into_iter().map(|Entry { event: e, new_year }| view! {
                <li class=if new_year { "event new-year" } else { "event" }>
                    {new_year.then(|| view! { <p class="event-year" aria-hidden="true">{e.date.year.to_string()}</p> })}
                    <time datetime=e.date.to_string()>{format::date(e.date, lang)}</time>
                    <h3>{lang.pick(&e.title).to_string()}</h3>
                    <p>{sourced(lang.pick(&e.summary).to_string(), &e.source, lang)}</p>
                    <p class="event-meta">
                        {e.actors.iter().map(|a| actor_name(a, lang)).collect::<Vec<_>>().join(" · ")}
                        " " {status_badge(e.status, lang)}
                    </p>
                </li>
            }).collect_view()}
        </ol>
    }
}

pub fn section() -> impl IntoView {
    let n = entries(None).len().to_string();
    view! {
        <section class="chapter timeline" id="timeline" aria-labelledby="timeline-title">
            <header class="chapter-head">
                <p class="kicker">{spans(|l| Ui::TimelineKicker.get(l).to_string())}</p>
                <h2 id="timeline-title" tabindex="-1">{spans(|l| Ui::TimelineTitle.get(l).to_string())}</h2>
                <p class="dek">{spans(|l| Ui::TimelineDek.get(l).to_string())}</p>
            </header>
            // The filter needs the app: one per language, each as the live one at "all".
            {Lang::ALL.into_iter().map(|l| view! {
                <label class="control js-only" data-l=l.code() lang=l.code()>
                    <span>{Ui::FilterCountry.get(l)}</span>
                    <select>
                        <option value="all" selected=true>{Ui::All.get(l)}</option>
                        {timeline_actors().into_iter().map(|a| view! { <option value=a>{actor_name(a, l)}</option> }).collect_view()}
                    </select>
                </label>
            }).collect_view()}
            <p class="index-count" role="status">{spans(move |l| Ui::TimelineCount.fill(l, &[("n", &n)]))}</p>
            {Lang::ALL.into_iter().map(events).collect_view()}
        </section>
    }
}
