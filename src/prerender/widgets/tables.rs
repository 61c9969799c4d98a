//! The tables of chapters 5, 7 and 9 at their default settings, once per language: the strategies compared
//! (`ui::chapters::strategies`), the offers (`ui::chapters::offers`) and what the dataset holds about Japan
//! (`JapanFacts` in `ui::chapters::japan`). No element ids but the language-suffixed one a label needs.

use leptos::prelude::*;

use crate::domain::compare::{offer_who, offers as offer_list, quote_text, CompareCell, OfferRow};
use crate::domain::content::Cell;
use crate::domain::dataset::{self, actor_name};
use crate::domain::format::{self, value_text};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::japan;
use crate::domain::model::{Holding, Layer, Point};

use super::links::{sourced, status_badge};

fn points(pts: &'static [Point], lang: Lang) -> impl IntoView {
    view! { <ul>{pts.iter().map(|p| view! { <li>{sourced(lang.pick(&p.text).to_string(), &p.source, lang)}</li> }).collect_view()}</ul> }
}

pub fn offers(lang: Lang) -> impl IntoView {
    let list = offer_list();
    let caption = Ui::OffersCaption.get(lang);
    view! {
        <div class="offers table-wrap" tabindex="0" role="group" aria-label=caption>
            <table class="compare-table offers-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {list.iter().map(|p| view! { <th scope="col">{lang.pick(&p.name).to_string()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {OfferRow::ALL.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{r.label().get(lang)}</th>
                            {list.iter().map(|p| {
                                let cell = match r {
                                    OfferRow::Who => view! { {offer_who(p, lang)}<br/>{status_badge(p.status, lang)} }.into_any(),
                                    OfferRow::What => view! { <p>{lang.pick(&p.summary).to_string()}</p> }.into_any(),
                                    _ => r.terms(p).map(|t| points(t, lang).into_any()).unwrap_or_else(|| ().into_any()),
                                };
                                view! { <td data-offer=lang.pick(&p.name).to_string()>{cell}</td> }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn compare_cell(c: &'static Cell, lang: Lang) -> AnyView {
    let Some(cell) = CompareCell::of(c) else { return ().into_any() };
    let (text, source) = (cell.text(lang), cell.source());
    match cell {
        CompareCell::Named { name, .. } => view! {
            <span class="prog">{lang.pick(name).to_string()}</span>
            ": "
            {sourced(text, source, lang)}
        }
        .into_any(),
        CompareCell::Quote(q) => view! {
            <blockquote class="compare-quote">
                <p>{quote_text(q, lang)}</p>
                <footer>"— " {sourced(text, source, lang)}</footer>
            </blockquote>
        }
        .into_any(),
        CompareCell::Figure(_) | CompareCell::Event(_) => sourced(text, source, lang).into_any(),
    }
}

pub fn strategies(lang: Lang) -> impl IntoView {
    let caption = Ui::CompareCaption.get(lang);
    let (us, cn) = (actor_name("us", lang), actor_name("china", lang));
    view! {
        <div class="compare table-wrap" tabindex="0" role="group" aria-label=caption>
            <table class="compare-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{Ui::CompareTheme.get(lang)}</th>
                        <th scope="col" class="us">{us.clone()}</th>
                        <th scope="col" class="china">{cn.clone()}</th>
                    </tr>
                </thead>
                <tbody>
                    {dataset::compare_rows().iter().map(|r| view! {
                        <tr>
                            <th scope="row">{lang.pick(&r.theme).to_string()}</th>
                            <td class="us" data-side=us.clone()><ul>{r.us.iter().map(|c| view! { <li>{compare_cell(c, lang)}</li> }).collect_view()}</ul></td>
                            <td class="china" data-side=cn.clone()><ul>{r.china.iter().map(|c| view! { <li>{compare_cell(c, lang)}</li> }).collect_view()}</ul></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn holding_items(items: Vec<(&'static Layer, &'static Holding)>, lang: Lang) -> impl IntoView {
    items
        .into_iter()
        .map(|(l, h)| {
            view! {
                <li>
                    <strong>{lang.pick(&l.name).to_string()}</strong>": "
                    {sourced(lang.pick(&h.point.text).to_string(), &h.point.source, lang)}
                </li>
            }
        })
        .collect_view()
}

pub fn japan_facts(lang: Lang) -> impl IntoView {
    let (strong, depends) = japan::holdings();
    let figures = japan::figures();
    let title_id = format!("{}-japan-facts-title", lang.code());
    view! {
        <div class="japan-facts">
            <h3 id=title_id.clone()>{Ui::JapanFactsTitle.get(lang)}</h3>
            <div class="japan-stack">
                <div>
                    <h4><span aria-hidden="true">"◑ "</span>{Ui::JapanStrong.get(lang)}</h4>
                    <ul>{holding_items(strong, lang)}</ul>
                </div>
                <div>
                    <h4><span aria-hidden="true">"○ "</span>{Ui::JapanDepends.get(lang)}</h4>
                    <ul>{holding_items(depends, lang)}</ul>
                </div>
            </div>
            <p class="chart-note">{Ui::JapanStackNote.get(lang)}</p>
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby=title_id>
                <table class="data-table japan-table">
                    <caption>{Ui::JapanTableCaption.fill(lang, &[("n", &figures.len().to_string())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{Ui::ColItem.get(lang)}</th>
                            <th scope="col">{Ui::JapanColValue.get(lang)}</th>
                            <th scope="col">{Ui::ColDate.get(lang)}</th>
                            <th scope="col">{Ui::ColStatus.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {figures.into_iter().map(|f| view! {
                            <tr>
                                <th scope="row">{lang.pick(&f.claim).to_string()}</th>
                                <td>{sourced(value_text(f, lang), &f.source, lang)}</td>
                                <td>{format::date(f.refers_to, lang)}</td>
                                <td>{status_badge(f.status, lang)}</td>
                            </tr>
                        }).collect_view()}
                        {japan::events().into_iter().map(|e| view! {
                            <tr>
                                <th scope="row">{lang.pick(&e.title).to_string()}</th>
                                <td>{sourced(lang.pick(&e.summary).to_string(), &e.source, lang)}</td>
                                <td>{format::date(e.date, lang)}</td>
                                <td>{status_badge(e.status, lang)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}
