//! The classroom kit's pure parts: each lesson step's minutes and the link it opens (its chapter or widget, with a
//! simulator profile loaded if it names one), and the worksheet's items. Shown by `ui::classroom` and, statically,
//! by `prerender::widgets`.

use super::content::{Chapter, LessonStep};
use super::dataset::{chapter, chapters, classroom};
use super::i18n::Lang;
use super::link::LinkState;
use super::model::L10n;
use super::sim::{ledger, state::SimState};

/// The link a lesson step opens: its chapter or widget, with a simulator profile loaded if it names one.
pub fn step_link(lang: Lang, chapter_slug: &'static str, widget: &'static str, profile: &'static str) -> String {
    let mut st = LinkState { lang: Some(lang), ..LinkState::default() };
    if !chapter_slug.is_empty() {
        st.chapter = chapter(chapter_slug).map(|c| &*c.slug).or(Some(chapter_slug));
    }
    if !widget.is_empty() {
        st.anchor = Some(widget);
    }
    if !profile.is_empty() {
        st.sim = SimState { profile, strategy: ledger::preset(profile), locked: false, ..SimState::default() };
        st.chapter = Some("orchestration");
        st.anchor = Some("simulator");
    }
    format!("#{}", st.to_fragment(true))
}

/// A lesson step with its place in the lesson's minutes.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub step: &'static LessonStep,
    /// Minutes from the lesson's start to the step's start and end.
    pub from: u32,
    pub to: u32,
}

impl Step {
    /// The step's link (`step_link`) and the title of the chapter it opens, if it opens one.
    pub fn target(&self, lang: Lang) -> Option<(String, String)> {
        let s = self.step;
        (!s.chapter.is_empty() || !s.profile.is_empty()).then(|| {
            let what = chapter(&s.chapter).map(|c| lang.pick(&c.title).to_string()).unwrap_or_default();
            (step_link(lang, &s.chapter, &s.widget, &s.profile), what)
        })
    }

    /// The place in the page the step opens (a widget's or a chapter's link target), without its settings.
    pub fn place(&self) -> Option<&'static str> {
        let s = self.step;
        if !s.profile.is_empty() {
            Some("simulator")
        } else if !s.widget.is_empty() {
            Some(&s.widget)
        } else if !s.chapter.is_empty() {
            Some(&s.chapter)
        } else {
            None
        }
    }
}

/// The suggested lesson, step by step.
pub fn lesson() -> Vec<Step> {
    let mut elapsed = 0u32;
    classroom()
        .lesson
        .iter()
        .map(|step| {
            let from = elapsed;
            elapsed += step.minutes as u32;
            Step { step, from, to: elapsed }
        })
        .collect()
}

/// The worksheet: every chapter's discussion questions (with their chapter), then the kit's own tasks.
pub fn worksheet() -> Vec<(Option<&'static Chapter>, &'static L10n)> {
    chapters()
        .iter()
        .flat_map(|c| c.questions.iter().map(move |q| (Some(c), q)))
        .chain(classroom().worksheet.iter().map(|t| (None, t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_link_reads_back_without_notices() {
        for lang in Lang::ALL {
            for s in lesson() {
                if let Some((href, _)) = s.target(lang) {
                    let (st, notices) = LinkState::from_fragment(&href);
                    assert!(notices.is_empty(), "{href}: {notices:?}");
                    assert_eq!(st.lang, Some(lang));
                }
            }
        }
        assert_eq!(lesson().last().map(|s| s.to), Some(classroom().lesson.iter().map(|s| s.minutes as u32).sum()));
    }
}
