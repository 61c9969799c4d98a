//! Build, partner or specialize: the orchestrated-sovereignty simulator (pure; no browser needed).
//!
//! `layers` names the stack, `model` is the arithmetic, `ledger` turns the dataset's parameter and profile
//! records into model inputs, `state` is the simulator's part of the link, `story` writes the sentences that
//! react to the outcome, `charts` the data of its outcome and exposure charts.

pub mod charts;
pub mod layers;
pub mod ledger;
pub mod model;
pub mod state;
pub mod story;

pub use layers::{Choice, Layer, N};
pub use model::{run, Ledger, Outcome, Profile, Shocks, Strategy};
