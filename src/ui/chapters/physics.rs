//! "The physics wall": data-centre electricity by region 2024→2030, and a calculator from data-centre spending
//! to the grid, power and gigawatts it needs, using the sourced ratios.

use leptos::prelude::*;

use crate::domain::dataset::figure;
use crate::domain::figure_chart::electricity;
use crate::domain::format::{self, Precision};
use crate::domain::grid::grid_needs;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::{Currency, Unit};
use crate::domain::series::point;
use crate::domain::views::{ElecView, CALC_SPEND};

use crate::ui::figure_bars::FigureBars;
use crate::ui::prose::fresh_id;
use crate::ui::sources::value_text;
use crate::ui::state::{navigate, use_ctx, CardRequest, CardTarget, Nav};

#[component]
pub fn ElectricityChart() -> impl IntoView {
    let ctx = use_ctx();
    let view_ = Memo::new(move |_| ctx.link.with(|l| l.elec));
    let data = Signal::derive(move || electricity::data(view_.get(), ctx.lang.get()));
    let world = move || {
        let lang = ctx.lang.get();
        let (a, b) = (point("dc_electricity", "world", Some(2024))?, point("dc_electricity", "world", Some(2030))?);
        Some(Ui::ElecWorld.fill(lang, &[("from", &value_text(a, lang)), ("to", &value_text(b, lang))]))
    };
    view! {
        <FigureBars
            id="electricity-chart"
            title=Signal::derive(move || electricity::title(ctx.lang.get()))
            summary=Signal::derive(move || electricity::summary(ctx.lang.get()))
            data=data
        >
            <fieldset class="control">
                <legend>{move || ctx.t(Ui::Show)}</legend>
                {ElecView::ALL.iter().map(|v| {
                    let v = *v;
                    view! {
                        <label>
                            <input type="radio" name="elec-view" value=v.code() prop:checked=move || view_.get() == v
                                on:change=move |_| navigate(&ctx, Nav::Replace, |l| l.elec = v)/>
                            {move || ctx.t(match v { ElecView::Absolute => Ui::ElecAbsolute, ElecView::Growth => Ui::ElecGrowth })}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </FigureBars>
        <p class="chart-note">{world}</p>
    }
}

/// A figure as a button opening its card, for the calculator's assumptions.
fn fig_ref(id: &'static str, text: String) -> impl IntoView {
    let ctx = use_ctx();
    let dom_id = fresh_id("calc-fig");
    let opener = dom_id.clone();
    view! {
        <button type="button" class="fig" id=dom_id data-fig=id aria-haspopup="dialog"
            on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(id), opener: opener.clone() }))>
            {text}
        </button>
    }
}

#[component]
pub fn GridCalculator() -> impl IntoView {
    let ctx = use_ctx();
    let spend = Memo::new(move |_| ctx.link.with(|l| l.calc.spend));
    let set = move |v: f64| navigate(&ctx, Nav::Replace, |l| l.calc.spend = CALC_SPEND.clamp(v));
    let on_input = move |ev: web_sys::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            if v.is_finite() {
                set(v);
            }
        }
    };
    let usd = |v: f64, lang: Lang| format::money(v, Currency::USD, lang, Precision::Approx);
    let result = move || {
        let lang = ctx.lang.get();
        let s = spend.get();
        let n = grid_needs(s)?;
        let gw = format::quantity(format::round_sig(n.gw, 3), Unit::Gigawatt, lang, Precision::Exact);
        Some(view! {
            <dl class="calc-out" aria-live="polite">
                <div><dt>{Ui::CalcEnergy.get(lang)}</dt><dd class="big">{usd(n.energy, lang)}</dd></div>
                <div><dt>{Ui::CalcGrid.get(lang)}</dt><dd>{usd(n.grid, lang)}</dd></div>
                <div><dt>{Ui::CalcGeneration.get(lang)}</dt><dd>{usd(n.generation, lang)}</dd></div>
                <div><dt>{Ui::CalcPower.get(lang)}</dt><dd class="big">{gw}</dd></div>
                <div><dt>{Ui::CalcShare.get(lang)}</dt><dd>{format!("{}%", format::decimal(format::round_sig(n.share_of_2030, 2), 2))}</dd></div>
            </dl>
        })
    };
    let assumptions = move || {
        let lang = ctx.lang.get();
        let v = |id: &'static str| figure(id).map(|f| value_text(f, lang)).unwrap_or_default();
        view! {
            <ul class="calc-assumptions">
                <li>{Ui::CalcAssumeRatio.get(lang)} " " {fig_ref("grid_need_per_1b", v("grid_need_per_1b"))}</li>
                <li>{Ui::CalcAssumeSplit.get(lang)} " " {fig_ref("coface_grid_share", v("coface_grid_share"))} " / " {fig_ref("coface_generation_share", v("coface_generation_share"))}</li>
                <li>{Ui::CalcAssumePower.get(lang)} " " {fig_ref("stargate_10gw_target", v("stargate_10gw_target"))} " / " {fig_ref("stargate_500b", v("stargate_500b"))}</li>
                <li>{Ui::CalcAssumeWorld.get(lang)} " " {fig_ref("dc_capacity_2030_art000", v("dc_capacity_2030_art000"))}</li>
                <li>{Ui::CalcAssumeWait.get(lang)} " " {fig_ref("us_grid_wait_years", v("us_grid_wait_years"))}</li>
            </ul>
        }
    };
    view! {
        <section class="calculator" id="grid-calculator" aria-labelledby="calc-title">
            <h3 id="calc-title">{move || ctx.t(Ui::CalcTitle)}</h3>
            <div class="calc-in">
                <label for="calc-spend">{move || ctx.t(Ui::CalcSpend)}</label>
                <div class="calc-inputs">
                    <input id="calc-spend" type="number" inputmode="decimal" min=CALC_SPEND.min max=CALC_SPEND.max step=CALC_SPEND.step
                        prop:value=move || spend.get().to_string() on:change=on_input/>
                    <span class="unit">{move || ctx.t(Ui::UsdBillionUnit)}</span>
                    <input type="range" min=CALC_SPEND.min max="500" step="1" aria-labelledby="calc-title"
                        aria-valuetext=move || usd(spend.get() * 1e9, ctx.lang.get())
                        prop:value=move || spend.get().to_string() on:input=on_input/>
                </div>
            </div>
            {result}
            <details class="calc-how">
                <summary>{move || ctx.t(Ui::CalcHow)}</summary>
                {assumptions}
                <p class="chart-note">{move || ctx.t(Ui::CalcCaveat)}</p>
            </details>
        </section>
    }
}
