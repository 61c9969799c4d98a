//! "The money": every pledge and fund on one US-dollar scale, filterable, linear or log, kept in the link.

use std::rc::Rc;

use leptos::prelude::*;

use crate::charts::money::{self as chart, MoneyChart};
use crate::domain::dataset;
use crate::domain::export::{num, Table};
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::{money_countries, purpose_code, sector_code, MoneyView, Scale, PURPOSES, SECTORS};
use crate::domain::model::{Purpose, Sector};
use crate::domain::money::{rows, total_usd, MoneyRow};

use crate::ui::chart::{ChartFrame, Tip};
use crate::ui::sources::status_label;
use crate::ui::state::{navigate, use_ctx, Nav};

const ID: &str = "money-chart";

fn country_name(id: &str, lang: Lang) -> String {
    dataset::actor(id).map(|a| lang.pick(&a.name).to_string()).unwrap_or_else(|| id.to_string())
}

fn sector_label(s: Sector) -> Ui {
    match s {
        Sector::Public => Ui::SectorPublic,
        Sector::Private => Ui::SectorPrivate,
        Sector::Mixed => Ui::SectorMixed,
    }
}

fn purpose_label(p: Purpose) -> Ui {
    match p {
        Purpose::Semiconductors => Ui::PurposeChips,
        Purpose::Compute => Ui::PurposeCompute,
        Purpose::Energy => Ui::PurposeEnergy,
        Purpose::Industry => Ui::PurposeIndustry,
        Purpose::Defence => Ui::PurposeDefence,
        Purpose::General => Ui::PurposeGeneral,
    }
}

fn row_label(r: &MoneyRow, lang: Lang) -> String {
    let prefix = if r.depth > 0 { format!("{} ", Ui::OfWhich.get(lang)) } else { String::new() };
    format!("{prefix}{}", r.label(lang))
}

