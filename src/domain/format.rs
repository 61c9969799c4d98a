//! Numbers, money, units and dates, written the way each language writes them.
//!
//! Japanese groups by 万 (10⁴), 億 (10⁸) and 兆 (10¹²): 1兆3000億ドル. English uses million, billion, trillion:
//! $1.3 trillion. A figure's own value is shown exactly as the source gives it; a value we computed (a currency
//! conversion, a ratio) is rounded to three significant digits and marked approximate by the caller.

use super::content::FigStyle;
use super::i18n::Lang;
use super::model::{Bound, Currency, Date, Figure, Unit};

/// Rounds to `sig` significant digits.
pub fn round_sig(v: f64, sig: u32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let mag = v.abs().log10().floor() as i32;
    let factor = 10f64.powi(sig as i32 - 1 - mag);
    (v * factor).round() / factor
}

/// `v` with up to `max_decimals` decimals, trailing zeros removed.
pub fn decimal(v: f64, max_decimals: usize) -> String {
    let s = format!("{v:.max_decimals$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

/// Groups the integer part by thousands with commas (both languages use this for plain numbers).
pub fn grouped(v: f64, max_decimals: usize) -> String {
    let s = decimal(v, max_decimals);
    let (sign, s) = s.strip_prefix('-').map(|r| ("-", r)).unwrap_or(("", &s));
    let (int, frac) = s.split_once('.').map(|(a, b)| (a, Some(b))).unwrap_or((s, None));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// Decimals that keep `sig` significant digits of `v` (never fewer than 0).
fn decimals_for(v: f64, sig: u32) -> usize {
    if v == 0.0 {
        return 0;
    }
    let mag = v.abs().log10().floor() as i32;
    (sig as i32 - 1 - mag).max(0) as usize
}

/// Whether a number is shown exactly (a source's own figure) or rounded (something we derived).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Exact,
    Approx,
}

impl Precision {
    fn apply(self, v: f64) -> f64 {
        match self {
            Precision::Exact => v,
            Precision::Approx => round_sig(v, 3),
        }
    }
}

/// A large number in words: "1.3 trillion" / "1兆3000億".
pub fn big(v: f64, lang: Lang, p: Precision) -> String {
    let v = p.apply(v);
    match lang {
        Lang::En => big_en(v),
        Lang::Ja => big_ja(v),
    }
}

fn big_en(v: f64) -> String {
    let a = v.abs();
    let (div, word) = if a >= 1e12 {
        (1e12, " trillion")
    } else if a >= 1e9 {
        (1e9, " billion")
    } else if a >= 1e6 {
        (1e6, " million")
    } else {
        return grouped(v, decimals_for(v, 6).min(6));
    };
    format!("{}{word}", decimal(v / div, 6))
}

fn big_ja(v: f64) -> String {
    let a = v.abs();
    if a < 1e4 {
        return grouped(v, decimals_for(v, 6).min(6));
    }
    let sign = if v < 0.0 { "-" } else { "" };
    // Whole units from here on: the Japanese grouping has no decimals above 万 unless the value needs them.
    let mut n = a.round() as u128;
    let cho = n / 1_000_000_000_000;
    n %= 1_000_000_000_000;
    let oku = n / 100_000_000;
    n %= 100_000_000;
    let man = n / 10_000;
    let rest = n % 10_000;
    let mut s = String::from(sign);
    if cho > 0 {
        s.push_str(&format!("{cho}兆"));
    }
    if oku > 0 {
        s.push_str(&format!("{oku}億"));
    }
    if man > 0 {
        s.push_str(&format!("{man}万"));
    }
    if rest > 0 {
        s.push_str(&rest.to_string());
    }
    s
}

/// An amount of money: "$475 billion", "£400 million", "60.06 billion yuan" / "4750億ドル", "600億6000万元".
pub fn money(v: f64, cur: Currency, lang: Lang, p: Precision) -> String {
    let n = big(v, lang, p);
    match lang {
        Lang::En => match cur {
            Currency::USD => format!("${n}"),
            Currency::GBP => format!("£{n}"),
            Currency::EUR => format!("€{n}"),
            Currency::JPY => format!("¥{n}"),
            Currency::CNY => format!("{n} yuan"),
        },
        Lang::Ja => {
            let unit = match cur {
                Currency::USD => "ドル",
                Currency::GBP => "ポンド",
                Currency::EUR => "ユーロ",
                Currency::JPY => "円",
                Currency::CNY => "元",
            };
            format!("{n}{unit}")
        }
    }
}

/// A compact US-dollar label for axes and bar ends, three significant digits: "$8.55B" / "85.5億ドル".
pub fn axis_usd(v: f64, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let a = v.abs();
            let (div, suffix) = if a >= 1e12 {
                (1e12, "T")
            } else if a >= 1e9 {
                (1e9, "B")
            } else if a >= 1e6 {
                (1e6, "M")
            } else if a >= 1e3 {
                (1e3, "K")
            } else {
                (1.0, "")
            };
            format!("${}{suffix}", decimal(round_sig(v / div, 3), 2))
        }
        Lang::Ja => {
            let a = v.abs();
            let (div, unit) = if a >= 1e12 {
                (1e12, "兆")
            } else if a >= 1e8 {
                (1e8, "億")
            } else if a >= 1e4 {
                (1e4, "万")
            } else {
                (1.0, "")
            };
            format!("{}{unit}ドル", decimal(round_sig(v / div, 3), 2))
        }
    }
}

