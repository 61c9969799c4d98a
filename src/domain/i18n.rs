//! The two languages and the interface strings (generated from `content/ui.toml` by `build.rs`).

use super::model::{L10n, SourceKind, Status};

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Ja,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag, also used in links (`#/ja/…`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The start-up language from the browser's preference: `ja*` → Japanese, anything else → English.
    pub fn from_browser(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    /// The language's own name, for the switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    pub fn pick(self, t: &L10n) -> &str {
        match self {
            Lang::Ja => &t.ja,
            Lang::En => &t.en,
        }
    }
}

impl Ui {
    pub fn get(self, lang: Lang) -> &'static str {
        let i = self as usize;
        match lang {
            Lang::Ja => UI_JA[i],
            Lang::En => UI_EN[i],
        }
    }

    pub fn key(self) -> &'static str {
        UI_KEYS[self as usize]
    }

    /// The string with `{name}` placeholders replaced.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        let mut s = self.get(lang).to_string();
        for (k, v) in args {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }
}

/// Every interface string exists in both languages (also enforced by `build.rs`).
pub fn all_strings() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    (0..UI_COUNT).map(|i| (UI_KEYS[i], UI_JA[i], UI_EN[i]))
}

/// A source's kind, as the sources list names it.
pub fn source_kind_label(k: SourceKind) -> Ui {
    match k {
        SourceKind::Article => Ui::KindArticle,
        SourceKind::Primary => Ui::KindPrimary,
        SourceKind::Secondary => Ui::KindSecondary,
        SourceKind::FactCheck => Ui::KindFactCheck,
    }
}

/// A figure's status, as its badge names it (and as a number's link reads it).
pub fn status_label(s: Status) -> Ui {
    match s {
        Status::AsReported => Ui::StatusAsReported,
        Status::Verified => Ui::StatusVerified,
        Status::Refined => Ui::StatusRefined,
        Status::Contradicted => Ui::StatusContradicted,
        Status::Unverified => Ui::StatusUnverified,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_language_rule() {
        for tag in ["ja", "ja-JP", "JA-jp", " ja"] {
            assert_eq!(Lang::from_browser(tag), Lang::Ja, "{tag}");
        }
        for tag in ["en-US", "fr", "", "zh-CN", "j", "jp"] {
            assert_eq!(Lang::from_browser(tag), Lang::En, "{tag}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn every_string_in_both_languages() {
        let mut n = 0;
        for (k, ja, en) in all_strings() {
            assert!(!ja.trim().is_empty() && !en.trim().is_empty(), "ui string `{k}`");
            n += 1;
        }
        assert!(n > 10);
    }
}
