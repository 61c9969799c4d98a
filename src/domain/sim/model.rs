//! The simulator's arithmetic: from a profile, a strategy, shocks and the assumption ledger to outcomes.
//!
//! Illustrative, not predictive. Every parameter is in the [`Ledger`] with its source or stated assumption;
//! the equations are documented next to each step so the reader can follow them (chapter 8 shows them too).

use super::layers::{Choice, Layer, N};

/// Parameters per layer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayerParams {
    /// Cost of building the layer at home at a large country's scale, US$ billion over the horizon.
    pub build_cost: f64,
    /// Years to build it from nothing.
    pub build_years: f64,
    /// How concentrated the world market is (0–1): the chance that buying it means one foreign supplier.
    pub concentration: f64,
    /// The layer's share of the value an AI economy creates (weights sum to 1).
    pub weight: f64,
}

/// Every number the model uses. Defaults and ranges live in the dataset's ledger; these are the values.
#[derive(Clone, Debug, PartialEq)]
pub struct Ledger {
    /// Years over which costs and value are counted.
    pub horizon: f64,
    /// Grid and power investment per dollar of data centre (sourced: $125M per $1B).
    pub grid_per_dc: f64,
    /// GW of power needed per US$ billion of data-centre investment.
    pub gw_per_bn: f64,
    /// Extra years of delay per 100% of grid shortfall.
    pub grid_delay: f64,
    /// Partnering's share of the cost of building alone.
    pub partner_cost: f64,
    /// Buying's share of the cost of building alone (never above partnering's).
    pub buy_cost: f64,
    /// Partnering's share of the time building alone takes.
    pub partner_time: f64,
    /// Years to get a capability by buying it.
    pub buy_years: f64,
    /// Share of a layer's value that stays at home when partnering / buying (building keeps all of it).
    pub capture_partner: f64,
    pub capture_buy: f64,
    /// Capability when partnering / buying (0–1); building reaches the country's own strength and talent.
    pub capability_partner: f64,
    pub capability_buy: f64,
    /// Specializing in a layer: extra investment in it, and extra value captured (a leader sells to others).
    pub specialize_cost: f64,
    pub specialize_gain: f64,
    /// Shock severities (share of a layer's capability lost when a shock hits an exposed layer).
    pub severity_export: f64,
    pub severity_supply: f64,
    pub severity_defect: f64,
    pub layers: [LayerParams; N],
}

/// A country's starting point.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// Money available for the AI stack over the horizon, US$ billion.
    pub budget: f64,
    /// Spare grid capacity for new data centres, GW.
    pub grid_headroom: f64,
    /// Depth of the talent base, 0–1.
    pub talent: f64,
    /// Size relative to a large country (1.0): scales the cost of building each layer.
    pub scale: f64,
    /// Yearly value of the country's AI economy at full capability, US$ billion.
    pub market: f64,
    /// Existing strength per layer, 0–1.
    pub strengths: [f64; N],
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Strategy {
    pub choices: [Choice; N],
    pub specialize: [bool; N],
}

impl Strategy {
    pub fn all(c: Choice) -> Strategy {
        Strategy { choices: [c; N], specialize: [false; N] }
    }
    pub fn choice(&self, l: Layer) -> Choice {
        self.choices[l.index()]
    }
}

/// A shock the reader can switch on, with its likelihood over the horizon (0 = off).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Shocks {
    /// Export controls on advanced chips and chipmaking tools.
    pub export_controls: f64,
    /// A break in global supply chains.
    pub supply_break: f64,
    /// A partner walking away.
    pub partner_defects: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Cost per layer, US$ billion (energy includes the grid that home data centres need).
    pub cost: [f64; N],
    /// Of which grid and power for data centres.
    pub grid_cost: f64,
    pub total_cost: f64,
    /// Share of the cost the budget covers (1 = fully funded).
    pub funded: f64,
    /// Years until each layer is available, and until the whole stack is.
    pub years: [f64; N],
    pub years_total: f64,
    /// Years of delay from the grid.
    pub grid_delay: f64,
    /// Exposure of each layer to a single foreign supplier, 0–1 (including through the layers it needs).
    pub exposure: [f64; N],
    /// Expected share of each layer's capability lost to the switched-on shocks.
    pub loss: [f64; N],
    /// Share of the stack's value that survives the shocks, 0–1.
    pub resilience: f64,
    /// Value added at home over the horizon, US$ billion — the op-ed's measure.
    pub value_added: f64,
    /// Value added minus cost.
    pub net: f64,
}

