//! Tests of the dataset's translations: what they replace, what they refuse, and how the page
//! reads them in each language.

use crate::messages::{messages, Lang};
use crate::model::dataset::*;
use crate::model::projection::{Projection, Scenario};
use std::borrow::Cow;

fn refused(json: &str) -> Vec<String> {
    match Dataset::from_json(json) {
        Ok(_) => panic!("accepted"),
        Err(problems) => problems
            .iter()
            .map(|p| messages(Lang::En).data_error(p))
            .collect(),
    }
}

/// The embedded file with `translations` replaced by `layer`.
fn with_layer(layer: serde_json::Value) -> String {
    let mut value: serde_json::Value = serde_json::from_str(EMBEDDED).unwrap();
    value["translations"] = layer;
    value.to_string()
}

const EMBEDDED: &str = crate::model::dataset::EMBEDDED_JSON;

#[test]
fn the_embedded_dataset_translates_every_text_into_russian_and_belarusian() {
    let dataset = Dataset::embedded();
    let slots = dataset.slots();
    assert!(slots.len() > 100, "every entry's texts are slots");
    for lang in [Lang::Ru, Lang::Be] {
        let missing: Vec<String> = slots
            .iter()
            .filter(|s| dataset.translation(lang, &s.key, s.field).is_none())
            .map(|s| format!("{}[{}].{}", lang.code(), s.key, s.field))
            .collect();
        assert!(missing.is_empty(), "untranslated: {missing:?}");
        for slot in &slots {
            let text = dataset.text(lang, &slot.key, slot.field, slot.english);
            assert!(!text.english, "{}.{}", slot.key, slot.field);
            // A year alone ("1999") reads the same in every language; words do not.
            let words = slot.english.chars().any(|c| c.is_ascii_alphabetic());
            assert!(
                !words || text.text != slot.english,
                "{}.{} copies the English",
                slot.key,
                slot.field
            );
        }
    }
}

#[test]
fn translated_labels_fit_the_timeline() {
    for lang in [Lang::Ru, Lang::Be] {
        for m in &Dataset::embedded().localized(lang).milestones {
            assert!(
                m.label().chars().count() <= MAX_LABEL_CHARS,
                "{}: {}",
                lang.code(),
                m.label()
            );
        }
    }
}

#[test]
fn translations_leave_the_english_article_layer_as_it_is() {
    let with = Dataset::embedded();
    assert!(!with.translations.is_empty());
    let mut without = with.clone();
    without.translations = Translations::default();
    let en = messages(Lang::En);
    let scenario = Scenario::default();
    let (a, b) = (
        Projection::new(&with, scenario),
        Projection::new(&without, scenario),
    );
    assert_eq!(a, b, "the default projection");
    assert_eq!(
        crate::sections::progress::completion_rows(en, &with, &a),
        crate::sections::progress::completion_rows(en, &without, &b)
    );
    assert_eq!(
        crate::sections::trade::trade_rows(en, &with),
        crate::sections::trade::trade_rows(en, &without)
    );
    assert_eq!(
        crate::sections::balance::balance_rows(en, &with),
        crate::sections::balance::balance_rows(en, &without)
    );
    assert_eq!(
        crate::widgets::key_figures::key_figures(en, &with),
        crate::widgets::key_figures::key_figures(en, &without)
    );
    assert_eq!(
        crate::sections::sources::source_index(en, &with),
        crate::sections::sources::source_index(en, &without)
    );
    assert_eq!(
        crate::sections::progress::scenario_sentence(en, &a),
        crate::sections::progress::scenario_sentence(en, &b)
    );
    assert!(matches!(with.localized(Lang::En), Cow::Borrowed(_)));
    // Every English text is where it was: the layer adds, it does not replace.
    for (x, y) in with.slots().iter().zip(without.slots()) {
        assert_eq!(x, &y);
    }
}

#[test]
fn the_written_file_keeps_the_translations() {
    let dataset = Dataset::embedded();
    let back = Dataset::from_json(&dataset.to_json_pretty()).unwrap();
    assert_eq!(back, dataset);
    assert!(dataset.to_json_pretty().contains("\"translations\""));
    let mut bare = dataset.clone();
    bare.translations = Translations::default();
    assert!(!bare.to_json_pretty().contains("translations"));
}