/// A filter over one of the money chart's categories ("all" or one value), kept in the link.
fn filter_select<T: Copy + PartialEq + Send + Sync + 'static>(
    settings: Memo<MoneyView>,
    label: Ui,
    all: &'static [T],
    code: fn(T) -> &'static str,
    name: fn(T) -> Ui,
    get: fn(&MoneyView) -> Option<T>,
    put: fn(&mut MoneyView, Option<T>),
) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <label class="control">
            <span>{move || ctx.t(label)}</span>
            <select on:change=move |ev| {
                let v = event_target_value(&ev);
                navigate(&ctx, Nav::Replace, |l| put(&mut l.money, all.iter().copied().find(|x| code(*x) == v)));
            }>
                <option value="all" prop:selected=move || settings.with(|m| get(m).is_none())>{move || ctx.t(Ui::All)}</option>
                {all.iter().copied().map(|x| view! {
                    <option value=code(x) prop:selected=move || settings.with(|m| get(m) == Some(x))>{move || ctx.t(name(x))}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// The table readers see, in their language.
fn display_table(rs: &[MoneyRow], lang: Lang) -> Table {
    Table {
        name: "money",
        header: crate::domain::export::cols(&[
            Ui::ColItem.get(lang),
            Ui::ColCountry.get(lang),
            Ui::ColOriginal.get(lang),
            Ui::ColUsd.get(lang),
            Ui::ColRate.get(lang),
            Ui::ColDate.get(lang),
            Ui::ColStatus.get(lang),
            Ui::ColSource.get(lang),
        ]),
        rows: rs
            .iter()
            .map(|r| {
                let f = r.figure;
                let rate = f.usd.as_ref().and_then(|u| dataset::rate(&u.rate));
                vec![
                    row_label(r, lang),
                    country_name(r.country, lang),
                    format::figure_value(f, lang),
                    format::figure_usd(f, lang).unwrap_or_else(|| "—".into()),
                    rate.filter(|r| r.currency != crate::domain::model::Currency::USD)
                        .map(|r| format!("{} ({})", format::decimal(r.usd_per_unit, 6), format::date(r.date, lang)))
                        .unwrap_or_else(|| Ui::RateSameCurrency.get(lang).into()),
                    format::date(f.refers_to, lang),
                    status_label(f.status).get(lang).into(),
                    dataset::source(&f.source).map(|s| lang.pick(&s.title_l10n).to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

/// The CSV download: raw values, both languages, every provenance field.
fn csv_table(rs: &[MoneyRow]) -> Table {
    Table {
        name: "money",
        header: crate::domain::export::cols(&[
            "figure_id",
            "label_en",
            "label_ja",
            "country",
            "part_of",
            "value",
            "currency",
            "usd",
            "usd_per_unit",
            "rate_date",
            "refers_to",
            "status",
            "source",
        ]),
        rows: rs
            .iter()
            .map(|r| {
                let f = r.figure;
                let rate = f.usd.as_ref().and_then(|u| dataset::rate(&u.rate));
                vec![
                    f.id.to_string(),
                    r.label(Lang::En).to_string(),
                    r.label(Lang::Ja).to_string(),
                    r.country.to_string(),
                    f.money.as_ref().and_then(|m| m.part_of.as_ref()).map(|p| p.to_string()).unwrap_or_default(),
                    num(f.value),
                    f.currency.map(|c| c.code().to_string()).unwrap_or_default(),
                    r.usd.map(num).unwrap_or_default(),
                    rate.map(|r| num(r.usd_per_unit)).unwrap_or_default(),
                    rate.map(|r| r.date.to_string()).unwrap_or_default(),
                    f.refers_to.to_string(),
                    f.status.key().to_string(),
                    f.source.to_string(),
                ]
            })
            .collect(),
    }
}

#[component]
pub fn MoneyWidget() -> impl IntoView {
    let ctx = use_ctx();
    let settings = Memo::new(move |_| ctx.link.with(|l| l.money.clone()));
    let shown = Memo::new(move |_| rows(&settings.get()));
    // Only rows with a US-dollar value can be drawn.
    let drawn = Memo::new(move |_| shown.get().into_iter().filter(|r| r.usd.is_some()).collect::<Vec<_>>());

    let draw = Rc::new(move |root: &_, theme: &_, chrome: Option<&_>| {
        let lang = ctx.lang.get();
        let log = settings.with(|s| s.scale == Scale::Log);
        let bars = drawn.with(|d| crate::domain::money::bars(d, lang));
        let tick = move |v: f64| format::axis_usd(v, lang);
        let axis = if log { Ui::MoneyAxisLog } else { Ui::MoneyAxisLinear }.get(lang).to_string();
        chart::draw(root, &MoneyChart { bars: &bars, log, tick: &tick, axis }, theme, chrome)
    });
    let height = Rc::new(move |w: f64| chart::height(drawn.with(|d| d.len()), w));
    let tips = Signal::derive(move || {
        let lang = ctx.lang.get();
        drawn
            .get()
            .iter()
            .map(|r| Tip {
                label: format!("{} · {}", country_name(r.country, lang), row_label(r, lang)),
                value: crate::ui::sources::value_text(r.figure, lang),
                note: format!(
                    "{} · {}",
                    format::date(r.figure.refers_to, lang),
                    status_label(r.figure.status).get(lang)
                ),
                figure: Some(&r.figure.id),
            })
            .collect()
    });
    let title = Signal::derive(move || ctx.t(Ui::MoneyChartTitle).to_string());
    let summary = Signal::derive(move || {
        let lang = ctx.lang.get();
        let d = drawn.get();
        match d.first() {
            None => ctx.t(Ui::MoneyEmpty).to_string(),
            Some(top) => Ui::MoneyChartDesc.fill(
                lang,
                &[
                    ("n", &d.len().to_string()),
                    (
                        "top",
                        &format!("{} ({})", top.label(lang), format::figure_usd(top.figure, lang).unwrap_or_default()),
                    ),
                ],
            ),
        }
    });
    let table = Signal::derive(move || display_table(&shown.get(), ctx.lang.get()));
    let csv = Signal::derive(move || csv_table(&shown.get()));
    let sources = Signal::derive(move || shown.get().iter().map(|r| &*r.figure.id).collect::<Vec<&'static str>>());

    let set_scale = move |s: Scale| navigate(&ctx, Nav::Replace, |l| l.money.scale = s);
    let toggle_country = move |c: &'static str| {
        navigate(&ctx, Nav::Replace, |l| {
            let all = money_countries();
            let mut cur: Vec<&'static str> =
                if l.money.countries.is_empty() { all.clone() } else { l.money.countries.clone() };
            if cur.contains(&c) {
                cur.retain(|x| *x != c);
            } else {
                cur.push(c);
            }
            cur.sort_by_key(|x| all.iter().position(|a| a == x));
            // Everything selected, or nothing: show all.
            l.money.countries = if cur.len() == all.len() || cur.is_empty() { vec![] } else { cur };
        })
    };

    let total = move || {
        let lang = ctx.lang.get();
        Ui::MoneyTotal.fill(
            lang,
            &[(
                "total",
                &format::money(
                    total_usd(&drawn.get()),
                    crate::domain::model::Currency::USD,
                    lang,
                    format::Precision::Approx,
                ),
            )],
        )
    };
    let not_drawn = move || {
        let lang = ctx.lang.get();
        let missing: Vec<String> =
            shown.get().iter().filter(|r| r.usd.is_none()).map(|r| r.label(lang).to_string()).collect();
        (!missing.is_empty()).then(
            || view! { <p class="chart-note">{Ui::MoneyNotDrawn.fill(lang, &[("list", &missing.join(", "))])}</p> },
        )
    };

    view! {
        <ChartFrame id=ID title=title summary=summary height=height draw=draw tips=tips table=table csv=csv sources=sources>
            <fieldset class="control">
                <legend>{move || ctx.t(Ui::Scale)}</legend>
                {[(Scale::Linear, Ui::ScaleLinear), (Scale::Log, Ui::ScaleLog)].into_iter().map(|(s, label)| view! {
                    <label>
                        <input type="radio" name="money-scale" value=s.code()
                            prop:checked=move || settings.with(|m| m.scale == s)
                            on:change=move |_| set_scale(s)/>
                        {move || ctx.t(label)}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset class="control">
                <legend>{move || ctx.t(Ui::FilterCountry)}</legend>
                {money_countries().into_iter().map(|c| view! {
                    <label>
                        <input type="checkbox" value=c
                            prop:checked=move || settings.with(|m| m.shows_country(c))
                            on:change=move |_| toggle_country(c)/>
                        {move || country_name(c, ctx.lang.get())}
                    </label>
                }).collect_view()}
            </fieldset>
            {filter_select(settings, Ui::FilterSector, &SECTORS, sector_code, sector_label, |m| m.sector, |m, v| m.sector = v)}
            {filter_select(settings, Ui::FilterPurpose, &PURPOSES, purpose_code, purpose_label, |m| m.purpose, |m, v| m.purpose = v)}
        </ChartFrame>
        <p class="chart-note money-total">{total}</p>
        {not_drawn}
    }
}
