//! "And Japan?": Japan beside the US, China and the UK on the measures the sources share (`japan-chart`),
//! everything the dataset holds about Japan as a table with the layers where it is strong or dependent
//! (`japan-facts`), and the simulator started from the Japan profile, embedded in the chapter
//! (`japan-simulator`). The data and the arithmetic live in `domain::japan` and `domain::sim`.

use leptos::prelude::*;

use crate::domain::figure_chart::japan as chart;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::japan;
use crate::domain::japan::simulator_start as japan_start;
use crate::domain::model::{Holding, Layer as LayerRecord};
use crate::domain::sim::charts::choice_label;
use crate::domain::sim::ledger;
use crate::domain::sim::state::{SimState, LIKELIHOOD};
use crate::domain::sim::story::{self, compare, self_reliance_threshold};
use crate::domain::sim::{Choice, Layer};
use crate::domain::views::JapanView;

use crate::ui::figure_bars::FigureBars;
use crate::ui::simulator::basis;
use crate::ui::sources::{sourced, status_badge, value_text};
use crate::ui::state::{navigate, use_ctx, CardTarget, Nav};

fn view_label(v: JapanView) -> Ui {
    match v {
        JapanView::Companies => Ui::JapanViewCompanies,
        JapanView::Use => Ui::JapanViewUse,
        JapanView::Patents => Ui::JapanViewPatents,
    }
}

