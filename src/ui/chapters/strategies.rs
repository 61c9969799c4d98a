//! "Two strategies": the US and China side by side, theme by theme, each cell a sourced point or quote.

use leptos::prelude::*;

use crate::domain::compare::{quote_text, CompareCell};
use crate::domain::content::Cell;
use crate::domain::dataset;
use crate::domain::i18n::{Lang, Ui};

use crate::ui::sources::{actor_name, sourced};
use crate::ui::state::{use_ctx, CardTarget};

fn cell_view(c: &'static Cell, lang: Lang) -> AnyView {
    let Some(cell) = CompareCell::of(c) else { return ().into_any() };
    let text = cell.text(lang);
    match cell {
        CompareCell::Named { name, point } => view! {
            <span class="prog">{lang.pick(name).to_string()}</span>
            ": "
            {sourced(text, CardTarget::Point(point), lang)}
        }
        .into_any(),
        CompareCell::Quote(q) => view! {
            <blockquote class="compare-quote">
                <p>{quote_text(q, lang)}</p>
                <footer>"— " {sourced(text, CardTarget::Quote(&q.id), lang)}</footer>
            </blockquote>
        }
        .into_any(),
        CompareCell::Figure(f) => sourced(text, CardTarget::Figure(&f.id), lang).into_any(),
        CompareCell::Event(e) => sourced(text, CardTarget::Event(&e.id), lang).into_any(),
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
