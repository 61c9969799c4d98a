//! Integrity rules for the dataset. `build.rs` refuses to bake a dataset that breaks any of them, and the
//! tests run them again (and feed them broken records). Every message starts with the record it is about.

use std::collections::{BTreeMap, BTreeSet};

use super::model::*;

/// Relative tolerance between a money figure's stated US-dollar value and its amount × the stated rate.
/// Sources round their conversions (e.g. "about $8.2 billion"); 3% covers that and nothing larger.
pub const USD_TOLERANCE: f64 = 0.03;

/// The earliest and latest years a record may refer to.
pub const YEARS: std::ops::RangeInclusive<u16> = 1990..=2035;

/// Words with which a source qualifies a number. A figure whose excerpt carries one must say so in `bound`, so
/// the qualifier travels with the value and the prose never adds it by hand.
pub const QUALIFIERS: [&str; 8] = ["超", "以上", "最大", "近く", "more than", "up to", "nearly", "at least"];

/// The qualifier in a figure's excerpt, if any (case-insensitive for English).
pub fn qualifier_in(excerpt: &str) -> Option<&'static str> {
    let lower = excerpt.to_lowercase();
    QUALIFIERS.into_iter().find(|q| lower.contains(q))
}

/// A figure whose excerpt qualifies the number ("more than", 超 …) but whose record has no `bound`.
pub fn qualifier_without_bound(f: &Figure) -> Option<String> {
    match (qualifier_in(&f.excerpt), f.bound) {
        (Some(q), None) => Some(format!(
            "figure `{}`: its excerpt says {q:?} but the record has no `bound` (the qualifier belongs in the data, \
             not in the prose)",
            f.id
        )),
        _ => None,
    }
}

/// How much a status vouches for a figure, from contradicted (0) to verified (4).
pub fn status_strength(s: Status) -> u8 {
    match s {
        Status::Contradicted => 0,
        Status::Unverified => 1,
        Status::AsReported => 2,
        Status::Refined => 3,
        Status::Verified => 4,
    }
}

/// A component (`money.part_of`) whose status is stronger than its total's, with no `status_note` saying why.
pub fn part_stronger_than_parent(f: &Figure, parent: &Figure) -> Option<String> {
    let stronger = status_strength(f.status) > status_strength(parent.status);
    (stronger && f.status_note.is_none()).then(|| {
        format!(
            "figure `{}`: is {} but part of `{}`, which is {}; a `status_note` must say why the part stands \
             stronger than its total",
            f.id,
            f.status.key(),
            parent.id,
            parent.status.key()
        )
    })
}

/// Whether a `kind:id` reference of the corrections log names a record of the dataset.
pub fn record_exists(d: &Dataset, reference: &str) -> bool {
    let Some((kind, id)) = reference.split_once(':') else { return false };
    match kind {
        "figure" => d.figures.iter().any(|x| x.id == id),
        "source" => d.sources.iter().any(|x| x.id == id),
        "rate" => d.rates.iter().any(|x| x.id == id),
        "disagreement" => d.disagreements.iter().any(|x| x.id == id),
        "series" => d.series.iter().any(|x| x.id == id),
        "actor" => d.actors.iter().any(|x| x.id == id),
        "event" => d.events.iter().any(|x| x.id == id),
        "programme" => d.programmes.iter().any(|x| x.id == id),
        "quote" => d.quotes.iter().any(|x| x.id == id),
        "layer" => d.layers.iter().any(|x| x.id == id),
        "case_study" => d.case_studies.iter().any(|x| x.id == id),
        "recommendation" => d.recommendations.iter().any(|x| x.id == id),
        "sim_param" => d.sim_params.iter().any(|x| x.id == id),
        "sim_profile" => d.sim_profiles.iter().any(|x| x.id == id),
        _ => false,
    }
}