#[component]
pub fn JapanChart() -> impl IntoView {
    let ctx = use_ctx();
    let v = Memo::new(move |_| ctx.link.with(|l| l.japan));
    let data = Signal::derive(move || chart::data(v.get(), ctx.lang.get()));
    let title = Signal::derive(move || chart::title(v.get(), ctx.lang.get()));
    let summary = Signal::derive(move || chart::summary(v.get(), ctx.lang.get()));
    view! {
        <FigureBars id="japan-chart" title=title summary=summary data=data>
            <fieldset class="control">
                <legend>{move || ctx.t(Ui::Show)}</legend>
                {JapanView::ALL.iter().map(|t| {
                    let t = *t;
                    view! {
                        <label>
                            <input type="radio" name="japan-view" value=t.code() prop:checked=move || v.get() == t
                                on:change=move |_| navigate(&ctx, Nav::Replace, |l| l.japan = t)/>
                            {move || ctx.t(view_label(t))}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </FigureBars>
    }
}

fn holding_items(items: Vec<(&'static LayerRecord, &'static Holding)>, lang: Lang) -> impl IntoView {
    items
        .into_iter()
        .map(|(l, h)| {
            view! {
                <li>
                    <strong>{lang.pick(&l.name).to_string()}</strong>": "
                    {sourced(lang.pick(&h.point.text).to_string(), CardTarget::Point(&h.point), lang)}
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn JapanFacts() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let lang = ctx.lang.get();
        let (strong, depends) = japan::holdings();
        let figures = japan::figures();
        let events = japan::events();
        view! {
            <div class="japan-facts" id="japan-facts">
                <h3 id="japan-facts-title">{Ui::JapanFactsTitle.get(lang)}</h3>
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
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="japan-facts-title">
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
                            {figures.into_iter().map(|f| {
                                let id: &'static str = &f.id;
                                view! {
                                    <tr>
                                        <th scope="row">{lang.pick(&f.claim).to_string()}</th>
                                        <td>{sourced(value_text(f, lang), CardTarget::Figure(id), lang)}</td>
                                        <td>{crate::domain::format::date(f.refers_to, lang)}</td>
                                        <td>{status_badge(f.status, lang)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                            {events.into_iter().map(|e| {
                                let id: &'static str = &e.id;
                                view! {
                                    <tr>
                                        <th scope="row">{lang.pick(&e.title).to_string()}</th>
                                        <td>{sourced(lang.pick(&e.summary).to_string(), CardTarget::Event(id), lang)}</td>
                                        <td>{crate::domain::format::date(e.date, lang)}</td>
                                        <td>{status_badge(e.status, lang)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </div>
        }
    }
}

/// The simulator with the Japan profile, in the chapter itself. Its setting is its own (it does not move the
/// simulator in chapter 8); "Open in the full simulator" carries it there, with the link.
#[component]
pub fn JapanSimulator() -> impl IntoView {
    let ctx = use_ctx();
    let st = RwSignal::new(japan_start());
    let result = Memo::new(move |_| {
        let s = st.get();
        let (l, p) = ledger::inputs(&s);
        let cmp = compare(&l, &p, &s.strategy, &s.shocks);
        let alone = self_reliance_threshold(&l, &p, &s.strategy, &s.shocks);
        (cmp, alone, l.horizon)
    });
    let facts = move || {
        let (cmp, _, h) = result.get();
        story::facts(&cmp, h, ctx.lang.get()).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()
    };
    let oped = move || {
        let (cmp, _, _) = result.get();
        story::oped_case(&cmp, ctx.lang.get()).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()
    };
    let alone = move || {
        let (cmp, a, h) = result.get();
        story::alone_case(&cmp, a, h, ctx.lang.get()).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()
    };
    let open_full = move |_| {
        let s = st.get_untracked();
        navigate(&ctx, Nav::Push, |l| {
            l.sim = s;
            l.chapter = Some("orchestration");
            l.anchor = Some("simulator");
        });
        crate::ui::dom::scroll_to_id("simulator");
    };
    type Get = fn(&SimState) -> f64;
    type Set = fn(&mut SimState, f64);
    let shocks: [(Ui, Get, Set, &'static str); 3] = [
        (Ui::SimShockExport, |s| s.shocks.export_controls, |s, v| s.shocks.export_controls = v, "export"),
        (Ui::SimShockSupply, |s| s.shocks.supply_break, |s, v| s.shocks.supply_break = v, "supply"),
        (Ui::SimShockDefect, |s| s.shocks.partner_defects, |s, v| s.shocks.partner_defects = v, "defect"),
    ];
    let ledger_view = move || {
        let lang = ctx.lang.get();
        let p = japan::profile()?;
        let (sourced_n, assumed) = japan::basis_counts(p);
        Some(view! {
            <p class="japan-basis">{Ui::JapanSimBasis.fill(lang, &[("sourced", &sourced_n.to_string()), ("total", &(sourced_n + assumed).to_string()), ("assumed", &assumed.to_string())])}</p>
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="japan-sim-ledger">
                <table class="data-table ledger">
                    <caption id="japan-sim-ledger">{Ui::JapanSimLedger.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{Ui::SimParam.get(lang)}</th>
                            <th scope="col">{Ui::SimParamValue.get(lang)}</th>
                            <th scope="col">{Ui::SimParamBasis.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {japan::ledger_rows(p, lang).into_iter().map(|r| view! {
                            <tr>
                                <th scope="row">{r.label}</th>
                                <td>{crate::domain::format::decimal(r.value, 2)}</td>
                                <td>{basis(r.figure, lang)} " " <small class="sim-note">{r.note}</small></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })
    };
    view! {
        <section class="japan-sim" id="japan-simulator" aria-labelledby="japan-sim-title">
            <h3 id="japan-sim-title">{move || ctx.t(Ui::JapanSimTitle)}</h3>
            <p class="sim-illustrative">{move || ctx.t(Ui::JapanSimIntro)}</p>
            <div class="japan-sim-grid">
                <div class="japan-sim-controls">
                    <div class="table-wrap" tabindex="0" role="group" aria-labelledby="japan-sim-plan">
                        <table class="data-table japan-plan">
                            <caption id="japan-sim-plan">{move || ctx.t(Ui::JapanSimPlan)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move || ctx.t(Ui::SimLayer)}</th>
                                    <th scope="col">{move || ctx.t(Ui::JapanSimChoice)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {Layer::ALL.into_iter().map(|l| {
                                    let i = l.index();
                                    let sel = format!("jp-sim-{}", l.id());
                                    view! {
                                        <tr>
                                            <th scope="row"><label for=sel.clone()>{move || story::layer_name(l, ctx.lang.get())}</label></th>
                                            <td>
                                                <select id=sel on:change=move |ev| {
                                                    if let Some(c) = event_target_value(&ev).chars().next().and_then(Choice::from_code) {
                                                        st.update(|s| s.strategy.choices[i] = c);
                                                    }
                                                }>
                                                    {Choice::ALL.into_iter().map(|c| view! {
                                                        <option value=c.code().to_string() prop:selected=move || st.with(|s| s.strategy.choices[i] == c)>
                                                            {move || ctx.t(choice_label(c))}
                                                        </option>
                                                    }).collect_view()}
                                                </select>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <fieldset class="sim-shocks">
                        <legend>{move || ctx.t(Ui::SimShocks)}</legend>
                        {shocks.into_iter().map(|(label, get, set, id)| {
                            let value = move || st.with(get);
                            view! {
                                <div class="sim-shock">
                                    <label for=format!("jp-sim-shock-{id}")>{move || ctx.t(label)}</label>
                                    <input type="range" id=format!("jp-sim-shock-{id}") min="0" max="1" step=LIKELIHOOD.step
                                        prop:value=move || value().to_string()
                                        aria-valuetext=move || format!("{}%", (value() * 100.0).round())
                                        on:input=move |ev| {
                                            if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                                st.update(|s| set(s, LIKELIHOOD.clamp(v)));
                                            }
                                        }/>
                                    <output for=format!("jp-sim-shock-{id}")>{move || if value() == 0.0 { ctx.t(Ui::SimShockOff).to_string() } else { format!("{}%", (value() * 100.0).round()) }}</output>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                    <p class="japan-sim-actions">
                        <button type="button" on:click=move |_| st.set(japan_start())>{move || ctx.t(Ui::SimPresetProfile)}</button>
                        <button type="button" class="primary" on:click=open_full>{move || ctx.t(Ui::JapanSimOpen)}</button>
                    </p>
                </div>
                <div class="japan-sim-outcome">
                    <h4>{move || ctx.t(Ui::JapanSimSays)}</h4>
                    <ul class="sim-says" aria-live="polite">{facts}</ul>
                    <div class="sim-cases">
                        <article class="sim-case oped">
                            <h4>{move || ctx.t(Ui::SimOpedCase)}</h4>
                            <ul>{oped}</ul>
                        </article>
                        <article class="sim-case alone">
                            <h4>{move || ctx.t(Ui::SimAloneCase)}</h4>
                            <ul>{alone}</ul>
                        </article>
                    </div>
                </div>
            </div>
            {ledger_view}
        </section>
    }
}
