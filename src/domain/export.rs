//! The dataset as CSV tables (and, natively, JSON) for readers who want the raw data.
//!
//! The same functions serve the `export` command and the app's download buttons. CSV follows RFC 4180:
//! fields with a comma, quote or line break are quoted and quotes doubled; lines end with CRLF; UTF-8 with a
//! byte-order mark so spreadsheet programs read the Japanese text correctly.

use super::model::*;

/// One CSV table: a header row and data rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Column names as owned strings.
pub fn cols(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// Quotes one field if it needs it.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

impl Table {
    pub fn to_csv(&self) -> String {
        let mut out = String::from("\u{feff}");
        let line = |cells: &mut dyn Iterator<Item = String>| cells.collect::<Vec<_>>().join(",") + "\r\n";
        out.push_str(&line(&mut self.header.iter().map(|h| csv_field(h))));
        for r in &self.rows {
            out.push_str(&line(&mut r.iter().map(|c| csv_field(c))));
        }
        out
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

fn list(v: &[Str]) -> String {
    v.join(";")
}

/// Plain decimal without exponent, so spreadsheets read it as a number.
/// An enum's value as the JSON export and the data dictionary spell it (serde's `snake_case`):
/// `PercentagePoints` → `percentage_points`. Not `to_lowercase`, which wrote `percentagepoints`.
pub fn key(v: &impl std::fmt::Debug) -> String {
    let debug = format!("{v:?}");
    let mut out = String::with_capacity(debug.len() + 4);
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

pub fn num(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e21 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.10}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn status(s: Status) -> String {
    s.key().to_string()
}

pub fn figures_table(d: &Dataset) -> Table {
    let header = cols(&[
        "id",
        "source",
        "excerpt",
        "claim_ja",
        "claim_en",
        "value",
        "unit",
        "currency",
        "usd_value",
        "usd_rate",
        "usd_per_unit",
        "rate_date",
        "refers_to",
        "status",
        "check_ja",
        "check_en",
        "primary_source",
        "outside_articles",
        "money_country",
        "money_sector",
        "money_purpose",
        "money_pledge",
        "money_part_of",
        "series",
        "series_key",
        "conflicts_with",
        "actors",
    ]);
    let rows = d
        .figures
        .iter()
        .map(|f| {
            let rate = f.usd.as_ref().and_then(|u| d.rates.iter().find(|r| r.id == u.rate));
            let m = f.money.as_ref();
            vec![
                f.id.to_string(),
                f.source.to_string(),
                f.excerpt.to_string(),
                f.claim.ja.to_string(),
                f.claim.en.to_string(),
                num(f.value),
                key(&f.unit),
                f.currency.map(|c| c.code().to_string()).unwrap_or_default(),
                f.usd.as_ref().map(|u| num(u.value)).unwrap_or_default(),
                f.usd.as_ref().map(|u| u.rate.to_string()).unwrap_or_default(),
                rate.map(|r| num(r.usd_per_unit)).unwrap_or_default(),
                rate.map(|r| r.date.to_string()).unwrap_or_default(),
                f.refers_to.to_string(),
                status(f.status),
                f.check.as_ref().map(|c| c.ja.to_string()).unwrap_or_default(),
                f.check.as_ref().map(|c| c.en.to_string()).unwrap_or_default(),
                opt(&f.primary),
                f.outside_articles.to_string(),
                m.map(|m| m.country.to_string()).unwrap_or_default(),
                m.map(|m| key(&m.sector)).unwrap_or_default(),
                m.map(|m| key(&m.purpose)).unwrap_or_default(),
                m.map(|m| m.pledge.to_string()).unwrap_or_default(),
                m.and_then(|m| m.part_of.as_ref()).map(|p| p.to_string()).unwrap_or_default(),
                f.series.as_ref().map(|s| s.series.to_string()).unwrap_or_default(),
                f.series.as_ref().map(|s| s.key.to_string()).unwrap_or_default(),
                f.conflicts.iter().map(|c| format!("{}:{}", c.with, c.disagreement)).collect::<Vec<_>>().join(";"),
                list(&f.actors),
            ]
        })
        .collect();
    Table { name: "figures", header, rows }
}

pub fn sources_table(d: &Dataset) -> Table {
    let header = cols(&[
        "id",
        "kind",
        "publisher",
        "title",
        "title_ja",
        "title_en",
        "author",
        "date",
        "language",
        "url",
        "url_unchecked",
        "note_ja",
        "note_en",
    ]);
    let rows = d
        .sources
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                key(&s.kind),
                s.publisher.to_string(),
                s.title.to_string(),
                s.title_l10n.ja.to_string(),
                s.title_l10n.en.to_string(),
                opt(&s.author),
                s.date.to_string(),
                s.language.to_string(),
                opt(&s.url),
                s.url_unchecked.to_string(),
                s.note.as_ref().map(|n| n.ja.to_string()).unwrap_or_default(),
                s.note.as_ref().map(|n| n.en.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    Table { name: "sources", header, rows }
}

pub fn rates_table(d: &Dataset) -> Table {
    let header =
        cols(&["id", "currency", "usd_per_unit", "date", "source", "derivation_ja", "derivation_en", "status"]);
    let rows = d
        .rates
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.currency.code().to_string(),
                num(r.usd_per_unit),
                r.date.to_string(),
                r.source.to_string(),
                r.derivation.ja.to_string(),
                r.derivation.en.to_string(),
                status(r.status),
            ]
        })
        .collect();
    Table { name: "rates", header, rows }
}

pub fn disagreements_table(d: &Dataset) -> Table {
    let header = cols(&["id", "figures", "why_ja", "why_en"]);
    let rows = d
        .disagreements
        .iter()
        .map(|x| vec![x.id.to_string(), list(&x.figures), x.why.ja.to_string(), x.why.en.to_string()])
        .collect();
    Table { name: "disagreements", header, rows }
}

pub fn series_table(d: &Dataset) -> Table {
    let header = cols(&["id", "title_ja", "title_en", "unit", "caveat_ja", "caveat_en"]);
    let rows = d
        .series
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.title.ja.to_string(),
                s.title.en.to_string(),
                key(&s.unit),
                s.caveat.ja.to_string(),
                s.caveat.en.to_string(),
            ]
        })
        .collect();
    Table { name: "series", header, rows }
}

