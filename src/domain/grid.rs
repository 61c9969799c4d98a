//! Chapter 4's grid calculator: what a sum spent on AI data centres needs in energy investment, grid and
//! generation, and power, from the sourced figures (`grid_need_per_1b`, the Coface split, Stargate's gigawatts
//! per dollar, the world's data-centre capacity in 2030). Shown by `ui::chapters::physics` and the prerender.

use super::dataset::figure;

/// The calculator's arithmetic, from the sourced figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridNeeds {
    /// Energy investment needed, US dollars.
    pub energy: f64,
    /// Of which the grid, US dollars.
    pub grid: f64,
    /// Of which generation, US dollars.
    pub generation: f64,
    /// Power the spending buys, gigawatts.
    pub gw: f64,
    /// That power as a share of the world's data-centre capacity in 2030, percent.
    pub share_of_2030: f64,
}

/// The needs of `spend_bn` billion US dollars of data-centre spending, or None if a figure is missing.
pub fn grid_needs(spend_bn: f64) -> Option<GridNeeds> {
    let per = figure("grid_need_per_1b")?.value / 1e9;
    let grid_share = figure("coface_grid_share")?.value / 100.0;
    let gen_share = figure("coface_generation_share")?.value / 100.0;
    let gw_per_bn = figure("stargate_10gw_target")?.value / (figure("stargate_500b")?.value / 1e9);
    let world_2030 = figure("dc_capacity_2030_art000")?.value;
    let energy = spend_bn * 1e9 * per;
    let gw = spend_bn * gw_per_bn;
    Some(GridNeeds {
        energy,
        grid: energy * grid_share,
        generation: energy * gen_share,
        gw,
        share_of_2030: gw / world_2030 * 100.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_scale_with_the_spend_and_split_as_sourced() {
        let one = grid_needs(1.0).expect("every figure is in the dataset");
        let ten = grid_needs(10.0).unwrap();
        for (a, b) in [(one.energy, ten.energy), (one.gw, ten.gw), (one.share_of_2030, ten.share_of_2030)] {
            assert!((b - 10.0 * a).abs() <= 1e-9 * b.abs().max(1.0), "{a} × 10 ≠ {b}");
        }
        let grid = figure("coface_grid_share").unwrap().value / 100.0;
        assert!((one.grid - one.energy * grid).abs() < 1e-6);
        // Stargate's own ratio: its whole budget buys its whole target.
        let stargate = grid_needs(figure("stargate_500b").unwrap().value / 1e9).unwrap();
        assert!((stargate.gw - figure("stargate_10gw_target").unwrap().value).abs() < 1e-9);
    }
}
