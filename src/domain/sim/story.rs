//! The sentences around the simulator: what the reader's strategy costs, when it is ready, where it is exposed,
//! what it adds — set against building everything and buying everything — and, honestly, when going it alone
//! comes out ahead.

use crate::domain::format::{self, Precision};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Currency;

use super::layers::{Choice, Layer, N};
use super::model::{run, Ledger, Outcome, Profile, Shocks, Strategy};

/// The reader's strategy and the two extremes, under the same profile, shocks and ledger.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub yours: Outcome,
    pub all_build: Outcome,
    pub all_buy: Outcome,
}

pub fn compare(ledger: &Ledger, profile: &Profile, s: &Strategy, shocks: &Shocks) -> Comparison {
    Comparison {
        yours: run(ledger, profile, s, shocks),
        all_build: run(ledger, profile, &Strategy::all(Choice::Build), shocks),
        all_buy: run(ledger, profile, &Strategy::all(Choice::Buy), shocks),
    }
}

/// When going it alone wins: the likelihood of a hostile world (export controls and a partner walking away,
/// each at least that likely) and the horizon at which building everything adds more, net of cost, than the
/// reader's strategy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AloneCase {
    pub likelihood: f64,
    pub horizon: f64,
}

/// Searches the current horizon and then longer ones (20 and 30 years), each from a calm to a certainly hostile
/// world in steps of 5%, for the first setting where building everything comes out ahead; `None` if none does.
pub fn self_reliance_threshold(ledger: &Ledger, profile: &Profile, s: &Strategy, shocks: &Shocks) -> Option<AloneCase> {
    let now = ledger.horizon.max(1.0);
    let mut horizons = vec![now];
    horizons.extend([20.0, 30.0].into_iter().filter(|h| *h > now));
    for h in horizons {
        let l = Ledger { horizon: h, ..ledger.clone() };
        for i in 0..=20 {
            let p = i as f64 * 0.05;
            let sh = Shocks {
                export_controls: shocks.export_controls.max(p),
                partner_defects: shocks.partner_defects.max(p),
                ..*shocks
            };
            let build = run(&l, profile, &Strategy::all(Choice::Build), &sh);
            let yours = run(&l, profile, s, &sh);
            if build.net > yours.net {
                return Some(AloneCase { likelihood: p, horizon: h });
            }
        }
    }
    None
}

pub fn money(v: f64, lang: Lang) -> String {
    format::money(v * 1e9, Currency::USD, lang, Precision::Approx)
}

pub fn years(v: f64, lang: Lang) -> String {
    let v = (v * 10.0).round() / 10.0;
    format::quantity(v, crate::domain::model::Unit::Years, lang, Precision::Approx)
}

pub fn percent(v: f64, lang: Lang) -> String {
    let _ = lang;
    format!("{}%", format::decimal((v * 100.0).round(), 0))
}

/// The layer most exposed to a single foreign supplier, if any exposure is meaningful.
pub fn most_exposed(o: &Outcome) -> Option<Layer> {
    let (i, e) = o.exposure.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    (*e >= 0.3).then(|| Layer::ALL[i])
}

pub fn layer_name(l: Layer, lang: Lang) -> String {
    crate::domain::dataset::data()
        .layers
        .iter()
        .find(|x| x.id == l.id())
        .map(|x| lang.pick(&x.name).to_string())
        .unwrap_or_else(|| l.id().to_string())
}

/// What the reader's strategy costs, when it is ready and where it is exposed.
pub fn facts(c: &Comparison, horizon: f64, lang: Lang) -> Vec<String> {
    let y = &c.yours;
    let mut out = Vec::new();
    out.push(Ui::SimSaysCost.fill(
        lang,
        &[
            ("cost", &money(y.total_cost, lang)),
            ("horizon", &years(horizon, lang)),
            ("build", &money(c.all_build.total_cost, lang)),
            ("buy", &money(c.all_buy.total_cost, lang)),
        ],
    ));
    if y.grid_cost > 0.0 {
        out.push(Ui::SimSaysGrid.fill(lang, &[("grid", &money(y.grid_cost, lang))]));
    }
    if y.funded < 0.999 {
        out.push(Ui::SimSaysUnderfunded.fill(lang, &[("share", &percent(y.funded, lang))]));
    }
    out.push(
        Ui::SimSaysYears
            .fill(lang, &[("years", &years(y.years_total, lang)), ("build", &years(c.all_build.years_total, lang))]),
    );
    if y.grid_delay > 0.05 {
        out.push(Ui::SimSaysGridDelay.fill(lang, &[("years", &years(y.grid_delay, lang))]));
    }
    match most_exposed(y) {
        Some(l) => out.push(
            Ui::SimSaysExposed
                .fill(lang, &[("layer", &layer_name(l, lang)), ("share", &percent(y.exposure[l.index()], lang))]),
        ),
        None => out.push(Ui::SimSaysNotExposed.get(lang).to_string()),
    }
    out
}

/// The op-ed's measure: value added, set against both extremes, and which comes out ahead.
pub fn oped_case(c: &Comparison, lang: Lang) -> Vec<String> {
    let y = &c.yours;
    let best = if y.net >= c.all_build.net && y.net >= c.all_buy.net {
        Ui::SimSaysBestYours
    } else if c.all_build.net >= c.all_buy.net {
        Ui::SimSaysBestBuild
    } else {
        Ui::SimSaysBestBuy
    };
    vec![
        Ui::SimSaysValue.fill(
            lang,
            &[
                ("value", &money(y.value_added, lang)),
                ("build", &money(c.all_build.value_added, lang)),
                ("buy", &money(c.all_buy.value_added, lang)),
            ],
        ),
        best.get(lang).to_string(),
    ]
}

/// The strongest case for going it alone: what survives the shocks, and when building everything wins.
pub fn alone_case(c: &Comparison, threshold: Option<AloneCase>, horizon: f64, lang: Lang) -> Vec<String> {
    let y = &c.yours;
    vec![
        Ui::SimSaysResilience
            .fill(lang, &[("yours", &percent(y.resilience, lang)), ("build", &percent(c.all_build.resilience, lang))]),
        match threshold {
            Some(a) if a.likelihood <= 0.0 && (a.horizon - horizon).abs() < 1e-9 => {
                Ui::SimSaysAloneAlways.get(lang).to_string()
            }
            Some(a) if (a.horizon - horizon).abs() < 1e-9 => {
                Ui::SimSaysAloneAbove.fill(lang, &[("p", &percent(a.likelihood, lang))])
            }
            Some(a) => Ui::SimSaysAloneLonger
                .fill(lang, &[("p", &percent(a.likelihood, lang)), ("horizon", &years(a.horizon, lang))]),
            None => Ui::SimSaysAloneNever.get(lang).to_string(),
        },
    ]
}

/// Every sentence, in reading order.
pub fn sentences(c: &Comparison, threshold: Option<AloneCase>, horizon: f64, lang: Lang) -> Vec<String> {
    let mut v = facts(c, horizon, lang);
    v.extend(oped_case(c, lang));
    v.extend(alone_case(c, threshold, horizon, lang));
    v
}

/// How many layers each choice covers, for summaries.
pub fn counts(s: &Strategy) -> [usize; 3] {
    let mut c = [0; 3];
    for ch in s.choices.iter().take(N) {
        c[match ch {
            Choice::Build => 0,
            Choice::Partner => 1,
            Choice::Buy => 2,
        }] += 1;
    }
    c
}