#[test]
fn a_translation_of_nothing_is_refused_with_its_place() {
    let cases = [
        (
            serde_json::json!({ "ru": { "milestones.no-such-event": { "title": "Нет" } } }),
            "translations.ru[\"milestones.no-such-event\"]: translates nothing",
        ),
        (
            serde_json::json!({ "be": { "milestones.decree-signed": { "colour": "Чырвоны" } } }),
            "translations.be[\"milestones.decree-signed\"].colour: translates nothing",
        ),
        (
            serde_json::json!({ "ru": { "milestones.decree-signed": { "id": "указ" } } }),
            "translations.ru[\"milestones.decree-signed\"].id: translates nothing",
        ),
        (
            serde_json::json!({ "ru": { "trade.values.goods-2022": { "formula": "x" } } }),
            "translations.ru[\"trade.values.goods-2022\"].formula: translates nothing",
        ),
        (
            serde_json::json!({ "ru": { "treaty_items.parliament": { "item": "  " } } }),
            "translations.ru[\"treaty_items.parliament\"].item: the translation is empty",
        ),
    ];
    for (layer, expected) in cases {
        let problems = refused(&with_layer(layer));
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected}: {problems:?}"
        );
    }
    let problems = refused(&with_layer(serde_json::json!({ "uk": {} })));
    assert!(problems[0].starts_with("translations"), "{problems:?}");
    let long = "Очень длинная подпись для графика";
    let problems = refused(&with_layer(
        serde_json::json!({ "ru": { "milestones.decree-signed": { "short": long } } }),
    ));
    assert!(problems[0].starts_with("translations.ru[\"milestones.decree-signed\"].short"));
    let problems = refused(&with_layer(
        serde_json::json!({ "ru": { "milestones.decree-signed": { "title": "<b>Декрет</b>" } } }),
    ));
    assert!(problems[0].contains("translations.ru"), "{problems:?}");
}

#[test]
fn an_outlets_name_may_be_translated_where_it_has_common_words() {
    let dataset = Dataset::embedded();
    let jamestown = &dataset.milestones[0].source;
    assert_eq!(
        jamestown.outlet,
        "The Jamestown Foundation (the article itself)"
    );
    // The citation, the tooltips' "outlet, date" and the noscript page all read it.
    let cited = dataset.cited(Lang::Ru, jamestown);
    assert_eq!(cited.name, "The Jamestown Foundation (сама статья)");
    assert_eq!(
        cited.cited_as, jamestown.cited_as,
        "the article's citation stays"
    );
    assert_eq!(
        dataset.localized(Lang::Be).milestones[0].source.cited_as,
        "The Jamestown Foundation (сам артыкул), 24\u{a0}красавіка 2023\u{a0}г."
    );
    // An outlet with no translation is its own name; the English page shows the citation.
    let rbc = &dataset.programs.source;
    assert_eq!(dataset.cited(Lang::Ru, rbc).name, "RBC");
    assert_eq!(dataset.cited(Lang::En, jamestown).name, jamestown.cited_as);
    // A translation of an outlet the file does not cite translates nothing.
    let problems = refused(&with_layer(
        serde_json::json!({ "ru": { "outlets": { "No Such Outlet": "Нет такого" } } }),
    ));
    assert!(
        problems[0].starts_with("translations.ru[\"outlets\"].No Such Outlet: translates nothing"),
        "{problems:?}"
    );
    let problems = refused(&with_layer(
        serde_json::json!({ "be": { "outlets": { "RBC": " " } } }),
    ));
    assert!(
        problems[0].starts_with("translations.be[\"outlets\"].RBC: the translation is empty"),
        "{problems:?}"
    );
}

#[test]
fn a_file_without_translations_falls_back_to_marked_english() {
    let mut dataset = Dataset::embedded();
    dataset.translations = Translations::default();
    let text = dataset.text(
        Lang::Ru,
        "milestones.decree-signed",
        "title",
        "Decree signed",
    );
    assert_eq!(
        text,
        Localized {
            text: "Decree signed".into(),
            english: true
        }
    );
    let quote = dataset.quote(Lang::Be, "progress.report-2023-04", "almost 80 percent");
    assert_eq!(quote.translation, None);
    // On the English page nothing is marked.
    assert!(!dataset.text(Lang::En, "x", "title", "X").english);
}

