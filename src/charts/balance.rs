//! Stub: the balance chart (being written).

use crate::model::Dataset;
use charming::Chart;

/// Builds the balance chart.
pub fn balance_chart(_dataset: &Dataset) -> Chart {
    Chart::new()
}

/// One-line text description of the balance chart.
pub fn balance_description(_dataset: &Dataset) -> String {
    String::new()
}
