//! The progress section: when the programs will be done at the reader's pace. Its scenario
//! sentence, table rows and guess comparison are host-compiled (tested here); its state and
//! views run in the browser.

#[cfg(target_arch = "wasm32")]
pub mod predict;
#[cfg(target_arch = "wasm32")]
pub mod scenario_panel;
#[cfg(target_arch = "wasm32")]
pub mod share;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod table;
#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::messages::Messages;
use crate::model::dataset::{Dataset, Kind};
use crate::model::date::Date;
use crate::model::projection::{programs_done, Outcome, Projection, COMPLETE};
use crate::model::summary::{guess_text, scenario_text};
use crate::widgets::cells::{Note, SourceCell};

/// The scenario sentence, such as "At 3.7 points a month, the remaining 20 points take …".
pub fn scenario_sentence(m: &(impl Messages + ?Sized), projection: &Projection) -> String {
    m.scenario_sentence(scenario_text(projection))
}

/// One row of the completion table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's date.
    pub date: Date,
    /// Level in percent.
    pub percent: f64,
    /// The percent times the program count: derived, and not a count of programs done.
    pub programs: f64,
    /// Reported, derived or projected.
    pub kind: Kind,
    /// The article's wording, or how the value was made.
    pub note: Note,
    /// The citation, or "this page's projection".
    pub source: SourceCell,
}

/// Observed rows from the dataset, then projected rows every three months until 100 percent.
pub fn completion_rows(
    m: &(impl Messages + ?Sized),
    dataset: &Dataset,
    projection: &Projection,
) -> Vec<TableRow> {
    let count = dataset.programs.count;
    let lang = m.lang();
    let observed = dataset.progress.iter().map(|o| {
        let key = o.key();
        TableRow {
            date: o.date,
            percent: o.percent,
            programs: programs_done(o.percent, count),
            kind: o.kind.clone(),
            note: Note::Quoted {
                quote: dataset.quote(lang, &key, &o.wording),
                formula: o
                    .formula
                    .as_ref()
                    .map(|f| dataset.text(lang, &key, "formula", f)),
            },
            source: SourceCell::Cited(dataset.cited(lang, &o.source)),
        }
    });
    let slowdown_percent = projection.slowdown * 100.0;
    let projected_note = m.projected_note(projection.pace, slowdown_percent);
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
            note: Note::Plain(projected_note.clone()),
            source: SourceCell::Plain(m.projection_source().into()),
        });
    }
    if let Outcome::Completes { date, months } = projection.outcome {
        if months > 0.0 {
            projected.push(TableRow {
                date,
                percent: COMPLETE,
                programs: f64::from(count),
                kind: Kind::Projected,
                note: Note::Plain(m.projected_done_note(count, projection.pace, slowdown_percent)),
                source: SourceCell::Plain(m.projection_source().into()),
            });
        }
    }
    observed.chain(projected).collect()
}

/// How a student's guess (a month) compares with the projection, in words.
pub fn guess_comparison(
    m: &(impl Messages + ?Sized),
    guess: Date,
    projection: &Projection,
) -> String {
    m.guess_comparison(guess_text(guess, projection))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;
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
    fn default_sentence_is_computed_from_the_data() {
        // 20 points at 3.7 a month: 5.4 months after 5 April 2023 is mid-September.
        assert_eq!(
            scenario_sentence(crate::messages::messages(Lang::En), &projection(None, 0.0)),
            "At 3.7 points a month, the remaining 20 points take about 5.4 months: \
             all 28 programs would be done around September 2023."
        );
    }

    #[test]
    fn sentence_for_a_stall_names_the_level() {
        assert_eq!(
            scenario_sentence(
                crate::messages::messages(Lang::En),
                &projection(Some(1.0), 0.1)
            ),
            "Starting at 1 point a month and slowing by 10 percent each month, progress would \
             level off near 90 percent and never reach all 28."
        );
        assert!(scenario_sentence(
            crate::messages::messages(Lang::En),
            &projection(Some(0.0), 0.0)
        )
        .contains("never all be done"));
    }

    #[test]
    fn sentence_for_slow_paces_speaks_in_years() {
        assert!(scenario_sentence(
            crate::messages::messages(Lang::En),
            &projection(Some(0.5), 0.0)
        )
        .contains("about 3.3 years"));
    }

    #[test]
    fn rows_list_observations_then_labelled_projections() {
        let dataset = Dataset::embedded();
        let p = projection(Some(4.0), 0.0);
        let rows = completion_rows(crate::messages::messages(Lang::En), &dataset, &p);
        assert_eq!(
            rows.len(),
            dataset.progress.len() + 2,
            "two quarters, then completion"
        );
        assert_eq!(rows[2].source.plain(), "RIA Novosti, April 5");
        assert_eq!(rows[2].kind, Kind::Reported);
        assert!(rows[3..].iter().all(|r| r.kind == Kind::Projected));
        assert_eq!(rows.last().unwrap().percent, 100.0);
        assert_eq!(rows[3].date.to_string(), "2023-07-05");
    }
}

#[cfg(test)]
mod guess_tests {
    use super::*;
    use crate::messages::Lang;
    use crate::model::projection::{PaceBasis, Scenario};

    #[test]
    fn the_comparison_counts_whole_months_either_way() {
        let dataset = Dataset::embedded();
        let projection = Projection::new(&dataset, Scenario::default());
        let Outcome::Completes { date, .. } = projection.outcome else {
            panic!()
        };
        assert_eq!(
            crate::messages::messages(Lang::En).month_year(date),
            "September 2023"
        );
        let at = |y, m| Date::new(y, m, 1).unwrap();
        assert_eq!(
            guess_comparison(
                crate::messages::messages(Lang::En),
                at(2024, 3),
                &projection
            ),
            "Your guess, March 2024, is 6 months later than the projection, September 2023."
        );
        assert_eq!(
            guess_comparison(
                crate::messages::messages(Lang::En),
                at(2023, 8),
                &projection
            ),
            "Your guess, August 2023, is 1 month earlier than the projection, September 2023."
        );
        assert!(guess_comparison(
            crate::messages::messages(Lang::En),
            at(2023, 9),
            &projection
        )
        .contains("is the month the projection gives"));
        let stalled = Projection::new(
            &dataset,
            Scenario {
                pace: Some(1.0),
                slowdown: 0.1,
                basis: PaceBasis::LatestTwo,
            },
        );
        assert!(
            guess_comparison(crate::messages::messages(Lang::En), at(2024, 1), &stalled)
                .contains("never reaches all 28 programs")
        );
    }
}
