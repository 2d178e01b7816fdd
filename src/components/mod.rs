//! Leptos views only: each reads the app state and renders; no logic of its own.

pub mod after;
pub mod app;
pub mod data_bar;
pub mod data_table;
pub mod datatext;
pub mod echart;
pub mod embed;
pub mod lang_switch;
pub mod masthead;
pub mod predict;
pub mod progress;
pub mod scenario_panel;
pub mod sections;
pub mod share;
pub mod theme_switch;

pub use app::App;
