//! From the dataset's `sim_param` and `sim_profile` records (the assumption ledger) to model inputs.

use std::sync::OnceLock;

use crate::domain::dataset::data;
use crate::domain::model::{SimParam, SimProfile};

use super::layers::{Choice, Layer, N};
use super::model::{LayerParams, Ledger, Profile, Strategy};
use super::state::{Range, SimState};

/// The id of the reader's own profile.
pub const CUSTOM: &str = "custom";

pub fn params() -> &'static [SimParam] {
    &data().sim_params
}

pub fn param(id: &str) -> Option<&'static SimParam> {
    params().iter().find(|p| p.id == id)
}

pub fn param_range(p: &SimParam) -> Range {
    Range { min: p.min, max: p.max, step: p.step }
}

pub fn param_order(id: &str) -> usize {
    params().iter().position(|p| p.id == id).unwrap_or(usize::MAX)
}

/// `sim.p.<id>` as a static string (made once for every parameter).
pub fn param_key(id: &str) -> &'static str {
    static KEYS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        params().iter().map(|p| (&*p.id, &*Box::leak(format!("sim.p.{}", p.id).into_boxed_str()))).collect()
    });
    keys.iter().find(|(i, _)| *i == id).map(|(_, k)| *k).unwrap_or("sim.p.unknown")
}

pub fn profiles() -> &'static [SimProfile] {
    &data().sim_profiles
}

pub fn profile_record(id: &str) -> Option<&'static SimProfile> {
    profiles().iter().find(|p| p.id == id)
}

pub fn profile_id(id: &str) -> Option<&'static str> {
    profile_record(id).map(|p| &*p.id)
}

/// The profile a fresh simulator opens with: the first in the data (the op-ed's model case).
pub fn default_profile() -> &'static str {
    profiles().first().map(|p| &*p.id).unwrap_or(CUSTOM)
}

/// A profile's preset strategy: its `build` and `partner` layers, the rest bought; its specializations.
pub fn preset(id: &str) -> Strategy {
    let mut s = Strategy::all(Choice::Buy);
    if let Some(p) = profile_record(id) {
        for l in Layer::ALL {
            if p.build.iter().any(|b| b == l.id()) {
                s.choices[l.index()] = Choice::Build;
            } else if p.partner.iter().any(|b| b == l.id()) {
                s.choices[l.index()] = Choice::Partner;
            }
            s.specialize[l.index()] = p.specialize.iter().any(|b| b == l.id());
        }
    }
    s
}

/// The custom profile's editable fields: (id, link key, range).
const CUSTOM_FIELDS: [(&str, &str, Range); 5] = [
    ("budget", "sim.custom.budget", Range { min: 1.0, max: 2000.0, step: 1.0 }),
    ("grid_headroom", "sim.custom.grid_headroom", Range { min: 0.0, max: 100.0, step: 0.5 }),
    ("talent", "sim.custom.talent", Range { min: 0.0, max: 1.0, step: 0.05 }),
    ("scale", "sim.custom.scale", Range { min: 0.01, max: 1.5, step: 0.01 }),
    ("market", "sim.custom.market", Range { min: 1.0, max: 1000.0, step: 1.0 }),
];

const STRENGTH: Range = Range { min: 0.0, max: 1.0, step: 0.05 };

fn strength_key(l: Layer) -> (&'static str, &'static str) {
    match l {
        Layer::ChipDesign => ("strength.chip_design", "sim.custom.strength.chip_design"),
        Layer::ChipFab => ("strength.chip_fab", "sim.custom.strength.chip_fab"),
        Layer::Lithography => ("strength.lithography", "sim.custom.strength.lithography"),
        Layer::Compute => ("strength.compute", "sim.custom.strength.compute"),
        Layer::Energy => ("strength.energy", "sim.custom.strength.energy"),
        Layer::Models => ("strength.models", "sim.custom.strength.models"),
        Layer::Data => ("strength.data", "sim.custom.strength.data"),
        Layer::Talent => ("strength.talent", "sim.custom.strength.talent"),
        Layer::Applications => ("strength.applications", "sim.custom.strength.applications"),
        Layer::Governance => ("strength.governance", "sim.custom.strength.governance"),
    }
}