pub fn actors_table(d: &Dataset) -> Table {
    let header = cols(&["id", "kind", "name_ja", "name_en", "role_ja", "role_en", "country", "source"]);
    let rows = d
        .actors
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                key(&a.kind),
                a.name.ja.to_string(),
                a.name.en.to_string(),
                a.role.as_ref().map(|r| r.ja.to_string()).unwrap_or_default(),
                a.role.as_ref().map(|r| r.en.to_string()).unwrap_or_default(),
                opt(&a.country),
                a.source.to_string(),
            ]
        })
        .collect();
    Table { name: "actors", header, rows }
}

pub fn events_table(d: &Dataset) -> Table {
    let header = cols(&[
        "id",
        "date",
        "title_ja",
        "title_en",
        "summary_ja",
        "summary_en",
        "actors",
        "source",
        "excerpt",
        "status",
        "check_ja",
        "check_en",
        "figures",
    ]);
    let rows = d
        .events
        .iter()
        .map(|e| {
            vec![
                e.id.to_string(),
                e.date.to_string(),
                e.title.ja.to_string(),
                e.title.en.to_string(),
                e.summary.ja.to_string(),
                e.summary.en.to_string(),
                list(&e.actors),
                e.source.to_string(),
                e.excerpt.to_string(),
                status(e.status),
                e.check.as_ref().map(|c| c.ja.to_string()).unwrap_or_default(),
                e.check.as_ref().map(|c| c.en.to_string()).unwrap_or_default(),
                list(&e.figures),
            ]
        })
        .collect();
    Table { name: "events", header, rows }
}

