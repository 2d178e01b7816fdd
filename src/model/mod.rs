//! Pure model: dataset, dates, projection and the words that describe them. No leptos, no clock.

pub mod dataset;
pub mod date;
pub mod export;
pub mod projection;
pub mod query;
pub mod summary;
pub mod theme;

pub use dataset::{DataError, Dataset, Kind, Observation, Source};
pub use date::Date;
pub use projection::{Outcome, PaceBasis, Projection, Scenario};
pub use theme::{Theme, ThemeChoice};
