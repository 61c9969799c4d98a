//! "Sources and method": every source, every figure with its status, every disagreement, the method.

use leptos::prelude::*;

use crate::domain::dataset::{self, citation_number, sources_in_citation_order};
use crate::domain::format;
use crate::domain::i18n::{source_kind_label, Ui};
use crate::domain::model::Status;
use crate::domain::reference::{index_rows, rate_text, status_count, status_help, version_text};

use crate::ui::prose::fresh_id;
use crate::ui::sources::{source_line, status_badge, status_label, value_text};
use crate::ui::state::{navigate, use_ctx, CardRequest, CardTarget, Nav};

#[component]
pub fn SourcesList() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        let d = dataset::data();
        let uses = |id: &str| d.figures.iter().filter(|f| f.source == id || f.primary.as_deref() == Some(id)).count();
        view! {
            <ol class="sources-list" id="sources-list">
                {sources_in_citation_order().into_iter().map(|s| view! {
                    <li id=format!("source-{}", s.id) value=citation_number(&s.id).unwrap_or(0).to_string()>
                        <span class="badge kind">{source_kind_label(s.kind).get(lang)}</span>" "
                        {source_line(s, lang)}
                        {(s.title_l10n.ja != s.title).then(|| view! { <br/><small lang=s.language.to_string()>{s.title.as_ref()}</small> })}
                        {s.note.as_ref().map(|n| view! { <p class="source-note">{lang.pick(n).to_string()}</p> })}
                        <p class="source-uses">{Ui::SourceUses.fill(lang, &[("n", &uses(&s.id).to_string())])}</p>
                    </li>
                }).collect_view()}
            </ol>
        }
    }
}

#[component]
pub fn FiguresIndex() -> impl IntoView {
    let ctx = use_ctx();
    let status = Memo::new(move |_| ctx.link.with(|l| l.index.status));
    let query = RwSignal::new(String::new());
    // The table is closed until the reader opens it or filters it (as in the static page); a link with a filter
    // opens it.
    let open = RwSignal::new(status.get_untracked().is_some());
    let total = index_rows(None, "").len();
    let rows = move || {
        let lang = ctx.lang.get();
        let all = index_rows(status.get(), &query.get());
        let count = all.len();
        view! {
            <p class="index-count" role="status">{Ui::IndexCount.fill(lang, &[("n", &count.to_string())])}</p>
            <details class="index-details" prop:open=move || open.get()
                on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{Ui::IndexShow.fill(lang, &[("n", &total.to_string())])}</summary>
            <div class="table-wrap" tabindex="0" role="group" aria-label=Ui::IndexCount.fill(lang, &[("n", &count.to_string())])>
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
                        {all.into_iter().map(|f| {
                            let id: &'static str = &f.id;
                            let dom_id = fresh_id("idx");
                            let opener = dom_id.clone();
                            view! {
                                <tr>
                                    <th scope="row">{lang.pick(&f.claim).to_string()}</th>
                                    <td>
                                        <button type="button" class="fig" id=dom_id data-fig=id data-style="value" aria-haspopup="dialog"
                                            on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(id), opener: opener.clone() }))>
                                            {value_text(f, lang)}
                                        </button>
                                    </td>
                                    <td>{format::date(f.refers_to, lang)}</td>
                                    <td>{status_badge(f.status, lang)}</td>
                                    <td>{format!("[{}]", citation_number(&f.source).unwrap_or(0))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            </details>
        }
    };
    view! {
        <div class="figures-index-wrap" id="figures-index">
            <div class="chart-controls">
                <label class="control">
                    <span>{move || ctx.t(Ui::ColStatus)}</span>
                    <select on:change=move |ev| {
                        let v = event_target_value(&ev);
                        open.set(true);
                        navigate(&ctx, Nav::Replace, |l| l.index.status = Status::ALL.into_iter().find(|s| s.key() == v));
                    }>
                        <option value="all" prop:selected=move || status.get().is_none()>{move || ctx.t(Ui::All)}</option>
                        {Status::ALL.into_iter().map(|s| view! {
                            <option value=s.key() prop:selected=move || status.get() == Some(s)>{move || status_label(s).get(ctx.lang.get())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="control">
                    <span>{move || ctx.t(Ui::IndexSearch)}</span>
                    <input type="search" prop:value=move || query.get() on:input=move |ev| {
                        open.set(true);
                        query.set(event_target_value(&ev))
                    }/>
                </label>
            </div>
            {rows}
        </div>
    }
}

#[component]
pub fn DisagreementsList() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        view! {
            <ul class="disagreements" id="disagreements-list">
                {dataset::data().disagreements.iter().map(|x| view! {
                    <li>
                        <p>{lang.pick(&x.why).to_string()}</p>
                        <ul class="disagreement-values">
                            {x.figures.iter().filter_map(|id| dataset::figure(id)).map(|f| {
                                let id: &'static str = &f.id;
                                let dom_id = fresh_id("dis");
                                let opener = dom_id.clone();
                                view! {
                                    <li>
                                        <button type="button" class="fig" id=dom_id data-fig=id data-style="value" aria-haspopup="dialog"
                                            on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(id), opener: opener.clone() }))>
                                            {value_text(f, lang)}
                                        </button>
                                        " — " {lang.pick(&f.claim).to_string()} " " {status_badge(f.status, lang)}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
        }
    }
}

#[component]
pub fn Method() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        let d = dataset::data();
        view! {
            <div class="method" id="method">
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
}
