//! The sentences of "What happened next", once for every language.

use crate::messages::after::{AfterMessages, FateText, ForecastText, LaterFigure};
use crate::messages::keys::K;
use crate::messages::phrase::{Arg, Speaks};
use crate::messages::{Messages, Rich};
use crate::model::backtest::Reported;
use crate::model::dataset::Precision;
use crate::model::Date;

use super::{full_stop, int};

impl<S: Speaks + Messages> AfterMessages for S {
    fn report_when(&self, date: Date, precision: Precision) -> String {
        let year = [("year", Arg::Int(date.year().into()))];
        match precision {
            Precision::Day => self.long_date(date),
            Precision::Month => self.month_year(date),
            Precision::Half if date.month() <= 6 => self.say(K::first_half, &year),
            Precision::Half => self.say(K::second_half, &year),
        }
    }

    fn as_of_choice(&self, date: Date) -> String {
        self.say(K::as_of_choice, &[("date", Arg::Date(date))])
    }

    fn as_of_article(&self, date: Date) -> String {
        self.say(K::as_of_article, &[("date", Arg::Date(date))])
    }

    fn fate(&self, fate: FateText<'_>) -> Rich {
        let (key, pace, start, count, due, report, level) = match fate {
            FateText::DueThenReported {
                pace,
                start,
                count,
                due,
                report,
            } => (
                K::fate_due_then_reported,
                pace,
                start,
                count,
                due,
                report,
                0.0,
            ),
            FateText::DueNoReportAfter {
                pace,
                start,
                count,
                due,
                latest,
            } => (
                K::fate_due_no_report_after,
                pace,
                start,
                count,
                due,
                latest,
                0.0,
            ),
            FateText::Stalls {
                pace,
                start,
                level,
                latest,
            } => (K::fate_stalls, pace, start, 0, start, latest, level),
        };
        let when = self.report_when(report.date, report.precision);
        self.say_rich(
            key,
            &[
                ("pace", Arg::Num(pace, 1)),
                ("start", Arg::Date(start)),
                ("count", int(count)),
                ("due", Arg::Date(due)),
                ("level", Arg::Num(level, 0)),
                ("date", Arg::Date(report.date)),
                ("when", Arg::Text(&when)),
                ("wording", Arg::Quote(&report.wording)),
                ("cited", Arg::Source(&report.outlet, &report.cited_as)),
            ],
        )
    }

    fn never_100(&self, highest: f64) -> String {
        self.say(K::never_100, &[("highest", Arg::Num(highest, 1))])
    }

    fn said_100(&self, report: &Reported) -> String {
        let when = self.report_when(report.date, report.precision);
        self.say(K::said_100, &[("when", Arg::Text(&when))])
    }

    fn measures_not_programs(&self, count: u32, counts: &[String]) -> String {
        let counts = if counts.is_empty() {
            self.word(K::program_counts_none).to_string()
        } else {
            counts.join(", ")
        };
        let args = [("count", int(count)), ("counts", Arg::Text(&counts))];
        self.say(K::measures_not_programs, &args)
    }

    fn programs_count(&self, value: f64, count: u32, when: &str) -> String {
        let args = [
            ("value", Arg::Num(value, 0)),
            ("count", int(count)),
            ("when", Arg::Text(when)),
        ];
        self.say(K::programs_count, &args)
    }

    fn disagree(&self, high: &Reported, low: &Reported) -> Rich {
        self.say_rich(
            K::disagree,
            &[
                ("high", Arg::Quote(&high.wording)),
                ("high_date", Arg::Date(high.date)),
                ("high_who", who(high)),
                ("low", Arg::Quote(&low.wording)),
                ("low_date", Arg::Date(low.date)),
                ("low_who", who(low)),
            ],
        )
    }

