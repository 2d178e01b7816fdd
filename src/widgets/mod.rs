//! The shared widgets the sections are built of: a chart with its summary, the data table and
//! its disclosure, key figures, the dataset's text and citations, and the ECharts element.
//! Widgets never import a section (`crate::sections`); sections import widgets. The cells and
//! key figures' rows are host-compiled (tested); the views run in the browser.

pub mod cells;
pub mod key_figures;

#[cfg(target_arch = "wasm32")]
pub mod chart;
#[cfg(target_arch = "wasm32")]
pub mod datatext;
#[cfg(target_arch = "wasm32")]
pub mod echart;
#[cfg(target_arch = "wasm32")]
pub mod table;
