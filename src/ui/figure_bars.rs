//! `FigureBars`: a grouped bar chart of dataset figures, with its table, CSV, tooltips and sources all derived
//! from the same cells. Widgets only decide which figures go in which row and series.

use std::rc::Rc;

use leptos::prelude::*;

use crate::charts::bars::{self, BarChart, Cell, Row};
use crate::charts::Theme;
use crate::domain::export::{num, Table};
use crate::domain::format;
use crate::domain::i18n::{Lang, Ui};
use crate::domain::model::Figure;

use super::chart::{ChartFrame, Tip};
use super::sources::{status_label, value_text};

/// How a cell is coloured: by country, or by series position.
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

/// One bar: a figure, the value drawn (which may be normalized) and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct FigCell {
    pub figure: &'static Figure,
    pub value: f64,
    pub label: String,
    pub colour: Colour,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigRow {
    pub label: String,
    pub cells: Vec<Option<FigCell>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigData {
    pub rows: Vec<FigRow>,
    /// Series names (the table's value columns and the legend); one unnamed series if empty.
    pub series: Vec<(String, Colour)>,
    pub axis: String,
    /// The axis maximum (e.g. 100 for percentages); fitted if `None`.
    pub max: Option<f64>,
    /// The first column's heading in the table.
    pub row_heading: String,
}

fn tick_for(d: &FigData, lang: Lang) -> impl Fn(f64) -> String {
    let money = d.rows.iter().flat_map(|r| r.cells.iter().flatten()).any(|c| c.figure.usd.is_some());
    let percent = d.max == Some(100.0);
    move |v: f64| {
        if percent {
            format!("{}%", format::decimal(v, 1))
        } else if money {
            format::axis_usd(v, lang)
        } else {
            format::grouped(format::round_sig(v, 3), 2)
        }
    }
}

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
        let lang = ctx.lang.get();
        let d = data.get();
        let rows: Vec<Row> = d
            .rows
            .iter()
            .map(|r| Row {
                label: r.label.clone(),
                cells: r
                    .cells
                    .iter()
                    .map(|c| match c {
                        Some(c) => Cell {
                            value: Some(c.value),
                            label: c.label.clone(),
                            colour: c.colour.resolve(theme),
                            hollow: matches!(
                                c.figure.status,
                                crate::domain::model::Status::Unverified | crate::domain::model::Status::Contradicted
                            ),
                        },
                        None => Cell { value: None, label: "—".into(), colour: theme.muted(), hollow: false },
                    })
                    .collect(),
            })
            .collect();
        let legend: Vec<(String, plotters::style::RGBColor)> = if d.series.len() > 1 {
            d.series.iter().map(|(n, c)| (n.clone(), c.resolve(theme))).collect()
        } else {
            vec![]
        };
        let tick = tick_for(&d, lang);
        bars::draw(
            root,
            &BarChart { rows: &rows, legend: &legend, max: d.max, tick: &tick, axis: d.axis.clone() },
            theme,
            chrome,
        )
    });
    let height = Rc::new(move |w: f64| {
        data.with(|d| {
            let series = d.rows.iter().map(|r| r.cells.len()).max().unwrap_or(1);
            bars::height(d.rows.len(), series, d.series.len() > 1, w)
        })
    });
    let tips = Signal::derive(move || {
        let lang = ctx.lang.get();
        let d = data.get();
        let series = d.rows.iter().map(|r| r.cells.len()).max().unwrap_or(1);
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
    let table = Signal::derive(move || {
        let lang = ctx.lang.get();
        let d = data.get();
        let names: Vec<String> = if d.series.is_empty() {
            vec![Ui::CardValue.get(lang).to_string()]
        } else {
            d.series.iter().map(|(n, _)| n.clone()).collect()
        };
        let mut header = vec![d.row_heading.clone()];
        header.extend(names.iter().cloned());
        header.push(Ui::ColStatus.get(lang).to_string());
        Table {
            name: "chart",
            header,
            rows: d
                .rows
                .iter()
                .map(|r| {
                    let mut row = vec![r.label.clone()];
                    let mut statuses = Vec::new();
                    for i in 0..names.len() {
                        match r.cells.get(i).and_then(|c| c.as_ref()) {
                            Some(c) => {
                                row.push(c.label.clone());
                                statuses.push(status_label(c.figure.status).get(lang));
                            }
                            None => row.push("—".into()),
                        }
                    }
                    statuses.dedup();
                    row.push(statuses.join(", "));
                    row
                })
                .collect(),
        }
    });
    let csv = Signal::derive(move || {
        let d = data.get();
        let mut rows = Vec::new();
        for r in &d.rows {
            for (i, c) in r.cells.iter().enumerate() {
                if let Some(c) = c {
                    let f = c.figure;
                    rows.push(vec![
                        r.label.clone(),
                        d.series.get(i).map(|(n, _)| n.clone()).unwrap_or_default(),
                        f.id.to_string(),
                        num(f.value),
                        format!("{:?}", f.unit).to_lowercase(),
                        f.currency.map(|c| c.code().to_string()).unwrap_or_default(),
                        f.usd.as_ref().map(|u| num(u.value)).unwrap_or_default(),
                        f.refers_to.to_string(),
                        f.status.key().to_string(),
                        f.source.to_string(),
                    ]);
                }
            }
        }
        Table {
            name: "chart",
            header: crate::domain::export::cols(&[
                "row",
                "series",
                "figure_id",
                "value",
                "unit",
                "currency",
                "usd",
                "refers_to",
                "status",
                "source",
            ]),
            rows,
        }
    });
    let sources = Signal::derive(move || {
        data.with(|d| {
            d.rows.iter().flat_map(|r| r.cells.iter().flatten().map(|c| &*c.figure.id)).collect::<Vec<&'static str>>()
        })
    });
    view! { <ChartFrame id=id title=title summary=summary height=height draw=draw tips=tips table=table csv=csv sources=sources children=children.unwrap_or_else(|| Box::new(|| ().into_any()))/> }
}
