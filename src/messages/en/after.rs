//! English for "What happened next".

use super::En;
use crate::messages::after::{AfterLabel, AfterMessages, FateText, ForecastText, LaterFigure};
use crate::messages::Messages;
use crate::model::backtest::Reported;
use crate::model::dataset::Precision;
use crate::model::Date;

impl En {
    fn points_a_month(&self, pace: f64) -> String {
        format!("{} points", self.number(pace, 1))
    }

    fn report_date(&self, report: &Reported) -> String {
        self.report_when(report.date, report.precision)
    }
}

impl AfterMessages for En {
    fn after_label(&self, label: AfterLabel) -> &'static str {
        match label {
            AfterLabel::Title => "What happened next",
            AfterLabel::AsOf => "Make the projection as of",
            AfterLabel::AfterArticle => "after the article",
            AfterLabel::InArticle => "in the article",
            AfterLabel::Reveal => "Reveal what happened",
            AfterLabel::Hidden => "What officials reported after the article is hidden until you have made your guess and seen the projection.",
            AfterLabel::TableCaption => "Reports after the article: what each counts, who said it, and the projection's error",
            AfterLabel::ProgramsSeries => "Programs fully implemented (reported)",
            AfterLabel::LaterSeries => "Reported after the article (measures)",
            AfterLabel::ArticleSeries => "The article's reports",
            AfterLabel::ProjectionSeries => "Projection as made",
            AfterLabel::HundredPercent => "100 percent",
            AfterLabel::AllPrograms => "All programs",
            AfterLabel::MeasuresAxis => "Share of the measures implemented",
            AfterLabel::ChartLabel => "chart of what happened next",
            AfterLabel::ProgramsChartLabel => "chart of programs fully implemented",
            AfterLabel::ForecastsHeading => "Forecasts made before, against what happened",
            AfterLabel::Method => "The projection uses only the percentages reported up to the chosen date (on a day with several, the first listed), at the scenario's pace and slowdown, and is never changed by what came later. Its error is the projected level minus the reported figure (a range's midpoint), in percentage points.",
            AfterLabel::CountsMeasures => "measures (percent)",
            AfterLabel::CountsPrograms => "programs fully implemented",
            AfterLabel::NoFigure => "no figure",
            AfterLabel::When => "When",
            AfterLabel::Counts => "Counts",
            AfterLabel::Figure => "Figure",
            AfterLabel::WhoAndWording => "Who and wording",
            AfterLabel::Layer => "Layer",
            AfterLabel::Projected => "Projected",
            AfterLabel::ErrorPoints => "Error (points)",
        }
    }

    fn report_when(&self, date: Date, precision: Precision) -> String {
        match precision {
            Precision::Day => self.long_date(date),
            Precision::Month => self.month_year(date),
            Precision::Half if date.month() <= 6 => format!("first half of {}", date.year()),
            Precision::Half => format!("second half of {}", date.year()),
        }
    }

    fn as_of_choice(&self, date: Date) -> String {
        format!("Reports up to {}", self.long_date(date))
    }

    fn as_of_article(&self, date: Date) -> String {
        format!("The article ({}): its figures only", self.month_year(date))
    }

    fn fate(&self, fate: FateText<'_>) -> String {
        match fate {
            FateText::DueThenReported { pace, start, count, due, report } => format!(
                "At {} a month from {}, all {count} programs were due around {}; in {} officials reported “{}” ({}).",
                self.points_a_month(pace),
                self.month_year(start),
                self.month_year(due),
                self.month_year(report.date),
                report.wording,
                report.cited_as
            ),
            FateText::DueNoReportAfter { pace, start, count, due, latest } => format!(
                "At {} a month from {}, all {count} programs would be done around {}; no report in this dataset comes after that date (the latest, {}: “{}”).",
                self.points_a_month(pace),
                self.month_year(start),
                self.month_year(due),
                self.report_date(latest),
                latest.wording
            ),
            FateText::Stalls { pace, start, level, latest } => format!(
                "At {} a month from {}, progress would level off near {} percent; the latest report in this dataset, {}, said “{}”.",
                self.points_a_month(pace),
                self.month_year(start),
                self.number(level, 0),
                self.report_date(latest),
                latest.wording
            ),
        }
    }

    fn never_100(&self, highest: f64) -> String {
        format!(
            "No report in this dataset ever said 100 percent; the highest figure was {} percent.",
            self.number(highest, 1)
        )
    }

    fn said_100(&self, report: &Reported) -> String {
        format!("A report of {} said 100 percent.", self.report_date(report))
    }

    fn measures_not_programs(&self, count: u32, counts: &[String]) -> String {
        let counts = if counts.is_empty() {
            "none in this dataset".to_string()
        } else {
            counts.join(", ")
        };
        format!("The percentages count the measures (about 1,000) inside the {count} programs, not whole programs. Programs fully implemented, as reported: {counts}.")
    }

    fn programs_count(&self, value: f64, count: u32, when: &str) -> String {
        format!("{} of {count} ({when})", self.number(value, 0))
    }

    fn disagree(&self, high: &Reported, low: &Reported) -> String {
        format!(
            "Officials' figures disagree: “{}” in {} ({}), then “{}” in {} ({}).",
            high.wording,
            self.month_year(high.date),
            high.who,
            low.wording,
            self.month_year(low.date),
            low.who
        )
    }

    fn forecast(&self, f: ForecastText<'_>) -> String {
        let (made, due, when) = (
            self.long_date(f.made),
            self.month_year(f.due),
            self.report_date(f.report),
        );
        let (who, wording, report) = (f.who, f.wording, &f.report.wording);
        if f.pending {
            format!("{who}, {made}: “{wording}”, so by {due}, after the latest report in this dataset ({when}: “{report}”).")
        } else {
            format!("{who}, {made}: “{wording}”, so by {due}. The last report before then in this dataset, {when}: “{report}”.")
        }
    }

    fn report_tooltip(
        &self,
        when: &str,
        wording: &str,
        who: &str,
        cited_as: &str,
        in_article: bool,
    ) -> String {
        let layer = self.after_label(if in_article {
            AfterLabel::InArticle
        } else {
            AfterLabel::AfterArticle
        });
        format!("{when}: “{wording}” ({who}). Source: {cited_as}; {layer}")
    }

    fn projected_as_of_tooltip(&self, date: Date, percent: f64, start: Date) -> String {
        format!(
            "{}: {} percent, projected as of {}",
            self.month_year(date),
            self.number(percent, 1),
            self.long_date(start)
        )
    }

    fn programs_axis(&self, count: u32) -> String {
        format!("Programs fully implemented, of {count}")
    }

    fn check_phrase(&self, report: &Reported, projected: f64, error: f64) -> String {
        format!(
            "{}: reported {}, projected {} percent ({} points)",
            self.report_date(report),
            report.wording,
            self.number(projected, 1),
            self.signed_points(error)
        )
    }

    fn after_description(&self, start: Date, pace: f64, checks: &[String]) -> String {
        format!(
            "Chart of the projection made from the figures reported up to {}, at {} a month, against the {} percentages reported later. {}",
            self.long_date(start),
            self.points_a_month(pace),
            checks.len(),
            checks.join("; ")
        )
    }

    fn programs_description(&self, count: u32, counts: &[String]) -> String {
        format!(
            "Chart of the programs reported fully implemented, of {count}: {}.",
            counts.join(", ")
        )
    }

    fn later_figure(&self, figure: LaterFigure) -> String {
        match figure {
            LaterFigure::Percent(value) => format!("{}%", self.number(value, 1)),
            LaterFigure::Range(low, high) => {
                format!("{}–{}%", self.number(low, 1), self.number(high, 1))
            }
            LaterFigure::Programs(value, count) => format!("{} of {count}", self.number(value, 0)),
            LaterFigure::None => self.after_label(AfterLabel::NoFigure).into(),
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
        format!("The column “Percent × {count}” is derived: the reported percentage ÷ 100 × {count}. It is not a count of programs completed: the percentages count the measures inside the programs (the counts of whole programs reported done are under What happened next).")
    }
}

#[cfg(test)]
mod tests {
    use crate::messages::{AfterMessages, Be, DataMessages, En, Ru};
    use crate::model::Date;

    // The choice read "April 2023" whatever the dataset's article date (issue #19, point 5).
    #[test]
    fn the_article_choice_names_the_dataset_s_own_article_month() {
        let date = Date::parse("2023-10-02").unwrap();
        assert_eq!(
            En.as_of_article(date),
            "The article (October 2023): its figures only"
        );
        assert_eq!(
            Ru.as_of_article(date),
            "Статья (октябрь 2023): только её цифры"
        );
        assert_eq!(
            Be.as_of_article(date),
            "Артыкул (кастрычнік 2023): толькі яго лічбы"
        );
    }

    #[test]
    fn the_file_note_names_the_file_in_each_language() {
        for note in [
            En.link_leaves_file("class.json"),
            Ru.link_leaves_file("class.json"),
            Be.link_leaves_file("class.json"),
        ] {
            assert!(note.contains("class.json"), "{note}");
        }
    }
}
