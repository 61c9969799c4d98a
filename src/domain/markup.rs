//! The light markup of the chapter files, parsed into [`Seg`]ments at build time.
//!
//! | markup               | meaning                                                        |
//! |----------------------|----------------------------------------------------------------|
//! | `{fig:id}`           | a figure's value, with its source card                         |
//! | `{usd:id}`           | a money figure's US-dollar value                               |
//! | `{year:id}`/`{fdate:id}` | the year / date a figure refers to                         |
//! | `{ratio:a/b}`        | figure a divided by figure b, as "N×"                          |
//! | `{date:id}`/`{eyear:id}` | an event's date / year                                     |
//! | `{actor:id}`         | an actor's name                                                |
//! | `{src:id}`           | a citation of a source                                         |
//! | `*text*`             | emphasis                                                       |
//! | `[text](#slug)`      | a link to a chapter                                            |
//!
//! Literal text may not contain digits: every number comes from the dataset.

use std::borrow::Cow;

use super::content::{FigStyle, Seg};

/// A reference the parser found, for the caller to check against the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ref {
    Figure(String),
    Event(String),
    Actor(String),
    Source(String),
    Chapter(String),
}

/// Parses one paragraph. Errors name the offending piece of text.
pub fn parse(text: &str) -> Result<(Vec<Seg>, Vec<Ref>), String> {
    let mut segs: Vec<Seg> = Vec::new();
    let mut refs = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match c {
            '{' => {
                let end = rest.find('}').ok_or_else(|| format!("unclosed '{{' in {rest:?}"))?;
                flush(&mut plain, &mut segs)?;
                let (seg, r) = reference(&rest[1..end])?;
                segs.push(seg);
                refs.extend(r);
                rest = &rest[end + 1..];
            }
            '*' => {
                let end = rest[1..].find('*').ok_or_else(|| format!("unclosed '*' in {rest:?}"))? + 1;
                flush(&mut plain, &mut segs)?;
                let inner = &rest[1..end];
                check_no_digits(inner)?;
                if inner.trim().is_empty() {
                    return Err("empty emphasis '**'".into());
                }
                segs.push(Seg::Em(Cow::Owned(inner.to_string())));
                rest = &rest[end + 1..];
            }
            '[' => {
                let close = rest.find("](#").ok_or_else(|| format!("'[' without '](#slug)' in {rest:?}"))?;
                let end = rest[close..].find(')').ok_or_else(|| format!("unclosed link in {rest:?}"))? + close;
                flush(&mut plain, &mut segs)?;
                let label = &rest[1..close];
                let slug = &rest[close + 3..end];
                check_no_digits(label)?;
                check_id(slug)?;
                segs.push(Seg::ChapterLink { slug: Cow::Owned(slug.into()), text: Cow::Owned(label.into()) });
                refs.push(Ref::Chapter(slug.into()));
                rest = &rest[end + 1..];
            }
            '}' | ']' => return Err(format!("stray '{c}' in {rest:?}")),
            _ => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    flush(&mut plain, &mut segs)?;
    if segs.is_empty() {
        return Err("empty text".into());
    }
    Ok((segs, refs))
}

fn flush(plain: &mut String, segs: &mut Vec<Seg>) -> Result<(), String> {
    if !plain.is_empty() {
        check_no_digits(plain)?;
        segs.push(Seg::Text(Cow::Owned(std::mem::take(plain))));
    }
    Ok(())
}

/// True for ASCII and full-width digits.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn check_no_digits(s: &str) -> Result<(), String> {
    match s.chars().find(|c| is_digit(*c)) {
        Some(d) => Err(format!(
            "digit '{d}' typed into prose {s:?}: take numbers from the dataset ({{fig:id}}, {{date:id}} …)"
        )),
        None => Ok(()),
    }
}

fn check_id(id: &str) -> Result<(), String> {
    let ok = !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if ok {
        Ok(())
    } else {
        Err(format!("bad id {id:?}: use lowercase letters, digits, '_' and '-'"))
    }
}

fn reference(inner: &str) -> Result<(Seg, Vec<Ref>), String> {
    let (kind, arg) = inner.split_once(':').ok_or_else(|| format!("reference {{{inner}}} needs 'kind:id'"))?;
    let own = |s: &str| -> Result<Cow<'static, str>, String> {
        check_id(s)?;
        Ok(Cow::Owned(s.to_string()))
    };
    let fig = |style| -> Result<(Seg, Vec<Ref>), String> {
        Ok((Seg::Fig { id: own(arg)?, style }, vec![Ref::Figure(arg.into())]))
    };
    match kind {
        "fig" => fig(FigStyle::Value),
        "usd" => fig(FigStyle::Usd),
        "year" => fig(FigStyle::Year),
        "fdate" => fig(FigStyle::Date),
        "ratio" => {
            let (a, b) = arg.split_once('/').ok_or_else(|| format!("{{ratio:{arg}}} needs 'a/b'"))?;
            Ok((Seg::Ratio { num: own(a)?, den: own(b)? }, vec![Ref::Figure(a.into()), Ref::Figure(b.into())]))
        }
        "date" | "eyear" => {
            Ok((Seg::EventDate { id: own(arg)?, year_only: kind == "eyear" }, vec![Ref::Event(arg.into())]))
        }
        "actor" => Ok((Seg::Actor(own(arg)?), vec![Ref::Actor(arg.into())])),
        "src" => Ok((Seg::Cite(own(arg)?), vec![Ref::Source(arg.into())])),
        other => Err(format!("unknown reference kind {other:?} in {{{inner}}}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_references_emphasis_and_links() {
        let (segs, refs) = parse("Plans of {usd:a} by {year:a}, *not* {ratio:a/b} — see [money](#money).").unwrap();
        assert_eq!(segs.len(), 11, "{segs:?}");
        assert!(matches!(&segs[1], Seg::Fig { id, style: FigStyle::Usd } if id == "a"));
        assert!(matches!(&segs[5], Seg::Em(t) if t == "not"));
        assert!(matches!(&segs[7], Seg::Ratio { num, den } if num == "a" && den == "b"));
        assert!(matches!(&segs[9], Seg::ChapterLink { slug, text } if slug == "money" && text == "money"));
        assert!(matches!(&segs[10], Seg::Text(t) if t == "."));
        assert!(refs.contains(&Ref::Chapter("money".into())));
        assert_eq!(refs.iter().filter(|r| matches!(r, Ref::Figure(_))).count(), 4);
    }

    #[test]
    fn rejects_typed_digits() {
        assert!(parse("about 62% of firms").unwrap_err().contains("digit"));
        assert!(parse("全角の６２％").unwrap_err().contains("digit"));
        assert!(parse("*in 2030*").unwrap_err().contains("digit"));
        assert!(parse("[chapter 3](#money)").unwrap_err().contains("digit"));
    }

    #[test]
    fn rejects_malformed_markup() {
        for bad in ["{fig:a", "{nope:a}", "{fig:A B}", "*open", "[x](money)", "a } b", "{ratio:a}", ""] {
            assert!(parse(bad).is_err(), "{bad:?} should fail");
        }
    }

    #[test]
    fn japanese_text_passes_through() {
        let (segs, _) = parse("各国は{year:x}までに{fig:x}を投じる。").unwrap();
        assert_eq!(segs.len(), 5);
        assert!(matches!(&segs[0], Seg::Text(t) if t == "各国は"));
    }
}
