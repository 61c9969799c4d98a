//! "And Japan?": Japan's figures beside the same measure for the US, China and the UK (or the nearest country a
//! source gives), the layers where the sources say Japan is strong or dependent, and how much of the Japan
//! profile in the simulator rests on a figure rather than an assumption.

use super::dataset::data;
use super::i18n::{Lang, Ui};
use super::model::{Event, Figure, Hold, Holding, Layer, SimProfile, SimValue};
use super::series::point;
use super::sim::ledger;
use super::sim::story;
use super::sim::Layer as SimLayer;
use super::views::JapanView;

/// A measure that exists for Japan and for the countries it is compared with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measure {
    pub series: &'static str,
    pub year: Option<u16>,
    /// Japan first, then the US and China, then the UK where the source has it (else the country it does have).
    pub keys: [&'static str; 4],
}

pub fn measure(v: JapanView) -> Measure {
    match v {
        JapanView::Companies => {
            Measure { series: "newly_funded_ai_companies", year: Some(2023), keys: ["japan", "us", "china", "uk"] }
        }
        JapanView::Use => {
            Measure { series: "genai_personal_use", year: Some(2024), keys: ["japan", "us", "china", "germany"] }
        }
        JapanView::Patents => {
            Measure { series: "genai_patent_families", year: None, keys: ["japan", "us", "china", "south_korea"] }
        }
    }
}

/// The measure's figures, one per key, in key order; a key the data lacks is left out.
pub fn compared(v: JapanView) -> Vec<(&'static str, &'static Figure)> {
    let m = measure(v);
    m.keys.iter().filter_map(|k| point(m.series, k, m.year).map(|f| (*k, f))).collect()
}

/// Japan's rank among the compared countries on a measure (1 = highest), and how many were compared.
pub fn rank(v: JapanView) -> Option<(usize, usize)> {
    let c = compared(v);
    let japan = c.iter().find(|(k, _)| *k == "japan")?.1.value;
    Some((1 + c.iter().filter(|(_, f)| f.value > japan).count(), c.len()))
}

/// Every figure the dataset holds about Japan, newest first.
pub fn figures() -> Vec<&'static Figure> {
    let mut v: Vec<&'static Figure> = data().figures.iter().filter(|f| f.actors.iter().any(|a| a == "japan")).collect();
    v.sort_by_key(|f| std::cmp::Reverse(f.refers_to.sort_key()));
    v
}

/// Every event involving Japan, in the timeline's order.
pub fn events() -> Vec<&'static Event> {
    super::timeline::events(Some("japan"))
}

/// A layer and what a source says Japan holds there.
pub type Held = (&'static Layer, &'static Holding);

/// The stack layers where a source says Japan is strong or leads (first) or depends (second).
pub fn holdings() -> (Vec<Held>, Vec<Held>) {
    let all: Vec<Held> = data()
        .layers
        .iter()
        .flat_map(|l| l.holders.iter().filter(|h| h.actor == "japan").map(move |h| (l, h)))
        .collect();
    let strong = all.iter().filter(|(_, h)| matches!(h.hold, Hold::Leads | Hold::Strong)).copied().collect();
    let depends = all.iter().filter(|(_, h)| h.hold == Hold::Depends).copied().collect();
    (strong, depends)
}

/// One row of a profile's ledger: what the value is, the value, the figure it rests on (none: an assumption),
/// and the note saying why.
pub struct LedgerRow {
    pub label: String,
    pub value: f64,
    pub figure: Option<&'static str>,
    pub note: &'static str,
}

