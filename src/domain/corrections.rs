//! The public corrections log (`data/corrections.toml`) as the app reads it: which entries touch a record, what
//! a `kind:id` reference is called in the reading language, and the DOM ids that link a card to its entry.

use super::dataset;
use super::i18n::Lang;
use super::model::{Correction, Dataset};

/// The log's entries that name this record (`kind` as in the log: `figure`, `event`, `programme` …), oldest first.
pub fn touching<'a>(d: &'a Dataset, kind: &str, id: &str) -> Vec<&'a Correction> {
    d.corrections.iter().filter(|c| c.touches(kind, id)).collect()
}

/// The log as chapter 10 shows it: newest date first, and within a date in file order (corrections before the
/// points kept as they were, as the file lists them).
pub fn newest_first(d: &Dataset) -> Vec<&Correction> {
    let mut v: Vec<&Correction> = d.corrections.iter().collect();
    v.sort_by_key(|c| std::cmp::Reverse(c.date.sort_key()));
    v
}

/// The DOM id of an entry in chapter 10's log, so a source card can link straight to it.
pub fn anchor(id: &str) -> String {
    format!("correction-{id}")
}

/// The link a card gives for an entry: the log widget in the sources chapter (the entry's own id is its target).
pub fn href(lang: Lang) -> String {
    format!("#/{}/sources/corrections-log", lang.code())
}

/// What a `kind:id` reference is called in the reading language: a figure's claim, an event's title, a
/// programme's or actor's name, a source's title, a case study's country. Unknown references fall back to the id.
pub fn record_label(d: &Dataset, reference: &str, lang: Lang) -> String {
    let Some((kind, id)) = reference.split_once(':') else { return reference.to_string() };
    let name = match kind {
        "figure" => d.figures.iter().find(|x| x.id == id).map(|x| lang.pick(&x.claim).to_string()),
        "event" => d.events.iter().find(|x| x.id == id).map(|x| lang.pick(&x.title).to_string()),
        "programme" => d.programmes.iter().find(|x| x.id == id).map(|x| lang.pick(&x.name).to_string()),
        "actor" => d.actors.iter().find(|x| x.id == id).map(|x| lang.pick(&x.name).to_string()),
        "source" => d.sources.iter().find(|x| x.id == id).map(|x| lang.pick(&x.title_l10n).to_string()),
        "layer" => d.layers.iter().find(|x| x.id == id).map(|x| lang.pick(&x.name).to_string()),
        "case_study" => d
            .case_studies
            .iter()
            .find(|x| x.id == id)
            .and_then(|c| d.actors.iter().find(|a| a.id == c.country))
            .map(|a| lang.pick(&a.name).to_string()),
        "sim_param" => d.sim_params.iter().find(|x| x.id == id).map(|x| lang.pick(&x.name).to_string()),
        "sim_profile" => d.sim_profiles.iter().find(|x| x.id == id).map(|x| lang.pick(&x.name).to_string()),
        "disagreement" | "series" | "rate" | "quote" | "recommendation" => None,
        _ => None,
    };
    name.unwrap_or_else(|| id.to_string())
}

/// A chapter slug's title in the reading language (the timeline and teachers appendices keep their slug).
pub fn chapter_label(slug: &str, lang: Lang) -> String {
    dataset::chapter(slug).map(|c| lang.pick(&c.title).to_string()).unwrap_or_else(|| slug.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::data;
    use crate::domain::validate::record_exists;

    #[test]
    fn the_log_is_not_empty_and_every_entry_names_something_real() {
        let d = data();
        assert!(d.corrections.len() >= 10, "{} entries", d.corrections.len());
        for c in d.corrections.iter() {
            for r in c.records.iter() {
                assert!(record_exists(d, r), "{}: {r}", c.id);
            }
        }
    }

    #[test]
    fn newest_date_first_then_file_order() {
        let d = data();
        let v = newest_first(d);
        assert_eq!(v.len(), d.corrections.len());
        assert!(v.windows(2).all(|w| w[0].date >= w[1].date));
        let same_day: Vec<&str> = v.iter().filter(|c| c.date == v[0].date).map(|c| &*c.id).collect();
        let in_file: Vec<&str> = d.corrections.iter().filter(|c| c.date == v[0].date).map(|c| &*c.id).collect();
        assert_eq!(same_day, in_file);
    }

    #[test]
    fn a_corrected_figure_finds_its_entry() {
        let d = data();
        let hits = touching(d, "figure", "coreweave_pa_6b");
        assert!(hits.iter().any(|c| c.id == "bounds_from_sources"), "{hits:?}");
        assert!(touching(d, "figure", "no_such_figure").is_empty());
        // A figure id is not an event id.
        assert!(touching(d, "event", "coreweave_pa_6b").is_empty());
    }

    #[test]
    fn references_have_names_in_both_languages() {
        let d = data();
        let en = record_label(d, "programme:tech_prosperity_deal", Lang::En);
        let ja = record_label(d, "programme:tech_prosperity_deal", Lang::Ja);
        assert!(en.contains("Technology Prosperity Deal"), "{en}");
        assert!(ja.contains("テクノロジー繁栄協定"), "{ja}");
        assert_eq!(record_label(d, "case_study:china", Lang::En), "China");
        assert_eq!(record_label(d, "nonsense", Lang::En), "nonsense");
        assert_eq!(anchor("tpd_non_deal_items"), "correction-tpd_non_deal_items");
        assert_eq!(href(Lang::Ja), "#/ja/sources/corrections-log");
        assert_eq!(chapter_label("money", Lang::En), "The money");
    }
}
