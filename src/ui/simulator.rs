//! The simulator's interface: profile, a choice per layer, specializations, shocks; the outcome as a chart and
//! as sentences, beside the strongest case for going it alone; the assumption ledger; the teacher link.
//! Every control writes the link, so the whole setting travels with it.

use std::rc::Rc;

use leptos::prelude::*;

use crate::charts::Theme;
use crate::domain::dataset;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::{ParamUnit, SimParam, SimValue};
use crate::domain::sim::charts::{self as sim_charts, choice_label};
use crate::domain::sim::ledger::{self, CUSTOM};
use crate::domain::sim::state::{SimState, LIKELIHOOD, MAX_SPECIALIZE};
use crate::domain::sim::story::{self, compare, self_reliance_threshold, AloneCase, Comparison};
use crate::domain::sim::{Choice, Layer, Strategy};

use super::chart::{ChartFrame, Tip};
use super::dom;
use super::prose::fresh_id;
use super::state::{full_link, navigate, use_ctx, CardRequest, CardTarget, Ctx, Nav};

fn layer_name(l: Layer, lang: Lang) -> String {
    story::layer_name(l, lang)
}

fn edit(ctx: &Ctx, f: impl FnOnce(&mut SimState)) {
    navigate(ctx, Nav::Replace, |l| f(&mut l.sim));
}

#[derive(Clone, PartialEq)]
struct Result_ {
    cmp: Comparison,
    alone: Option<AloneCase>,
    horizon: f64,
}

/// A figure reference as a small button (for the basis of a value).
pub(crate) fn basis(figure: Option<&'static str>, lang: Lang) -> AnyView {
    let ctx = use_ctx();
    match figure.and_then(dataset::figure) {
        Some(f) => {
            let id: &'static str = &f.id;
            let dom_id = fresh_id("basis");
            let opener = dom_id.clone();
            view! {
                <button type="button" class="basis sourced-basis" id=dom_id aria-haspopup="dialog"
                    on:click=move |_| ctx.card.set(Some(CardRequest { target: CardTarget::Figure(id), opener: opener.clone() }))>
                    {Ui::SimSourced.get(lang)}
                </button>
            }
            .into_any()
        }
        None => view! { <span class="basis assumption">{Ui::SimAssumption.get(lang)}</span> }.into_any(),
    }
}

fn unit_text(u: ParamUnit, v: f64, lang: Lang) -> String {
    match u {
        ParamUnit::UsdBillion => story::money(v, lang),
        ParamUnit::Years => story::years(v, lang),
        ParamUnit::Share => format!("{}%", format::decimal((v * 100.0).round(), 0)),
        ParamUnit::Gigawatt => format!("{} GW", format::decimal(v, 2)),
        ParamUnit::GwPerUsdBillion => format!("{} GW / $1B", format::decimal(v, 3)),
        ParamUnit::Ratio => format!("×{}", format::decimal(v, 3)),
    }
}

#[component]
pub fn Simulator() -> impl IntoView {
    let ctx = use_ctx();
    let st = Memo::new(move |_| ctx.link.with(|l| l.sim.clone()));
    let locked = Memo::new(move |_| st.with(|s| s.locked));
    let result = Memo::new(move |_| {
        let s = st.get();
        let (l, p) = ledger::inputs(&s);
        Result_ {
            cmp: compare(&l, &p, &s.strategy, &s.shocks),
            alone: self_reliance_threshold(&l, &p, &s.strategy, &s.shocks),
            horizon: l.horizon,
        }
    });

    let lock_notice = move || {
        locked.get().then(|| {
            view! {
                <div class="sim-locked" role="note">
                    <p>{ctx.t(Ui::SimLockedNote)}</p>
                    <button type="button" on:click=move |_| edit(&ctx, |s| s.locked = false)>{ctx.t(Ui::SimUnlock)}</button>
                </div>
            }
        })
    };

    view! {
        <section class="simulator" id="simulator" aria-labelledby="sim-title">
            <h3 id="sim-title">{move || ctx.t(Ui::SimTitle)}</h3>
            <p class="sim-illustrative">{move || ctx.t(Ui::SimIllustrative)}</p>
            {lock_notice}
            <fieldset class="sim-controls" prop:disabled=move || locked.get()>
                <legend class="sr-only">{move || ctx.t(Ui::SimControls)}</legend>
                <ProfilePicker st=st/>
                <PlanTable st=st/>
                <ShockSliders st=st/>
            </fieldset>
            <Outcome result=result/>
            <div class="sim-cases">
                <article class="sim-case oped">
                    <h4>{move || ctx.t(Ui::SimOpedCase)}</h4>
                    <ul>{move || { let r = result.get(); story::oped_case(&r.cmp, ctx.lang.get()).into_iter().map(|s| view! { <li>{s}</li> }).collect_view() }}</ul>
                </article>
                <article class="sim-case alone">
                    <h4>{move || ctx.t(Ui::SimAloneCase)}</h4>
                    <ul>{move || { let r = result.get(); story::alone_case(&r.cmp, r.alone, r.horizon, ctx.lang.get()).into_iter().map(|s| view! { <li>{s}</li> }).collect_view() }}</ul>
                </article>
            </div>
            <Exposure st=st result=result/>
            <LedgerTable st=st locked=locked/>
            <TeacherLink/>
        </section>
    }
}

