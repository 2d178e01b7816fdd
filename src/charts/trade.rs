//! Stub: the trade chart (being written).

use crate::model::Dataset;
use charming::Chart;

/// Builds the trade chart.
pub fn trade_chart(_dataset: &Dataset) -> Chart {
    Chart::new()
}

/// One-line text description of the trade chart.
pub fn trade_description(_dataset: &Dataset) -> String {
    String::new()
}
