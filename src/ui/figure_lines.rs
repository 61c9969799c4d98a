//! `FigureLines`: a line chart of dataset figures over time, with table, CSV, tooltips and sources derived from
//! the same points (`domain::figure_chart::lines`, which the prerendered SVG draws too).

use std::rc::Rc;

use leptos::prelude::*;

use crate::charts::Theme;
use crate::domain::figure_chart::lines;
use crate::domain::format;

use crate::domain::figure_chart::lines::LineData;

use super::chart::{ChartFrame, Tip};
use super::sources::{status_label, value_text};

#[component]
pub fn FigureLines(
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] data: Signal<LineData>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let ctx = super::state::use_ctx();
    let draw: super::chart::DrawFn = Rc::new(move |root: &_, theme: &Theme, chrome: Option<&_>| {
        ctx.lang.track();
        data.with(|d| lines::draw(root, d, theme, chrome))
    });
    let height = Rc::new(lines::height);
    let tips = Signal::derive(move || {
        let lang = ctx.lang.get();
        data.get()
            .lines
            .iter()
            .flat_map(|l| {
                l.points.iter().map(move |p| Tip {
                    label: l.name.clone(),
                    value: value_text(p.figure, lang),
                    note: format!(
                        "{} · {}",
                        format::date(p.figure.refers_to, lang),
                        status_label(p.figure.status).get(lang)
                    ),
                    figure: Some(&p.figure.id),
                })
            })
            .collect()
    });
    let table = Signal::derive(move || data.with(|d| lines::table(d, ctx.lang.get())));
    let csv = Signal::derive(move || data.with(lines::csv));
    let sources =
        Signal::derive(move || data.with(|d| d.figures().into_iter().map(|f| &*f.id).collect::<Vec<&'static str>>()));
    view! { <ChartFrame id=id title=title summary=summary height=height draw=draw tips=tips table=table csv=csv sources=sources children=children.unwrap_or_else(|| Box::new(|| ().into_any()))/> }
}
