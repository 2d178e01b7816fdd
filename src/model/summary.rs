//! Words and table rows generated from the model, so the page never states a number by hand.

use super::dataset::{Dataset, Kind};
use super::date::Date;
use super::projection::{programs_done, Outcome, Projection, COMPLETE};

/// Formats a number with at most `decimals` decimals, dropping a trailing ".0".
pub fn number(value: f64, decimals: usize) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    if text == "-0" {
        "0".into()
    } else {
        text
    }
}

fn points(value: f64) -> String {
    let text = number(value, 1);
    if text == "1" {
        "1 point".into()
    } else {
        format!("{text} points")
    }
}

fn duration(months: f64) -> String {
    if months < 1.0 {
        "less than a month".into()
    } else if months < 24.0 {
        format!("about {} months", number(months, 1))
    } else {
        format!("about {} years", number(months / 12.0, 1))
    }
}

/// The scenario sentence, such as "At 3.7 points a month, the remaining 20 points take …".
pub fn scenario_sentence(projection: &Projection) -> String {
    let count = projection.program_count;
    let pace = points(projection.pace);
    let opening = if projection.slowdown > 0.0 {
        format!(
            "Starting at {pace} a month and slowing by {} percent each month",
            number(projection.slowdown * 100.0, 0)
        )
    } else {
        format!("At {pace} a month")
    };
    let remaining = points(projection.remaining());
    match projection.outcome {
        Outcome::Completes { months, .. } if months <= 0.0 => format!(
            "All {count} programs were reported done by {}.",
            projection.start.long()
        ),
        Outcome::Completes { months, date } => format!(
            "{opening}, the remaining {remaining} take {}: all {count} programs would be done around {}.",
            duration(months),
            date.month_year()
        ),
        Outcome::Stalls { .. } if projection.pace == 0.0 => format!(
            "At 0 points a month, progress stays at {} percent ({} of {count} programs): the programs would never all be done.",
            number(projection.start_percent, 1),
            number(programs_done(projection.start_percent, count), 1)
        ),
        Outcome::Stalls { level } => format!(
            "{opening}, progress would level off near {} percent (about {} of {count} programs) and never reach all {count}.",
            number(level, 0),
            number(programs_done(level, count), 1)
        ),
    }
}

/// One row of the completion table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's date.
    pub date: Date,
    /// Level in percent.
    pub percent: f64,
    /// Equivalent programs done (derived from the percent).
    pub programs: f64,
    /// Reported, derived or projected.
    pub kind: Kind,
    /// The article's wording, or how the value was made.
    pub note: String,
    /// The citation, or "this page's projection".
    pub source: String,
}

/// Observed rows from the dataset, then projected rows every three months until 100 percent.
pub fn completion_rows(dataset: &Dataset, projection: &Projection) -> Vec<TableRow> {
    let count = dataset.programs.count;
    let observed = dataset.progress.iter().map(|o| TableRow {
        date: o.date,
        percent: o.percent,
        programs: programs_done(o.percent, count),
        kind: o.kind.clone(),
        note: match &o.formula {
            Some(formula) => format!("“{}” — {formula}", o.wording),
            None => format!("“{}”", o.wording),
        },
        source: o.source.cited_as.clone(),
    });
    let projected_note = format!(
        "at {} a month{}",
        points(projection.pace),
        if projection.slowdown > 0.0 {
            format!(
                ", slowing {} percent a month",
                number(projection.slowdown * 100.0, 0)
            )
        } else {
            String::new()
        }
    );
    let mut projected = Vec::new();
    for quarter in 1..=8 {
        let date = projection.start.add_months(quarter * 3);
        if let Outcome::Completes { date: done, .. } = projection.outcome {
            if date >= done {
                break;
            }
        }
        let percent = projection.percent_on(date);
        projected.push(TableRow {
            date,
            percent,
            programs: programs_done(percent, count),
            kind: Kind::Projected,
            note: projected_note.clone(),
            source: "Projection on this page".into(),
        });
    }
    if let Outcome::Completes { date, months } = projection.outcome {
        if months > 0.0 {
            projected.push(TableRow {
                date,
                percent: COMPLETE,
                programs: f64::from(count),
                kind: Kind::Projected,
                note: format!("all {count} programs done, {projected_note}"),
                source: "Projection on this page".into(),
            });
        }
    }
    observed.chain(projected).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projection::{PaceBasis, Scenario};

    fn projection(pace: Option<f64>, slowdown: f64) -> Projection {
        Projection::new(
            &Dataset::embedded(),
            Scenario {
                pace,
                slowdown,
                basis: PaceBasis::LatestTwo,
            },
        )
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(3.70, 1), "3.7");
        assert_eq!(number(20.0, 1), "20");
        assert_eq!(number(-0.01, 1), "0");
        assert_eq!(number(f64::NAN, 1), "0");
    }

    #[test]
    fn default_sentence_is_computed_from_the_data() {
        // 20 points at 3.7 a month: 5.4 months after 5 April 2023 is mid-September.
        assert_eq!(
            scenario_sentence(&projection(None, 0.0)),
            "At 3.7 points a month, the remaining 20 points take about 5.4 months: \
             all 28 programs would be done around September 2023."
        );
    }

    #[test]
    fn sentence_for_a_stall_names_the_level() {
        assert_eq!(
            scenario_sentence(&projection(Some(1.0), 0.1)),
            "Starting at 1 point a month and slowing by 10 percent each month, progress would \
             level off near 90 percent (about 25.2 of 28 programs) and never reach all 28."
        );
        assert!(scenario_sentence(&projection(Some(0.0), 0.0)).contains("never all be done"));
    }

    #[test]
    fn sentence_for_slow_paces_speaks_in_years() {
        assert!(scenario_sentence(&projection(Some(0.5), 0.0)).contains("about 3.3 years"));
    }

    #[test]
    fn rows_list_observations_then_labelled_projections() {
        let dataset = Dataset::embedded();
        let p = projection(Some(4.0), 0.0);
        let rows = completion_rows(&dataset, &p);
        assert_eq!(
            rows.len(),
            dataset.progress.len() + 2,
            "two quarters, then completion"
        );
        assert_eq!(rows[2].source, "RIA Novosti, April 5");
        assert_eq!(rows[2].kind, Kind::Reported);
        assert!(rows[3..].iter().all(|r| r.kind == Kind::Projected));
        assert_eq!(rows.last().unwrap().percent, 100.0);
        assert_eq!(rows[3].date.to_string(), "2023-07-05");
    }
}