/// The "approximately" marker.
pub fn approx(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "≈ ",
        Lang::Ja => "約",
    }
}

/// A value in a unit, e.g. "62%", "130 GW", "3.57 million", "4×".
pub fn quantity(v: f64, unit: Unit, lang: Lang, p: Precision) -> String {
    let plain = |v: f64| match p {
        Precision::Exact => grouped(v, 4),
        Precision::Approx => grouped(round_sig(v, 3), decimals_for(v, 3).min(4)),
    };
    match (unit, lang) {
        (Unit::Percent, _) => format!("{}%", plain(v)),
        (Unit::PercentagePoints, Lang::En) => format!("{} pp", plain(v)),
        (Unit::PercentagePoints, Lang::Ja) => format!("{}ポイント", plain(v)),
        (Unit::Gigawatt, Lang::En) => format!("{} GW", plain(v)),
        (Unit::Gigawatt, Lang::Ja) => format!("{}GW", plain(v)),
        (Unit::TerawattHour, Lang::En) => format!("{} TWh", plain(v)),
        (Unit::TerawattHour, Lang::Ja) => format!("{}TWh", plain(v)),
        (Unit::Ratio, Lang::En) => format!("{}×", plain(v)),
        (Unit::Ratio, Lang::Ja) => format!("{}倍", plain(v)),
        (Unit::Years, Lang::En) if v == 1.0 => "1 year".into(),
        (Unit::Years, Lang::En) => format!("{} years", plain(v)),
        (Unit::Years, Lang::Ja) => format!("{}年", plain(v)),
        (Unit::Count, _) if v.abs() >= 1e6 => big(v, lang, p),
        (Unit::Count, Lang::Ja) if v.abs() >= 1e5 => big(v, lang, p),
        (Unit::Count, _) | (Unit::Score, _) | (Unit::Money, _) => plain(v),
    }
}

/// Puts the source's qualifier on a value: "more than $750 billion" / "7500億ドル以上".
pub fn bounded(text: String, bound: Option<Bound>, lang: Lang) -> String {
    match (bound, lang) {
        (None, _) => text,
        (Some(Bound::AtLeast), Lang::En) => format!("more than {text}"),
        (Some(Bound::AtMost), Lang::En) => format!("up to {text}"),
        (Some(Bound::About), Lang::En) => format!("about {text}"),
        (Some(Bound::Nearly), Lang::En) => format!("nearly {text}"),
        (Some(Bound::AtLeast), Lang::Ja) => format!("{text}以上"),
        (Some(Bound::AtMost), Lang::Ja) => format!("最大{text}"),
        (Some(Bound::About), Lang::Ja) => format!("約{text}"),
        (Some(Bound::Nearly), Lang::Ja) => format!("{text}近く"),
    }
}

/// A figure's own value, exactly as its source gives it, with the source's qualifier.
pub fn figure_value(f: &Figure, lang: Lang) -> String {
    let v = match (f.unit, f.currency) {
        (Unit::Money, Some(c)) => money(f.value, c, lang, Precision::Exact),
        _ => quantity(f.value, f.unit, lang, Precision::Exact),
    };
    bounded(v, f.bound, lang)
}

/// A money figure's US-dollar value; approximate unless the figure is in dollars already.
pub fn figure_usd(f: &Figure, lang: Lang) -> Option<String> {
    let usd = f.usd.as_ref()?;
    if f.currency == Some(Currency::USD) {
        return Some(bounded(money(usd.value, Currency::USD, lang, Precision::Exact), f.bound, lang));
    }
    // A converted value is approximate anyway; a qualifier other than "about" still applies.
    match f.bound {
        Some(b @ (Bound::AtLeast | Bound::AtMost)) => {
            Some(bounded(money(usd.value, Currency::USD, lang, Precision::Approx), Some(b), lang))
        }
        _ => Some(format!("{}{}", approx(lang), money(usd.value, Currency::USD, lang, Precision::Approx))),
    }
}

