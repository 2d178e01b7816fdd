//! Belarusian for "What happened next".

use super::{
    by_month, counted, full_stop, in_month, of_programs, quoted, Be, POINTS, PROGRAMS_LOC,
};
use crate::messages::after::{AfterLabel, AfterMessages, FateText, ForecastText, LaterFigure};
use crate::messages::Messages;
use crate::model::backtest::Reported;
use crate::model::dataset::Precision;
use crate::model::lang::Lang as L;
use crate::model::locale::{self, Case};
use crate::model::Date;

/// "з красавіка 2023 года", "са студзеня 2023 года": the month a projection starts from.
fn from_month(date: Date) -> String {
    let month = locale::month_name(L::Be, date.month(), Case::Genitive);
    format!("{} {} года", super::z(month), date.year())
}

impl Be {
    /// "Пры тэмпе 3,7 пункта за месяц пачынаючы з красавіка 2023 года".
    fn pace_from(&self, pace: f64, start: Date) -> String {
        format!(
            "Пры тэмпе {} за месяц пачынаючы {}",
            counted(&self.number(pace, 1), POINTS),
            from_month(start)
        )
    }

    /// A report's date as precisely as its source gives it.
    fn report_date(&self, report: &Reported) -> String {
        self.report_when(report.date, report.precision)
    }
}

