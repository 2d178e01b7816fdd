//! Sample calls of the messages of "What happened next" and of the page's frame, every label
//! and variant, with counts of 1, 2, 5 and 21.

use super::date;
use crate::messages::{AfterMessages, Copied, FateText, ForecastText, LaterFigure, StoryMessages};
use crate::model::backtest::Reported;
use crate::model::dataset::{Localized, Precision, TreatyStatus};
use crate::model::sections::Section;

/// A later report with Cyrillic stand-ins for its quoted words, dated as `precision` says.
fn report(precision: Precision, in_article: bool) -> Reported {
    Reported {
        id: "отчёт".into(),
        date: date("2022-06-30"),
        precision,
        low: 30.0,
        high: 40.0,
        wording: "цитата".into(),
        who: "Чиновник".into(),
        outlet: "Источник".into(),
        cited_as: "Источник".into(),
        in_article,
    }
}

/// Adds every message of [`AfterMessages`] and [`StoryMessages`] under its method's name.
pub(super) fn add_after_and_story<M: AfterMessages + StoryMessages + ?Sized>(
    m: &M,
    add: &mut impl FnMut(&str, String),
) {
    let april = date("2023-04-05");
    let reports = [
        report(Precision::Day, false),
        report(Precision::Month, true),
        report(Precision::Half, false),
        Reported {
            date: date("2022-12-31"),
            ..report(Precision::Half, false)
        },
    ];
    for label in super::labels_named(m, "after_") {
        add("after_label", label.into());
    }
    for r in &reports {
        add("report_when", m.report_when(r.date, r.precision));
        add("said_100", m.said_100(r));
        add("disagree", m.disagree(r, &reports[0]).plain());
        add("check_phrase", m.check_phrase(r, 45.5, -4.5));
        add("check_phrase", m.check_phrase(r, 60.0, 10.0));
        for in_article in [true, false] {
            add(
                "report_tooltip",
                m.report_tooltip("когда", "цитата", "Чиновник", "Источник", in_article),
            );
        }
        for pending in [true, false] {
            add(
                "forecast",
                m.forecast(ForecastText {
                    who: "Чиновник",
                    made: april,
                    wording: "цитата",
                    due: date("2024-03-01"),
                    report: r,
                    pending,
                })
                .plain(),
            );
        }
    }
    add("as_of_choice", m.as_of_choice(april));
    add("as_of_article", m.as_of_article(april));
    for count in [1, 2, 5, 21, 28] {
        for pace in [1.0, 1.5, 2.0, 5.0, 21.0] {
            let (start, due) = (april, date("2024-03-01"));
            let report = &reports[1];
            for fate in [
                FateText::DueThenReported {
                    pace,
                    start,
                    count,
                    due,
                    report,
                },
                FateText::DueNoReportAfter {
                    pace,
                    start,
                    count,
                    due,
                    latest: report,
                },
                FateText::Stalls {
                    pace,
                    start,
                    level: 90.0,
                    latest: report,
                },
            ] {
                add("fate", m.fate(fate).plain());
            }
            add("after_description", m.after_description(start, pace, &[]));
            let checks = ["проверка".to_string(), "ещё".to_string()];
            add(
                "after_description",
                m.after_description(start, pace, &checks),
            );
        }
        let counts = [m.programs_count(12.0, count, "когда")];
        add("programs_count", counts[0].clone());
        add("measures_not_programs", m.measures_not_programs(count, &[]));
        add(
            "measures_not_programs",
            m.measures_not_programs(count, &counts),
        );
        add("programs_axis", m.programs_axis(count));
        add(
            "programs_description",
            m.programs_description(count, &counts),
        );
        add("derived_programs_note", m.derived_programs_note(count));
        add(
            "later_figure",
            m.later_figure(LaterFigure::Programs(12.0, count)),
        );
    }
    for value in [0.0, 1.5, 46.0, 100.0] {
        add("never_100", m.never_100(value));
        add(
            "projected_as_of_tooltip",
            m.projected_as_of_tooltip(april, value, april),
        );
        add("later_figure", m.later_figure(LaterFigure::Percent(value)));
        add("signed_points", m.signed_points(value - 50.0));
    }
    add(
        "later_figure",
        m.later_figure(LaterFigure::Range(30.0, 40.5)),
    );
    add("later_figure", m.later_figure(LaterFigure::None));

    for text in super::labels_named(m, "text_") {
        add("text", text.into());
    }
    for section in Section::ALL {
        add("section_nav", m.section_nav(section).into());
        add("embed_title", m.embed_title(section).into());
    }
    add(
        "sources_intro",
        m.sources_intro("тема", "Издатель", "Вашингтон", april)
            .plain(),
    );
    for status in [TreatyStatus::Stalled, TreatyStatus::Agreed] {
        let since = Localized {
            text: "2000-х".into(),
            english: false,
        };
        add("treaty_since", m.treaty_since(status, &since).plain());
    }
    let labels = m.labels();
    for chart in [
        labels.text_completion_chart,
        labels.text_trade_chart,
        labels.text_balance_chart,
        labels.text_timeline_chart,
    ] {
        add("download_chart", m.download_chart(chart));
        add("chart_failed", m.chart_failed(chart));
    }
    for what in [Copied::Link, Copied::EmbedCode] {
        add("copied", m.copied(what));
        add("copy_by_hand", m.copy_by_hand(what));
    }
    add("not_a_date", m.not_a_date("5 апреля"));
}
