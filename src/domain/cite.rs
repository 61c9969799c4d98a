//! How to cite the explainer, a chapter, or the exact view a reader saw: plain text (APA-like) and BibTeX.

use super::dataset;
use super::format;
use super::i18n::{Lang, Ui};
use super::model::Date;

#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// The chapter's title, when citing a chapter or a view inside one.
    pub chapter: Option<String>,
    /// The full link to what is cited.
    pub link: String,
    pub version: String,
    pub data_version: String,
    pub checked: Date,
    /// The day the reader accessed it; None where it cannot be known (the prerendered page, read without
    /// JavaScript), shown as a blank to fill in.
    pub accessed: Option<Date>,
    pub lang: Lang,
}

impl Citation {
    /// A citation of this explainer (its app and data versions, the date the data was checked): of a chapter
    /// when `chapter` names its title, found at `link`.
    pub fn new(chapter: Option<String>, link: String, accessed: Option<Date>, lang: Lang) -> Citation {
        let d = dataset::data();
        Citation {
            chapter,
            link,
            version: env!("CARGO_PKG_VERSION").into(),
            data_version: d.version.to_string(),
            checked: d.checked,
            accessed,
            lang,
        }
    }

    fn accessed_text(&self, date: impl Fn(Date) -> String) -> String {
        self.accessed.map(date).unwrap_or_else(|| Ui::CiteAccessedBlank.get(self.lang).to_string())
    }
}

/// "Contributors. (Year). Title: Chapter [Interactive explainer, version …]. Retrieved …, from link"
pub fn plain(c: &Citation) -> String {
    let l = c.lang;
    let title = Ui::AppTitle.get(l);
    let chapter = c.chapter.as_ref().map(|ch| format!(": {ch}")).unwrap_or_default();
    Ui::CiteApa.fill(
        l,
        &[
            ("author", Ui::CiteAuthor.get(l)),
            ("year", &c.checked.year.to_string()),
            ("title", &format!("{title}{chapter}")),
            ("version", &c.version),
            ("data", &c.data_version),
            ("checked", &format::date(c.checked, l)),
            ("accessed", &c.accessed_text(|d| format::date(d, l))),
            ("link", &c.link),
        ],
    )
}

/// Escapes text for a BibTeX field (braces are used for grouping, so they are dropped from user text).
pub fn bib_escape(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' => {}
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(ch);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

pub fn bibtex(c: &Citation) -> String {
    let l = c.lang;
    let title = match &c.chapter {
        Some(ch) => format!("{}: {}", Ui::AppTitle.get(l), ch),
        None => Ui::AppTitle.get(l).to_string(),
    };
    let key = format!("sovereignAiExplainer{}{}", c.checked.year, c.chapter.as_ref().map(|_| "Chapter").unwrap_or(""));
    format!(
        "@misc{{{key},\n  author = {{{{{author}}}}},\n  title = {{{title}}},\n  year = {{{year}}},\n  version = {{{version}}},\n  note = {{{note}}},\n  url = {{{url}}},\n  urldate = {{{accessed}}},\n  language = {{{language}}}\n}}",
        author = bib_escape(Ui::CiteAuthor.get(l)),
        title = bib_escape(&title),
        year = c.checked.year,
        version = bib_escape(&c.version),
        note = bib_escape(&Ui::CiteNote.fill(l, &[("data", &c.data_version), ("checked", &c.checked.to_string())])),
        url = c.link.replace(['{', '}'], ""),
        accessed = bib_escape(&c.accessed_text(|d| d.to_string())),
        language = if l == Lang::Ja { "japanese" } else { "english" },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(lang: Lang) -> Citation {
        Citation {
            chapter: Some("The money".into()),
            link: "https://example.org/explainer/#/en/money?v=1&money.scale=log".into(),
            version: "0.1.0".into(),
            data_version: "1.1.0".into(),
            checked: Date::ymd(2026, 11, 21),
            accessed: Some(Date::ymd(2026, 12, 1)),
            lang,
        }
    }

    #[test]
    fn plain_citation_names_version_date_and_link() {
        let s = plain(&sample(Lang::En));
        for part in ["2026", "The money", "0.1.0", "1.1.0", "21 November 2026", "1 December 2026", "money.scale=log"] {
            assert!(s.contains(part), "{part} in {s}");
        }
        assert!(plain(&sample(Lang::Ja)).contains("2026年11月21日"));
    }

    #[test]
    fn bibtex_is_well_formed() {
        let b = bibtex(&sample(Lang::En));
        assert!(b.starts_with("@misc{sovereignAiExplainer2026Chapter,"));
        assert_eq!(b.matches('{').count(), b.matches('}').count(), "{b}");
        assert!(b.contains("url = {https://example.org/explainer/#/en/money?v=1&money.scale=log}"));
        assert!(b.contains("urldate = {2026-12-01}"));
    }

    #[test]
    fn an_unknown_access_date_is_a_blank_in_both_formats() {
        for lang in Lang::ALL {
            let c = Citation { accessed: None, ..sample(lang) };
            let blank = Ui::CiteAccessedBlank.get(lang);
            assert!(plain(&c).contains(blank), "{}", plain(&c));
            assert!(bibtex(&c).contains(&format!("urldate = {{{}}}", bib_escape(blank))), "{}", bibtex(&c));
        }
    }

    #[test]
    fn bibtex_escapes_special_characters() {
        assert_eq!(bib_escape("R&D 50% {x}_y"), "R\\&D 50\\% x\\_y");
    }
}
