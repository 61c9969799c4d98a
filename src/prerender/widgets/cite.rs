//! "Cite this", as `ui::cite::CiteThis` shows it on a fresh visit (the whole explainer, and the view, which is
//! then the same): the plain-text and BibTeX citations of `domain::cite`. The page cannot know its own address or
//! the reader's date before the app starts, so those two are blanks to fill in; the copy buttons need the app
//! (`js-only`).

use leptos::prelude::*;

use crate::domain::cite::{bibtex, plain, Citation};
use crate::domain::i18n::{Lang, Ui};
use crate::domain::link::LinkState;

/// The citation of the default view in `lang`, its link this page's address (a blank) and the view's fragment.
pub fn citation(lang: Lang) -> Citation {
    let fragment = LinkState { lang: Some(lang), ..Default::default() }.to_fragment(true);
    Citation::new(None, format!("{}#{fragment}", Ui::CiteAddressBlank.get(lang)), None, lang)
}

fn copy_block(label: Ui, text: String, lang: Lang) -> impl IntoView {
    view! {
        <div class="cite-block">
            <p class="cite-label">{label.get(lang)}</p>
            <pre class="cite-text" tabindex="0">{text}</pre>
            <button type="button" class="js-only">{Ui::Copy.get(lang)}</button>
            <span class="copied" role="status"></span>
        </div>
    }
}

fn both_formats(c: &Citation, lang: Lang) -> impl IntoView {
    view! {
        {copy_block(Ui::CitePlain, plain(c), lang)}
        {copy_block(Ui::CiteBibtex, bibtex(c), lang)}
    }
}

pub fn cite_this(lang: Lang) -> impl IntoView {
    let c = citation(lang);
    view! {
        <div class="cite-this">
            <h3>{Ui::CiteWhole.get(lang)}</h3>
            {both_formats(&c, lang)}
            <h3>{Ui::CiteView.get(lang)}</h3>
            {both_formats(&c, lang)}
        </div>
    }
}
