//! The simulator's settings in the link: profile, a choice per layer, specializations, shocks, custom-profile
//! values, ledger overrides and the teacher lock. Numbers out of range are clamped with a notice.

use crate::domain::link::{clip, Notice, Params};

use super::layers::{Choice, Layer, N};
use super::ledger;
use super::model::{Shocks, Strategy};

/// How many layers a country can specialize in.
pub const MAX_SPECIALIZE: usize = 3;

/// A number the reader can set, with its range (from the ledger or the profile records).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

impl Range {
    pub fn clamp(&self, v: f64) -> f64 {
        let v = v.clamp(self.min, self.max);
        if self.step > 0.0 {
            let snapped = self.min + ((v - self.min) / self.step).round() * self.step;
            // Tidy float noise (0.30000000000000004) so values write back the way they read.
            (snapped * 1e9).round() / 1e9
        } else {
            v
        }
        .clamp(self.min, self.max)
    }
}

pub const LIKELIHOOD: Range = Range { min: 0.0, max: 1.0, step: 0.05 };

#[derive(Clone, Debug, PartialEq)]
pub struct SimState {
    /// A profile id from the dataset, or "custom".
    pub profile: &'static str,
    pub strategy: Strategy,
    pub shocks: Shocks,
    /// Values of the custom profile (budget, grid, talent, scale, market) that differ from its defaults.
    pub custom: Vec<(&'static str, f64)>,
    /// Ledger parameters the reader changed, by id.
    pub overrides: Vec<(&'static str, f64)>,
    /// A teacher's lock: the controls are shown but disabled.
    pub locked: bool,
}

impl Default for SimState {
    fn default() -> Self {
        let profile = ledger::default_profile();
        SimState {
            profile,
            strategy: ledger::preset(profile),
            shocks: Shocks::default(),
            custom: vec![],
            overrides: vec![],
            locked: false,
        }
    }
}

fn fmt_num(v: f64) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn plan_code(s: &Strategy) -> String {
    s.choices.iter().map(|c| c.code()).collect()
}

fn spec_code(s: &Strategy) -> String {
    let v: Vec<&str> = Layer::ALL.iter().filter(|l| s.specialize[l.index()]).map(|l| l.id()).collect();
    if v.is_empty() {
        "none".into()
    } else {
        v.join(",")
    }
}

/// Parses a number and clamps it into `range`; a clamped value is reported.
fn number(key: &str, value: &str, range: Range) -> Result<(f64, Option<Notice>), Notice> {
    let v: f64 = value.parse().map_err(|_| Notice::BadValue { key: key.into(), value: clip(value) })?;
    if !v.is_finite() {
        return Err(Notice::BadValue { key: key.into(), value: clip(value) });
    }
    let c = range.clamp(v);
    let notice = ((c - v).abs() > 1e-9 && (c - v).abs() > range.step.max(1e-9) / 2.0)
        .then(|| Notice::Clamped { key: key.into(), value: clip(value) });
    Ok((c, notice))
}

impl SimState {
    // The parser writes each key as one line, assignments inside the Option/Result combinators.
    #[allow(clippy::unit_arg)]
    fn set_checked(&mut self, key: &str, value: &str) -> Option<Result<Option<Notice>, Notice>> {
        let bad = || Notice::BadValue { key: key.into(), value: clip(value) };
        let r = match key {
            "sim.profile" => match ledger::profile_id(value) {
                Some(p) => {
                    // A new profile brings its own preset, unless the link also gives a plan (applied after).
                    if p != self.profile {
                        self.profile = p;
                        self.strategy = ledger::preset(p);
                    }
                    Ok(None)
                }
                None => Err(bad()),
            },
            "sim.plan" => {
                let cs: Vec<Option<Choice>> = value.chars().map(Choice::from_code).collect();
                if cs.len() == N && cs.iter().all(Option::is_some) {
                    for (i, c) in cs.into_iter().enumerate() {
                        self.strategy.choices[i] = c.unwrap_or_default();
                    }
                    Ok(None)
                } else {
                    Err(bad())
                }
            }
            "sim.spec" => {
                let mut spec = [false; N];
                let mut ok = true;
                if value != "none" {
                    for id in value.split(',') {
                        match Layer::from_id(id) {
                            Some(l) => spec[l.index()] = true,
                            None => ok = false,
                        }
                    }
                }
                if ok && spec.iter().filter(|s| **s).count() <= MAX_SPECIALIZE {
                    self.strategy.specialize = spec;
                    Ok(None)
                } else {
                    Err(bad())
                }
            }
            "sim.export" | "sim.supply" | "sim.defect" => number(key, value, LIKELIHOOD).map(|(v, n)| {
                match key {
                    "sim.export" => self.shocks.export_controls = v,
                    "sim.supply" => self.shocks.supply_break = v,
                    _ => self.shocks.partner_defects = v,
                }
                n
            }),
            "sim.lock" => match value {
                "1" => Ok(Some(self.locked = true).and(None)),
                "0" => Ok(Some(self.locked = false).and(None)),
                _ => Err(bad()),
            },
            k if k.starts_with("sim.custom.") => {
                let field = &k["sim.custom.".len()..];
                match ledger::custom_field(field) {
                    Some((id, range, default)) => number(key, value, range).map(|(v, n)| {
                        self.custom.retain(|(f, _)| *f != id);
                        if (v - default).abs() > 1e-12 {
                            self.custom.push((id, v));
                            self.custom.sort_by_key(|(f, _)| ledger::custom_order(f));
                        }
                        n
                    }),
                    None => Err(Notice::UnknownKey(clip(key))),
                }
            }
            k if k.starts_with("sim.p.") => {
                let id = &k["sim.p.".len()..];
                match ledger::param(id) {
                    Some(p) => number(key, value, ledger::param_range(p)).map(|(v, n)| {
                        let pid: &'static str = &p.id;
                        self.overrides.retain(|(f, _)| *f != pid);
                        if (v - p.default).abs() > 1e-12 {
                            self.overrides.push((pid, v));
                            self.overrides.sort_by_key(|(f, _)| ledger::param_order(f));
                        }
                        n
                    }),
                    None => Err(Notice::UnknownKey(clip(key))),
                }
            }
            _ => return None,
        };
        Some(r)
    }
}

impl Params for SimState {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut v = vec![
            ("sim.profile", self.profile.to_string()),
            ("sim.plan", plan_code(&self.strategy)),
            ("sim.spec", spec_code(&self.strategy)),
            ("sim.export", fmt_num(self.shocks.export_controls)),
            ("sim.supply", fmt_num(self.shocks.supply_break)),
            ("sim.defect", fmt_num(self.shocks.partner_defects)),
            ("sim.lock", if self.locked { "1" } else { "0" }.into()),
        ];
        for (id, val) in &self.custom {
            v.push((ledger::custom_key(id), fmt_num(*val)));
        }
        for (id, val) in &self.overrides {
            v.push((ledger::param_key(id), fmt_num(*val)));
        }
        v
    }

    fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Notice>> {
        self.set_checked(key, value).map(|r| match r {
            Ok(None) => Ok(()),
            Ok(Some(n)) | Err(n) => Err(n),
        })
    }
}
