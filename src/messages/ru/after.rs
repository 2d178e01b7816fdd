//! Russian for "What happened next".

use super::{
    by_month, counted, full_stop, in_month, of_programs, quoted, Ru, POINTS, PROGRAMS_PREP,
};
use crate::messages::after::{AfterLabel, AfterMessages, FateText, ForecastText, LaterFigure};
use crate::messages::Messages;
use crate::model::backtest::Reported;
use crate::model::dataset::Precision;
use crate::model::lang::Lang as L;
use crate::model::locale::{self, Case};
use crate::model::Date;

/// "с апреля 2023 года": the month a projection starts from.
fn from_month(date: Date) -> String {
    let month = locale::month_name(L::Ru, date.month(), Case::Genitive);
    format!("с {month} {} года", date.year())
}

impl Ru {
    /// "При темпе 3,7 пункта в месяц начиная с апреля 2023 года".
    fn pace_from(&self, pace: f64, start: Date) -> String {
        format!(
            "При темпе {} в месяц начиная {}",
            counted(&self.number(pace, 1), POINTS),
            from_month(start)
        )
    }

    /// A report's date as precisely as its source gives it.
    fn report_date(&self, report: &Reported) -> String {
        self.report_when(report.date, report.precision)
    }
}

impl AfterMessages for Ru {
    fn after_label(&self, label: AfterLabel) -> &'static str {
        match label {
            AfterLabel::Title => "Что было дальше",
            AfterLabel::AsOf => "Построить прогноз по состоянию на",
            AfterLabel::AfterArticle => "после выхода статьи",
            AfterLabel::InArticle => "в статье",
            AfterLabel::Reveal => "Показать, что было дальше",
            AfterLabel::Hidden => "То, что официальные лица сообщили после выхода статьи, скрыто, пока вы не сделаете предположение и не увидите прогноз.",
            AfterLabel::TableCaption => "Отчёты после выхода статьи: что в них считается, кто это сказал и ошибка прогноза",
            AfterLabel::ProgramsSeries => "Полностью выполненные программы (заявленные)",
            AfterLabel::LaterSeries => "Заявлено после выхода статьи (меры)",
            AfterLabel::ArticleSeries => "Отчёты из статьи",
            AfterLabel::ProjectionSeries => "Прогноз на тот момент",
            AfterLabel::HundredPercent => "100 процентов",
            AfterLabel::AllPrograms => "Все программы",
            AfterLabel::MeasuresAxis => "Доля выполненных мер",
            AfterLabel::ChartLabel => "график того, что было дальше",
            AfterLabel::ProgramsChartLabel => "график полностью выполненных программ",
            AfterLabel::ForecastsHeading => "Прежние прогнозы и то, что произошло",
            AfterLabel::Method => "Прогноз строится только по процентам, заявленным до выбранной даты (если в один день их несколько — по первому в списке), с темпом и замедлением из сценария, и то, что стало известно позже, его не меняет. Ошибка прогноза — прогнозный уровень минус заявленная цифра (для диапазона — его середина), в процентных пунктах.",
            AfterLabel::CountsMeasures => "меры (проценты)",
            AfterLabel::CountsPrograms => "полностью выполненные программы",
            AfterLabel::NoFigure => "цифры нет",
            AfterLabel::When => "Когда",
            AfterLabel::Counts => "Что считается",
            AfterLabel::Figure => "Цифра",
            AfterLabel::WhoAndWording => "Кто и как сказал",
            AfterLabel::Layer => "Слой",
            AfterLabel::Projected => "Прогноз",
            AfterLabel::ErrorPoints => "Ошибка (п.\u{a0}п.)",
        }
    }

    fn report_when(&self, date: Date, precision: Precision) -> String {
        match precision {
            Precision::Day => self.long_date(date),
            Precision::Month => self.month_year(date),
            Precision::Half if date.month() <= 6 => {
                format!("первое полугодие {}\u{a0}г.", date.year())
            }
            Precision::Half => format!("второе полугодие {}\u{a0}г.", date.year()),
        }
    }

    fn as_of_choice(&self, date: Date) -> String {
        format!("Отчёты по {}", self.long_date(date))
    }

    fn as_of_article(&self, date: Date) -> String {
        format!("Статья ({}): только её цифры", self.month_year(date))
    }

    fn fate(&self, fate: FateText<'_>) -> String {
        match fate {
            FateText::DueThenReported { pace, start, count, due, report } => format!(
                "{} выполнение всех {} ожидалось примерно {}; {} официальные лица сообщили: {} ({}).",
                self.pace_from(pace, start),
                of_programs(count),
                by_month(due),
                in_month(report.date),
                quoted(&report.wording),
                report.cited_as
            ),
            FateText::DueNoReportAfter { pace, start, count, due, latest } => format!(
                "{} выполнение всех {} завершилось бы примерно {}; в этом наборе данных нет отчётов позже этой даты (последний — {}: {}).",
                self.pace_from(pace, start),
                of_programs(count),
                by_month(due),
                self.report_date(latest),
                quoted(&latest.wording)
            ),
            FateText::Stalls { pace, start, level, latest } => format!(
                "{} выполнение остановилось бы около {}; последний отчёт в этом наборе данных ({}) гласит: {}.",
                self.pace_from(pace, start),
                locale::percent(L::Ru, level, 0),
                self.report_date(latest),
                quoted(&latest.wording)
            ),
        }
    }

    fn never_100(&self, highest: f64) -> String {
        format!(
            "Ни в одном отчёте этого набора данных не прозвучало 100\u{a0}%; наибольшая цифра — {}.",
            locale::percent(L::Ru, highest, 1)
        )
    }

    fn said_100(&self, report: &Reported) -> String {
        format!("Отчёт ({}) сообщил о 100\u{a0}%.", self.report_date(report))
    }

    fn measures_not_programs(&self, count: u32, counts: &[String]) -> String {
        let counts = if counts.is_empty() {
            "в этом наборе данных таких цифр нет".to_string()
        } else {
            counts.join(", ")
        };
        format!(
            // "1000" whole, as the dataset's note beside it writes it: running text, not a table.
            "Проценты относятся к мерам (около 1000) в {}, а не к программам целиком. Полностью выполненные программы, по данным источников: {counts}.",
            counted(&count.to_string(), PROGRAMS_PREP)
        )
    }

    fn programs_count(&self, value: f64, count: u32, when: &str) -> String {
        format!("{} из {count} ({when})", self.number(value, 0))
    }

    fn disagree(&self, high: &Reported, low: &Reported) -> String {
        format!(
            "Цифры официальных лиц расходятся: {} {} ({}), затем {} {} ({}).",
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
            format!("{who}, {made}: {wording}, то есть {due}, — позже последнего отчёта в этом наборе данных ({when}: {report}).")
        } else {
            format!("{who}, {made}: {wording}, то есть {due}. Последний отчёт до этого срока в наборе данных — {when}: {report}.")
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
            "{when}: {} ({who}). Источник: {cited_as}; {layer}",
            quoted(wording)
        )
    }

    fn projected_as_of_tooltip(&self, date: Date, percent: f64, start: Date) -> String {
        format!(
            "{}: {}, прогноз по состоянию на {}",
            self.month_year(date),
            locale::percent(L::Ru, percent, 1),
            self.long_date(start)
        )
    }

    fn programs_axis(&self, count: u32) -> String {
        format!("Полностью выполненные программы, из {count}")
    }

    fn check_phrase(&self, report: &Reported, projected: f64, error: f64) -> String {
        format!(
            "{}: заявлено {}, по прогнозу {} ({} п.\u{a0}п.)",
            self.report_date(report),
            quoted(&report.wording),
            locale::percent(L::Ru, projected, 1),
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
            "График прогноза по цифрам, заявленным до {} включительно, с темпом {} в месяц в сравнении с процентами, заявленными позже (их {later}).{checks}",
            self.long_date(start),
            counted(&self.number(pace, 1), POINTS),
        )
    }

    fn programs_description(&self, count: u32, counts: &[String]) -> String {
        format!(
            "График программ, заявленных полностью выполненными, из {count}: {}.",
            counts.join(", ")
        )
    }

    fn later_figure(&self, figure: LaterFigure) -> String {
        match figure {
            LaterFigure::Percent(value) => locale::percent(L::Ru, value, 1),
            LaterFigure::Range(low, high) => locale::with_percent(
                L::Ru,
                &format!("{}–{}", self.number(low, 1), self.number(high, 1)),
            ),
            LaterFigure::Programs(value, count) => {
                format!("{} из {count}", self.number(value, 0))
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
        format!("Столбец «Процент × {count}» — расчётный: заявленный процент ÷ 100 × {count}. Это не число завершённых программ: проценты относятся к мерам в программах, а не к программам целиком (число программ, заявленных выполненными целиком, — в разделе «Что было дальше»).")
    }
}