/// A profile's ledger, as the Japan chapter's simulator shows it (live and static): its five values, then its
/// strengths layer by layer.
pub fn ledger_rows(p: &'static SimProfile, lang: Lang) -> Vec<LedgerRow> {
    let values: [(Ui, &'static SimValue); 5] = [
        (Ui::SimBudget, &p.budget),
        (Ui::SimGrid, &p.grid_headroom),
        (Ui::SimTalent, &p.talent),
        (Ui::SimScale, &p.scale),
        (Ui::SimMarket, &p.market),
    ];
    let values = values.into_iter().map(|(label, v)| LedgerRow {
        label: label.get(lang).to_string(),
        value: v.value,
        figure: v.figure.as_deref(),
        note: lang.pick(&v.note),
    });
    let strengths = p.strengths.iter().map(|s| LedgerRow {
        label: Ui::JapanStrengthOf.fill(
            lang,
            &[("layer", &SimLayer::from_id(&s.layer).map(|l| story::layer_name(l, lang)).unwrap_or_default())],
        ),
        value: s.value,
        figure: s.figure.as_deref(),
        note: lang.pick(&s.note),
    });
    values.chain(strengths).collect()
}

/// How many of a profile's values rest on a figure, and how many are still assumptions.
pub fn basis_counts(p: &'static SimProfile) -> (usize, usize) {
    let rows = ledger_rows(p, Lang::En);
    let sourced = rows.iter().filter(|r| r.figure.is_some()).count();
    (sourced, rows.len() - sourced)
}

/// The Japan profile.
pub fn profile() -> Option<&'static SimProfile> {
    ledger::profile_record("japan")
}

/// The Japan profile's preset, as the chapter's embedded simulator starts it.
pub fn simulator_start() -> super::sim::state::SimState {
    super::sim::state::SimState { profile: "japan", strategy: ledger::preset("japan"), ..Default::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_measure_has_japan_the_us_and_china() {
        for v in JapanView::ALL {
            let keys: Vec<&str> = compared(*v).iter().map(|(k, _)| *k).collect();
            for k in ["japan", "us", "china"] {
                assert!(keys.contains(&k), "{v:?}: no {k} value");
            }
            let m = measure(*v);
            let units: Vec<_> = compared(*v).iter().map(|(_, f)| f.unit).collect();
            assert!(units.windows(2).all(|w| w[0] == w[1]), "{v:?}: one measure, one unit");
            assert_eq!(compared(*v).len(), m.keys.len(), "{v:?}: a key without a value");
        }
    }

    #[test]
    fn the_uk_is_compared_where_the_source_has_it() {
        assert!(compared(JapanView::Companies).iter().any(|(k, _)| *k == "uk"));
        // The MIC survey did not cover the UK: Germany stands in, and says so in its check note.
        assert!(!compared(JapanView::Use).iter().any(|(k, _)| *k == "uk"));
    }

    #[test]
    fn japan_ranks_below_the_us_on_every_measure() {
        for v in JapanView::ALL {
            let (r, n) = rank(*v).unwrap();
            assert!(r > 1 && r <= n, "{v:?}: rank {r} of {n}");
        }
    }

    #[test]
    fn japan_has_at_least_eight_figures_of_its_own_read_outside_the_articles() {
        let outside: Vec<_> = figures().into_iter().filter(|f| f.outside_articles).collect();
        assert!(outside.len() >= 8, "{} outside figures", outside.len());
        for f in outside {
            assert!(f.check.is_some(), "{}: says how it was read", f.id);
        }
    }

    #[test]
    fn the_stack_marks_where_japan_is_strong_and_where_it_depends() {
        let (strong, depends) = holdings();
        assert!(strong.iter().any(|(l, _)| l.id == "lithography"));
        assert!(strong.iter().any(|(l, _)| l.id == "governance"));
        assert!(depends.iter().any(|(l, _)| l.id == "chip_fab"));
        assert!(depends.iter().any(|(l, _)| l.id == "compute"));
    }

    #[test]
    fn the_japan_profile_takes_some_defaults_from_figures_and_names_the_rest_assumptions() {
        let p = profile().expect("japan profile");
        let (sourced, assumed) = basis_counts(p);
        assert!(sourced >= 3, "{sourced}");
        assert!(assumed >= 1);
        assert_eq!(p.budget.figure.as_deref(), Some("jp_ai_semis_framework_10t"));
        // The budget is the framework in dollars.
        let f = crate::domain::dataset::figure("jp_ai_semis_framework_10t").unwrap();
        assert!((f.usd.as_ref().unwrap().value / 1e9 - p.budget.value).abs() < 0.5);
    }
}
