//! Host tests that run the model through the words and the charts: what a loaded dataset goes
//! through on the page, and how its refusals read. They live apart from `model`, which speaks
//! no language.

mod dataset;
mod imports;
mod later;
mod sections;
mod translate;
