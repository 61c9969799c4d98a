//! The link-preview image of each language (`preview-ja.png`, `preview-en.png`, 1200×630, what Open Graph and
//! Twitter cards show): the explainer's title and the money chart's largest pledges and funds, drawn by the same
//! `charts::money::draw` as the page, as SVG, then rasterized with resvg and the system's fonts.

use crate::charts::money::{self, MoneyChart};
use crate::charts::Theme;
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::MoneyView;
use crate::domain::money::{bars, rows};

use super::charts::Svg;

/// The preview's size in pixels: Open Graph's recommended 1.91:1.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// How many of the largest pledges the preview shows (all that stay legible at thumbnail size).
const BARS: usize = 5;
/// The chart is drawn at half size and scaled up, so its text is twice the page's: legible in a thumbnail.
const CHART_SCALE: f64 = 2.0;
const MARGIN: f64 = 40.0;
/// The font resvg uses for the page's `sans-serif`: it holds Latin, kana and kanji alike.
const FONT: &str = "Noto Sans CJK JP";

/// The preview as SVG text.
pub fn svg(lang: Lang) -> String {
    let theme = Theme::default();
    let ink = hex(theme.ink());
    let width = WIDTH as f64 - 2.0 * MARGIN;
    let title = wrap(Ui::AppTitle.get(lang), 46.0, width);
    let mut y = MARGIN + 46.0;
    let mut text = String::new();
    for line in &title {
        text += &format!(
            r#"<text x="{MARGIN}" y="{y}" font-family="{FONT}" font-size="46" font-weight="700" fill="{ink}">{}</text>"#,
            escape(line)
        );
        y += 58.0;
    }
    let subtitle = Ui::PreviewSubtitle.get(lang);
    text += &format!(
        r##"<text x="{MARGIN}" y="{}" font-family="{FONT}" font-size="28" fill="#5a6470">{}</text>"##,
        y - 6.0,
        escape(subtitle)
    );
    let top = y + 20.0;
    let chart = chart(lang, width / CHART_SCALE);
    let scaled = chart.markup.replacen(
        &format!(r#"width="{}" height="{}""#, chart.width, chart.height),
        &format!(
            r#"x="{MARGIN}" y="{top}" width="{}" height="{}""#,
            chart.width as f64 * CHART_SCALE,
            chart.height as f64 * CHART_SCALE
        ),
        1,
    );
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"><rect width="100%" height="100%" fill="#ffffff"/><rect width="100%" height="10" fill="#0b5cad"/>{text}{scaled}</svg>"##
    )
}

/// The preview as PNG bytes, or why it could not be drawn.
pub fn png(lang: Lang) -> Result<Vec<u8>, String> {
    let mut opt = resvg::usvg::Options::default();
    opt.fontdb_mut().load_system_fonts();
    opt.fontdb_mut().set_sans_serif_family(FONT);
    opt.font_family = FONT.into();
    if !opt.fontdb.faces().any(|f| f.families.iter().any(|(name, _)| name == FONT)) {
        return Err(format!("the font {FONT} is not installed (Debian: fonts-noto-cjk; scripts/setup installs it)"));
    }
    let tree = resvg::usvg::Tree::from_str(&svg(lang), &opt).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The money chart's largest pledges (no components) at `width` CSS pixels.
fn chart(lang: Lang, width: f64) -> Svg {
    let top: Vec<_> = rows(&MoneyView::default()).into_iter().filter(|r| r.depth == 0).take(BARS).collect();
    let bars = bars(&top, lang);
    Svg::draw_at(width.round() as u32, money::height(bars.len(), width), |root, theme| {
        let tick = move |v: f64| format::axis_usd(v, lang);
        let chart =
            MoneyChart { bars: &bars, log: false, tick: &tick, axis: Ui::MoneyAxisLinear.get(lang).to_string() };
        money::draw(root, &chart, theme, None)
    })
}

/// Greedy line breaking for a title at `size` px in `width` px: between words in English, between characters in
/// Japanese (never before closing punctuation). Widths are estimates: full-width characters 1 em, others 0.56.
fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let em = |c: char| if c.is_ascii() || ('\u{2000}'..='\u{206f}').contains(&c) { 0.56 } else { 1.0 };
    let max = width / size;
    let mut lines: Vec<String> = vec![String::new()];
    let mut used = 0.0;
    let units: Vec<String> = if text.contains(' ') {
        text.split_inclusive(' ').map(str::to_string).collect()
    } else {
        text.chars().map(String::from).collect()
    };
    for unit in units {
        let w: f64 = unit.chars().map(em).sum();
        let closing = unit.starts_with(['」', '』', '、', '。', '）', ')']);
        if used + w > max && used > 0.0 && !closing {
            lines.push(String::new());
            used = 0.0;
        }
        lines.last_mut().expect("one line").push_str(&unit);
        used += w;
    }
    lines.into_iter().map(|l| l.trim_end().to_string()).collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn hex(c: plotters::style::RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_fit_in_two_lines() {
        for lang in Lang::ALL {
            let lines = wrap(Ui::AppTitle.get(lang), 46.0, WIDTH as f64 - 2.0 * MARGIN);
            assert!(lines.len() <= 2, "{lang:?}: {lines:?}");
            assert_eq!(lines.concat().replace(' ', ""), Ui::AppTitle.get(lang).replace(' ', ""));
        }
    }

    #[test]
    fn the_preview_shows_the_title_and_the_largest_pledge() {
        for lang in Lang::ALL {
            let svg = svg(lang);
            let top = rows(&MoneyView::default()).into_iter().find(|r| r.depth == 0).expect("a pledge");
            assert!(svg.contains(&escape(top.label(lang))), "{lang:?}: the largest pledge's label");
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        }
    }

    #[test]
    fn the_preview_is_a_1200_by_630_png() {
        let png = png(Lang::Ja).expect("drawn");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
    }
}
