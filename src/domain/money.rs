//! The money chapter's view model: which figures the chart and its table show, in what order, for a setting
//! of the money chart. Shared by the chart, the table, the CSV download and the tests, so all four agree.

use super::dataset;
use super::i18n::Lang;
use super::link::MoneyView;
use super::model::{Figure, Sector};

/// One bar of the money chart and one row of its table.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyRow {
    pub figure: &'static Figure,
    /// The country or bloc where the money goes.
    pub country: &'static str,
    /// US-dollar value, if a sourced rate allows it.
    pub usd: Option<f64>,
    /// 0 for a pledge, 1 for a component of the row above ("of which").
    pub depth: u8,
}

impl MoneyRow {
    pub fn label(&self, lang: Lang) -> &'static str {
        let f = self.figure;
        f.label.as_ref().map(|l| lang.pick(l)).unwrap_or_else(|| lang.pick(&f.claim))
    }
}

fn passes(f: &Figure, view: &MoneyView) -> bool {
    let Some(m) = &f.money else { return false };
    view.shows_country(&m.country)
        && view.sector.is_none_or(|s| s == m.sector || m.sector == Sector::Mixed)
        && view.purpose.is_none_or(|p| p == m.purpose)
}

/// The pledges the money chart shows for `view`: largest first, each followed by its components.
/// A component whose total is filtered out stands on its own.
pub fn rows(view: &MoneyView) -> Vec<MoneyRow> {
    let pledges: Vec<&'static Figure> =
        dataset::data().figures.iter().filter(|f| f.money.as_ref().is_some_and(|m| m.pledge)).collect();
    let shown: Vec<&'static Figure> = pledges.iter().copied().filter(|f| passes(f, view)).collect();
    fn parent_of(f: &Figure) -> Option<&str> {
        f.money.as_ref().and_then(|m| m.part_of.as_deref())
    }
    let usd = |f: &Figure| f.usd.as_ref().map(|u| u.value);
    let mut tops: Vec<&'static Figure> =
        shown.iter().copied().filter(|f| parent_of(f).is_none_or(|p| !shown.iter().any(|g| g.id == p))).collect();
    tops.sort_by(|a, b| usd(b).unwrap_or(0.0).total_cmp(&usd(a).unwrap_or(0.0)));
    let mut out = Vec::new();
    for top in tops {
        let row = |f: &'static Figure, depth| MoneyRow {
            figure: f,
            country: f.money.as_ref().map(|m| &*m.country).unwrap_or(""),
            usd: usd(f),
            depth,
        };
        out.push(row(top, 0));
        let mut parts: Vec<_> = shown.iter().copied().filter(|f| parent_of(f) == Some(&top.id)).collect();
        parts.sort_by(|a, b| usd(b).unwrap_or(0.0).total_cmp(&usd(a).unwrap_or(0.0)));
        out.extend(parts.into_iter().map(|f| row(f, 1)));
    }
    out
}

/// Sum of the shown pledges in US dollars, counting no component twice.
pub fn total_usd(rows: &[MoneyRow]) -> f64 {
    rows.iter().filter(|r| r.depth == 0).filter_map(|r| r.usd).sum()
}

/// Money figures that give context to the chart but are not pledges (plans, spending totals).
pub fn context_figures() -> impl Iterator<Item = &'static Figure> {
    dataset::data().figures.iter().filter(|f| f.money.as_ref().is_some_and(|m| !m.pledge))
}

/// The rows that have a US-dollar value, as the money chart's bars (the canvas and the prerendered SVG draw these).
pub fn bars(rows: &[MoneyRow], lang: Lang) -> Vec<crate::charts::money::Bar> {
    rows.iter()
        .filter_map(|r| {
            let usd = r.usd?;
            Some(crate::charts::money::Bar {
                label: r.label(lang).to_string(),
                actor: r.country.to_string(),
                usd,
                value_label: super::format::axis_usd(usd, lang),
                depth: r.depth,
            })
        })
        .collect()
}