    fn forecast(&self, f: ForecastText<'_>) -> Rich {
        let key = if f.pending {
            K::forecast_pending
        } else {
            K::forecast
        };
        let when = self.report_when(f.report.date, f.report.precision);
        self.say_rich(
            key,
            &[
                ("who", Arg::Text(f.who)),
                ("made", Arg::Date(f.made)),
                ("wording", Arg::Quote(f.wording)),
                ("due", Arg::Date(f.due)),
                ("when", Arg::Text(&when)),
                ("report", Arg::Quote(&f.report.wording)),
            ],
        )
    }

    fn report_tooltip(
        &self,
        when: &str,
        wording: &str,
        who: &str,
        cited_as: &str,
        in_article: bool,
    ) -> String {
        let labels = self.labels();
        let layer = if in_article {
            labels.after_in_article
        } else {
            labels.after_after_article
        };
        self.say(
            K::report_tooltip,
            &[
                ("when", Arg::Text(when)),
                ("wording", Arg::Text(wording)),
                ("who", Arg::Text(who)),
                ("cited", Arg::Text(cited_as)),
                ("layer", Arg::Text(layer)),
            ],
        )
    }

    fn projected_as_of_tooltip(&self, date: Date, percent: f64, start: Date) -> String {
        let args = [
            ("date", Arg::Date(date)),
            ("percent", Arg::Num(percent, 1)),
            ("start", Arg::Date(start)),
        ];
        self.say(K::projected_as_of_tooltip, &args)
    }

    fn programs_axis(&self, count: u32) -> String {
        self.say(K::programs_axis, &[("count", int(count))])
    }

    fn check_phrase(&self, report: &Reported, projected: f64, error: f64) -> String {
        let when = self.report_when(report.date, report.precision);
        let error = self.signed_points(error);
        let args = [
            ("when", Arg::Text(&when)),
            ("wording", Arg::Text(&report.wording)),
            ("projected", Arg::Num(projected, 1)),
            ("error", Arg::Text(&error)),
        ];
        self.say(K::check_phrase, &args)
    }

    fn after_description(&self, start: Date, pace: f64, checks: &[String]) -> String {
        let key = if checks.is_empty() {
            K::after_description_unchecked
        } else {
            K::after_description
        };
        let listed = checks.join("; ");
        let stopped = full_stop(listed.clone());
        let args = [
            ("start", Arg::Date(start)),
            ("pace", Arg::Num(pace, 1)),
            ("later", Arg::Int(checks.len() as i64)),
            ("checks", Arg::Text(&listed)),
            ("checks_stopped", Arg::Text(&stopped)),
        ];
        self.say(key, &args)
    }

    fn programs_description(&self, count: u32, counts: &[String]) -> String {
        let counts = counts.join(", ");
        let args = [("count", int(count)), ("counts", Arg::Text(&counts))];
        self.say(K::programs_description, &args)
    }

    fn later_figure(&self, figure: LaterFigure) -> String {
        match figure {
            LaterFigure::Percent(value) => {
                self.say(K::later_percent, &[("value", Arg::Num(value, 1))])
            }
            LaterFigure::Range(low, high) => self.say(
                K::later_range,
                &[("low", Arg::Num(low, 1)), ("high", Arg::Num(high, 1))],
            ),
            LaterFigure::Programs(value, count) => self.say(
                K::programs_of,
                &[("value", Arg::Num(value, 0)), ("count", int(count))],
            ),
            LaterFigure::None => self.labels().after_no_figure.into(),
        }
    }

    fn signed_points(&self, value: f64) -> String {
        if value < 0.0 {
            format!("−{}", self.number(-value, 1))
        } else {
            format!("+{}", self.number(value, 1))
        }
    }

    fn derived_programs_note(&self, count: u32) -> String {
        self.say(K::derived_programs_note, &[("count", int(count))])
    }
}

/// Who gave a report: the article's own figures are given by their outlet, cited.
fn who(report: &Reported) -> Arg<'_> {
    match report.in_article {
        true => Arg::Cite(&report.who),
        false => Arg::Text(&report.who),
    }
}
