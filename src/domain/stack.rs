//! Chapter 8's stack map and case studies as both the app and the prerender show them: how each kind of holding is
//! labelled, marked and styled, the layers' names, and which simulator profile a case study loads.

use super::dataset;
use super::i18n::{Lang, Ui};
use super::model::Hold;
use super::sim::ledger;

/// The kinds of holding in the legend's order, strongest first.
pub const HOLDS: [Hold; 4] = [Hold::Leads, Hold::Strong, Hold::Partners, Hold::Depends];

pub fn hold_label(h: Hold) -> Ui {
    match h {
        Hold::Leads => Ui::HoldLeads,
        Hold::Strong => Ui::HoldStrong,
        Hold::Partners => Ui::HoldPartners,
        Hold::Depends => Ui::HoldDepends,
    }
}

/// A symbol for each kind of holding, so the map reads without colour.
pub fn hold_symbol(h: Hold) -> &'static str {
    match h {
        Hold::Leads => "●",
        Hold::Strong => "◑",
        Hold::Partners => "⇄",
        Hold::Depends => "○",
    }
}

pub fn hold_class(h: Hold) -> &'static str {
    match h {
        Hold::Leads => "hold-leads",
        Hold::Strong => "hold-strong",
        Hold::Partners => "hold-partners",
        Hold::Depends => "hold-depends",
    }
}

/// A stack layer's name by its record id (empty if there is none).
pub fn layer_name(id: &str, lang: Lang) -> String {
    dataset::data().layers.iter().find(|l| l.id == id).map(|l| lang.pick(&l.name).to_string()).unwrap_or_default()
}

/// The simulator profile a case study's "try it" loads, if it has one.
pub fn case_profile(case_study: &str) -> Option<&'static str> {
    ledger::profiles().iter().find(|p| p.case_study.as_deref() == Some(case_study)).map(|p| &*p.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_holding_and_chip_names_a_layer_and_symbols_differ() {
        let d = dataset::data();
        for c in d.case_studies.iter() {
            for l in c.specializes.iter().chain(c.partners_for.iter()) {
                assert!(!layer_name(l, Lang::En).is_empty(), "{}: {l}", c.id);
            }
        }
        let symbols: std::collections::HashSet<_> = HOLDS.into_iter().map(hold_symbol).collect();
        assert_eq!(symbols.len(), HOLDS.len());
        assert!(d.case_studies.iter().any(|c| case_profile(&c.id).is_some()));
        assert_eq!(case_profile("no_such_case"), None);
    }
}
