//! `FigureBars`: a grouped bar chart of dataset figures, with its table, CSV, tooltips and sources all derived
//! from the same cells (`domain::figure_chart::bars`, which the prerendered SVG draws too). Widgets only decide
//! which figures go in which row and series.

use std::rc::Rc;

use leptos::prelude::*;

use crate::charts::Theme;
use crate::domain::figure_chart::bars;
use crate::domain::format;

pub use crate::domain::figure_chart::bars::{FigCell, FigData, FigRow};
pub use crate::domain::figure_chart::Colour;

use super::chart::{ChartFrame, Tip};
use super::sources::{status_label, value_text};

#[component]
pub fn FigureBars(
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] data: Signal<FigData>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let ctx = super::state::use_ctx();
    let draw: super::chart::DrawFn = Rc::new(move |root: &_, theme: &Theme, chrome: Option<&_>| {
        data.with(|d| bars::draw(root, d, ctx.lang.get(), theme, chrome))
    });
    let height = Rc::new(move |w: f64| data.with(|d| bars::height(d, w)));
    let tips = Signal::derive(move || {
        let lang = ctx.lang.get();
        let d = data.get();
        let series = d.series_count();
        let mut v = Vec::new();
        for r in &d.rows {
            for i in 0..series {
                let name = d.series.get(i).map(|(n, _)| format!(" · {n}")).unwrap_or_default();
                v.push(match r.cells.get(i).and_then(|c| c.as_ref()) {
                    Some(c) => Tip {
                        label: format!("{}{name}", r.label),
                        value: value_text(c.figure, lang),
                        note: format!(
                            "{} · {}",
                            format::date(c.figure.refers_to, lang),
                            status_label(c.figure.status).get(lang)
                        ),
                        figure: Some(&c.figure.id),
                    },
                    None => Tip {
                        label: format!("{}{name}", r.label),
                        value: "—".into(),
                        note: String::new(),
                        figure: None,
                    },
                });
            }
        }
        v
    });
    let table = Signal::derive(move || data.with(|d| bars::table(d, ctx.lang.get())));
    let csv = Signal::derive(move || data.with(bars::csv));
    let sources =
        Signal::derive(move || data.with(|d| d.figures().into_iter().map(|f| &*f.id).collect::<Vec<&'static str>>()));
    view! { <ChartFrame id=id title=title summary=summary height=height draw=draw tips=tips table=table csv=csv sources=sources children=children.unwrap_or_else(|| Box::new(|| ().into_any()))/> }
}
