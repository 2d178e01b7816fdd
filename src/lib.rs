//! Union State Integration Explorer: an interactive explainer of Belarus–Russia integration.

pub mod charts;
pub mod messages;
pub mod model;
pub mod sections;
pub mod shell;
pub mod widgets;

#[cfg(test)]
mod checks;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