fn clamp01(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

fn nonneg(v: f64) -> f64 {
    if v.is_finite() {
        v.max(0.0)
    } else {
        0.0
    }
}

pub fn run(ledger: &Ledger, p: &Profile, s: &Strategy, shocks: &Shocks) -> Outcome {
    let horizon = nonneg(ledger.horizon).max(1.0);
    let partner_cost = clamp01(ledger.partner_cost);
    // Buying never costs more than partnering, which never costs more than building.
    let buy_cost = clamp01(ledger.buy_cost).min(partner_cost);
    let scale = nonneg(p.scale);
    let talent = clamp01(p.talent);

    // 1. Cost: the cost of building, cheaper where the country is already strong, times the choice's share;
    //    a specialized layer costs more on every choice (the country invests to lead in it).
    let mut cost = [0.0; N];
    let mut years = [0.0; N];
    for l in Layer::ALL {
        let i = l.index();
        let lp = ledger.layers[i];
        let strength = clamp01(p.strengths[i]);
        let base = nonneg(lp.build_cost) * scale * (1.0 - 0.5 * strength);
        let share = match s.choices[i] {
            Choice::Build => 1.0,
            Choice::Partner => partner_cost,
            Choice::Buy => buy_cost,
        };
        let spec = if s.specialize[i] { 1.0 + nonneg(ledger.specialize_cost) } else { 1.0 };
        cost[i] = base * share * spec;
        // Existing strength means part of the capability is already there: it shortens the build more than it
        // cuts the cost (the equipment must still be bought).
        let build_years = nonneg(lp.build_years) * (1.0 - 0.7 * strength);
        years[i] = match s.choices[i] {
            Choice::Build => build_years,
            Choice::Partner => build_years * clamp01(ledger.partner_time),
            Choice::Buy => nonneg(ledger.buy_years),
        };
    }

    // 2. Grid: data centres built at home (alone or with a partner) need grid and power investment in
    //    proportion, and power; beyond the grid's headroom they wait.
    let compute = Layer::Compute.index();
    let home_dc = if s.choices[compute] == Choice::Buy { 0.0 } else { cost[compute] };
    let grid_cost = home_dc * nonneg(ledger.grid_per_dc);
    cost[Layer::Energy.index()] += grid_cost;
    let need_gw = home_dc * nonneg(ledger.gw_per_bn);
    let headroom = nonneg(p.grid_headroom);
    let shortfall = if need_gw > headroom { ((need_gw - headroom) / headroom.max(0.1)).min(3.0) } else { 0.0 };
    let grid_delay = shortfall * nonneg(ledger.grid_delay);
    years[compute] += grid_delay;

    // 3. Money: a budget short of the cost slows everything down and leaves capability thinner.
    let total_cost: f64 = cost.iter().sum();
    let funded = if total_cost > 0.0 { (nonneg(p.budget) / total_cost).min(1.0) } else { 1.0 };
    let slow = 1.0 / funded.max(0.05);
    for y in years.iter_mut() {
        *y = (*y * slow).min(horizon * 4.0);
    }
    // A layer is ready when it and everything it needs are.
    for l in Layer::ALL {
        let needed = l.needs().iter().map(|d| years[d.index()]).fold(0.0, f64::max);
        years[l.index()] = years[l.index()].max(needed);
    }
    let years_total = years.iter().copied().fold(0.0, f64::max);

    // 4. Exposure to a single foreign supplier: buying a concentrated layer exposes it fully, partnering
    //    halfway, building not at all — except through the layers it needs.
    let mut exposure = [0.0; N];
    for l in Layer::ALL {
        let i = l.index();
        let conc = clamp01(ledger.layers[i].concentration);
        exposure[i] = match s.choices[i] {
            Choice::Build => 0.0,
            Choice::Partner => 0.5 * conc,
            Choice::Buy => conc,
        };
    }
    for l in Layer::ALL {
        // One pass suffices: own exposures are all known, and layers that need others come after them.
        let inherited = l.needs().iter().map(|d| 0.8 * exposure[d.index()]).fold(0.0, f64::max);
        exposure[l.index()] = exposure[l.index()].max(inherited);
    }

    // 5. Shocks: each switched-on shock takes, with its likelihood, part of the capability of the layers
    //    it reaches, in proportion to their exposure.
    let mut loss = [0.0; N];
    for l in Layer::ALL {
        let i = l.index();
        let mut v = 0.0;
        if l.export_controlled() {
            v += clamp01(shocks.export_controls) * clamp01(ledger.severity_export) * exposure[i];
        }
        v += clamp01(shocks.supply_break) * clamp01(ledger.severity_supply) * exposure[i];
        if s.choices[i] == Choice::Partner {
            v += clamp01(shocks.partner_defects) * clamp01(ledger.severity_defect);
        }
        loss[i] = clamp01(v);
    }
    // What a layer needs, it loses with: a model is no better than the compute it runs on.
    for l in Layer::ALL {
        let inherited = l.needs().iter().map(|d| 0.8 * loss[d.index()]).fold(0.0, f64::max);
        loss[l.index()] = loss[l.index()].max(inherited);
    }
    let weights: f64 = ledger.layers.iter().map(|lp| nonneg(lp.weight)).sum::<f64>().max(1e-9);
    let resilience = clamp01(
        Layer::ALL.iter().map(|l| nonneg(ledger.layers[l.index()].weight) * (1.0 - loss[l.index()])).sum::<f64>()
            / weights,
    );

    // 6. Value added: each layer's share of the AI economy, times the capability reached, the share of its value
    //    kept at home, what survives the shocks, and the part of the horizon it is available for.
    let mut value = 0.0;
    for l in Layer::ALL {
        let i = l.index();
        let strength = clamp01(p.strengths[i]);
        let (capability, capture) = match s.choices[i] {
            Choice::Build => (strength + (1.0 - strength) * talent * 0.9, 1.0),
            Choice::Partner => (clamp01(ledger.capability_partner), clamp01(ledger.capture_partner)),
            Choice::Buy => (clamp01(ledger.capability_buy), clamp01(ledger.capture_buy)),
        };
        let capability = capability * funded.sqrt();
        let lead = if s.specialize[i] { 1.0 + nonneg(ledger.specialize_gain) * (0.5 + 0.5 * strength) } else { 1.0 };
        let available = ((horizon - years[i]) / horizon).clamp(0.0, 1.0);
        let w = nonneg(ledger.layers[i].weight) / weights;
        value += nonneg(p.market) * horizon * w * capability * capture * lead * (1.0 - loss[i]) * available;
    }
    let value_added = nonneg(value);
    Outcome {
        cost,
        grid_cost,
        total_cost,
        funded,
        years,
        years_total,
        grid_delay,
        exposure,
        loss,
        resilience,
        value_added,
        net: value_added - total_cost,
    }
}