#[test]
fn the_localized_dataset_speaks_the_language_and_dates_its_citations() {
    let dataset = Dataset::embedded();
    let ru = dataset.localized(Lang::Ru);
    let decree = ru
        .milestones
        .iter()
        .find(|m| m.id == "decree-signed")
        .unwrap();
    assert_eq!(decree.title, "Подписан декрет");
    assert_eq!(decree.source.cited_as, "Rg.ru, 8\u{a0}ноября 2021\u{a0}г.");
    let be = dataset.localized(Lang::Be);
    assert_eq!(
        be.progress[2].source.cited_as,
        "RIA Novosti, 5\u{a0}красавіка 2023\u{a0}г."
    );
    assert_eq!(be.treaty_items[1].item, "Адзіная валюта");
    let treaty = be
        .milestones
        .iter()
        .find(|m| m.id == "union-state-treaty")
        .unwrap();
    assert_eq!(
        treaty.label(),
        "Дагавор 1999 года",
        "a short label only this language needs"
    );
    assert!(ru.translations.is_empty());
    // Ids, numbers and dates stay; only words change.
    assert_eq!(ru.progress.len(), dataset.progress.len());
    assert_eq!(ru.progress[1].percent, dataset.progress[1].percent);
    let cited = dataset.cited(Lang::Ru, &dataset.progress[1].source);
    assert_eq!(cited.name, "President.gov.by");
    assert_eq!(cited.date.as_deref(), Some("12\u{a0}января 2023\u{a0}г."));
    assert_eq!(cited.cited_as, "President.gov.by, January 12");
    let en = dataset.cited(Lang::En, &dataset.progress[1].source);
    assert_eq!(
        (en.name.as_str(), en.date),
        ("President.gov.by, January 12", None)
    );
}

// The completion chart localizes observations one by one on each step; they must read as
// the whole localized dataset does.
#[test]
fn an_observation_localized_alone_matches_the_localized_dataset() {
    let d = Dataset::embedded();
    for lang in Lang::ALL {
        let whole = d.localized(lang);
        for (o, expected) in d.progress.iter().zip(&whole.progress) {
            assert_eq!(
                &d.localized_observation(lang, o),
                expected,
                "{lang:?} {}",
                o.id
            );
        }
    }
    let ru = d.localized_observation(Lang::Ru, &d.progress[1]);
    assert_ne!(
        ru.wording, d.progress[1].wording,
        "the Russian wording is the translation"
    );
}

// The page cites a report's outlet and quotes its words from the pieces the phrase puts them
// in, never by looking for names in the translated sentence.
#[test]
fn the_fate_sentence_cites_the_outlet_and_quotes_the_report_as_pieces() {
    use crate::messages::Piece;
    let d = Dataset::embedded();
    for lang in Lang::ALL {
        let local = d.localized(lang);
        let test = crate::model::backtest::Backtest::new(&local, Scenario::default(), None);
        let fate = crate::sections::after::fate(messages(lang), &test, &local);
        let cites: Vec<&str> = fate
            .0
            .iter()
            .filter_map(|p| match p {
                Piece::Cite(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(cites, ["SB. Belarus Today"], "{lang:?}");
        let quoted = |p: &Piece| matches!(p, Piece::Quote { lang: l, .. } if *l == lang);
        assert_eq!(fate.0.iter().filter(|p| quoted(p)).count(), 1, "{lang:?}");
        assert!(fate.plain().contains("(SB. Belarus Today, "), "{lang:?}");
    }
}

#[test]
fn a_derived_note_marks_an_untranslated_formula_as_data() {
    use crate::messages::Piece;
    let formula = Localized {
        text: "goods + services".into(),
        english: true,
    };
    let note = messages(Lang::Ru).derived_note(&formula);
    assert_eq!(
        note.0,
        [Piece::Text("расчёт: ".into()), Piece::Data(formula)]
    );
}

#[test]
fn quotations_keep_the_original_beside_the_translation() {
    let dataset = Dataset::embedded();
    let o = &dataset.progress[2];
    let quote = dataset.quote(Lang::Ru, "progress.report-2023-04", &o.wording);
    assert_eq!(
        quote.original,
        "the implementation rate had reached almost 80 percent"
    );
    assert_eq!(
        quote.translation.as_deref(),
        Some("уровень выполнения достиг почти 80 процентов")
    );
    assert_eq!(
        dataset
            .quote(Lang::En, "progress.report-2023-04", &o.wording)
            .translation,
        None
    );
    // Lukashenko said it in Russian: the Russian page shows his words.
    assert_eq!(
        dataset.translation(Lang::Ru, "later.reports.lukashenko-2023-02", "wording"),
        Some("под 80%")
    );
}