impl AfterMessages for Be {
    fn after_label(&self, label: AfterLabel) -> &'static str {
        match label {
            AfterLabel::Title => "Што было далей",
            AfterLabel::AsOf => "Пабудаваць прагноз па стане на",
            AfterLabel::AfterArticle => "пасля выхаду артыкула",
            AfterLabel::InArticle => "у артыкуле",
            AfterLabel::Reveal => "Паказаць, што было далей",
            AfterLabel::Hidden => "Тое, што афіцыйныя асобы паведамілі пасля выхаду артыкула, схавана, пакуль вы не выкажаце здагадку і не ўбачыце прагноз.",
            AfterLabel::TableCaption => "Справаздачы пасля выхаду артыкула: што ў іх лічыцца, хто гэта сказаў і памылка прагнозу",
            AfterLabel::ProgramsSeries => "Цалкам выкананыя праграмы (заяўленыя)",
            AfterLabel::LaterSeries => "Заяўлена пасля выхаду артыкула (меры)",
            AfterLabel::ArticleSeries => "Справаздачы з артыкула",
            AfterLabel::ProjectionSeries => "Прагноз на той момант",
            AfterLabel::HundredPercent => "100 працэнтаў",
            AfterLabel::AllPrograms => "Усе праграмы",
            AfterLabel::MeasuresAxis => "Доля выкананых мер",
            AfterLabel::ChartLabel => "графік таго, што было далей",
            AfterLabel::ProgramsChartLabel => "графік цалкам выкананых праграм",
            AfterLabel::ForecastsHeading => "Ранейшыя прагнозы і тое, што адбылося",
            AfterLabel::Method => "Прагноз будуецца толькі па працэнтах, заяўленых да абранай даты (калі ў адзін дзень іх некалькі — па першым у спісе), з тэмпам і запаволеннем са сцэнарыя, і тое, што стала вядома пазней, яго не мяняе. Памылка прагнозу — прагнозны ўзровень мінус заяўленая лічба (для дыяпазону — яго сярэдзіна), у працэнтных пунктах.",
            AfterLabel::CountsMeasures => "меры (працэнты)",
            AfterLabel::CountsPrograms => "цалкам выкананыя праграмы",
            AfterLabel::NoFigure => "лічбы няма",
            AfterLabel::When => "Калі",
            AfterLabel::Counts => "Што лічыцца",
            AfterLabel::Figure => "Лічба",
            AfterLabel::WhoAndWording => "Хто і як сказаў",
            AfterLabel::Layer => "Пласт",
            AfterLabel::Projected => "Прагноз",
            AfterLabel::ErrorPoints => "Памылка (п.\u{a0}п.)",
        }
    }

    fn report_when(&self, date: Date, precision: Precision) -> String {
        match precision {
            Precision::Day => self.long_date(date),
            Precision::Month => self.month_year(date),
            Precision::Half if date.month() <= 6 => {
                format!("першае паўгоддзе {}\u{a0}г.", date.year())
            }
            Precision::Half => format!("другое паўгоддзе {}\u{a0}г.", date.year()),
        }
    }

    fn as_of_choice(&self, date: Date) -> String {
        format!("Справаздачы па {}", self.long_date(date))
    }

    fn as_of_article(&self, date: Date) -> String {
        format!("Артыкул ({}): толькі яго лічбы", self.month_year(date))
    }

    fn fate(&self, fate: FateText<'_>) -> String {
        match fate {
            FateText::DueThenReported { pace, start, count, due, report } => format!(
                "{} выкананне ўсіх {} чакалася прыкладна {}; {} афіцыйныя асобы паведамілі: {} ({}).",
                self.pace_from(pace, start),
                of_programs(count),
                by_month(due),
                in_month(report.date),
                quoted(&report.wording),
                report.cited_as
            ),
            FateText::DueNoReportAfter { pace, start, count, due, latest } => format!(
                "{} выкананне ўсіх {} завяршылася б прыкладна {}; у гэтым наборы даных няма справаздач пазней за гэтую дату (апошняя — {}: {}).",
                self.pace_from(pace, start),
                of_programs(count),
                by_month(due),
                self.report_date(latest),
                quoted(&latest.wording)
            ),
            FateText::Stalls { pace, start, level, latest } => format!(
                "{} выкананне спынілася б каля {}; апошняя справаздача ў гэтым наборы даных ({}) кажа: {}.",
                self.pace_from(pace, start),
                locale::percent(L::Be, level, 0),
                self.report_date(latest),
                quoted(&latest.wording)
            ),
        }
    }

    fn never_100(&self, highest: f64) -> String {
        format!(
            "Ні ў адной справаздачы гэтага набору даных не прагучала 100\u{a0}%; найбольшая лічба — {}.",
            locale::percent(L::Be, highest, 1)
        )
    }

    fn said_100(&self, report: &Reported) -> String {
        format!(
            "Справаздача ({}) паведаміла пра 100\u{a0}%.",
            self.report_date(report)
        )
    }

    fn measures_not_programs(&self, count: u32, counts: &[String]) -> String {
        let counts = if counts.is_empty() {
            "у гэтым наборы даных такіх лічбаў няма".to_string()
        } else {
            counts.join(", ")
        };
        format!(
            "Працэнты адносяцца да мер (каля 1000) у {}, а не да праграм цалкам. Цалкам выкананыя праграмы паводле крыніц: {counts}.",
            counted(&count.to_string(), PROGRAMS_LOC)
        )
    }

    fn programs_count(&self, value: f64, count: u32, when: &str) -> String {
        format!("{} з {count} ({when})", self.number(value, 0))
    }

    fn disagree(&self, high: &Reported, low: &Reported) -> String {
        format!(
            "Лічбы афіцыйных асоб разыходзяцца: {} {} ({}), потым {} {} ({}).",
            quoted(&high.wording),
            in_month(high.date),
            high.who,
            quoted(&low.wording),
            in_month(low.date),
            low.who
        )
    }

    fn forecast(&self, f: ForecastText<'_>) -> String {
        let (made, due, when) = (
            self.long_date(f.made),
            by_month(f.due),
            self.report_date(f.report),
        );
        let (who, wording, report) = (f.who, quoted(f.wording), quoted(&f.report.wording));
        if f.pending {
            format!("{who}, {made}: {wording}, гэта значыць {due}, — пазней за апошнюю справаздачу ў гэтым наборы даных ({when}: {report}).")
        } else {
            format!("{who}, {made}: {wording}, гэта значыць {due}. Апошняя справаздача да гэтага тэрміну ў наборы даных — {when}: {report}.")
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
        format!(
            "{when}: {} ({who}). Крыніца: {cited_as}; {layer}",
            quoted(wording)
        )
    }

    fn projected_as_of_tooltip(&self, date: Date, percent: f64, start: Date) -> String {
        format!(
            "{}: {}, прагноз па стане на {}",
            self.month_year(date),
            locale::percent(L::Be, percent, 1),
            self.long_date(start)
        )
    }

    fn programs_axis(&self, count: u32) -> String {
        format!("Цалкам выкананыя праграмы, з {count}")
    }

    fn check_phrase(&self, report: &Reported, projected: f64, error: f64) -> String {
        format!(
            "{}: заяўлена {}, паводле прагнозу {} ({} п.\u{a0}п.)",
            self.report_date(report),
            quoted(&report.wording),
            locale::percent(L::Be, projected, 1),
            self.signed_points(error)
        )
    }

    fn after_description(&self, start: Date, pace: f64, checks: &[String]) -> String {
        let later = checks.len();
        let checks = if checks.is_empty() {
            String::new()
        } else {
            full_stop(format!(" {}", checks.join("; ")))
        };
        format!(
            "Графік прагнозу па лічбах, заяўленых не пазней за {}, з тэмпам {} за месяц у параўнанні з працэнтамі, заяўленымі пазней (іх {later}).{checks}",
            self.long_date(start),
            counted(&self.number(pace, 1), POINTS),
        )
    }

    fn programs_description(&self, count: u32, counts: &[String]) -> String {
        format!(
            "Графік праграм, заяўленых цалкам выкананымі, з {count}: {}.",
            counts.join(", ")
        )
    }

    fn later_figure(&self, figure: LaterFigure) -> String {
        match figure {
            LaterFigure::Percent(value) => locale::percent(L::Be, value, 1),
            LaterFigure::Range(low, high) => locale::with_percent(
                L::Be,
                &format!("{}–{}", self.number(low, 1), self.number(high, 1)),
            ),
            LaterFigure::Programs(value, count) => {
                format!("{} з {count}", self.number(value, 0))
            }
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
        format!("Слупок «Працэнт × {count}» — разліковы: заяўлены працэнт ÷ 100 × {count}. Гэта не колькасць завершаных праграм: працэнты адносяцца да мер у праграмах, а не да праграм цалкам (колькасць праграм, заяўленых выкананымі цалкам, — у раздзеле «Што было далей»).")
    }
}
