//! The simulator's two charts at its default setting (an empty link's, `LinkState::default().sim`): the outcome and
//! the exposure, drawn from the same `domain::sim::charts` as `ui::simulator`.

use crate::domain::dataset::figure;
use crate::domain::i18n::Lang;
use crate::domain::link::LinkState;
use crate::domain::sim::charts::{self as c, EXPOSURE_SOURCES, OUTCOME_SOURCES};

use super::{Snapshot, Svg, WIDTH};

/// Outcome, then exposure.
pub fn snapshots(lang: Lang) -> Vec<Snapshot> {
    let s = LinkState::default().sim;
    let (cmp, horizon) = c::outcome_of(&s);
    let w = WIDTH as f64;
    let outcome = Snapshot {
        chart: "simulator-outcome",
        title: c::outcome_title(lang),
        svg: Svg::draw(c::outcome_height(&cmp, lang, w), |root, theme| c::outcome_draw(root, &cmp, lang, theme, None)),
        summary: c::outcome_summary(&cmp, horizon, lang),
        table: c::outcome_table(&cmp, lang),
        row_figures: vec![],
        basis: OUTCOME_SOURCES.into_iter().filter_map(figure).collect(),
    };
    let exposure = Snapshot {
        chart: "simulator-exposure",
        title: c::exposure_title(lang),
        svg: Svg::draw(c::exposure_height(w), |root, theme| c::exposure_draw(root, &s, &cmp, lang, theme, None)),
        summary: c::exposure_summary(lang),
        table: c::exposure_table(&s, &cmp, lang),
        row_figures: vec![],
        basis: EXPOSURE_SOURCES.into_iter().filter_map(figure).collect(),
    };
    vec![outcome, exposure]
}