pub fn quotes_table(d: &Dataset) -> Table {
    let header =
        cols(&["id", "speaker", "original", "text_ja", "text_en", "date", "event", "source", "status", "check_en"]);
    let rows = d
        .quotes
        .iter()
        .map(|q| {
            vec![
                q.id.to_string(),
                q.speaker.to_string(),
                q.original.to_string(),
                q.text.ja.to_string(),
                q.text.en.to_string(),
                q.date.to_string(),
                opt(&q.event),
                q.source.to_string(),
                status(q.status),
                q.check.as_ref().map(|c| c.en.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    Table { name: "quotes", header, rows }
}

pub fn programmes_table(d: &Dataset) -> Table {
    let header = cols(&[
        "id",
        "kind",
        "name_ja",
        "name_en",
        "owners",
        "date",
        "summary_ja",
        "summary_en",
        "source",
        "status",
        "check_en",
    ]);
    let rows = d
        .programmes
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                key(&p.kind),
                p.name.ja.to_string(),
                p.name.en.to_string(),
                list(&p.owners),
                opt(&p.date),
                p.summary.ja.to_string(),
                p.summary.en.to_string(),
                p.source.to_string(),
                status(p.status),
                p.check.as_ref().map(|c| c.en.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    Table { name: "programmes", header, rows }
}

/// Every sourced point (programme parts, offer terms, stack holdings, case-study points) in one table.
pub fn points_table(d: &Dataset) -> Table {
    let header =
        cols(&["owner_kind", "owner_id", "role", "actor", "text_ja", "text_en", "source", "excerpt", "figures"]);
    let mut rows = Vec::new();
    let mut push = |kind: &str, id: &str, role: &str, actor: &str, p: &Point| {
        rows.push(vec![
            kind.to_string(),
            id.to_string(),
            role.to_string(),
            actor.to_string(),
            p.text.ja.to_string(),
            p.text.en.to_string(),
            p.source.to_string(),
            p.excerpt.to_string(),
            list(&p.figures),
        ]);
    };
    for p in d.programmes.iter() {
        for pt in p.parts.iter() {
            push("programme", &p.id, "part", "", pt);
        }
        if let Some(o) = &p.offer {
            for (role, pts) in [("gets", &o.gets), ("gives", &o.gives), ("depends_on", &o.depends_on)] {
                for pt in pts.iter() {
                    push("programme", &p.id, role, "", pt);
                }
            }
        }
    }
    for l in d.layers.iter() {
        for h in l.holders.iter() {
            push("layer", &l.id, &key(&h.hold), &h.actor, &h.point);
        }
    }
    for c in d.case_studies.iter() {
        for pt in c.points.iter() {
            push("case_study", &c.id, "point", &c.country, pt);
        }
    }
    Table { name: "points", header, rows }
}

pub fn layers_table(d: &Dataset) -> Table {
    let header = cols(&["id", "name_ja", "name_en", "description_ja", "description_en"]);
    let rows = d
        .layers
        .iter()
        .map(|l| {
            vec![
                l.id.to_string(),
                l.name.ja.to_string(),
                l.name.en.to_string(),
                l.description.ja.to_string(),
                l.description.en.to_string(),
            ]
        })
        .collect();
    Table { name: "layers", header, rows }
}

pub fn case_studies_table(d: &Dataset) -> Table {
    let header = cols(&["id", "country", "lesson_ja", "lesson_en", "specializes", "partners_for"]);
    let rows = d
        .case_studies
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.country.to_string(),
                c.lesson.ja.to_string(),
                c.lesson.en.to_string(),
                list(&c.specializes),
                list(&c.partners_for),
            ]
        })
        .collect();
    Table { name: "case_studies", header, rows }
}

pub fn recommendations_table(d: &Dataset) -> Table {
    let header = cols(&["id", "order", "title_ja", "title_en", "summary_ja", "summary_en", "source", "excerpt"]);
    let rows = d
        .recommendations
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.order.to_string(),
                r.title.ja.to_string(),
                r.title.en.to_string(),
                r.summary.ja.to_string(),
                r.summary.en.to_string(),
                r.source.to_string(),
                r.excerpt.to_string(),
            ]
        })
        .collect();
    Table { name: "recommendations", header, rows }
}