fn custom_default(field: &str) -> f64 {
    let p = profile_record(CUSTOM);
    let strength = |l: &str| p.and_then(|p| p.strengths.iter().find(|s| s.layer == l)).map(|s| s.value).unwrap_or(0.0);
    match field {
        "budget" => p.map(|p| p.budget.value).unwrap_or(50.0),
        "grid_headroom" => p.map(|p| p.grid_headroom.value).unwrap_or(1.0),
        "talent" => p.map(|p| p.talent.value).unwrap_or(0.5),
        "scale" => p.map(|p| p.scale.value).unwrap_or(0.2),
        "market" => p.map(|p| p.market.value).unwrap_or(50.0),
        f => f.strip_prefix("strength.").map(strength).unwrap_or(0.0),
    }
}

/// Every custom field: id, link key, range, default.
pub fn custom_fields() -> Vec<(&'static str, &'static str, Range, f64)> {
    let mut v: Vec<_> = CUSTOM_FIELDS.iter().map(|(id, key, r)| (*id, *key, *r, custom_default(id))).collect();
    for l in Layer::ALL {
        let (id, key) = strength_key(l);
        v.push((id, key, STRENGTH, custom_default(id)));
    }
    v
}

pub fn custom_field(field: &str) -> Option<(&'static str, Range, f64)> {
    custom_fields().into_iter().find(|(id, ..)| *id == field).map(|(id, _, r, d)| (id, r, d))
}

pub fn custom_key(id: &str) -> &'static str {
    custom_fields().into_iter().find(|(i, ..)| *i == id).map(|(_, k, ..)| k).unwrap_or("sim.custom.unknown")
}

pub fn custom_order(id: &str) -> usize {
    custom_fields().iter().position(|(i, ..)| *i == id).unwrap_or(usize::MAX)
}

/// The value of ledger parameter `id` with the reader's overrides applied.
pub fn value(id: &str, overrides: &[(&str, f64)]) -> f64 {
    overrides.iter().find(|(k, _)| *k == id).map(|(_, v)| *v).or_else(|| param(id).map(|p| p.default)).unwrap_or(0.0)
}

pub fn ledger(overrides: &[(&str, f64)]) -> Ledger {
    let v = |id: &str| value(id, overrides);
    let layer = |l: Layer| {
        let f = |field: &str| v(&format!("{}.{field}", l.id()));
        LayerParams {
            build_cost: f("build_cost"),
            build_years: f("build_years"),
            concentration: f("concentration"),
            weight: f("weight"),
        }
    };
    Ledger {
        horizon: v("horizon"),
        grid_per_dc: v("grid_per_dc"),
        gw_per_bn: v("gw_per_bn"),
        grid_delay: v("grid_delay"),
        partner_cost: v("partner_cost"),
        buy_cost: v("buy_cost"),
        partner_time: v("partner_time"),
        buy_years: v("buy_years"),
        capture_partner: v("capture_partner"),
        capture_buy: v("capture_buy"),
        capability_partner: v("capability_partner"),
        capability_buy: v("capability_buy"),
        specialize_cost: v("specialize_cost"),
        specialize_gain: v("specialize_gain"),
        severity_export: v("severity_export"),
        severity_supply: v("severity_supply"),
        severity_defect: v("severity_defect"),
        layers: Layer::ALL.map(layer),
    }
}

/// The model's profile for a record, with the custom fields applied when it is the custom profile.
pub fn profile(id: &str, custom: &[(&str, f64)]) -> Profile {
    let Some(p) = profile_record(id) else { return profile(default_profile(), &[]) };
    let is_custom = p.id == CUSTOM;
    let field = |name: &str, base: f64| {
        if is_custom {
            custom.iter().find(|(k, _)| *k == name).map(|(_, v)| *v).unwrap_or(base)
        } else {
            base
        }
    };
    let mut strengths = [0.0; N];
    for l in Layer::ALL {
        let base = p.strengths.iter().find(|s| s.layer == l.id()).map(|s| s.value).unwrap_or(0.0);
        strengths[l.index()] = field(strength_key(l).0, base);
    }
    Profile {
        budget: field("budget", p.budget.value),
        grid_headroom: field("grid_headroom", p.grid_headroom.value),
        talent: field("talent", p.talent.value),
        scale: field("scale", p.scale.value),
        market: field("market", p.market.value),
        strengths,
    }
}

/// Everything the model needs for a simulator state.
pub fn inputs(s: &SimState) -> (Ledger, Profile) {
    (ledger(&s.overrides), profile(s.profile, &s.custom))
}