/// The errors of one corrections-log entry against the dataset: unknown records, empty texts, no target.
pub fn correction_errors(c: &Correction, d: &Dataset) -> Vec<String> {
    let who = format!("correction `{}`", c.id);
    let mut errors = Vec::new();
    for r in c.records.iter() {
        if !record_exists(d, r) {
            errors.push(format!("{who}: names unknown record `{r}` (write it as kind:id, e.g. figure:stargate_500b)"));
        }
    }
    if c.records.is_empty() && c.chapters.is_empty() {
        errors.push(format!("{who}: names no record and no chapter"));
    }
    for (field, t) in [("what", &c.what), ("why", &c.why)] {
        if t.ja.trim().is_empty() || t.en.trim().is_empty() {
            errors.push(format!("{who}: {field} needs both ja and en"));
        }
    }
    if !YEARS.contains(&c.date.year) || c.date.day == 0 {
        errors.push(format!("{who}: date {} must be a full date within {}–{}", c.date, YEARS.start(), YEARS.end()));
    }
    errors
}

/// The log's chapter slugs against the chapters that exist (checked by `build.rs` once the prose is read).
pub fn correction_chapters(corrections: &[Correction], slugs: &[&str]) -> Vec<String> {
    corrections
        .iter()
        .flat_map(|c| {
            c.chapters
                .iter()
                .filter(|s| !slugs.contains(&&***s))
                .map(move |s| format!("correction `{}`: names unknown chapter `{s}`", c.id))
        })
        .collect()
}

pub fn validate(d: &Dataset) -> Vec<String> {
    let mut v = Checker::default();
    v.run(d);
    v.errors
}

#[derive(Default)]
struct Checker {
    errors: Vec<String>,
}

fn ids<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> BTreeSet<&'a str> {
    items.iter().map(id).collect()
}

impl Checker {
    fn err(&mut self, who: &str, msg: impl std::fmt::Display) {
        self.errors.push(format!("{who}: {msg}"));
    }

    fn text(&mut self, who: &str, field: &str, t: &L10n) {
        if t.ja.trim().is_empty() {
            self.err(who, format!("{field}.ja is empty"));
        }
        if t.en.trim().is_empty() {
            self.err(who, format!("{field}.en is empty"));
        }
    }

    fn nonempty(&mut self, who: &str, field: &str, s: &str) {
        if s.trim().is_empty() {
            self.err(who, format!("{field} is empty"));
        }
    }

    fn exists(&mut self, who: &str, what: &str, id: &str, set: &BTreeSet<&str>) {
        if !set.contains(id) {
            self.err(who, format!("refers to unknown {what} `{id}`"));
        }
    }

    fn date(&mut self, who: &str, field: &str, d: Date) {
        if !YEARS.contains(&d.year) {
            self.err(who, format!("{field} {d} is outside {}–{}", YEARS.start(), YEARS.end()));
        }
    }

