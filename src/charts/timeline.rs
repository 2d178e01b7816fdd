//! Stub: the timeline chart (being written).

use crate::model::Dataset;
use charming::Chart;

/// Builds the timeline chart.
pub fn timeline_chart(_dataset: &Dataset) -> Chart {
    Chart::new()
}

/// One-line text description of the timeline chart.
pub fn timeline_description(_dataset: &Dataset) -> String {
    String::new()
}
