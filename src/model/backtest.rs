//! The backtest: a projection made as of a date, from only what had been reported by then, held
//! against every report that came later. Pure; the later layer never touches the article's
//! own projection (that is `Projection::new` on the dataset as it is).

use super::dataset::{Counts, Dataset, Kind, LaterReport, Observation, Precision};
use super::date::Date;
use super::projection::{Outcome, Projection, Scenario, COMPLETE};
use crate::messages::{AfterLabel, AfterMessages, FateText, ForecastText, LaterFigure};

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
    /// The citation.
    pub cited_as: String,
    /// Whether it is one of the article's own figures.
    pub in_article: bool,
}

impl Reported {
    /// The date as precisely as the source gives it, in `m`'s words.
    pub fn when(&self, m: &(impl AfterMessages + ?Sized)) -> String {
        m.report_when(self.date, self.precision)
    }

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

    /// One sentence on how the projection fared, built from the data.
    pub fn fate(&self, m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> String {
        let p = &self.projection;
        let (pace, start) = (p.pace, p.start);
        let reported = all_reported(dataset);
        let Some(latest) = reported.last() else {
            return String::new();
        };
        m.fate(match p.outcome {
            Outcome::Completes { date, .. } => {
                match reported.iter().find(|r| r.date >= date && r.date > p.start) {
                    Some(report) => FateText::DueThenReported {
                        pace,
                        start,
                        count: p.program_count,
                        due: date,
                        report,
                    },
                    None => FateText::DueNoReportAfter {
                        pace,
                        start,
                        count: p.program_count,
                        due: date,
                        latest,
                    },
                }
            }
            Outcome::Stalls { level } => FateText::Stalls {
                pace,
                start,
                level,
                latest,
            },
        })
    }
}

/// Whether any report said 100 percent, or the highest figure reported.
pub fn hundred_sentence(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> String {
    let reported = all_reported(dataset);
    match reported.iter().find(|r| r.high >= COMPLETE) {
        Some(r) => m.said_100(r),
        None => {
            let highest = reported.iter().map(|r| r.high).fold(0.0, f64::max);
            m.never_100(highest)
        }
    }
}

/// The largest drop from one report to a later one (their figures not overlapping), as a
/// sentence; `None` if every report is at least the one before.
pub fn disagreement(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> Option<String> {
    let reported = all_reported(dataset);
    let mut worst: Option<(&Reported, &Reported)> = None;
    for (index, high) in reported.iter().enumerate() {
        for low in &reported[index + 1..] {
            let drop = high.low - low.high;
            if low.date > high.date
                && drop > 0.0
                && worst.is_none_or(|(h, l)| drop > h.low - l.high)
            {
                worst = Some((high, low));
            }
        }
    }
    worst.map(|(high, low)| m.disagree(high, low))
}

/// Every reported count of whole programs, each as "7 of 28 (November 2023)".
pub fn program_counts(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> Vec<String> {
    let count = dataset.programs.count;
    dataset
        .later
        .reports
        .iter()
        .filter(|r| r.counts == Counts::Programs)
        .filter_map(|r| Some(m.programs_count(r.value?, count, &r.when(m))))
        .collect()
}

/// What the percentages count, with every reported count of whole programs.
pub fn programs_sentence(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> String {
    m.measures_not_programs(dataset.programs.count, &program_counts(m, dataset))
}

/// Each forecast held against the last report before its deadline.
pub fn forecast_sentences(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> Vec<String> {
    let reported = all_reported(dataset);
    let Some(latest) = reported.last() else {
        return Vec::new();
    };
    dataset
        .later
        .forecasts
        .iter()
        .map(|f| {
            let due = f.due_by();
            let pending = due > latest.date;
            let report = if pending {
                latest
            } else {
                reported.iter().rfind(|r| r.date <= due).unwrap_or(latest)
            };
            m.forecast(ForecastText {
                who: &f.who,
                made: f.date,
                wording: &f.wording,
                due,
                report,
                pending,
            })
        })
        .collect()
}

/// One row of the "What happened next" table.
#[derive(Debug, Clone, PartialEq)]
pub struct AfterRow {
    /// Stable id (the entry's).
    pub id: String,
    /// ISO date, for sorting and tests.
    pub date: Date,
    /// The date as precisely as the source gives it.
    pub when: String,
    /// "measures (percent)" or "programs fully implemented".
    pub counts: &'static str,
    /// The figure as shown: "40%", "70–80%", "7 of 28", or "no figure".
    pub figure: String,
    /// Who said it.
    pub who: String,
    /// The wording.
    pub wording: String,
    /// The citation.
    pub cited_as: String,
    /// The piece's address, if given.
    pub url: Option<String>,
    /// Who said it in the page's language (for the article's rows, the outlet: a source name).
    pub who_shown: super::dataset::Localized,
    /// The wording as a quotation, with its translation on a page in another language.
    pub quote: super::dataset::Quote,
    /// The citation as the page's language shows it.
    pub cited: super::dataset::Cited,
    /// "after the article" or "in the article".
    pub layer: &'static str,
    /// Whether the row is one of the article's own figures.
    pub in_article: bool,
    /// The projection on that date and its error, for percentages after the projection's start.
    pub check: Option<(String, String)>,
}

/// Every later report and the article's own reports, by date, each with its check if any.
pub fn after_rows(
    m: &(impl AfterMessages + ?Sized),
    dataset: &Dataset,
    test: &Backtest,
) -> Vec<AfterRow> {
    let count = dataset.programs.count;
    let lang = m.lang();
    let check = |id: &str| {
        test.checks.iter().find(|c| c.report.id == id).map(|c| {
            (
                m.later_figure(LaterFigure::Percent(c.projected)),
                m.signed_points(c.error),
            )
        })
    };
    let article = dataset
        .progress
        .iter()
        .filter(|o| o.kind == Kind::Reported)
        .map(|o| AfterRow {
            id: o.id.clone(),
            date: o.date,
            when: m.long_date(o.date),
            counts: m.after_label(AfterLabel::CountsMeasures),
            figure: m.later_figure(LaterFigure::Percent(o.percent)),
            who: o.source.outlet.clone(),
            wording: o.wording.clone(),
            cited_as: o.source.cited_as.clone(),
            url: o.source.url.clone(),
            who_shown: super::dataset::Localized {
                text: dataset.outlet_name(lang, &o.source.outlet).to_string(),
                english: false,
            },
            quote: dataset.quote(lang, &o.key(), &o.wording),
            cited: dataset.cited(lang, &o.source),
            layer: m.after_label(AfterLabel::InArticle),
            in_article: true,
            check: check(&o.id),
        });
    let later = dataset.later.reports.iter().map(|r| AfterRow {
        id: r.id.clone(),
        date: r.date,
        when: r.when(m),
        counts: m.after_label(match r.counts {
            Counts::Measures => AfterLabel::CountsMeasures,
            Counts::Programs => AfterLabel::CountsPrograms,
        }),
        figure: m.later_figure(match (r.counts, r.value, r.bounds()) {
            (Counts::Programs, Some(v), _) => LaterFigure::Programs(v, count),
            (_, Some(v), _) => LaterFigure::Percent(v),
            (_, None, Some((lo, hi))) => LaterFigure::Range(lo, hi),
            (_, None, None) => LaterFigure::None,
        }),
        who: r.who.clone(),
        wording: r.wording.clone(),
        cited_as: r.source.cited_as.clone(),
        url: r.source.url.clone(),
        who_shown: dataset.text(lang, &r.key(), "who", &r.who),
        quote: dataset.quote(lang, &r.key(), &r.wording),
        cited: dataset.cited(lang, &r.source),
        layer: m.after_label(AfterLabel::AfterArticle),
        in_article: false,
        check: check(&r.id),
    });
    let mut rows: Vec<AfterRow> = article.chain(later).collect();
    super::sort_by_key(&mut rows, |r| r.date);
    rows
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
        // 20 points at 3.7 a month: 5.4 months after 5 April, mid-September 2023.
        assert_eq!(
            test.fate(crate::messages::page(), &dataset),
            "At 3.7 points a month from April 2023, all 28 programs were due around September 2023; in October 2023 officials reported “70–80 percent, “on the finish line”” (SB. Belarus Today, October 31, 2023)."
        );
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

    #[test]
    fn the_table_holds_every_report_with_its_layer_and_check() {
        let dataset = data();
        let test = Backtest::new(&dataset, Scenario::default(), None);
        let rows = after_rows(crate::messages::page(), &dataset, &test);
        assert_eq!(rows.len(), 14 + 2);
        assert_eq!(rows.iter().filter(|r| r.in_article).count(), 2);
        assert!(rows
            .iter()
            .filter(|r| !r.in_article)
            .all(|r| r.layer == "after the article"));
        let mezentsev = rows.iter().find(|r| r.id == "mezentsev-2023-10").unwrap();
        assert_eq!(mezentsev.figure, "70–80%");
        assert_eq!(mezentsev.check, Some(("100%".into(), "+25".into())));
        let seven = rows.iter().find(|r| r.id == "interfax-2023-01").unwrap();
        assert_eq!(
            (seven.figure.as_str(), seven.check.clone()),
            ("7 of 28", None)
        );
        assert_eq!(rows.last().unwrap().figure, "no figure");
        assert!(rows.windows(2).all(|w| w[0].date <= w[1].date));
    }

    #[test]
    fn the_honesty_sentences_follow_the_data() {
        let dataset = data();
        assert_eq!(
            hundred_sentence(crate::messages::page(), &dataset),
            "No report in this dataset ever said 100 percent; the highest figure was 90 percent."
        );
        let disagree = disagreement(crate::messages::page(), &dataset).unwrap();
        assert!(
            disagree.starts_with(
                "Officials' figures disagree: “close to 80 percent (“под 80%”)” in February 2023"
            ),
            "{disagree}"
        );
        assert!(
            disagree.contains("“about two thirds” in March 2023"),
            "{disagree}"
        );
        assert!(
            programs_sentence(crate::messages::page(), &dataset).ends_with(
                "7 of 28 (January 12, 2023), 8 of 28 (March 27, 2023), 13 of 28 (November 2023)."
            )
        );
        let forecasts = forecast_sentences(crate::messages::page(), &dataset);
        assert_eq!(forecasts.len(), 2);
        assert!(
            forecasts[0].contains("so by December 2026, after the latest report"),
            "{}",
            forecasts[0]
        );
        // The January 2024 council gave no figure: the latest percentage is November 2023's.
        assert!(forecasts[1].ends_with("so by January 2025, after the latest report in this dataset (November 2023: “almost 90 percent”)."), "{}", forecasts[1]);
        let mut no_layer = dataset.clone();
        no_layer.later = Default::default();
        assert!(disagreement(crate::messages::page(), &no_layer).is_none());
        assert!(
            programs_sentence(crate::messages::page(), &no_layer).contains("none in this dataset")
        );
    }
}
