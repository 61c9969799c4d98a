//! Reading the dataset's series: a figure by series, key and year; the keys and years a series has.

use super::dataset::data;
use super::model::Figure;

/// The figure of `series` for `key` (an actor id or label key) in `year` (any year if `None`; the latest first).
pub fn point(series: &str, key: &str, year: Option<u16>) -> Option<&'static Figure> {
    let mut found: Vec<&'static Figure> = data()
        .figures
        .iter()
        .filter(|f| f.series.as_ref().is_some_and(|s| s.series == series && s.key == key))
        .filter(|f| year.is_none_or(|y| f.refers_to.year == y))
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.refers_to.sort_key()));
    found.first().copied()
}

/// The keys of a series, in file order.
pub fn keys(series: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in data().figures.iter() {
        if let Some(s) = f.series.as_ref().filter(|s| s.series == series) {
            if !out.contains(&&*s.key) {
                out.push(&s.key);
            }
        }
    }
    out
}

/// Every figure of a series for one key, oldest first.
pub fn history(series: &str, key: &str) -> Vec<&'static Figure> {
    let mut v: Vec<&'static Figure> = data()
        .figures
        .iter()
        .filter(|f| f.series.as_ref().is_some_and(|s| s.series == series && s.key == key))
        .collect();
    v.sort_by_key(|f| f.refers_to.sort_key());
    v
}

/// A label for a series key: the actor's name, or the figure's label.
pub fn key_label(key: &str, f: Option<&Figure>, lang: super::i18n::Lang) -> String {
    if let Some(a) = super::dataset::actor(key) {
        return lang.pick(&a.name).to_string();
    }
    f.and_then(|f| f.label.as_ref()).map(|l| lang.pick(l).to_string()).unwrap_or_else(|| key.to_string())
}

/// A figure's value as charted: US dollars for money, else the value itself.
pub fn charted(f: &Figure) -> f64 {
    f.usd.as_ref().map(|u| u.value).unwrap_or(f.value)
}
