//! Colours, type sizes and the device-pixel scale shared by every chart.
//!
//! The palette is Okabe & Ito's, which stays distinguishable with the common colour-vision deficiencies; every
//! chart also names its categories in text, so colour is never the only cue.

use plotters::style::RGBColor;

/// Okabe–Ito hues. Purple, orange and sky are darkened a little (same hue) so that every mark keeps a 3:1
/// contrast with a white background (WCAG 1.4.11); on the dark background all are lightened instead.
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
pub const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
pub const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
pub const PURPLE: RGBColor = RGBColor(0xB8, 0x6D, 0x96);
pub const SKY: RGBColor = RGBColor(0x45, 0x90, 0xBA);
pub const ORANGE: RGBColor = RGBColor(0xB8, 0x7F, 0x00);
pub const GREY: RGBColor = RGBColor(0x88, 0x88, 0x88);

/// How a chart is drawn: light or dark, at which pixel density, with which font.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Device pixels per CSS pixel (2 on most phones): every size below is multiplied by it.
    pub scale: f64,
    pub dark: bool,
    pub font: &'static str,
}

impl Default for Theme {
    fn default() -> Self {
        Theme { scale: 1.0, dark: false, font: "sans-serif" }
    }
}

impl Theme {
    /// A length in device pixels.
    pub fn px(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }
    pub fn background(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x1b, 0x1d, 0x21)
        } else {
            RGBColor(0xff, 0xff, 0xff)
        }
    }
    pub fn ink(&self) -> RGBColor {
        if self.dark {
            RGBColor(0xe8, 0xe6, 0xe3)
        } else {
            RGBColor(0x1f, 0x1f, 0x1f)
        }
    }
    pub fn muted(&self) -> RGBColor {
        if self.dark {
            RGBColor(0xa9, 0xa9, 0xa9)
        } else {
            RGBColor(0x5c, 0x5c, 0x5c)
        }
    }
    pub fn grid(&self) -> RGBColor {
        if self.dark {
            RGBColor(0x3a, 0x3d, 0x42)
        } else {
            RGBColor(0xe3, 0xe3, 0xe3)
        }
    }
    /// The colour of a country or bloc; the same everywhere in the app.
    pub fn actor(&self, id: &str) -> RGBColor {
        let c = match id {
            "us" => BLUE,
            "china" => VERMILLION,
            "uk" => GREEN,
            "eu" => PURPLE,
            "japan" => ORANGE,
            "korea" | "south_korea" => SKY,
            _ => GREY,
        };
        if self.dark {
            lighten(c, 0.25)
        } else {
            c
        }
    }
}

impl Theme {
    /// The `i`-th colour of the series palette (for categories that are not countries).
    pub fn series(&self, i: usize) -> RGBColor {
        const PALETTE: [RGBColor; 6] = [BLUE, VERMILLION, GREEN, PURPLE, SKY, ORANGE];
        let c = PALETTE[i % PALETTE.len()];
        if self.dark {
            lighten(c, 0.25)
        } else {
            c
        }
    }
}

/// Mixes a colour toward white by `t` (0–1), to keep marks visible on a dark background.
pub fn lighten(c: RGBColor, t: f64) -> RGBColor {
    let m = |v: u8| (v as f64 + (255.0 - v as f64) * t).round() as u8;
    RGBColor(m(c.0), m(c.1), m(c.2))
}

/// Relative luminance (WCAG 2), for contrast tests.
pub fn luminance(c: RGBColor) -> f64 {
    let ch = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_colours_meet_wcag_aa_in_both_themes() {
        for dark in [false, true] {
            let t = Theme { dark, ..Theme::default() };
            assert!(contrast(t.ink(), t.background()) >= 7.0, "ink, dark={dark}");
            assert!(contrast(t.muted(), t.background()) >= 4.5, "muted text, dark={dark}");
        }
    }

    #[test]
    fn country_colours_stand_out_from_the_background() {
        // WCAG 1.4.11: graphical objects need 3:1 against what surrounds them.
        for dark in [false, true] {
            let t = Theme { dark, ..Theme::default() };
            for id in ["us", "china", "uk", "eu", "japan", "world"] {
                let c = contrast(t.actor(id), t.background());
                assert!(c >= 3.0, "{id} dark={dark}: {c:.2}");
            }
            for i in 0..6 {
                let c = contrast(t.series(i), t.background());
                assert!(c >= 3.0, "series {i} dark={dark}: {c:.2}");
            }
        }
    }
}
