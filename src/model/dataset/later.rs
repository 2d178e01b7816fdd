//! The layer of reports and forecasts published after the article (issue #19), typed apart
//! from the article's own figures so that nothing here can feed them.

use super::{word, Source};
use crate::model::date::Date;
use serde::{Deserialize, Serialize};

/// What a later figure counts: the measures inside the programs (percent), or whole programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Counts {
    /// Percent of the (about 1,000) measures inside the programs.
    Measures,
    /// Number of programs fully implemented.
    Programs,
}

/// How precisely a source dates a later report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// The day.
    #[default]
    Day,
    /// The month only.
    Month,
    /// The half year only (the date is the half's last day).
    Half,
}

/// A figure reported after (or outside) the article, with who said it and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LaterReport {
    /// Stable identifier.
    pub id: String,
    /// When the figure held, as precisely as [`LaterReport::precision`] says.
    pub date: Date,
    /// Day, month or half year.
    #[serde(default, skip_serializing_if = "is_day")]
    pub precision: Precision,
    /// Measures (percent) or programs (a count).
    #[serde(deserialize_with = "word")]
    pub counts: Counts,
    /// The figure; `None` for a range (`min`/`max`) or a report without a figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// A range's low end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// A range's high end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Who said it.
    pub who: String,
    /// The wording, quoted.
    pub wording: String,
    /// Where it was published.
    pub source: Source,
    /// Always true: validation refuses a report of this layer that claims to be the article's.
    pub after_article: bool,
}

fn is_day(precision: &Precision) -> bool {
    *precision == Precision::Day
}

impl LaterReport {
    /// The figure's low and high ends (equal for a single value); `None` without a figure.
    pub fn bounds(&self) -> Option<(f64, f64)> {
        match (self.value, self.min, self.max) {
            (Some(v), _, _) => Some((v, v)),
            (None, Some(lo), Some(hi)) => Some((lo, hi)),
            _ => None,
        }
    }

    /// The figure as one number: the value, or a range's midpoint.
    pub fn central(&self) -> Option<f64> {
        self.bounds().map(|(lo, hi)| (lo + hi) / 2.0)
    }
}

/// A forecast of when the programs would be done, made before the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forecast {
    /// Stable identifier.
    pub id: String,
    /// When it was made.
    pub date: Date,
    /// Who made it.
    pub who: String,
    /// The wording, quoted.
    pub wording: String,
    /// Soonest the forecast puts completion, in months after `date`.
    pub within_months_min: u32,
    /// Latest the forecast puts completion, in months after `date`.
    pub within_months_max: u32,
    /// Where it was published.
    pub source: Source,
    /// Always true, as for [`LaterReport`].
    pub after_article: bool,
}

impl Forecast {
    /// The last day the forecast allows for completion.
    pub fn due_by(&self) -> Date {
        self.date.add_months(self.within_months_max as i32)
    }
}

/// The layer of reports and forecasts from outside the article.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Later {
    /// What the layer is and what its figures count.
    #[serde(default)]
    pub note: String,
    /// Reported figures, oldest first.
    #[serde(default)]
    pub reports: Vec<LaterReport>,
    /// Forecasts of completion, oldest first.
    #[serde(default)]
    pub forecasts: Vec<Forecast>,
}

impl Later {
    /// Whether the layer holds nothing (then it is left out of a written file).
    pub fn is_empty(&self) -> bool {
        self.note.is_empty() && self.reports.is_empty() && self.forecasts.is_empty()
    }
}
