//! The backtest: a projection made as of a date, from only what had been reported by then, held
//! against every report that came later. Pure; the later layer never touches the article's
//! own projection (that is `Projection::new` on the dataset as it is).

use super::dataset::{Counts, Dataset, Kind, LaterReport, Observation, Precision};
use super::date::Date;
use super::projection::{Projection, Scenario};

/// A percentage report, from the article or the later layer, as the backtest reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reported {
    /// Stable id (the entry's).
    pub id: String,
    /// When the figure held.
    pub date: Date,
    /// How precisely the source gives the date.
    pub precision: Precision,
    /// Low and high end of the figure (equal for a single value).
    pub low: f64,
    /// High end.
    pub high: f64,
    /// The wording, quoted.
    pub wording: String,
    /// Who said it.
    pub who: String,
    /// The source's outlet (a citation names it first where it starts with it).
    pub outlet: String,
    /// The citation.
    pub cited_as: String,
    /// Whether it is one of the article's own figures.
    pub in_article: bool,
}

impl Reported {
    /// The figure as one number: a range's midpoint.
    pub fn central(&self) -> f64 {
        (self.low + self.high) / 2.0
    }

    fn from_later(report: &LaterReport) -> Option<Reported> {
        let (low, high) = report.bounds()?;
        (report.counts == Counts::Measures).then(|| Reported {
            id: report.id.clone(),
            date: report.date,
            precision: report.precision,
            low,
            high,
            wording: report.wording.clone(),
            who: report.who.clone(),
            outlet: report.source.outlet.clone(),
            cited_as: report.source.cited_as.clone(),
            in_article: false,
        })
    }

    fn from_article(observation: &Observation) -> Option<Reported> {
        (observation.kind == Kind::Reported).then(|| Reported {
            id: observation.id.clone(),
            date: observation.date,
            precision: Precision::Day,
            low: observation.percent,
            high: observation.percent,
            wording: observation.wording.clone(),
            who: observation.source.outlet.clone(),
            outlet: observation.source.outlet.clone(),
            cited_as: observation.source.cited_as.clone(),
            in_article: true,
        })
    }
}

/// Every reported percentage, the article's and the later layer's, by date (the article's
/// first on a shared day).
pub fn all_reported(dataset: &Dataset) -> Vec<Reported> {
    let mut all: Vec<Reported> = dataset
        .progress
        .iter()
        .filter_map(Reported::from_article)
        .chain(
            dataset
                .later
                .reports
                .iter()
                .filter_map(Reported::from_later),
        )
        .collect();
    super::sort_by_key(&mut all, |r| r.date);
    all
}

/// The dates a projection can be made as of: every report date from 2022 on, oldest first.
pub fn as_of_choices(dataset: &Dataset) -> Vec<Date> {
    let dates = dataset
        .progress
        .iter()
        .filter(|o| o.kind == Kind::Reported)
        .map(|o| o.date)
        .chain(dataset.later.reports.iter().map(|r| r.date))
        .filter(|d| d.year() >= 2022);
    super::sorted_unique(dates)
}

/// The latest choice on or before `date` (a link's date that is not a report date snaps back).
pub fn snap_as_of(dataset: &Dataset, date: Option<Date>) -> Option<Date> {
    let date = date?;
    as_of_choices(dataset).into_iter().rfind(|d| *d <= date)
}

/// The observations a projection as of `as_of` may use: the article's (reported and derived)
/// and the later percentages dated on or before it; one per day, the first listed.
pub fn observations_as_of(dataset: &Dataset, as_of: Date) -> Vec<Observation> {
    let later = dataset.later.reports.iter().filter_map(|r| {
        let central = Reported::from_later(r)?.central();
        Some(Observation {
            id: r.id.clone(),
            date: r.date,
            percent: central,
            kind: Kind::Reported,
            formula: None,
            wording: r.wording.clone(),
            source: r.source.clone(),
        })
    });
    let mut all: Vec<Observation> = dataset.progress.iter().cloned().chain(later).collect();
    all.retain(|o| o.date <= as_of);
    super::sort_by_key(&mut all, |o| o.date);
    all.dedup_by(|later, earlier| later.date == earlier.date);
    all
}

/// The projection held against one report that came after it was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The report.
    pub report: Reported,
    /// The projected level on the report's date.
    pub projected: f64,
    /// Projected minus reported (a range's midpoint), in points.
    pub error: f64,
}

/// A projection made as of a date, and how it fared.
#[derive(Debug, Clone, PartialEq)]
pub struct Backtest {
    /// The as-of date (`None`: the article's figures only, its own projection).
    pub as_of: Option<Date>,
    /// The projection as made.
    pub projection: Projection,
    /// Its error against every percentage reported after its start.
    pub checks: Vec<Check>,
}

