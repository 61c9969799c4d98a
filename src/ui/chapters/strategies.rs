//! "Two strategies": the US and China side by side, theme by theme, each cell a sourced point or quote.

use leptos::prelude::*;

use crate::domain::content::Cell;
use crate::domain::dataset;
use crate::domain::i18n::{Lang, Ui};

use crate::ui::sources::{actor_name, sourced, value_text};
use crate::ui::state::{use_ctx, CardTarget};

fn cell_view(c: &'static Cell, lang: Lang) -> AnyView {
    match c {
        Cell::Part { programme, index } => {
            let p = dataset::data().programmes.iter().find(|p| p.id == *programme);
            match p.and_then(|p| p.parts.get(*index as usize).map(|pt| (p, pt))) {
                // The programme's name first: a point means little without it.
                Some((p, pt)) => view! {
                    <span class="prog">{lang.pick(&p.name).to_string()}</span>
                    ": "
                    {sourced(lang.pick(&pt.text).to_string(), CardTarget::Point(pt), lang)}
                }
                .into_any(),
                None => ().into_any(),
            }
        }
        Cell::Quote(id) => match dataset::data().quotes.iter().find(|q| q.id == *id) {
            Some(q) => {
                let who = actor_name(&q.speaker, lang);
                let qid: &'static str = &q.id;
                view! {
                    <blockquote class="compare-quote">
                        <p>{format!("“{}”", lang.pick(&q.text))}</p>
                        <footer>"— " {sourced(who, CardTarget::Quote(qid), lang)}</footer>
                    </blockquote>
                }
                .into_any()
            }
            None => ().into_any(),
        },
        Cell::Figure(id) => match dataset::figure(id) {
            Some(f) => {
                let fid: &'static str = &f.id;
                sourced(format!("{}: {}", lang.pick(&f.claim), value_text(f, lang)), CardTarget::Figure(fid), lang)
                    .into_any()
            }
            None => ().into_any(),
        },
        Cell::Event(id) => match dataset::event(id) {
            Some(e) => {
                let eid: &'static str = &e.id;
                sourced(
                    format!("{} ({})", lang.pick(&e.title), crate::domain::format::date(e.date, lang)),
                    CardTarget::Event(eid),
                    lang,
                )
                .into_any()
            }
            None => ().into_any(),
        },
        Cell::Holding { layer, index } => {
            let l = dataset::data().layers.iter().find(|l| l.id == *layer);
            match l.and_then(|l| l.holders.get(*index as usize).map(|h| (l, h))) {
                Some((l, h)) => view! {
                    <span class="prog">{lang.pick(&l.name).to_string()}</span>
                    ": "
                    {sourced(lang.pick(&h.point.text).to_string(), CardTarget::Point(&h.point), lang)}
                }
                .into_any(),
                None => ().into_any(),
            }
        }
        Cell::Term { programme, role, index } => {
            let p = dataset::data().programmes.iter().find(|p| p.id == *programme);
            let term = p.and_then(|p| {
                let o = p.offer.as_ref()?;
                let terms = match &**role {
                    "gets" => &o.gets,
                    "gives" => &o.gives,
                    _ => &o.depends_on,
                };
                terms.get(*index as usize).map(|t| (p, t))
            });
            match term {
                Some((p, t)) => view! {
                    <span class="prog">{lang.pick(&p.name).to_string()}</span>
                    ": "
                    {sourced(lang.pick(&t.text).to_string(), CardTarget::Point(t), lang)}
                }
                .into_any(),
                None => ().into_any(),
            }
        }
    }
}

#[component]
pub fn StrategiesCompare() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        view! {
            <div class="compare table-wrap" id="strategies-compare" tabindex="0" role="group" aria-label=Ui::CompareCaption.get(lang)>
                <table class="compare-table">
                    <caption>{Ui::CompareCaption.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{Ui::CompareTheme.get(lang)}</th>
                            <th scope="col" class="us">{actor_name("us", lang)}</th>
                            <th scope="col" class="china">{actor_name("china", lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {dataset::compare_rows().iter().map(|r| {
                            let us = actor_name("us", lang);
                            let cn = actor_name("china", lang);
                            view! {
                                <tr>
                                    <th scope="row">{lang.pick(&r.theme).to_string()}</th>
                                    <td class="us" data-side=us><ul>{r.us.iter().map(|c| view! { <li>{cell_view(c, lang)}</li> }).collect_view()}</ul></td>
                                    <td class="china" data-side=cn><ul>{r.china.iter().map(|c| view! { <li>{cell_view(c, lang)}</li> }).collect_view()}</ul></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
}
