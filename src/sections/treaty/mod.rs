//! The treaty section: the treaty's items by status, grouped by the model
//! (`model::treaty::treaty_groups`, tested there). Its view runs in the browser.

#[cfg(target_arch = "wasm32")]
pub mod view;
