//! The facts behind the page's sentences, worked out from the model: typed values that the
//! messages put into words (`crate::messages`), so the page never states a number by hand.

use super::date::Date;
use super::projection::{Outcome, Projection};

/// The progress a scenario sentence describes, worked out by `model::summary`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScenarioText {
    /// The latest report is already at 100 percent.
    AlreadyDone {
        /// Number of programs.
        count: u32,
        /// The report's date.
        since: Date,
    },
    /// The projection reaches 100 percent.
    Completes {
        /// Points a month at the start.
        pace: f64,
        /// Monthly slowdown in percent (0 for a constant pace).
        slowdown_percent: f64,
        /// Points still to go.
        remaining: f64,
        /// Months until done.
        months: f64,
        /// The month it is done.
        done: Date,
        /// Number of programs.
        count: u32,
    },
    /// A pace of zero: progress stays where it is.
    Stopped {
        /// The latest level in percent.
        percent: f64,
    },
    /// A slowing pace that levels off below 100 percent.
    LevelsOff {
        /// Points a month at the start.
        pace: f64,
        /// Monthly slowdown in percent.
        slowdown_percent: f64,
        /// The level it approaches, in percent.
        level: f64,
        /// Number of programs.
        count: u32,
    },
}

/// How a reader's guess compares with the projection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GuessText {
    /// The projection completes; `months_late` is guess minus projection (negative: earlier).
    Completes {
        /// The guessed month.
        guess: Date,
        /// The projected month.
        projected: Date,
        /// Months from the projection to the guess.
        months_late: i64,
    },
    /// The projection never completes.
    Stalls {
        /// The guessed month.
        guess: Date,
        /// Number of programs.
        count: u32,
        /// The level it approaches, in percent.
        level: f64,
    },
}

/// The values the scenario sentence states for `projection`.
pub fn scenario_text(projection: &Projection) -> ScenarioText {
    let count = projection.program_count;
    let slowdown_percent = projection.slowdown * 100.0;
    match projection.outcome {
        Outcome::Completes { months, .. } if months <= 0.0 => ScenarioText::AlreadyDone {
            count,
            since: projection.start,
        },
        Outcome::Completes { months, date } => ScenarioText::Completes {
            pace: projection.pace,
            slowdown_percent,
            remaining: projection.remaining(),
            months,
            done: date,
            count,
        },
        // No "N of 28 programs" here: a percentage times the count is not a count of programs
        // done (the percentages count measures; see "What happened next").
        Outcome::Stalls { .. } if projection.pace == 0.0 => ScenarioText::Stopped {
            percent: projection.start_percent,
        },
        Outcome::Stalls { level } => ScenarioText::LevelsOff {
            pace: projection.pace,
            slowdown_percent,
            level,
            count,
        },
    }
}

/// The values comparing a student's guess (a month) with the projection.
pub fn guess_text(guess: Date, projection: &Projection) -> GuessText {
    match projection.outcome {
        Outcome::Completes { date, .. } => GuessText::Completes {
            guess,
            projected: date,
            months_late: (i64::from(guess.year()) * 12 + i64::from(guess.month()))
                - (i64::from(date.year()) * 12 + i64::from(date.month())),
        },
        Outcome::Stalls { level } => GuessText::Stalls {
            guess,
            count: projection.program_count,
            level,
        },
    }
}
