//! Charts drawn natively to SVG: the same drawing code the browser runs on a canvas.

use explainer::charts::money::{self, Bar, MoneyChart};
use explainer::charts::Theme;
use explainer::domain::format::axis_usd;
use explainer::domain::i18n::Lang;
use explainer::domain::link::{MoneyView, Scale};
use explainer::domain::money::rows;
use plotters::prelude::*;
use plotters_svg::SVGBackend;

fn bars(lang: Lang) -> Vec<Bar> {
    rows(&MoneyView::default())
        .into_iter()
        .filter_map(|r| {
            Some(Bar {
                label: r.label(lang).to_string(),
                actor: r.country.to_string(),
                usd: r.usd?,
                value_label: axis_usd(r.usd?, lang),
                depth: r.depth,
            })
        })
        .collect()
}

fn svg(bars: &[Bar], log: bool, width: u32) -> (String, Vec<explainer::charts::Mark>) {
    let mut out = String::new();
    let h = money::height(bars.len(), width as f64) as u32;
    let marks = {
        let root = SVGBackend::with_string(&mut out, (width, h)).into_drawing_area();
        let tick = |v: f64| axis_usd(v, Lang::En);
        let chart = MoneyChart { bars, log, tick: &tick, axis: "US dollars".into() };
        let marks = money::draw(&root, &chart, &Theme::default(), None).expect("draws");
        root.present().unwrap();
        marks
    };
    (out, marks)
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\'', "&apos;").replace('"', "&quot;")
}

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

#[test]
fn the_money_chart_has_one_bar_and_one_label_per_pledge() {
    let b = bars(Lang::En);
    assert!(b.len() >= 10, "{} bars", b.len());
    let (svg, marks) = svg(&b, false, 900);
    assert_eq!(marks.len(), b.len());
    for bar in &b {
        assert!(svg.contains(&xml(&bar.label)), "label {}", bar.label);
        assert!(svg.contains(&bar.value_label), "value {}", bar.value_label);
    }
    // Bars are filled rectangles in the country colours (US blue, China vermillion, UK green).
    let theme = Theme::default();
    for (actor, min) in [("us", 2), ("china", 2), ("uk", 2)] {
        let colour = hex(theme.actor(actor));
        let n = svg.matches(&format!("fill=\"{colour}\"")).count();
        assert!(n >= min, "{actor}: {n} bars in {colour}");
    }
}

#[test]
fn the_largest_bar_is_the_longest() {
    let b = bars(Lang::En);
    let (_, marks) = svg(&b, false, 900);
    let widest = marks.iter().max_by(|a, c| a.x1.total_cmp(&c.x1)).unwrap();
    let largest = b.iter().enumerate().max_by(|a, c| a.1.usd.total_cmp(&c.1.usd)).unwrap().0;
    assert_eq!(widest.index, largest);
    // Marks follow the input order top to bottom.
    assert!(marks.windows(2).all(|w| w[0].y0 < w[1].y0));
}

#[test]
fn the_log_scale_has_decade_ticks() {
    let b = bars(Lang::En);
    let (linear, lin_marks) = svg(&b, false, 900);
    let (log, marks) = svg(&b, true, 900);
    assert_ne!(linear, log);
    assert!(log.contains("$1B") && log.contains("$10B") && log.contains("$100B"), "decade ticks on the log axis");
    // On a linear scale the smallest bar is a sliver; on the log scale it has a clearly visible length.
    let min = |m: &[explainer::charts::Mark]| m.iter().map(|m| m.x1).fold(f64::MAX, f64::min);
    assert!(min(&marks) - min(&lin_marks) > 60.0, "log {} vs linear {}", min(&marks), min(&lin_marks));
}

#[test]
fn narrow_charts_stack_labels_above_bars() {
    let b = bars(Lang::Ja);
    let (svg, marks) = svg(&b, false, 360);
    assert_eq!(marks.len(), b.len());
    assert!(svg.contains("スターゲート計画"));
    assert!(money::height(b.len(), 360.0) > money::height(b.len(), 900.0));
}

#[test]
fn an_empty_selection_still_draws() {
    let (svg, marks) = svg(&[], false, 600);
    assert!(marks.is_empty());
    assert!(svg.starts_with("<svg"));
}

#[test]
fn filters_change_the_rows() {
    let all = rows(&MoneyView::default());
    let china = rows(&MoneyView { countries: vec!["china"], ..MoneyView::default() });
    assert!(china.len() < all.len() && !china.is_empty());
    assert!(china.iter().all(|r| r.country == "china"));
    let log = MoneyView { scale: Scale::Log, ..MoneyView::default() };
    assert_eq!(rows(&log).len(), all.len(), "the scale does not filter");
    // Components follow their total.
    for (i, r) in all.iter().enumerate() {
        if r.depth == 1 {
            let parent = r.figure.money.as_ref().unwrap().part_of.as_deref().unwrap();
            let above = all[..i].iter().rev().find(|x| x.depth == 0).unwrap();
            assert_eq!(&*above.figure.id, parent);
        }
    }
}
