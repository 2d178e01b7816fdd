//! The page's frame: `App` composes the sections (`crate::sections`) under the masthead (with
//! the navigation, data bar and switches), or one section alone in an embed. Views only; the
//! shared widgets are in `crate::widgets`.

pub mod app;
pub mod data_bar;
pub mod embed;
pub mod lang_switch;
pub mod masthead;
pub mod theme_switch;

pub use app::App;