/// A figure's value in the reading language, with the US-dollar value for other currencies.
pub fn value_text(f: &Figure, lang: Lang) -> String {
    let v = figure_value(f, lang);
    match (f.currency, figure_usd(f, lang)) {
        (Some(c), Some(usd)) if c != Currency::USD => format!("{v} ({usd})"),
        _ => v,
    }
}

/// A multiple, "12×" / "12倍", rounded to what the inputs can bear.
pub fn multiple(v: f64, lang: Lang) -> String {
    let d = if v >= 10.0 { 0 } else { 1 };
    let n = decimal(v, d);
    match lang {
        Lang::En => format!("{n}×"),
        Lang::Ja => format!("{n}倍"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date at its own precision: "23 July 2025", "July 2025", "2025" / "2025年7月23日".
pub fn date(d: Date, lang: Lang) -> String {
    match (lang, d.month, d.day) {
        (Lang::En, 0, _) => d.year.to_string(),
        (Lang::En, m, 0) => format!("{} {}", MONTHS_EN[m as usize - 1], d.year),
        (Lang::En, m, day) => format!("{day} {} {}", MONTHS_EN[m as usize - 1], d.year),
        (Lang::Ja, 0, _) => format!("{}年", d.year),
        (Lang::Ja, m, 0) => format!("{}年{m}月", d.year),
        (Lang::Ja, m, day) => format!("{}年{m}月{day}日", d.year),
    }
}

/// Just the year: "2030" / "2030年".
pub fn year(d: Date, lang: Lang) -> String {
    match lang {
        Lang::En => d.year.to_string(),
        Lang::Ja => format!("{}年", d.year),
    }
}

/// The text a `{fig:…}` reference shows in the prose, in the reference's style.
pub fn figure_text(f: &Figure, style: FigStyle, lang: Lang) -> String {
    match style {
        FigStyle::Value => figure_value(f, lang),
        FigStyle::Usd => figure_usd(f, lang).unwrap_or_else(|| figure_value(f, lang)),
        FigStyle::Year => year(f.refers_to, lang),
        FigStyle::Date => date(f.refers_to, lang),
    }
}

/// The value of `a` divided by `b`, in dollars when both are money (`{ratio:a/b}`).
pub fn ratio_value(a: &Figure, b: &Figure) -> f64 {
    let v = |f: &Figure| f.usd.as_ref().map(|u| u.value).unwrap_or(f.value);
    v(a) / v(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn money_in_both_languages() {
        let cases = [
            (1.3e12, Currency::USD, "$1.3 trillion", "1兆3000億ドル"),
            (4.75e11, Currency::USD, "$475 billion", "4750億ドル"),
            (1.25e8, Currency::USD, "$125 million", "1億2500万ドル"),
            (1.39575e13, Currency::JPY, "¥13.9575 trillion", "13兆9575億円"),
            (6.006e10, Currency::CNY, "60.06 billion yuan", "600億6000万元"),
            (4e8, Currency::GBP, "£400 million", "4億ポンド"),
            (1e9, Currency::EUR, "€1 billion", "10億ユーロ"),
            (9_036_863_400.0, Currency::JPY, "¥9.036863 billion", "90億3686万3400円"),
        ];
        for (v, c, en, ja) in cases {
            assert_eq!(money(v, c, Lang::En, Precision::Exact), en);
            assert_eq!(money(v, c, Lang::Ja, Precision::Exact), ja);
        }
    }

    #[test]
    fn approximations_keep_three_digits() {
        assert_eq!(money(1.018125e9, Currency::USD, Lang::En, Precision::Approx), "$1.02 billion");
        assert_eq!(money(1.018125e9, Currency::USD, Lang::Ja, Precision::Approx), "10億2000万ドル");
        assert_eq!(money(9.2664e10, Currency::USD, Lang::En, Precision::Approx), "$92.7 billion");
    }

    #[test]
    fn qualifiers_travel_with_values() {
        assert_eq!(bounded("$750 billion".into(), Some(Bound::AtLeast), Lang::En), "more than $750 billion");
        assert_eq!(bounded("7500億ドル".into(), Some(Bound::AtLeast), Lang::Ja), "7500億ドル以上");
        assert_eq!(bounded("$6 billion".into(), Some(Bound::AtMost), Lang::En), "up to $6 billion");
        assert_eq!(bounded("60億ドル".into(), Some(Bound::AtMost), Lang::Ja), "最大60億ドル");
        assert_eq!(bounded("1000億ドル".into(), Some(Bound::About), Lang::Ja), "約1000億ドル");
        assert_eq!(bounded("$100 billion".into(), Some(Bound::Nearly), Lang::En), "nearly $100 billion");
        assert_eq!(bounded("1000億ドル".into(), Some(Bound::Nearly), Lang::Ja), "1000億ドル近く");
        assert_eq!(bounded("62%".into(), None, Lang::En), "62%");
    }

    #[test]
    fn quantities() {
        assert_eq!(quantity(62.0, Unit::Percent, Lang::En, Precision::Exact), "62%");
        assert_eq!(quantity(9.26, Unit::Percent, Lang::Ja, Precision::Exact), "9.26%");
        assert_eq!(quantity(130.0, Unit::Gigawatt, Lang::En, Precision::Exact), "130 GW");
        assert_eq!(quantity(3.57e6, Unit::Count, Lang::En, Precision::Exact), "3.57 million");
        assert_eq!(quantity(3.57e6, Unit::Count, Lang::Ja, Precision::Exact), "357万");
        assert_eq!(quantity(5509.0, Unit::Count, Lang::En, Precision::Exact), "5,509");
        assert_eq!(quantity(4.0, Unit::Ratio, Lang::Ja, Precision::Exact), "4倍");
        assert_eq!(quantity(122_511.0, Unit::Count, Lang::Ja, Precision::Exact), "12万2511");
    }

    #[test]
    fn axis_labels() {
        assert_eq!(axis_usd(1e11, Lang::En), "$100B");
        assert_eq!(axis_usd(1e12, Lang::En), "$1T");
        assert_eq!(axis_usd(5e8, Lang::En), "$500M");
        assert_eq!(axis_usd(1e11, Lang::Ja), "1000億ドル");
        assert_eq!(axis_usd(8.55225e9, Lang::Ja), "85.5億ドル");
        assert_eq!(axis_usd(8.55225e9, Lang::En), "$8.55B");
        assert_eq!(axis_usd(1.3e12, Lang::Ja), "1.3兆ドル");
        assert_eq!(axis_usd(5.43e8, Lang::Ja), "5.43億ドル");
        assert_eq!(axis_usd(0.0, Lang::Ja), "0ドル");
    }

    #[test]
    fn dates_at_each_precision() {
        assert_eq!(date(Date::ymd(2025, 7, 23), Lang::En), "23 July 2025");
        assert_eq!(date(Date::ymd(2025, 7, 0), Lang::En), "July 2025");
        assert_eq!(date(Date::ymd(2030, 0, 0), Lang::En), "2030");
        assert_eq!(date(Date::ymd(2025, 7, 23), Lang::Ja), "2025年7月23日");
        assert_eq!(date(Date::ymd(2025, 7, 0), Lang::Ja), "2025年7月");
        assert_eq!(year(Date::ymd(2030, 1, 2), Lang::Ja), "2030年");
    }

    #[test]
    fn grouping_and_decimals() {
        assert_eq!(grouped(1234567.0, 0), "1,234,567");
        assert_eq!(grouped(-1234.5, 2), "-1,234.5");
        assert_eq!(decimal(2.50, 3), "2.5");
        assert_eq!(decimal(-0.0001, 2), "0");
    }

    proptest! {
        #[test]
        fn japanese_big_numbers_read_back(n in 0u64..(1u64 << 53)) {
            // Parse the 兆/億/万 string back and compare: no digit group is lost or misplaced.
            let s = big_ja(n as f64);
            let mut total: u128 = 0;
            let mut cur = String::new();
            for ch in s.chars() {
                match ch {
                    '兆' => { total += cur.parse::<u128>().unwrap() * 1_000_000_000_000; cur.clear(); }
                    '億' => { total += cur.parse::<u128>().unwrap() * 100_000_000; cur.clear(); }
                    '万' => { total += cur.parse::<u128>().unwrap() * 10_000; cur.clear(); }
                    ',' => {}
                    c => cur.push(c),
                }
            }
            if !cur.is_empty() { total += cur.parse::<u128>().unwrap(); }
            let expect = (n as f64).round() as u128;
            prop_assert_eq!(total, expect, "{}", s);
        }

        #[test]
        fn formatting_never_panics_and_is_nonempty(v in proptest::num::f64::ANY, l in 0..2usize) {
            let lang = Lang::ALL[l];
            for p in [Precision::Exact, Precision::Approx] {
                if v.is_finite() && v.abs() < 1e18 {
                    prop_assert!(!money(v, Currency::USD, lang, p).is_empty());
                    prop_assert!(!quantity(v, Unit::Percent, lang, p).is_empty());
                }
            }
        }

        #[test]
        fn round_sig_is_close(v in 1e-3f64..1e15) {
            let r = round_sig(v, 3);
            prop_assert!((r - v).abs() / v <= 0.005 + 1e-12);
        }
    }
}
