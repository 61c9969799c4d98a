//! Chapter 9's simulator started from Japan, without the app: the live component's markup at its start (the Japan
//! preset, no shocks), its controls `js-only`, with the plan and the shocks written out, what the model says, the
//! op-ed's and the go-it-alone cases, and the ledger of the profile's values with each sourced one linked.

use leptos::prelude::*;

use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::japan::{self, simulator_start};
use crate::domain::sim::charts::choice_label;
use crate::domain::sim::ledger;
use crate::domain::sim::story::{self, compare, self_reliance_threshold};
use crate::domain::sim::Layer;

use super::links::figure;

/// "sourced" linking to the figure's source, or "assumption", as `ui::simulator::basis`.
fn basis(id: Option<&str>, lang: Lang) -> AnyView {
    match id.and_then(dataset::figure) {
        Some(f) => view! { {figure(f, "basis sourced-basis", Ui::SimSourced.get(lang).to_string(), lang)} }.into_any(),
        None => view! { <span class="basis assumption">{Ui::SimAssumption.get(lang)}</span> }.into_any(),
    }
}

fn items(lines: Vec<String>) -> impl IntoView {
    lines.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()
}

pub fn japan_simulator(lang: Lang) -> impl IntoView {
    let s = simulator_start();
    let (l, p) = ledger::inputs(&s);
    let cmp = compare(&l, &p, &s.strategy, &s.shocks);
    let alone = self_reliance_threshold(&l, &p, &s.strategy, &s.shocks);
    let shocks = [
        (Ui::SimShockExport, s.shocks.export_controls),
        (Ui::SimShockSupply, s.shocks.supply_break),
        (Ui::SimShockDefect, s.shocks.partner_defects),
    ];
    let shock_text =
        |v: f64| if v == 0.0 { Ui::SimShockOff.get(lang).to_string() } else { format!("{}%", (v * 100.0).round()) };
    let ledger_view = japan::profile().map(|p| {
        let (sourced_n, assumed) = japan::basis_counts(p);
        let total = (sourced_n + assumed).to_string();
        view! {
            <p class="japan-basis">{Ui::JapanSimBasis.fill(lang, &[("sourced", &sourced_n.to_string()), ("total", &total), ("assumed", &assumed.to_string())])}</p>
            <div class="table-wrap">
                <table class="data-table ledger">
                    <caption>{Ui::JapanSimLedger.get(lang)}</caption>
                    <thead><tr>
                        <th scope="col">{Ui::SimParam.get(lang)}</th>
                        <th scope="col">{Ui::SimParamValue.get(lang)}</th>
                        <th scope="col">{Ui::SimParamBasis.get(lang)}</th>
                    </tr></thead>
                    <tbody>
                        {japan::ledger_rows(p, lang).into_iter().map(|r| view! {
                            <tr>
                                <th scope="row">{r.label}</th>
                                <td>{format::decimal(r.value, 2)}</td>
                                <td>{basis(r.figure, lang)}" "<small class="sim-note">{r.note}</small></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    view! {
        <section class="japan-sim">
            <h3>{Ui::JapanSimTitle.get(lang)}</h3>
            <p class="sim-illustrative">{Ui::JapanSimIntro.get(lang)}</p>
            <div class="japan-sim-grid">
                <div class="japan-sim-controls">
                    <div class="table-wrap">
                        <table class="data-table japan-plan">
                            <caption>{Ui::JapanSimPlan.get(lang)}</caption>
                            <thead><tr>
                                <th scope="col">{Ui::SimLayer.get(lang)}</th>
                                <th scope="col">{Ui::JapanSimChoice.get(lang)}</th>
                            </tr></thead>
                            <tbody>
                                {Layer::ALL.into_iter().map(|layer| view! {
                                    <tr>
                                        <th scope="row">{story::layer_name(layer, lang)}</th>
                                        <td>{choice_label(s.strategy.choices[layer.index()]).get(lang)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <fieldset class="sim-shocks">
                        <legend>{Ui::SimShocks.get(lang)}</legend>
                        {shocks.into_iter().map(|(label, v)| view! {
                            <div class="sim-shock"><span>{label.get(lang)}</span>" "<output>{shock_text(v)}</output></div>
                        }).collect_view()}
                    </fieldset>
                    <p class="japan-sim-actions js-only">
                        <button type="button" disabled>{Ui::SimPresetProfile.get(lang)}</button>
                        <button type="button" class="primary" disabled>{Ui::JapanSimOpen.get(lang)}</button>
                    </p>
                </div>
                <div class="japan-sim-outcome">
                    <h4>{Ui::JapanSimSays.get(lang)}</h4>
                    <ul class="sim-says">{items(story::facts(&cmp, l.horizon, lang))}</ul>
                    <div class="sim-cases">
                        <article class="sim-case oped">
                            <h4>{Ui::SimOpedCase.get(lang)}</h4>
                            <ul>{items(story::oped_case(&cmp, lang))}</ul>
                        </article>
                        <article class="sim-case alone">
                            <h4>{Ui::SimAloneCase.get(lang)}</h4>
                            <ul>{items(story::alone_case(&cmp, alone, l.horizon, lang))}</ul>
                        </article>
                    </div>
                </div>
            </div>
            {ledger_view}
        </section>
    }
}