impl Backtest {
    /// Projects `scenario` from what was reported by `as_of` and checks it against the rest.
    pub fn new(dataset: &Dataset, scenario: Scenario, as_of: Option<Date>) -> Backtest {
        let observations = as_of.map(|date| observations_as_of(dataset, date));
        let projection = match observations {
            // Fewer than two points give no pace: fall back to the article's own projection.
            Some(progress) if progress.len() >= 2 => Projection::new(
                &Dataset {
                    progress,
                    ..dataset.clone()
                },
                scenario,
            ),
            _ => Projection::new(dataset, scenario),
        };
        let checks = all_reported(dataset)
            .into_iter()
            .filter(|r| r.date > projection.start)
            .map(|report| {
                let projected = projection.percent_on(report.date);
                Check {
                    error: projected - report.central(),
                    projected,
                    report,
                }
            })
            .collect();
        Backtest {
            as_of,
            projection,
            checks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projection::PaceBasis;

    fn data() -> Dataset {
        Dataset::embedded()
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn choices_are_the_report_dates_from_2022_on() {
        let choices: Vec<String> = as_of_choices(&data())
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(
            choices,
            [
                "2022-06-30",
                "2022-08-24",
                "2022-12-19",
                "2023-01-12",
                "2023-01-19",
                "2023-02-17",
                "2023-03-27",
                "2023-04-05",
                "2023-10-31",
                "2023-11-29",
                "2024-01-29"
            ]
        );
        assert_eq!(
            snap_as_of(&data(), Some(date("2023-05-01"))),
            Some(date("2023-04-05"))
        );
        assert_eq!(snap_as_of(&data(), Some(date("2021-05-01"))), None);
        assert_eq!(snap_as_of(&data(), None), None);
    }

    // Guards against the backtest peeking at reports after its as-of date.
    #[test]
    fn a_projection_as_of_a_date_uses_only_what_was_reported_by_then() {
        let obs = observations_as_of(&data(), date("2022-08-24"));
        let ids: Vec<&str> = obs.iter().map(|o| o.id.as_str()).collect();
        // The decree's derived 0, the first half's 30, the embassy's 40 (Overchuk's 46 the
        // same day is dropped: one per day, the first listed).
        assert_eq!(ids, ["decree", "andreichenko-2022-h1", "embassy-2022-08"]);
        let obs = observations_as_of(&data(), date("2023-10-31"));
        let last = obs.last().unwrap();
        assert_eq!(
            (last.id.as_str(), last.percent),
            ("mezentsev-2023-10", 75.0)
        );
        assert!(obs.iter().all(|o| o.date <= date("2023-10-31")));
        assert!(
            !obs.iter().any(|o| o.id.ends_with("-programs")),
            "counts of programs are not percentages"
        );
    }

    #[test]
    fn the_default_backtest_is_the_articles_projection_held_against_later_reports() {
        let dataset = data();
        let test = Backtest::new(&dataset, Scenario::default(), None);
        assert_eq!(
            test.projection,
            Projection::new(&dataset, Scenario::default())
        );
        // From 80 on 5 April 2023 at 3.7 a month: 100 long before 31 October, and 29 November.
        let ids: Vec<&str> = test.checks.iter().map(|c| c.report.id.as_str()).collect();
        assert_eq!(ids, ["mezentsev-2023-10", "reshetnikov-2023-11"]);
        assert_eq!(test.checks[0].projected, 100.0);
        assert_eq!(
            test.checks[0].error, 25.0,
            "100 against the midpoint of 70–80"
        );
        assert_eq!(test.checks[1].error, 10.0);
    }

    #[test]
    fn as_of_august_2022_by_hand() {
        let dataset = data();
        let scenario = Scenario::default();
        let test = Backtest::new(&dataset, scenario, Some(date("2022-08-24")));
        // Latest two: 30 on 30 June and 40 on 24 August 2022, 55 days apart.
        let months: f64 = 55.0 / (365.2425 / 12.0);
        let pace = (10.0 / months * 10.0).round() / 10.0;
        assert_eq!(pace, 5.5);
        assert_eq!(test.projection.pace, pace);
        assert_eq!(test.projection.start, date("2022-08-24"));
        // First check: Andreichenko's 60 on 19 December 2022, 117 days later.
        let first = &test.checks[0];
        assert_eq!(first.report.id, "andreichenko-2022-12");
        let projected = 40.0 + pace * 117.0 / (365.2425 / 12.0);
        assert!((first.projected - projected).abs() < 1e-9);
        assert!((first.error - (projected - 60.0)).abs() < 1e-9);
        // The article's own reports are checks too, marked as the article's.
        let article = test
            .checks
            .iter()
            .find(|c| c.report.id == "report-2023-01")
            .unwrap();
        assert!(article.report.in_article);
        // Every percentage after 24 August 2022 is checked, the article's two among them: two on
        // 19 December, then 12 and 19 January, 17 February, 27 March, 5 April, 31 October and
        // 29 November 2023.
        assert_eq!(test.checks.len(), 9);
        // First to last: 0 on 8 November 2021 to 40 on 24 August 2022, 289 days.
        let all = Backtest::new(
            &dataset,
            Scenario {
                basis: PaceBasis::FirstToLast,
                ..scenario
            },
            Some(date("2022-08-24")),
        );
        let pace: f64 = 40.0 / (289.0 / (365.2425 / 12.0));
        assert_eq!(all.projection.pace, (pace * 10.0).round() / 10.0);
    }
}
