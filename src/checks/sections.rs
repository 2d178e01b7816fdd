//! Host tests of the sections as the page shows them: every section named in every language, and
//! the sources index linking each source back to the sections that show its figures.

use crate::messages::{messages, Lang};
use crate::model::sections::{sections_using, Datum, EmbedSection, SECTIONS};
use crate::sections::sources::source_index;

// Guards against a section or an embed without a name in some language.
#[test]
fn every_section_is_named_in_every_language() {
    for lang in Lang::ALL {
        let m = messages(lang);
        for section in SECTIONS {
            assert!(
                !m.section_nav(section).is_empty(),
                "{lang:?} {}",
                section.id()
            );
        }
        for section in EmbedSection::ALL {
            assert!(
                !m.embed_title(section.section()).is_empty(),
                "{lang:?} {}",
                section.key()
            );
        }
    }
}

// Guards against a section showing a source's figures while the sources section does not
// link that source back to it, and against a link to a section that shows none of them.
#[test]
fn every_sections_sources_link_back_to_it() {
    use crate::model::Dataset;
    let dataset = Dataset::embedded();
    // What each part of the dataset cites, read from the dataset itself.
    let cited = |datum: Datum| -> Vec<String> {
        let all = |sources: Vec<&crate::model::dataset::Source>| {
            sources.into_iter().map(|s| s.cited_as.clone()).collect()
        };
        match datum {
            Datum::Programs => all(vec![&dataset.programs.source]),
            Datum::Progress => all(dataset.progress.iter().map(|o| &o.source).collect()),
            Datum::TradeGrowth => all(dataset.trade.growth.iter().map(|g| &g.source).collect()),
            Datum::TradeValues => all(dataset.trade.values.iter().map(|v| &v.source).collect()),
            Datum::Balance => all(dataset.balance.iter().map(|b| &b.source).collect()),
            Datum::Milestones => all(dataset.milestones.iter().map(|m| &m.source).collect()),
            Datum::TreatyItems => all(dataset.treaty_items.iter().map(|t| &t.source).collect()),
        }
    };
    let index = source_index(messages(Lang::En), &dataset);
    let links = |cited_as: &str| {
        let entry = index.iter().find(|u| u.cited_as == cited_as);
        let entry = entry.unwrap_or_else(|| panic!("{cited_as} is listed"));
        sections_using(entry.supports.iter().map(|(datum, _)| *datum))
    };
    for section in SECTIONS {
        for datum in section.uses() {
            let sources = cited(*datum);
            assert!(!sources.is_empty(), "{datum:?} cites something");
            for cited_as in sources {
                assert!(
                    links(&cited_as).contains(&section),
                    "{cited_as} links back to #{}",
                    section.id()
                );
            }
        }
    }
    for entry in &index {
        let linked = links(&entry.cited_as);
        assert!(!linked.is_empty(), "{} links somewhere", entry.cited_as);
        for section in linked {
            assert!(
                section
                    .uses()
                    .iter()
                    .any(|d| cited(*d).contains(&entry.cited_as)),
                "#{} shows something {} supports",
                section.id(),
                entry.cited_as
            );
        }
    }
    // Every section with figures has sources to link; the sources section shows none.
    let with_data: Vec<&str> = SECTIONS
        .iter()
        .filter(|s| !s.uses().is_empty())
        .map(|s| s.id())
        .collect();
    assert_eq!(
        with_data,
        ["progress", "trade", "balance", "timeline", "treaty", "after"]
    );
}

// Guards against the English messages writing dates apart from the locale tables the model's
// citations use (`model::locale`).
#[test]
fn english_dates_are_the_locale_tables() {
    use crate::model::locale::{date_long, month_year};
    let april = crate::model::Date::parse("2023-04-05").unwrap();
    assert_eq!(
        messages(Lang::En).long_date(april),
        date_long(Lang::En, april)
    );
    assert_eq!(
        messages(Lang::En).month_year(april),
        month_year(Lang::En, april)
    );
}
