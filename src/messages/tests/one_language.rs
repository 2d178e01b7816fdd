//! What only one of the languages has to get right: Belarusian "з"/"са", "ў" after a vowel,
//! its words for checks and balances, scenario and guess, and its decimals; Russian "около
//! 1000"; and the English checker itself.

use super::{data, shown};
use crate::messages::keys::K;
use crate::messages::phrase::{Arg, Speaks};
use crate::messages::samples::{every_message, latin_words, problems, reader_texts};
use crate::messages::{Be, Messages, Ru, StoryMessages};
use crate::model::dataset::TreatyStatus;
use crate::model::lang::Lang;
use crate::model::Dataset;

#[test]
fn the_checker_catches_english() {
    let english = every_message(&crate::messages::En);
    let found = problems(&english);
    assert!(found.len() > 100, "{}", found.len());
    assert_eq!(
        latin_words("JSON и CSV, {value} %, programs.count"),
        Vec::<String>::new()
    );
    assert_eq!(latin_words("Скачать as CSV"), ["as"]);
    let checked = problems(&[("x".into(), "1.5 и 80% и 1,234 г..".into())]);
    assert_eq!(checked.len(), 4, "{checked:?}");
}

#[test]
fn about_1000_measures_is_written_whole_in_running_text() {
    let local = Dataset::embedded().localized(Lang::Ru).into_owned();
    // As "What happened next" says it, beside the dataset's note.
    let note = crate::sections::after::programs_sentence(&Ru, &local);
    assert!(note.contains("(около 1000)"), "{note}");
    assert!(!note.contains("1\u{a0}000"), "{note}");
    assert!(!data(Lang::Ru, "later", "note").contains("1\u{a0}000"));
}

#[test]
fn z_is_sa_before_a_cluster_of_z_s_zh_sh() {
    use crate::messages::be::z;
    // Guards "пачынаючы з студзеня": the orthography writes "са" there.
    assert_eq!(z("студзеня"), "са студзеня");
    assert_eq!(z("снежня"), "са снежня");
    assert_eq!(z("жніўня"), "са жніўня");
    assert_eq!(z("сакавіка"), "з сакавіка");
    assert_eq!(z("красавіка"), "з красавіка");
    assert_eq!(z("пачатку 2000-х"), "з пачатку 2000-х");
    let since = crate::model::dataset::Localized {
        text: "снежня 2018 г.".into(),
        english: false,
    };
    assert_eq!(
        Be.treaty_since(TreatyStatus::Stalled, &since).plain(),
        "Замарожана са снежня 2018 г."
    );
}

#[test]
fn an_agreed_items_date_takes_short_u_after_a_vowel() {
    let d = Dataset::embedded();
    let item = d
        .treaty_items
        .iter()
        .find(|t| t.id == "industrial-policy")
        .unwrap();
    assert_eq!(item.status, TreatyStatus::Agreed);
    let since = d.text(Lang::Be, &item.key(), "since", &item.since);
    // As the treaty board shows it: the message's words and the dataset's date as a piece.
    let rich = Be.treaty_since(item.status, &since);
    assert_eq!(rich.0.last(), Some(&crate::messages::Piece::Data(since)));
    assert_eq!(shown(rich.plain()), "Узгоднена ў лютым 2023␣г.");
    // As the sources list says what the source supports.
    let facts: Vec<String> = crate::sections::sources::source_index(&Be, &d)
        .into_iter()
        .flat_map(|u| u.supports.into_iter().map(|(_, fact)| shown(fact)))
        .filter(|fact| fact.starts_with("дагавор: Адзіная прамысловая палітыка"))
        .collect();
    assert_eq!(
        facts,
        ["дагавор: Адзіная прамысловая палітыка — узгоднена ў лютым 2023␣г."]
    );
}

#[test]
fn checks_and_balances_are_stryimak_i_protsivah() {
    let detail = data(Lang::Be, "milestones.union-state-treaty", "detail");
    assert!(
        detail.contains("з сістэмай стрымак і проціваг,"),
        "{detail}"
    );
}

#[test]
fn a_scenario_is_stsenaryi_and_a_guess_is_expressed() {
    for (name, text) in reader_texts(&Be) {
        let lower = text.to_lowercase();
        // Every form of "сцэнарый" starts "сцэнары" and goes on with й, я, ю, е or і; "сцэнар",
        // "сцэнара", "сцэнару", "сцэнарам" and the plural "сцэнары" do not.
        for (at, _) in lower.match_indices("сцэнар") {
            let mut next = lower[at + "сцэнар".len()..].chars();
            let ok = next.next() == Some('ы') && next.next().is_some_and(|c| "йяюеі".contains(c));
            assert!(ok, "{name}: {text}");
        }
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        for (at, word) in words.iter().enumerate() {
            if word.starts_with("здагадк") {
                let made = words[at.saturating_sub(3)..at]
                    .iter()
                    .any(|w| w.starts_with("зраб") || w.starts_with("зроб"));
                assert!(!made, "{name}: {text}");
            }
        }
    }
    assert_eq!(Be.labels().label_scenario_title, "Ваш сцэнарый");
    assert_eq!(
        Be.labels().label_scenario_online,
        "Гэты сцэнарый на сайце: "
    );
    assert_eq!(
        Be.labels().text_share,
        "Падзяліцца сцэнарыем або ўбудаваць яго"
    );
    assert_eq!(Be.labels().text_share_link, "Спасылка на гэты сцэнарый");
    assert!(Be
        .labels()
        .after_method
        .contains("з тэмпам і запаволеннем са сцэнарыя,"));
    assert_eq!(Be.labels().label_guess_again, "Выказаць яшчэ адну здагадку");
    assert_eq!(
        Be.labels().label_predict_toggle,
        "Спачатку прадказаць: схаваць прагноз, пакуль я не выкажу здагадку"
    );
    assert_eq!(
        Be.labels().label_projection_hidden_sentence,
        "Прагноз схаваны, пакуль вы не выкажаце здагадку."
    );
    assert!(Be
        .labels()
        .after_hidden
        .contains("пакуль вы не выкажаце здагадку і не ўбачыце прагноз"));
}

#[test]
fn a_number_shown_with_decimals_takes_the_genitive_singular() {
    use crate::model::locale;
    use crate::model::plural::{category, PluralCategory};
    // "1,0" reads "адна цэлая нуль дзясятых": the genitive singular, as "1,5 працэнта". The
    // slowdown's phrase puts "працэнт" after the number as shown.
    let phrase = |percent: Arg| Be.say(K::slowdown_spoken, &[("percent", percent)]);
    for (value, words) in [
        (1.0, "1,0 працэнта"),
        (2.0, "2,0 працэнта"),
        (5.0, "5,0 працэнта"),
        (21.0, "21,0 працэнта"),
        (1.5, "1,5 працэнта"),
    ] {
        let shown = locale::fixed(Lang::Be, value, 1);
        assert!(phrase(Arg::Text(&shown)).contains(&format!("на {words} за")));
    }
    assert_eq!(category(Lang::Be, 1.0, 1), PluralCategory::Other);
    // Whole numbers keep their forms.
    assert!(phrase(Arg::Num(1.0, 0)).contains("на 1 працэнт за"));
    assert!(
        phrase(Arg::Num(1.0, 1)).contains("на 1 працэнт за"),
        "no trailing zero shown"
    );
}