/// The public corrections log: one row per entry, its records and chapters joined with `;`.
pub fn corrections_table(d: &Dataset) -> Table {
    let header = cols(&["id", "date", "kept", "records", "chapters", "what_ja", "what_en", "why_ja", "why_en"]);
    let rows = d
        .corrections
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.date.to_string(),
                c.kept.to_string(),
                list(&c.records),
                list(&c.chapters),
                c.what.ja.to_string(),
                c.what.en.to_string(),
                c.why.ja.to_string(),
                c.why.en.to_string(),
            ]
        })
        .collect();
    Table { name: "corrections", header, rows }
}

/// Every table of the dataset.
pub fn all_tables(d: &Dataset) -> Vec<Table> {
    vec![
        figures_table(d),
        sources_table(d),
        rates_table(d),
        disagreements_table(d),
        series_table(d),
        actors_table(d),
        events_table(d),
        quotes_table(d),
        programmes_table(d),
        points_table(d),
        layers_table(d),
        case_studies_table(d),
        recommendations_table(d),
        corrections_table(d),
    ]
}

/// The whole dataset as pretty JSON (native only; the browser uses `JSON.stringify` on the same serde value).
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json(d: &Dataset) -> String {
    serde_json::to_string_pretty(d).expect("the dataset serializes")
}

#[cfg(test)]
mod tests {

    #[test]
    fn csv_enum_values_are_spelled_as_in_the_json() {
        let d = crate::domain::dataset::data();
        for f in d.figures.iter() {
            assert_eq!(key(&f.unit), json(&f.unit), "{}", f.id);
            if let Some(m) = &f.money {
                assert_eq!(key(&m.sector), json(&m.sector));
                assert_eq!(key(&m.purpose), json(&m.purpose));
            }
        }
        for s in d.sources.iter() {
            assert_eq!(key(&s.kind), json(&s.kind), "{}", s.id);
        }
        for a in d.actors.iter() {
            assert_eq!(key(&a.kind), json(&a.kind), "{}", a.id);
        }
        assert_eq!(key(&crate::domain::model::Unit::PercentagePoints), "percentage_points");
        let csv = figures_table(d).to_csv() + &sources_table(d).to_csv();
        for wrong in ["percentagepoints", "terawatthour"] {
            assert!(!csv.contains(wrong), "{wrong}");
        }
    }

    /// A unit variant as serde writes it in the JSON export.
    fn json<T: serde::Serialize>(v: &T) -> String {
        serde_json::to_value(v).unwrap().as_str().unwrap().to_string()
    }

    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("日本語、読点"), "日本語、読点");
    }

    #[test]
    fn the_corrections_log_is_a_table_and_part_of_the_json() {
        let d = crate::domain::dataset::data();
        let t = all_tables(d).into_iter().find(|t| t.name == "corrections").expect("a corrections table");
        assert_eq!(t.rows.len(), d.corrections.len());
        assert!(t.rows.iter().any(|r| r[0] == "tpd_non_deal_items" && r[1] == "2026-12-01"));
        #[cfg(not(target_arch = "wasm32"))]
        {
            let json: serde_json::Value = serde_json::from_str(&to_json(d)).unwrap();
            let log = json["corrections"].as_array().expect("corrections in the JSON");
            assert_eq!(log.len(), d.corrections.len());
            assert!(log[0]["what"]["ja"].as_str().is_some_and(|s| !s.is_empty()));
        }
    }

    #[test]
    fn numbers_without_exponents() {
        assert_eq!(num(1.3e12), "1300000000000");
        assert_eq!(num(0.13653), "0.13653");
        assert_eq!(num(62.0), "62");
    }
}
