//! "What happened next" in the page's words: how the article's projection fared, what the
//! officials said, and the table of every report. The facts are the model's backtest
//! (`model::backtest`); the sentences are a language's messages. The sentences and rows are
//! host-compiled (tested here); the state and views run in the browser.

#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod view;

use crate::messages::{AfterMessages, FateText, ForecastText, LaterFigure, Rich};
use crate::model::backtest::{all_reported, Backtest, Reported};
use crate::model::dataset::{Counts, Dataset, Kind};
use crate::model::date::Date;
use crate::model::projection::{Outcome, COMPLETE};

/// One sentence on how the projection fared, built from the data.
pub fn fate(m: &(impl AfterMessages + ?Sized), test: &Backtest, dataset: &Dataset) -> Rich {
    let p = &test.projection;
    let (pace, start) = (p.pace, p.start);
    let reported = all_reported(dataset);
    let Some(latest) = reported.last() else {
        return Rich::default();
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
pub fn disagreement(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> Option<Rich> {
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
        .filter_map(|r| {
            Some(m.programs_count(r.value?, count, &m.report_when(r.date, r.precision)))
        })
        .collect()
}

/// What the percentages count, with every reported count of whole programs.
pub fn programs_sentence(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> String {
    m.measures_not_programs(dataset.programs.count, &program_counts(m, dataset))
}

/// Each forecast held against the last report before its deadline.
pub fn forecast_sentences(m: &(impl AfterMessages + ?Sized), dataset: &Dataset) -> Vec<Rich> {
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
    pub who_shown: crate::model::dataset::Localized,
    /// The wording as a quotation, with its translation on a page in another language.
    pub quote: crate::model::dataset::Quote,
    /// The citation as the page's language shows it.
    pub cited: crate::model::dataset::Cited,
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
            counts: m.labels().after_counts_measures,
            figure: m.later_figure(LaterFigure::Percent(o.percent)),
            who: o.source.outlet.clone(),
            wording: o.wording.clone(),
            cited_as: o.source.cited_as.clone(),
            url: o.source.url.clone(),
            who_shown: crate::model::dataset::Localized {
                text: dataset.outlet_name(lang, &o.source.outlet).to_string(),
                english: false,
            },
            quote: dataset.quote(lang, &o.key(), &o.wording),
            cited: dataset.cited(lang, &o.source),
            layer: m.labels().after_in_article,
            in_article: true,
            check: check(&o.id),
        });
    let later = dataset.later.reports.iter().map(|r| AfterRow {
        id: r.id.clone(),
        date: r.date,
        when: m.report_when(r.date, r.precision),
        counts: match r.counts {
            Counts::Measures => m.labels().after_counts_measures,
            Counts::Programs => m.labels().after_counts_programs,
        },
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
        layer: m.labels().after_after_article,
        in_article: false,
        check: check(&r.id),
    });
    let mut rows: Vec<AfterRow> = article.chain(later).collect();
    crate::model::sort_by_key(&mut rows, |r| r.date);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{messages, Lang, Page};
    use crate::model::projection::{Projection, Scenario};

    fn data() -> Dataset {
        Dataset::embedded()
    }

    fn en() -> &'static dyn Page {
        messages(Lang::En)
    }

    #[test]
    fn the_default_projection_fared_as_the_later_reports_say() {
        let dataset = data();
        let test = Backtest::new(&dataset, Scenario::default(), None);
        assert_eq!(
            test.projection,
            Projection::new(&dataset, Scenario::default())
        );
        // 20 points at 3.7 a month: 5.4 months after 5 April, mid-September 2023.
        assert_eq!(
            fate(en(), &test, &dataset).plain(),
            "At 3.7 points a month from April 2023, all 28 programs were due around September 2023; in October 2023 officials reported “70–80 percent, “on the finish line”” (SB. Belarus Today, October 31, 2023)."
        );
    }

    #[test]
    fn the_table_holds_every_report_with_its_layer_and_check() {
        let dataset = data();
        let test = Backtest::new(&dataset, Scenario::default(), None);
        let rows = after_rows(en(), &dataset, &test);
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
            hundred_sentence(en(), &dataset),
            "No report in this dataset ever said 100 percent; the highest figure was 90 percent."
        );
        let disagree = disagreement(en(), &dataset).unwrap().plain();
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
        assert!(programs_sentence(en(), &dataset).ends_with(
            "7 of 28 (January 12, 2023), 8 of 28 (March 27, 2023), 13 of 28 (November 2023)."
        ));
        let forecasts: Vec<String> = forecast_sentences(en(), &dataset)
            .iter()
            .map(Rich::plain)
            .collect();
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
        assert!(disagreement(en(), &no_layer).is_none());
        assert!(programs_sentence(en(), &no_layer).contains("none in this dataset"));
    }
}
