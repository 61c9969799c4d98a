//! The pure core: everything that can be computed and tested without a browser.

pub mod content;
pub mod dataset;
pub mod export;
pub mod format;
pub mod i18n;
pub mod link;
pub mod markup;
pub mod model;
pub mod money;
pub mod sim;
pub mod validate;
