//! The pure core: everything that can be computed and tested without a browser.

pub mod cite;
pub mod classroom;
pub mod compare;
pub mod content;
pub mod corrections;
pub mod dataset;
pub mod export;
pub mod figure_chart;
pub mod format;
pub mod grid;
pub mod i18n;
pub mod japan;
pub mod link;
pub mod markup;
pub mod model;
pub mod money;
pub mod pages;
pub mod quiz;
pub mod reference;
pub mod series;
pub mod sim;
pub mod stack;
pub mod timeline;
pub mod validate;
pub mod views;
