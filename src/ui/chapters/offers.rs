//! "Three offers to the world": what a partner country gets, gives and depends on, per offer.

use leptos::prelude::*;

use crate::domain::compare::{offer_who, offers, OfferRow};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::{Point, Programme};

use crate::ui::sources::{sourced, status_badge};
use crate::ui::state::{use_ctx, CardTarget};

fn points(pts: &'static [Point], lang: Lang) -> impl IntoView {
    view! { <ul>{pts.iter().map(|p| view! { <li>{sourced(lang.pick(&p.text).to_string(), CardTarget::Point(p), lang)}</li> }).collect_view()}</ul> }
}

#[component]
pub fn OffersTable() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        let list = offers();
        let row = |label: Ui, f: &dyn Fn(&'static Programme) -> AnyView| {
            view! {
                <tr>
                    <th scope="row">{label.get(lang)}</th>
                    {list.iter().map(|p| view! { <td data-offer=lang.pick(&p.name).to_string()>{f(p)}</td> }).collect_view()}
                </tr>
            }
        };
        view! {
            <div class="offers table-wrap" id="offers-table" tabindex="0" role="group" aria-label=Ui::OffersCaption.get(lang)>
                <table class="compare-table offers-table">
                    <caption>{Ui::OffersCaption.get(lang)}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {list.iter().map(|p| view! { <th scope="col">{lang.pick(&p.name).to_string()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {OfferRow::ALL.into_iter().map(|r| row(r.label(), &|p| match r {
                            OfferRow::Who => view! { {offer_who(p, lang)}<br/>{status_badge(p.status, lang)} }.into_any(),
                            OfferRow::What => view! { <p>{lang.pick(&p.summary).to_string()}</p> }.into_any(),
                            _ => r.terms(p).map(|t| points(t, lang).into_any()).unwrap_or_else(|| ().into_any()),
                        })).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
}