    fn unique<'a, T>(&mut self, kind: &str, items: &'a [T], id: impl Fn(&'a T) -> &'a str) {
        let mut seen = BTreeSet::new();
        for item in items {
            let i = id(item);
            if !seen.insert(i) {
                self.err(&format!("{kind} `{i}`"), "id is not unique");
            }
            // Ledger parameters name their layer: `chip_fab.build_cost`.
            let dot_ok = kind == "sim_param";
            let ok = !i.is_empty()
                && i.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' || (dot_ok && c == '.')
                });
            if !ok {
                self.err(&format!("{kind} `{i}`"), "id must be lowercase ascii, digits, '_' or '-'");
            }
        }
    }

    fn point(&mut self, who: &str, p: &Point, sources: &BTreeSet<&str>, figures: &BTreeSet<&str>) {
        self.text(who, "point.text", &p.text);
        self.nonempty(who, "point.excerpt", &p.excerpt);
        self.exists(who, "source", &p.source, sources);
        for f in p.figures.iter() {
            self.exists(who, "figure", f, figures);
        }
    }

    fn run(&mut self, d: &Dataset) {
        self.unique("source", &d.sources, |s| &s.id);
        self.unique("rate", &d.rates, |r| &r.id);
        self.unique("figure", &d.figures, |f| &f.id);
        self.unique("disagreement", &d.disagreements, |x| &x.id);
        self.unique("series", &d.series, |x| &x.id);
        self.unique("actor", &d.actors, |x| &x.id);
        self.unique("event", &d.events, |x| &x.id);
        self.unique("programme", &d.programmes, |x| &x.id);
        self.unique("quote", &d.quotes, |x| &x.id);
        self.unique("layer", &d.layers, |x| &x.id);
        self.unique("case_study", &d.case_studies, |x| &x.id);
        self.unique("recommendation", &d.recommendations, |x| &x.id);
        self.unique("sim_param", &d.sim_params, |x| &x.id);
        self.unique("sim_profile", &d.sim_profiles, |x| &x.id);

        let sources = ids(&d.sources, |s| &s.id);
        let rates = ids(&d.rates, |r| &r.id);
        let figures = ids(&d.figures, |f| &f.id);
        let disagreements = ids(&d.disagreements, |x| &x.id);
        let series = ids(&d.series, |x| &x.id);
        let actors = ids(&d.actors, |x| &x.id);
        let events = ids(&d.events, |x| &x.id);
        let layers = ids(&d.layers, |x| &x.id);

        // Everything a record refers to, to find orphans afterwards.
        let mut used_sources: BTreeSet<&str> = BTreeSet::new();
        let mut used_actors: BTreeSet<&str> = BTreeSet::new();
        let mut used_rates: BTreeSet<&str> = BTreeSet::new();
        let mut used_series: BTreeSet<&str> = BTreeSet::new();
        let mut used_disagreements: BTreeSet<&str> = BTreeSet::new();

        self.nonempty("dataset", "version", &d.version);
        self.date("dataset", "checked", d.checked);

        for s in d.sources.iter() {
            let who = format!("source `{}`", s.id);
            self.nonempty(&who, "publisher", &s.publisher);
            self.nonempty(&who, "title", &s.title);
            self.text(&who, "title_l10n", &s.title_l10n);
            self.nonempty(&who, "language", &s.language);
            self.date(&who, "date", s.date);
            if let Some(n) = &s.note {
                self.text(&who, "note", n);
            }
            if let Some(u) = &s.url {
                if !u.starts_with("https://") && !u.starts_with("http://") {
                    self.err(&who, format!("url {u:?} is not http(s)"));
                }
            }
            if s.url_unchecked && s.url.is_none() {
                self.err(&who, "url_unchecked without a url");
            }
        }

        let rate_of: BTreeMap<&str, &Rate> = d.rates.iter().map(|r| (&*r.id, r)).collect();
        for r in d.rates.iter() {
            let who = format!("rate `{}`", r.id);
            self.exists(&who, "source", &r.source, &sources);
            used_sources.insert(&r.source);
            self.text(&who, "derivation", &r.derivation);
            self.date(&who, "date", r.date);
            if !(r.usd_per_unit.is_finite() && r.usd_per_unit > 0.0) {
                self.err(&who, "usd_per_unit must be a positive number");
            }
            if r.currency == Currency::USD && r.usd_per_unit != 1.0 {
                self.err(&who, "a USD rate must be exactly 1");
            }
        }

        let conflicts_of: BTreeMap<&str, &[ConflictLink]> = d.figures.iter().map(|f| (&*f.id, &*f.conflicts)).collect();
        for f in d.figures.iter() {
            let who = format!("figure `{}`", f.id);
            self.exists(&who, "source", &f.source, &sources);
            used_sources.insert(&f.source);
            self.nonempty(&who, "excerpt", &f.excerpt);
            self.text(&who, "claim", &f.claim);
            if let Some(l) = &f.label {
                self.text(&who, "label", l);
            }
            let charted = f.series.is_some() || f.money.as_ref().is_some_and(|m| m.pledge);
            if charted && f.label.is_none() {
                self.err(&who, "a charted figure (pledge or series member) needs a short `label`");
            }
            self.date(&who, "refers_to", f.refers_to);
            if !f.value.is_finite() {
                self.err(&who, "value is not finite");
            }
            if let Some(c) = &f.check {
                self.text(&who, "check", c);
            }
            if f.status != Status::AsReported && f.check.is_none() {
                self.err(&who, format!("status {} needs the fact check's note in `check`", f.status.key()));
            }
            if let Some(p) = &f.primary {
                self.exists(&who, "primary source", p, &sources);
                used_sources.insert(p);
            }
            for a in f.actors.iter() {
                self.exists(&who, "actor", a, &actors);
                used_actors.insert(a);
            }
            if let Some(s) = &f.series {
                self.exists(&who, "series", &s.series, &series);
                used_series.insert(&s.series);
                self.nonempty(&who, "series.key", &s.key);
            }
            match (f.unit, f.currency, &f.usd) {
                (Unit::Money, Some(cur), Some(usd)) => {
                    used_rates.insert(&usd.rate);
                    match rate_of.get(&*usd.rate) {
                        None => self.err(&who, format!("refers to unknown rate `{}`", usd.rate)),
                        Some(r) if r.currency != cur => self.err(
                            &who,
                            format!("rate `{}` is for {} but the figure is in {}", r.id, r.currency.code(), cur.code()),
                        ),
                        Some(r) => {
                            let expect = f.value * r.usd_per_unit;
                            let off = (usd.value - expect).abs() / expect.abs().max(f64::MIN_POSITIVE);
                            if off.is_nan() || off > USD_TOLERANCE {
                                self.err(
                                    &who,
                                    format!(
                                        "usd {} differs from {} × {} = {expect} by {:.1}% (tolerance {}%)",
                                        usd.value,
                                        f.value,
                                        r.usd_per_unit,
                                        off * 100.0,
                                        USD_TOLERANCE * 100.0
                                    ),
                                );
                            }
                        }
                    }
                }
                // No sourced exchange rate: shown in its own currency only, and the check note must say so.
                (Unit::Money, Some(cur), None) if cur != Currency::USD && f.check.is_some() => {}
                (Unit::Money, _, _) => self.err(
                    &who,
                    "a money figure needs `currency` and `usd` (or, without a sourced rate, a `check` note saying so)",
                ),
                (_, None, None) => {}
                _ => self.err(&who, "only money figures carry `currency` and `usd`"),
            }
            if f.money.is_some() && f.unit != Unit::Money {
                self.err(&who, "`money` classification on a figure that is not money");
            }
            if let Some(m) = &f.money {
                self.exists(&who, "actor", &m.country, &actors);
                used_actors.insert(&m.country);
                if let Some(parent) = &m.part_of {
                    match d.figures.iter().find(|g| g.id == *parent) {
                        None => self.err(&who, format!("is part of unknown figure `{parent}`")),
                        Some(g) => {
                            if let Some(e) = part_stronger_than_parent(f, g) {
                                self.errors.push(e);
                            }
                            let (mine, theirs) = (f.usd.as_ref().map(|u| u.value), g.usd.as_ref().map(|u| u.value));
                            if g.money.is_none() {
                                self.err(&who, format!("is part of `{parent}`, which is not classified as money"));
                            } else if let (Some(a), Some(b)) = (mine, theirs) {
                                if a > b * (1.0 + USD_TOLERANCE) {
                                    self.err(&who, format!("is part of `{parent}` but larger than it"));
                                }
                            }
                        }
                    }
                }
            }
            if let Some(e) = qualifier_without_bound(f) {
                self.errors.push(e);
            }
            if let Some(n) = &f.status_note {
                self.text(&who, "status_note", n);
            }
            if f.unit == Unit::Percent && !(0.0..=100.0).contains(&f.value) {
                self.err(&who, "a percentage must be within 0–100");
            }
            for c in f.conflicts.iter() {
                if c.with == f.id {
                    self.err(&who, "conflicts with itself");
                }
                used_disagreements.insert(&c.disagreement);
                match conflicts_of.get(&*c.with) {
                    None => self.err(&who, format!("conflicts with unknown figure `{}`", c.with)),
                    Some(back) => {
                        if !back.iter().any(|b| b.with == f.id && b.disagreement == c.disagreement) {
                            self.err(
                                &who,
                                format!(
                                    "conflict with `{}` is not symmetric: `{}` has no link back via `{}`",
                                    c.with, c.with, c.disagreement
                                ),
                            );
                        }
                    }
                }
                match d.disagreements.iter().find(|x| x.id == c.disagreement) {
                    None => self.err(&who, format!("refers to unknown disagreement `{}`", c.disagreement)),
                    Some(x) => {
                        if !x.figures.contains(&f.id) || !x.figures.contains(&c.with) {
                            self.err(&who, format!("disagreement `{}` does not list both figures", x.id));
                        }
                    }
                }
            }
        }

        for x in d.disagreements.iter() {
            let who = format!("disagreement `{}`", x.id);
            self.text(&who, "why", &x.why);
            if x.figures.len() < 2 {
                self.err(&who, "needs at least two figures");
            }
            for f in x.figures.iter() {
                self.exists(&who, "figure", f, &figures);
                let linked = x.figures.iter().filter(|g| *g != f).all(|g| {
                    conflicts_of.get(&**f).is_some_and(|cs| cs.iter().any(|c| c.with == *g && c.disagreement == x.id))
                });
                if !linked {
                    self.err(&who, format!("figure `{f}` is not linked to every other figure of the disagreement"));
                }
            }
        }

        for s in d.series.iter() {
            let who = format!("series `{}`", s.id);
            self.text(&who, "title", &s.title);
            self.text(&who, "caveat", &s.caveat);
            for f in d.figures.iter().filter(|f| f.series.as_ref().is_some_and(|p| p.series == s.id)) {
                if f.unit != s.unit {
                    self.err(&who, format!("figure `{}` has unit {:?}, the series {:?}", f.id, f.unit, s.unit));
                }
            }
        }

        for a in d.actors.iter() {
            let who = format!("actor `{}`", a.id);
            self.text(&who, "name", &a.name);
            if let Some(r) = &a.role {
                self.text(&who, "role", r);
            }
            if a.kind == ActorKind::Person && a.role.is_none() {
                self.err(&who, "a person needs a role");
            }
            if let Some(c) = &a.country {
                self.exists(&who, "actor", c, &actors);
                used_actors.insert(c);
            }
            self.exists(&who, "source", &a.source, &sources);
            used_sources.insert(&a.source);
        }

        for e in d.events.iter() {
            let who = format!("event `{}`", e.id);
            self.date(&who, "date", e.date);
            self.text(&who, "title", &e.title);
            self.text(&who, "summary", &e.summary);
            self.nonempty(&who, "excerpt", &e.excerpt);
            self.exists(&who, "source", &e.source, &sources);
            used_sources.insert(&e.source);
            if e.actors.is_empty() {
                self.err(&who, "names no actor");
            }
            for a in e.actors.iter() {
                self.exists(&who, "actor", a, &actors);
                used_actors.insert(a);
            }
            for f in e.figures.iter() {
                self.exists(&who, "figure", f, &figures);
            }
            if let Some(c) = &e.check {
                self.text(&who, "check", c);
            }
            if e.status != Status::AsReported && e.check.is_none() {
                self.err(&who, format!("status {} needs the fact check's note in `check`", e.status.key()));
            }
        }

        for p in d.programmes.iter() {
            let who = format!("programme `{}`", p.id);
            self.text(&who, "name", &p.name);
            self.text(&who, "summary", &p.summary);
            self.exists(&who, "source", &p.source, &sources);
            used_sources.insert(&p.source);
            if let Some(date) = p.date {
                self.date(&who, "date", date);
            }
            if p.owners.is_empty() {
                self.err(&who, "names no owner");
            }
            for a in p.owners.iter() {
                self.exists(&who, "actor", a, &actors);
                used_actors.insert(a);
            }
            let terms = p.offer.iter().flat_map(|o| o.gets.iter().chain(o.gives.iter()).chain(o.depends_on.iter()));
            for pt in p.parts.iter().chain(terms) {
                self.point(&who, pt, &sources, &figures);
                used_sources.insert(&pt.source);
            }
            if let Some(o) = &p.offer {
                if o.gets.is_empty() || o.gives.is_empty() || o.depends_on.is_empty() {
                    self.err(&who, "an offer needs gets, gives and depends_on");
                }
            }
            if let Some(c) = &p.check {
                self.text(&who, "check", c);
            }
            if p.status != Status::AsReported && p.check.is_none() {
                self.err(&who, format!("status {} needs the fact check's note in `check`", p.status.key()));
            }
        }

        for q in d.quotes.iter() {
            let who = format!("quote `{}`", q.id);
            self.exists(&who, "actor", &q.speaker, &actors);
            used_actors.insert(&q.speaker);
            self.nonempty(&who, "original", &q.original);
            self.text(&who, "text", &q.text);
            self.date(&who, "date", q.date);
            self.exists(&who, "source", &q.source, &sources);
            used_sources.insert(&q.source);
            if let Some(e) = &q.event {
                self.exists(&who, "event", e, &events);
            }
            if let Some(c) = &q.check {
                self.text(&who, "check", c);
            }
        }

        for l in d.layers.iter() {
            let who = format!("layer `{}`", l.id);
            self.text(&who, "name", &l.name);
            self.text(&who, "description", &l.description);
            for h in l.holders.iter() {
                self.exists(&who, "actor", &h.actor, &actors);
                used_actors.insert(&h.actor);
                self.point(&who, &h.point, &sources, &figures);
                used_sources.insert(&h.point.source);
            }
        }

        for c in d.case_studies.iter() {
            let who = format!("case_study `{}`", c.id);
            self.exists(&who, "actor", &c.country, &actors);
            used_actors.insert(&c.country);
            self.text(&who, "lesson", &c.lesson);
            if c.points.is_empty() {
                self.err(&who, "has no sourced points");
            }
            for p in c.points.iter() {
                self.point(&who, p, &sources, &figures);
                used_sources.insert(&p.source);
            }
            for l in c.specializes.iter().chain(c.partners_for.iter()) {
                self.exists(&who, "layer", l, &layers);
            }
        }

        let mut orders = BTreeSet::new();
        for r in d.recommendations.iter() {
            let who = format!("recommendation `{}`", r.id);
            self.text(&who, "title", &r.title);
            self.text(&who, "summary", &r.summary);
            self.nonempty(&who, "excerpt", &r.excerpt);
            self.exists(&who, "source", &r.source, &sources);
            used_sources.insert(&r.source);
            if !orders.insert(r.order) {
                self.err(&who, format!("order {} is used twice", r.order));
            }
        }

        for p in d.sim_params.iter() {
            let who = format!("sim_param `{}`", p.id);
            self.text(&who, "name", &p.name);
            self.text(&who, "note", &p.note);
            let ok = [p.default, p.min, p.max, p.step].iter().all(|v| v.is_finite())
                && p.min <= p.default
                && p.default <= p.max
                && p.step > 0.0;
            if !ok {
                self.err(&who, "needs finite min ≤ default ≤ max and a positive step");
            }
            if let Some(f) = &p.figure {
                self.exists(&who, "figure", f, &figures);
            }
            if let Some((layer, _)) = p.id.split_once('.') {
                self.exists(&who, "layer", layer, &layers);
            }
        }
        for p in d.sim_profiles.iter() {
            let who = format!("sim_profile `{}`", p.id);
            self.text(&who, "name", &p.name);
            self.text(&who, "note", &p.note);
            if let Some(a) = &p.actor {
                self.exists(&who, "actor", a, &actors);
                used_actors.insert(a);
            }
            for (field, v) in [
                ("budget", &p.budget),
                ("grid_headroom", &p.grid_headroom),
                ("talent", &p.talent),
                ("scale", &p.scale),
                ("market", &p.market),
            ] {
                self.text(&who, &format!("{field}.note"), &v.note);
                if !(v.value.is_finite() && v.value >= 0.0) {
                    self.err(&who, format!("{field} must be a non-negative number"));
                }
                if let Some(f) = &v.figure {
                    self.exists(&who, "figure", f, &figures);
                }
            }
            if p.talent.value > 1.0 {
                self.err(&who, "talent is a 0–1 index");
            }
            for st in p.strengths.iter() {
                self.exists(&who, "layer", &st.layer, &layers);
                self.text(&who, "strength note", &st.note);
                if !(0.0..=1.0).contains(&st.value) {
                    self.err(&who, format!("strength in `{}` must be within 0–1", st.layer));
                }
                if let Some(f) = &st.figure {
                    self.exists(&who, "figure", f, &figures);
                }
            }
            let chosen: Vec<&Str> = p.build.iter().chain(p.partner.iter()).collect();
            for l in chosen.iter().copied().chain(p.specialize.iter()) {
                self.exists(&who, "layer", l, &layers);
            }
            let mut seen = BTreeSet::new();
            for l in &chosen {
                if !seen.insert(&***l) {
                    self.err(&who, format!("layer `{l}` is both built and partnered"));
                }
            }
            if let Some(c) = &p.case_study {
                if !d.case_studies.iter().any(|x| x.id == *c) {
                    self.err(&who, format!("refers to unknown case_study `{c}`"));
                }
            }
        }

        self.unique("correction", &d.corrections, |x| &x.id);
        for c in d.corrections.iter() {
            self.errors.extend(correction_errors(c, d));
        }

        for s in &sources {
            if !used_sources.contains(s) {
                self.err(&format!("source `{s}`"), "is an orphan: no record cites it");
            }
        }
        for r in &rates {
            if !used_rates.contains(r) {
                self.err(&format!("rate `{r}`"), "is an orphan: no figure uses it");
            }
        }
        for s in &series {
            if !used_series.contains(s) {
                self.err(&format!("series `{s}`"), "is an orphan: no figure belongs to it");
            }
        }
        for x in &disagreements {
            if !used_disagreements.contains(x) {
                self.err(&format!("disagreement `{x}`"), "is an orphan: no figure links to it");
            }
        }
        for a in &actors {
            if !used_actors.contains(a) {
                self.err(&format!("actor `{a}`"), "is an orphan: no record refers to it");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn l10n(s: &'static str) -> L10n {
        L10n { ja: Cow::Borrowed(s), en: Cow::Borrowed(s) }
    }

    /// A small hand-made figure: a dollar amount with the given excerpt and status.
    fn fig(id: &'static str, excerpt: &'static str, status: Status) -> Figure {
        Figure {
            id: Cow::Borrowed(id),
            source: Cow::Borrowed("art001"),
            excerpt: Cow::Borrowed(excerpt),
            claim: l10n("a claim"),
            label: None,
            value: 6e9,
            bound: None,
            unit: Unit::Money,
            currency: Some(Currency::USD),
            usd: Some(Usd { value: 6e9, rate: Cow::Borrowed("usd") }),
            refers_to: Date::ymd(2025, 7, 15),
            status,
            check: Some(l10n("a note")),
            status_note: None,
            primary: None,
            outside_articles: false,
            money: None,
            series: None,
            conflicts: Cow::Borrowed(&[]),
            actors: Cow::Borrowed(&[]),
        }
    }

    fn empty_dataset() -> Dataset {
        Dataset {
            version: Cow::Borrowed("0"),
            checked: Date::ymd(2026, 12, 1),
            sources: Cow::Borrowed(&[]),
            rates: Cow::Borrowed(&[]),
            figures: Cow::Owned(vec![fig("known_figure", "60億ドル", Status::Verified)]),
            disagreements: Cow::Borrowed(&[]),
            series: Cow::Borrowed(&[]),
            actors: Cow::Borrowed(&[]),
            events: Cow::Borrowed(&[]),
            programmes: Cow::Borrowed(&[]),
            quotes: Cow::Borrowed(&[]),
            layers: Cow::Borrowed(&[]),
            case_studies: Cow::Borrowed(&[]),
            recommendations: Cow::Borrowed(&[]),
            sim_params: Cow::Borrowed(&[]),
            sim_profiles: Cow::Borrowed(&[]),
            corrections: Cow::Borrowed(&[]),
        }
    }

    fn correction(records: &[&'static str], chapters: &[&'static str]) -> Correction {
        Correction {
            id: Cow::Borrowed("bad_entry"),
            date: Date::ymd(2026, 12, 1),
            records: Cow::Owned(records.iter().map(|r| Cow::Borrowed(*r)).collect()),
            chapters: Cow::Owned(chapters.iter().map(|r| Cow::Borrowed(*r)).collect()),
            what: l10n("what changed"),
            why: l10n("why"),
            kept: false,
        }
    }

    #[test]
    fn every_qualifier_is_found_in_an_excerpt() {
        for (excerpt, q) in [
            ("7500億ドル超", "超"),
            ("30カ国以上", "以上"),
            ("最大60億ドル", "最大"),
            ("1000億ドル近く", "近く"),
            ("More than $2 trillion", "more than"),
            ("CoreWeave up to $6B", "up to"),
            ("nearly $100B", "nearly"),
            ("at least 5 years", "at least"),
        ] {
            assert_eq!(qualifier_in(excerpt), Some(q), "{excerpt}");
        }
        assert_eq!(qualifier_in("$25B"), None);
    }

    #[test]
    fn a_qualified_excerpt_without_a_bound_is_rejected_by_name() {
        let f = fig("coreweave_up_to", "CoreWeave up to $6B", Status::Verified);
        let e = qualifier_without_bound(&f).expect("rejected");
        assert!(e.starts_with("figure `coreweave_up_to`"), "{e}");
        assert!(e.contains("up to"), "{e}");
        let bounded = Figure { bound: Some(Bound::AtMost), ..f };
        assert_eq!(qualifier_without_bound(&bounded), None);
        assert_eq!(qualifier_without_bound(&fig("plain", "$25B", Status::Verified)), None);
    }

    #[test]
    fn a_part_stronger_than_its_total_needs_a_note() {
        let parent = fig("summit_total", "920億ドル", Status::Contradicted);
        let child = fig("google_share", "250億ドル", Status::Verified);
        let e = part_stronger_than_parent(&child, &parent).expect("rejected");
        assert!(e.starts_with("figure `google_share`"), "{e}");
        assert!(e.contains("`summit_total`"), "{e}");
        let noted = Figure { status_note: Some(l10n("the amounts were checked; the attribution was not")), ..child };
        assert_eq!(part_stronger_than_parent(&noted, &parent), None);
        let weaker = fig("weaker_part", "250億ドル", Status::Contradicted);
        assert_eq!(part_stronger_than_parent(&weaker, &parent), None);
    }

    #[test]
    fn a_correction_naming_an_unknown_record_is_rejected_by_name() {
        let d = empty_dataset();
        let errors = correction_errors(&correction(&["figure:known_figure", "figure:no_such_figure"], &[]), &d);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("correction `bad_entry`"), "{errors:?}");
        assert!(errors[0].contains("`figure:no_such_figure`"), "{errors:?}");
        let errors = correction_errors(&correction(&["nonsense"], &[]), &d);
        assert!(errors[0].contains("`nonsense`"), "{errors:?}");
        assert!(correction_errors(&correction(&["figure:known_figure"], &[]), &d).is_empty());
        let errors = correction_errors(&correction(&[], &[]), &d);
        assert!(errors[0].contains("names no record"), "{errors:?}");
    }

    #[test]
    fn a_correction_naming_an_unknown_chapter_is_rejected_by_name() {
        let log = [correction(&[], &["money", "no-such-chapter"])];
        let errors = correction_chapters(&log, &["money", "sources"]);
        assert_eq!(errors, vec!["correction `bad_entry`: names unknown chapter `no-such-chapter`".to_string()]);
    }

    #[test]
    fn the_whole_validator_reports_the_new_rules() {
        let mut d = empty_dataset();
        d.corrections = Cow::Owned(vec![correction(&["event:nowhere"], &[])]);
        d.figures.to_mut().push(fig("nearly_fig", "nearly $100B", Status::Refined));
        let errors = validate(&d);
        assert!(
            errors.iter().any(|e| e.starts_with("correction `bad_entry`") && e.contains("event:nowhere")),
            "{errors:#?}"
        );
        assert!(errors.iter().any(|e| e.starts_with("figure `nearly_fig`") && e.contains("bound")), "{errors:#?}");
    }
}
