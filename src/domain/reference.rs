//! Chapter 10's reference widgets as both the app and the prerender show them: the figures index's rows at a
//! filter, what each status means and how many figures have it, a rate's conversion, the version line.

use super::dataset;
use super::format;
use super::i18n::{Lang, Ui};
use super::model::{Figure, Rate, Status};

/// The figures index's rows: every figure with `status` (all if None) whose claim or id contains `query`
/// (case-insensitive in English), in file order.
pub fn index_rows(status: Option<Status>, query: &str) -> Vec<&'static Figure> {
    let q = query.to_lowercase();
    dataset::data()
        .figures
        .iter()
        .filter(|f| status.is_none_or(|s| f.status == s))
        .filter(|f| {
            q.is_empty() || f.claim.en.to_lowercase().contains(&q) || f.claim.ja.contains(&q) || f.id.contains(&q)
        })
        .collect()
}

/// What a status means, for the method's list.
pub fn status_help(s: Status) -> Ui {
    match s {
        Status::AsReported => Ui::StatusHelpAsReported,
        Status::Verified => Ui::StatusHelpVerified,
        Status::Refined => Ui::StatusHelpRefined,
        Status::Contradicted => Ui::StatusHelpContradicted,
        Status::Unverified => Ui::StatusHelpUnverified,
    }
}

/// How many figures have `status`.
pub fn status_count(s: Status) -> usize {
    dataset::data().figures.iter().filter(|f| f.status == s).count()
}

/// "1 JPY = $0.006700"
pub fn rate_text(r: &Rate) -> String {
    format!("1 {} = ${}", r.currency.code(), format::decimal(r.usd_per_unit, 6))
}

/// The method's last line: the app's and the data's versions, the date the data was checked, and the counts.
pub fn version_text(lang: Lang) -> String {
    let d = dataset::data();
    Ui::MethodVersionText.fill(
        lang,
        &[
            ("app", env!("CARGO_PKG_VERSION")),
            ("data", &d.version),
            ("date", &format::date(d.checked, lang)),
            ("figures", &d.figures.len().to_string()),
            ("sources", &d.sources.len().to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unfiltered_index_is_every_figure_and_filters_narrow_it() {
        let d = dataset::data();
        assert_eq!(index_rows(None, "").len(), d.figures.len());
        let counted: usize = Status::ALL.into_iter().map(status_count).sum();
        assert_eq!(counted, d.figures.len());
        for s in Status::ALL {
            assert_eq!(index_rows(Some(s), "").len(), status_count(s));
        }
        let first = &d.figures[0];
        assert!(index_rows(None, &first.id.to_uppercase()).iter().any(|f| f.id == first.id));
        assert!(index_rows(None, "no such figure anywhere").is_empty());
    }
}
