//! The two comparison tables' contents: "Two strategies" (`content/compare.toml`, each cell resolved to the sourced
//! record it names) and "Three offers to the world" (the programmes that are offers, row by row). Shown by
//! `ui::chapters::strategies` / `offers` (each statement with a button opening its source card) and, statically,
//! by `prerender::widgets` (each with a `[n]` link to its source).

use super::content::Cell;
use super::dataset::{self, data};
use super::format;
use super::i18n::{Lang, Ui};
use super::model::{Event, Figure, L10n, Point, Programme, Quote};

/// A cell of the strategies table, resolved.
#[derive(Clone, Copy, Debug)]
pub enum CompareCell {
    /// A point under a name (a programme's part, a stack layer's holding, an offer's term): the name first, since
    /// a point means little without it.
    Named {
        name: &'static L10n,
        point: &'static Point,
    },
    Quote(&'static Quote),
    Figure(&'static Figure),
    Event(&'static Event),
}

impl CompareCell {
    /// The record a cell names, or None if the data has no such record.
    pub fn of(c: &'static Cell) -> Option<CompareCell> {
        let d = data();
        match c {
            Cell::Part { programme, index } => {
                let p = d.programmes.iter().find(|p| p.id == *programme)?;
                p.parts.get(*index as usize).map(|point| CompareCell::Named { name: &p.name, point })
            }
            Cell::Quote(id) => d.quotes.iter().find(|q| q.id == *id).map(CompareCell::Quote),
            Cell::Figure(id) => dataset::figure(id).map(CompareCell::Figure),
            Cell::Event(id) => dataset::event(id).map(CompareCell::Event),
            Cell::Holding { layer, index } => {
                let l = d.layers.iter().find(|l| l.id == *layer)?;
                l.holders.get(*index as usize).map(|h| CompareCell::Named { name: &l.name, point: &h.point })
            }
            Cell::Term { programme, role, index } => {
                let p = d.programmes.iter().find(|p| p.id == *programme)?;
                let o = p.offer.as_ref()?;
                let terms = match &**role {
                    "gets" => &o.gets,
                    "gives" => &o.gives,
                    _ => &o.depends_on,
                };
                terms.get(*index as usize).map(|point| CompareCell::Named { name: &p.name, point })
            }
        }
    }

    /// The sourced statement's text (for a quote: who said it; the words are `quote_text`).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            CompareCell::Named { point, .. } => lang.pick(&point.text).to_string(),
            CompareCell::Quote(q) => dataset::actor_name(&q.speaker, lang),
            CompareCell::Figure(f) => format!("{}: {}", lang.pick(&f.claim), format::value_text(f, lang)),
            CompareCell::Event(e) => format!("{} ({})", lang.pick(&e.title), format::date(e.date, lang)),
        }
    }

    /// The source the statement rests on.
    pub fn source(&self) -> &'static str {
        match self {
            CompareCell::Named { point, .. } => &point.source,
            CompareCell::Quote(q) => &q.source,
            CompareCell::Figure(f) => &f.source,
            CompareCell::Event(e) => &e.source,
        }
    }
}

/// A quote's words as the table shows them, in quotation marks.
pub fn quote_text(q: &Quote, lang: Lang) -> String {
    format!("“{}”", lang.pick(&q.text))
}

/// The programmes that are offers to other countries, in the dataset's order: the offers table's columns.
pub fn offers() -> Vec<&'static Programme> {
    data().programmes.iter().filter(|p| p.offer.is_some()).collect()
}

/// A row of the offers table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OfferRow {
    Who,
    What,
    Gets,
    Gives,
    Depends,
}

impl OfferRow {
    pub const ALL: [OfferRow; 5] = [OfferRow::Who, OfferRow::What, OfferRow::Gets, OfferRow::Gives, OfferRow::Depends];

    pub fn label(self) -> Ui {
        match self {
            OfferRow::Who => Ui::OffersWho,
            OfferRow::What => Ui::OffersWhat,
            OfferRow::Gets => Ui::OffersGets,
            OfferRow::Gives => Ui::OffersGives,
            OfferRow::Depends => Ui::OffersDepends,
        }
    }

    /// The offer's sourced terms in this row (None for the rows that are not terms).
    pub fn terms(self, p: &'static Programme) -> Option<&'static [Point]> {
        let o = p.offer.as_ref()?;
        match self {
            OfferRow::Who | OfferRow::What => None,
            OfferRow::Gets => Some(&*o.gets),
            OfferRow::Gives => Some(&*o.gives),
            OfferRow::Depends => Some(&*o.depends_on),
        }
    }
}

/// Who makes an offer and when ("United States · 23 July 2025").
pub fn offer_who(p: &Programme, lang: Lang) -> String {
    let owners = p.owners.iter().map(|o| dataset::actor_name(o, lang)).collect::<Vec<_>>().join(", ");
    match p.date {
        Some(d) => format!("{owners} · {}", format::date(d, lang)),
        None => owners,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_of_the_strategies_table_names_a_sourced_record() {
        for r in dataset::compare_rows() {
            for c in r.us.iter().chain(r.china.iter()) {
                let cell = CompareCell::of(c).unwrap_or_else(|| panic!("{c:?} names no record"));
                assert!(dataset::source(cell.source()).is_some(), "{c:?}");
                assert!(!cell.text(Lang::En).is_empty());
            }
        }
        assert!(!offers().is_empty());
    }
}
