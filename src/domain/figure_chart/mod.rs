//! The view models of the charts of dataset figures (`ui::figure_bars`, `ui::figure_lines`): which figures a
//! chart shows, with their labels and colours, and everything derived from them — the drawing, the height for a
//! width, the table and the CSV. Shared by the canvas in the browser and the prerendered SVG, so both show the
//! same marks. One file per chart builds its data at a setting: `electricity`, `talent`, `model_gap`, `survey`,
//! `japan`.

use crate::charts::Theme;

pub mod bars;
pub mod electricity;
pub mod japan;
pub mod lines;
pub mod model_gap;
pub mod survey;
pub mod talent;

/// How a mark is coloured: by country, or by series position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Colour {
    Actor(&'static str),
    Series(usize),
}

impl Colour {
    pub fn resolve(self, theme: &Theme) -> plotters::style::RGBColor {
        match self {
            Colour::Actor(a) => theme.actor(a),
            Colour::Series(i) => theme.series(i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bars::{self, FigData};
    use super::lines::{self, LineData};
    use super::{electricity, japan, model_gap, survey, talent};
    use crate::domain::dataset;
    use crate::domain::i18n::Lang;
    use crate::domain::model::Figure;
    use crate::domain::views::{ElecView, GapView, JapanView, SurveyView, TalentView};

    fn sourced(f: &Figure, what: &str) {
        assert!(
            dataset::figure(&f.id).is_some_and(|g| std::ptr::eq(g, f)),
            "{what}: figure {} not in the dataset",
            f.id
        );
        assert!(dataset::source(&f.source).is_some(), "{what}: figure {} cites no known source", f.id);
    }

    fn check_bars(what: &str, d: &FigData, lang: Lang) {
        assert!(!d.rows.is_empty(), "{what}: no rows");
        for r in &d.rows {
            assert!(!r.label.is_empty(), "{what}: a row without a label");
            assert!(r.cells.iter().any(|c| c.is_some()), "{what}: row {} draws nothing", r.label);
            for c in r.cells.iter().flatten() {
                assert!(c.value.is_finite() && !c.label.is_empty(), "{what}: cell of {}", r.label);
                sourced(c.figure, what);
            }
        }
        assert!(!d.axis.is_empty() && !d.row_heading.is_empty(), "{what}: axis or heading missing");
        let t = bars::table(d, lang);
        assert_eq!(t.rows.len(), d.rows.len(), "{what}: a table row per chart row");
        assert!(t.rows.iter().all(|r| r.len() == t.header.len()), "{what}: ragged table");
        assert_eq!(bars::csv(d).rows.len(), d.figures().len(), "{what}: a CSV line per figure");
        assert!(bars::height(d, 360.0) > 0.0);
    }

    fn check_lines(what: &str, d: &LineData, lang: Lang) {
        assert!(!d.lines.is_empty(), "{what}: no lines");
        for l in &d.lines {
            assert!(!l.points.is_empty(), "{what}: line {} has no points", l.name);
            for p in &l.points {
                assert!(
                    p.y.is_finite() && p.y >= d.y_range.0 && p.y <= d.y_range.1,
                    "{what}: {} off the axis",
                    p.figure.id
                );
                sourced(p.figure, what);
            }
        }
        let t = lines::table(d, lang);
        assert_eq!(t.rows.len(), d.figures().len(), "{what}: a table row per point");
        assert_eq!(lines::csv(d).rows.len(), d.figures().len(), "{what}: a CSV line per point");
    }

    #[test]
    fn every_setting_of_every_figure_chart_has_sourced_data() {
        for lang in Lang::ALL {
            for v in ElecView::ALL {
                check_bars(&format!("electricity {v:?}"), &electricity::data(*v, lang), lang);
            }
            for v in TalentView::ALL {
                check_bars(&format!("talent {v:?}"), &talent::data(*v, lang), lang);
                assert!(!talent::title(*v, lang).is_empty());
            }
            for v in SurveyView::ALL {
                check_bars(&format!("survey {v:?}"), &survey::data(*v, lang), lang);
                assert!(!survey::title(*v, lang).is_empty());
            }
            for v in JapanView::ALL {
                check_bars(&format!("japan {v:?}"), &japan::data(*v, lang), lang);
                assert!(!japan::title(*v, lang).is_empty() && !japan::summary(*v, lang).is_empty());
            }
            for v in GapView::ALL {
                check_lines(&format!("model gap {v:?}"), &model_gap::data(*v, lang), lang);
                assert!(!model_gap::title(*v, lang).is_empty() && !model_gap::summary(*v, lang).is_empty());
            }
            assert!(!electricity::title(lang).is_empty() && !electricity::summary(lang).is_empty());
        }
    }

    #[test]
    fn the_default_settings_show_every_region_country_and_figure_they_name() {
        let lang = Lang::En;
        // Five regions, each with 2024 and 2030.
        let e = electricity::data(ElecView::default(), lang);
        assert_eq!((e.rows.len(), e.figures().len()), (5, 10));
        // Both of the article's figures are on the gap chart beside the arena line.
        let g = model_gap::data(GapView::default(), lang);
        assert_eq!(g.lines.len(), 2);
        assert_eq!(g.lines[1].points.len(), 2, "the article's two gap figures");
        // China beside the US.
        assert_eq!(talent::data(TalentView::default(), lang).rows.len(), 2);
        // Japan is among the countries compared.
        let j = japan::data(JapanView::default(), lang);
        assert!(j.figures().iter().any(|f| f.actors.iter().any(|a| a == "japan")));
    }
}
