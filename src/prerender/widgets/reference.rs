//! Chapter 10's figures index, disagreements and method, as `ui::chapters::reference` shows them at the default
//! settings: every figure (no filter; the filters need the app, `js-only`), each value linking to its source.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::format::{self, value_text};
use crate::domain::i18n::{status_label, Lang, Ui};
use crate::domain::model::Status;
use crate::domain::reference::{index_rows, rate_text, status_count, status_help, version_text};

use super::links::{figure, source_number, status_badge};

pub fn figures_index(lang: Lang) -> impl IntoView {
    let all = index_rows(None, "");
    let count = Ui::IndexCount.fill(lang, &[("n", &all.len().to_string())]);
    view! {
        <div class="figures-index-wrap">
            <div class="chart-controls js-only">
                <label class="control">
                    <span>{Ui::ColStatus.get(lang)}</span>
                    <select>
                        <option value="all">{Ui::All.get(lang)}</option>
                        {Status::ALL.into_iter().map(|s| view! { <option value=s.key()>{status_label(s).get(lang)}</option> }).collect_view()}
                    </select>
                </label>
                <label class="control">
                    <span>{Ui::IndexSearch.get(lang)}</span>
                    <input type="search"/>
                </label>
            </div>
            <p class="index-count" role="status">{count.clone()}</p>
            // Closed until the reader opens it: a third of the page's elements, which every phone would otherwise
            // lay out before the first paint.
            <details class="index-details">
            <summary>{Ui::IndexShow.fill(lang, &[("n", &all.len().to_string())])}</summary>
            <div class="table-wrap" tabindex="0" role="group" aria-label=count>
                <table class="data-table figures-index">
                    <thead>
                        <tr>
                            <th scope="col">{Ui::ColItem.get(lang)}</th>
                            <th scope="col">{Ui::CardValue.get(lang)}</th>
                            <th scope="col">{Ui::ColDate.get(lang)}</th>
                            <th scope="col">{Ui::ColStatus.get(lang)}</th>
                            <th scope="col">{Ui::ColSource.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {all.into_iter().map(|f| view! {
                            <tr>
                                <th scope="row">{lang.pick(&f.claim).to_string()}</th>
                                <td>{figure(f, "fig", value_text(f, lang), lang)}</td>
                                <td>{format::date(f.refers_to, lang)}</td>
                                <td>{status_badge(f.status, lang)}</td>
                                <td>{source_number(&f.source, lang)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            </details>
        </div>
    }
}

pub fn disagreements_list(lang: Lang) -> impl IntoView {
    view! {
        <ul class="disagreements">
            {dataset::data().disagreements.iter().map(|x| view! {
                <li>
                    <p>{lang.pick(&x.why).to_string()}</p>
                    <ul class="disagreement-values">
                        {x.figures.iter().filter_map(|id| dataset::figure(id)).map(|f| view! {
                            <li>
                                {figure(f, "fig", value_text(f, lang), lang)}
                                " — " {lang.pick(&f.claim).to_string()} " " {status_badge(f.status, lang)}
                            </li>
                        }).collect_view()}
                    </ul>
                </li>
            }).collect_view()}
        </ul>
    }
}

pub fn method(lang: Lang) -> impl IntoView {
    let d = dataset::data();
    view! {
        <div class="method">
            <h3>{Ui::MethodStatuses.get(lang)}</h3>
            <dl class="statuses">
                {Status::ALL.into_iter().map(|s| view! {
                    <dt>{status_badge(s, lang)} " " {Ui::IndexCount.fill(lang, &[("n", &status_count(s).to_string())])}</dt>
                    <dd>{status_help(s).get(lang)}</dd>
                }).collect_view()}
            </dl>
            <h3>{Ui::MethodRates.get(lang)}</h3>
            <div class="table-wrap" tabindex="0" role="group" aria-label=Ui::MethodRates.get(lang)>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{Ui::MethodCurrency.get(lang)}</th>
                        <th scope="col">{Ui::MethodRate.get(lang)}</th>
                        <th scope="col">{Ui::ColDate.get(lang)}</th>
                        <th scope="col">{Ui::MethodHow.get(lang)}</th>
                    </tr></thead>
                    <tbody>
                        {d.rates.iter().map(|r| view! {
                            <tr>
                                <th scope="row">{r.currency.code()}</th>
                                <td>{rate_text(r)}</td>
                                <td>{format::date(r.date, lang)}</td>
                                <td>{lang.pick(&r.derivation).to_string()} " " {status_badge(r.status, lang)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>{Ui::MethodLicence.get(lang)}</h3>
            <p>{Ui::LicenceText.get(lang)}</p>
            <h3>{Ui::MethodVersion.get(lang)}</h3>
            <p>{version_text(lang)}</p>
        </div>
    }
}