#[component]
fn ProfilePicker(st: Memo<SimState>) -> impl IntoView {
    let ctx = use_ctx();
    let record = Memo::new(move |_| st.with(|s| ledger::profile_record(s.profile)));
    let choose = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        if let Some(id) = ledger::profile_id(&v) {
            edit(&ctx, |s| {
                s.profile = id;
                s.strategy = ledger::preset(id);
            });
        }
    };
    let inputs = move || {
        let lang = ctx.lang.get();
        let p = record.get()?;
        let custom = p.id == CUSTOM;
        let s = st.get();
        let fields: [(&'static str, Ui, &'static SimValue); 5] = [
            ("budget", Ui::SimBudget, &p.budget),
            ("grid_headroom", Ui::SimGrid, &p.grid_headroom),
            ("talent", Ui::SimTalent, &p.talent),
            ("scale", Ui::SimScale, &p.scale),
            ("market", Ui::SimMarket, &p.market),
        ];
        let prof = ledger::profile(s.profile, &s.custom);
        let current = [prof.budget, prof.grid_headroom, prof.talent, prof.scale, prof.market];
        Some(view! {
            <p class="sim-profile-note">{lang.pick(&p.note).to_string()}</p>
            <dl class="sim-profile">
                {fields.into_iter().zip(current).map(|((id, label, value), cur)| {
                    let (_, range, _) = ledger::custom_field(id).expect("custom field");
                    let text = match id {
                        "budget" | "market" => story::money(cur, lang),
                        "grid_headroom" => format!("{} GW", format::decimal(cur, 1)),
                        _ => format::decimal(cur, 2),
                    };
                    let fig: Option<&'static str> = value.figure.as_deref();
                    view! {
                        <div>
                            <dt>{label.get(lang)}</dt>
                            <dd>
                                {if custom {
                                    view! {
                                        <input type="number" min=range.min max=range.max step=range.step
                                            aria-label=label.get(lang) prop:value=cur.to_string()
                                            on:change=move |ev| {
                                                if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                                    if v.is_finite() {
                                                        let v = range.clamp(v);
                                                        edit(&ctx, |s| { s.custom.retain(|(k, _)| *k != id); s.custom.push((id, v)); s.custom.sort_by_key(|(k, _)| ledger::custom_order(k)); });
                                                    }
                                                }
                                            }/>
                                    }.into_any()
                                } else {
                                    view! { <span>{text}</span> " " {basis(fig, lang)} }.into_any()
                                }}
                                <small class="sim-note">{lang.pick(&value.note).to_string()}</small>
                            </dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        })
    };
    view! {
        <div class="sim-profile-pick">
            <label for="sim-profile">{move || ctx.t(Ui::SimProfile)}</label>
            <select id="sim-profile" on:change=choose>
                {ledger::profiles().iter().map(|p| {
                    let id: &'static str = &p.id;
                    view! { <option value=id prop:selected=move || st.with(|s| s.profile == id)>{move || ctx.lang.get().pick(&p.name).to_string()}</option> }
                }).collect_view()}
            </select>
            {inputs}
        </div>
    }
}

#[component]
fn PlanTable(st: Memo<SimState>) -> impl IntoView {
    let ctx = use_ctx();
    let set_all = move |s: Strategy| edit(&ctx, |x| x.strategy = s);
    let spec_count = Memo::new(move |_| st.with(|s| s.strategy.specialize.iter().filter(|x| **x).count()));
    let strength = move |l: Layer| st.with(|s| ledger::profile(s.profile, &s.custom).strengths[l.index()]);
    view! {
        <div class="sim-plan-wrap" tabindex="-1">
            <div class="sim-presets" role="group" aria-label=move || ctx.t(Ui::SimPresets)>
                <button type="button" on:click=move |_| set_all(ledger::preset(st.get_untracked().profile))>{move || ctx.t(Ui::SimPresetProfile)}</button>
                <button type="button" on:click=move |_| set_all(Strategy::all(Choice::Build))>{move || ctx.t(Ui::SimAllBuild)}</button>
                <button type="button" on:click=move |_| set_all(Strategy::all(Choice::Partner))>{move || ctx.t(Ui::SimAllPartner)}</button>
                <button type="button" on:click=move |_| set_all(Strategy::all(Choice::Buy))>{move || ctx.t(Ui::SimAllBuy)}</button>
            </div>
            <table class="sim-plan">
                <caption>{move || ctx.t(Ui::SimPlanCaption).replace("{n}", &MAX_SPECIALIZE.to_string())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || ctx.t(Ui::SimLayer)}</th>
                        {Choice::ALL.into_iter().map(|c| view! { <th scope="col">{move || ctx.t(choice_label(c))}</th> }).collect_view()}
                        <th scope="col">{move || ctx.t(Ui::SimSpecialize)}</th>
                    </tr>
                </thead>
                <tbody>
                    {Layer::ALL.into_iter().map(|l| {
                        let i = l.index();
                        let name = move || layer_name(l, ctx.lang.get());
                        view! {
                            <tr>
                                <th scope="row">
                                    {name}
                                    <span class="strength" aria-hidden="true">
                                        <span class="strength-bar" style:width=move || format!("{}%", (strength(l) * 100.0).round())></span>
                                    </span>
                                    <span class="sr-only">{move || Ui::SimStrength.fill(ctx.lang.get(), &[("v", &format!("{}%", (strength(l) * 100.0).round()))])}</span>
                                </th>
                                {Choice::ALL.into_iter().map(|c| view! {
                                    <td>
                                        <input type="radio" name=format!("sim-{}", l.id()) value=c.code().to_string()
                                            aria-label=move || format!("{}: {}", name(), ctx.t(choice_label(c)))
                                            prop:checked=move || st.with(|s| s.strategy.choices[i] == c)
                                            on:change=move |_| edit(&ctx, |s| s.strategy.choices[i] = c)/>
                                    </td>
                                }).collect_view()}
                                <td>
                                    <input type="checkbox"
                                        aria-label=move || format!("{}: {}", name(), ctx.t(Ui::SimSpecialize))
                                        prop:checked=move || st.with(|s| s.strategy.specialize[i])
                                        prop:disabled=move || { spec_count.get() >= MAX_SPECIALIZE && !st.with(|s| s.strategy.specialize[i]) }
                                        on:change=move |_| edit(&ctx, |s| {
                                            let on = !s.strategy.specialize[i];
                                            if !on || s.strategy.specialize.iter().filter(|x| **x).count() < MAX_SPECIALIZE {
                                                s.strategy.specialize[i] = on;
                                            }
                                        })/>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ShockSliders(st: Memo<SimState>) -> impl IntoView {
    let ctx = use_ctx();
    type Get = fn(&SimState) -> f64;
    type Set = fn(&mut SimState, f64);
    let shocks: [(Ui, Get, Set, &'static str); 3] = [
        (Ui::SimShockExport, |s| s.shocks.export_controls, |s, v| s.shocks.export_controls = v, "export"),
        (Ui::SimShockSupply, |s| s.shocks.supply_break, |s, v| s.shocks.supply_break = v, "supply"),
        (Ui::SimShockDefect, |s| s.shocks.partner_defects, |s, v| s.shocks.partner_defects = v, "defect"),
    ];
    view! {
        <fieldset class="sim-shocks">
            <legend>{move || ctx.t(Ui::SimShocks)}</legend>
            {shocks.into_iter().map(|(label, get, set, id)| {
                let value = move || st.with(get);
                view! {
                    <div class="sim-shock">
                        <label for=format!("sim-shock-{id}")>{move || ctx.t(label)}</label>
                        <input type="range" id=format!("sim-shock-{id}") min="0" max="1" step=LIKELIHOOD.step
                            prop:value=move || value().to_string()
                            aria-valuetext=move || format!("{}%", (value() * 100.0).round())
                            on:input=move |ev| {
                                if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                    edit(&ctx, |s| set(s, LIKELIHOOD.clamp(v)));
                                }
                            }/>
                        <output for=format!("sim-shock-{id}")>{move || if value() == 0.0 { ctx.t(Ui::SimShockOff).to_string() } else { format!("{}%", (value() * 100.0).round()) }}</output>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn Outcome(result: Memo<Result_>) -> impl IntoView {
    let ctx = use_ctx();
    let draw: super::chart::DrawFn = Rc::new(move |root: &_, theme: &Theme, chrome: Option<&_>| {
        result.with(|r| sim_charts::outcome_draw(root, &r.cmp, ctx.lang.get(), theme, chrome))
    });
    let height =
        Rc::new(move |w: f64| result.with(|r| sim_charts::outcome_height(&r.cmp, ctx.lang.get_untracked(), w)));
    let tips = Signal::derive(move || {
        let lang = ctx.lang.get();
        let p = result.with(|r| sim_charts::outcome_panels(&r.cmp, lang, None));
        let mut v = Vec::new();
        for (pi, panel) in p.iter().enumerate() {
            // Panel marks are indexed pi·16 + bar; fill the gaps so indices line up.
            while v.len() < pi * 16 {
                v.push(Tip { label: String::new(), value: String::new(), note: String::new(), figure: None });
            }
            for b in &panel.bars {
                v.push(Tip {
                    label: format!("{} · {}", panel.title, b.label),
                    value: b.value_label.clone(),
                    note: String::new(),
                    figure: None,
                });
            }
        }
        v
    });
    let table = Signal::derive(move || result.with(|r| sim_charts::outcome_table(&r.cmp, ctx.lang.get())));
    let csv = Signal::derive(move || result.with(|r| sim_charts::outcome_csv(&r.cmp)));
    let facts = move || {
        let r = result.get();
        story::facts(&r.cmp, r.horizon, ctx.lang.get()).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()
    };
    view! {
        <div class="sim-outcome">
            <ul class="sim-says" aria-live="polite">{facts}</ul>
            <ChartFrame
                id="simulator-outcome"
                title=Signal::derive(move || sim_charts::outcome_title(ctx.lang.get()))
                summary=Signal::derive(move || result.with(|r| sim_charts::outcome_summary(&r.cmp, r.horizon, ctx.lang.get())))
                height=height draw=draw tips=tips table=table csv=csv
                sources=Signal::derive(|| sim_charts::OUTCOME_SOURCES.to_vec())
                children=Box::new(|| ().into_any())
            />
        </div>
    }
}

#[component]
fn Exposure(st: Memo<SimState>, result: Memo<Result_>) -> impl IntoView {
    let ctx = use_ctx();
    let draw: super::chart::DrawFn = Rc::new(move |root: &_, theme: &Theme, chrome: Option<&_>| {
        let lang = ctx.lang.get();
        st.with(|s| result.with(|r| sim_charts::exposure_draw(root, s, &r.cmp, lang, theme, chrome)))
    });
    let height = Rc::new(sim_charts::exposure_height);
    let tips = Signal::derive(move || {
        let lang = ctx.lang.get();
        let r = result.get();
        let s = st.get();
        Layer::ALL
            .iter()
            .map(|l| Tip {
                label: layer_name(*l, lang),
                value: story::percent(r.cmp.yours.exposure[l.index()], lang),
                note: format!(
                    "{} · {}",
                    choice_label(s.strategy.choices[l.index()]).get(lang),
                    Ui::SimLossNote.fill(lang, &[("v", &story::percent(r.cmp.yours.loss[l.index()], lang))])
                ),
                figure: None,
            })
            .collect()
    });
    let table =
        Signal::derive(move || st.with(|s| result.with(|r| sim_charts::exposure_table(s, &r.cmp, ctx.lang.get()))));
    let csv = Signal::derive(move || st.with(|s| result.with(|r| sim_charts::exposure_csv(s, &r.cmp))));
    view! {
        <ChartFrame
            id="simulator-exposure"
            title=Signal::derive(move || sim_charts::exposure_title(ctx.lang.get()))
            summary=Signal::derive(move || sim_charts::exposure_summary(ctx.lang.get()))
            height=height draw=draw tips=tips table=table csv=csv
            sources=Signal::derive(|| sim_charts::EXPOSURE_SOURCES.to_vec())
            children=Box::new(|| ().into_any())
        />
    }
}

#[component]
fn LedgerTable(st: Memo<SimState>, locked: Memo<bool>) -> impl IntoView {
    let ctx = use_ctx();
    let set = move |p: &'static SimParam, v: f64| {
        let v = ledger::param_range(p).clamp(v);
        let id: &'static str = &p.id;
        edit(&ctx, |s| {
            s.overrides.retain(|(k, _)| *k != id);
            if (v - p.default).abs() > 1e-12 {
                s.overrides.push((id, v));
                s.overrides.sort_by_key(|(k, _)| ledger::param_order(k));
            }
        });
    };
    let changed = Memo::new(move |_| st.with(|s| s.overrides.len()));
    view! {
        <details class="sim-ledger" id="sim-ledger">
            <summary>{move || Ui::SimLedgerTitle.fill(ctx.lang.get(), &[("n", &ledger::params().len().to_string()), ("changed", &changed.get().to_string())])}</summary>
            <p>{move || ctx.t(Ui::SimLedgerIntro)}</p>
            <button type="button" prop:disabled=move || locked.get() || changed.get() == 0 on:click=move |_| edit(&ctx, |s| s.overrides.clear())>{move || ctx.t(Ui::SimLedgerReset)}</button>
            <div class="table-wrap" tabindex="0" role="group" aria-label=move || ctx.t(Ui::SimParam)>
                <table class="data-table ledger">
                    <thead>
                        <tr>
                            <th scope="col">{move || ctx.t(Ui::SimParam)}</th>
                            <th scope="col">{move || ctx.t(Ui::SimParamValue)}</th>
                            <th scope="col">{move || ctx.t(Ui::SimParamDefault)}</th>
                            <th scope="col">{move || ctx.t(Ui::SimParamBasis)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {ledger::params().iter().map(|p| {
                            let pid: &'static str = &p.id;
                            let value = move || st.with(|s| ledger::value(pid, &s.overrides));
                            let fig: Option<&'static str> = p.figure.as_deref();
                            view! {
                                <tr>
                                    <th scope="row">{move || ctx.lang.get().pick(&p.name).to_string()}</th>
                                    <td>
                                        <input type="number" min=p.min max=p.max step=p.step prop:disabled=move || locked.get()
                                            aria-label=move || ctx.lang.get().pick(&p.name).to_string()
                                            prop:value=move || value().to_string()
                                            on:change=move |ev| {
                                                if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                                    if v.is_finite() {
                                                        set(p, v)
                                                    }
                                                }
                                            }/>
                                        <small>{move || unit_text(p.unit, value(), ctx.lang.get())}</small>
                                    </td>
                                    <td>{move || unit_text(p.unit, p.default, ctx.lang.get())}</td>
                                    <td>{move || basis(fig, ctx.lang.get())} <small class="sim-note">{move || ctx.lang.get().pick(&p.note).to_string()}</small></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

#[component]
fn TeacherLink() -> impl IntoView {
    let ctx = use_ctx();
    let lock = RwSignal::new(true);
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let url = full_link(&ctx, |l| {
            l.chapter = Some("orchestration");
            l.anchor = Some("simulator");
            l.sim.locked = lock.get_untracked();
        });
        leptos::task::spawn_local(async move {
            if dom::copy_text(&url).await {
                copied.set(true);
                set_timeout(move || copied.set(false), std::time::Duration::from_secs(3));
            }
        });
    };
    view! {
        <div class="sim-teacher">
            <h4>{move || ctx.t(Ui::SimTeacherTitle)}</h4>
            <p>{move || ctx.t(Ui::SimTeacherIntro)}</p>
            <label><input type="checkbox" prop:checked=move || lock.get() on:change=move |_| lock.update(|l| *l = !*l)/>{move || ctx.t(Ui::SimTeacherLock)}</label>
            <button type="button" class="primary" on:click=copy>{move || ctx.t(Ui::SimTeacherCopy)}</button>
            <span class="copied" role="status">{move || copied.get().then(|| ctx.t(Ui::LinkCopied))}</span>
        </div>
    }
}
