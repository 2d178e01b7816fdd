//! Numbers, percentages, month names and dates in each language's convention, from small
//! tables (CLDR 48, checked against ICU 78's `Intl`) rather than the browser's `Intl`, so that
//! the host tests see exactly what the page shows.

use super::date::Date;
use super::format::number as plain_number;
use super::lang::Lang;

/// The no-break space CLDR puts between digit groups and before "%" in ru and be.
pub const NBSP: char = '\u{a0}';

/// The decimal separator: "45.0" in English, "45,0" in Russian and Belarusian.
pub fn decimal_symbol(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Ru | Lang::Be => ',',
    }
}

/// The separator between groups of three digits: "1,000", "1 000" (no-break space).
pub fn group_symbol(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Ru | Lang::Be => NBSP,
    }
}

/// CLDR's `minimumGroupingDigits`: Belarusian leaves four-digit numbers whole ("1234", but
/// "12 345"); English and Russian group them ("1,234", "1 234").
fn minimum_grouping_digits(lang: Lang) -> usize {
    match lang {
        Lang::En | Lang::Ru => 1,
        Lang::Be => 2,
    }
}

/// Rewrites a plain number as `format::number` writes it ("-1234.5") in `lang`'s convention
/// ("-1 234,5"): group separators and the decimal symbol.
fn localize(lang: Lang, plain: &str) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut text = String::with_capacity(plain.len() + 8);
    text.push_str(sign);
    let grouped = integer.len() >= 3 + minimum_grouping_digits(lang);
    for (index, digit) in integer.chars().enumerate() {
        if grouped && index > 0 && (integer.len() - index) % 3 == 0 {
            text.push(group_symbol(lang));
        }
        text.push(digit);
    }
    if !fraction.is_empty() {
        text.push(decimal_symbol(lang));
        text.push_str(fraction);
    }
    text
}

/// `value` with at most `max_decimals` decimals, trailing zeros dropped: "4.5", "4,5",
/// "12 345". Not finite counts as 0.
pub fn number(lang: Lang, value: f64, max_decimals: usize) -> String {
    localize(lang, &plain_number(value, max_decimals))
}

/// `value` with exactly `decimals` decimals (at most 6), trailing zeros kept: "45.0", "45,0".
/// Pick the word after it with [`crate::model::plural::category`] and the same `decimals`.
pub fn fixed(lang: Lang, value: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let mut plain = plain_number(value, decimals);
    if decimals > 0 {
        let shown = plain
            .split_once('.')
            .map_or(0, |(_, fraction)| fraction.len());
        if shown == 0 {
            plain.push('.');
        }
        plain.extend(std::iter::repeat_n('0', decimals - shown));
    }
    localize(lang, &plain)
}

/// A number already formatted for `lang` with its percent sign: "80%" in English, "80 %"
/// (no-break space) in Russian and Belarusian, as CLDR's percent patterns write them.
pub fn with_percent(lang: Lang, shown: &str) -> String {
    match lang {
        Lang::En => format!("{shown}%"),
        Lang::Ru | Lang::Be => format!("{shown}{NBSP}%"),
    }
}

/// A percentage (80 for 80 %) with at most `max_decimals` decimals: "80%", "80 %", "2,5 %".
pub fn percent(lang: Lang, value: f64, max_decimals: usize) -> String {
    with_percent(lang, &number(lang, value, max_decimals))
}

/// The grammatical case a month name stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Case {
    /// Naming the month: axis labels, "апрель 2023", "красавік 2023".
    Nominative,
    /// After a day or "до"/"да": "5 апреля", "да сакавіка".
    Genitive,
    /// After "к": "к марту 2024 года", "к сакавіку".
    Dative,
    /// After "в"/"у": "в марте", "у сакавіку".
    Prepositional,
}

/// English has one form per month, whatever the case.
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const RU_MONTHS: [[&str; 12]; 4] = [
    [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "январю",
        "февралю",
        "марту",
        "апрелю",
        "маю",
        "июню",
        "июлю",
        "августу",
        "сентябрю",
        "октябрю",
        "ноябрю",
        "декабрю",
    ],
    [
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
    ],
];

const BE_MONTHS: [[&str; 12]; 4] = [
    [
        "студзень",
        "люты",
        "сакавік",
        "красавік",
        "май",
        "чэрвень",
        "ліпень",
        "жнівень",
        "верасень",
        "кастрычнік",
        "лістапад",
        "снежань",
    ],
    [
        "студзеня",
        "лютага",
        "сакавіка",
        "красавіка",
        "мая",
        "чэрвеня",
        "ліпеня",
        "жніўня",
        "верасня",
        "кастрычніка",
        "лістапада",
        "снежня",
    ],
    [
        "студзеню",
        "лютаму",
        "сакавіку",
        "красавіку",
        "маю",
        "чэрвеню",
        "ліпеню",
        "жніўню",
        "верасню",
        "кастрычніку",
        "лістападу",
        "снежню",
    ],
    [
        "студзені",
        "лютым",
        "сакавіку",
        "красавіку",
        "маі",
        "чэрвені",
        "ліпені",
        "жніўні",
        "верасні",
        "кастрычніку",
        "лістападзе",
        "снежні",
    ],
];

/// CLDR's stand-alone abbreviated month names, for a time axis that has no room for the full
/// ones (ECharts' `monthAbbr`).
const MONTH_ABBREVIATIONS: [[&str; 12]; 3] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "янв.",
        "февр.",
        "март",
        "апр.",
        "май",
        "июнь",
        "июль",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ],
    [
        "сту", "лют", "сак", "кра", "май", "чэр", "ліп", "жні", "вер", "кас", "ліс", "сне",
    ],
];

/// The twelve month names in `case`, January first; English has one form for every case.
pub fn month_names(lang: Lang, case: Case) -> &'static [&'static str; 12] {
    let index = case as usize;
    match lang {
        Lang::En => &EN_MONTHS,
        Lang::Ru => &RU_MONTHS[index],
        Lang::Be => &BE_MONTHS[index],
    }
}

/// The name of `month` (1–12; anything else is clamped) in `case`: "апреля", "красавіка".
pub fn month_name(lang: Lang, month: u32, case: Case) -> &'static str {
    month_names(lang, case)[month.clamp(1, 12) as usize - 1]
}

/// The twelve abbreviated month names, January first: "Jan", "янв.", "сту".
pub fn month_abbreviations(lang: Lang) -> &'static [&'static str; 12] {
    match lang {
        Lang::En => &MONTH_ABBREVIATIONS[0],
        Lang::Ru => &MONTH_ABBREVIATIONS[1],
        Lang::Be => &MONTH_ABBREVIATIONS[2],
    }
}

/// A year as a label: "2023" in every language, never grouped ("2 023" would be wrong).
pub fn year(year: i32) -> String {
    year.to_string()
}

/// Month and year, for axis labels and headings: "April 2023", "апрель 2023", "красавік 2023"
/// (nominative; without CLDR's Russian "г." so axis labels stay short).
pub fn month_year(lang: Lang, date: Date) -> String {
    let month = month_name(lang, date.month(), Case::Nominative);
    format!("{month} {}", date.year())
}

/// A full date: "April 5, 2023", "5 апреля 2023 г.", "5 красавіка 2023 г." (genitive month).
/// In ru and be a no-break space binds the day to its month and the year to "г.", as Russian
/// and Belarusian typesetting asks, so a line never starts with "г." or ends with a lone day.
pub fn date_long(lang: Lang, date: Date) -> String {
    let (day, month, year) = (date.day(), date.month(), date.year());
    match lang {
        Lang::En => format!(
            "{} {day}, {year}",
            month_name(lang, month, Case::Nominative)
        ),
        Lang::Ru | Lang::Be => {
            let month = month_name(lang, month, Case::Genitive);
            format!("{day}{NBSP}{month} {year}{NBSP}г.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).expect("valid test date")
    }

    /// Shows no-break spaces, so a failing assertion says which space is wrong.
    fn visible(text: &str) -> String {
        text.replace(NBSP, "␣")
    }

    #[test]
    fn decimals_use_each_languages_separator() {
        assert_eq!(fixed(Lang::En, 45.0, 1), "45.0");
        assert_eq!(fixed(Lang::Ru, 45.0, 1), "45,0");
        assert_eq!(fixed(Lang::Be, 9.6, 1), "9,6");
        assert_eq!(fixed(Lang::Ru, 1.5, 2), "1,50");
        assert_eq!(fixed(Lang::Ru, 0.04, 1), "0,0");
        assert_eq!(fixed(Lang::Be, 3.0, 0), "3");
        assert_eq!(fixed(Lang::En, -2.25, 1), "-2.2");
        assert_eq!(fixed(Lang::En, 1.0, 40), "1.000000");
        assert_eq!(number(Lang::Ru, 45.0, 1), "45");
        assert_eq!(number(Lang::Ru, 4.25, 2), "4,25");
        assert_eq!(number(Lang::En, 4.25, 2), "4.25");
        assert_eq!(number(Lang::Be, f64::NAN, 1), "0");
    }

    #[test]
    fn groups_follow_cldr_minimum_grouping_digits() {
        // Checked against Intl.NumberFormat in ICU 78 (CLDR 48).
        let cases = [
            (Lang::En, 999.0, "999"),
            (Lang::En, 1234.0, "1,234"),
            (Lang::En, 12345.5, "12,345.5"),
            (Lang::En, -1_234_567.25, "-1,234,567.25"),
            (Lang::Ru, 999.0, "999"),
            (Lang::Ru, 1000.0, "1␣000"),
            (Lang::Ru, 1234.0, "1␣234"),
            (Lang::Ru, 12345.5, "12␣345,5"),
            (Lang::Ru, -1_234_567.25, "-1␣234␣567,25"),
            (Lang::Be, 1234.0, "1234"),
            (Lang::Be, 9999.0, "9999"),
            (Lang::Be, 12345.5, "12␣345,5"),
            (Lang::Be, 123_456.0, "123␣456"),
            (Lang::Be, -1_234_567.25, "-1␣234␣567,25"),
        ];
        for (lang, value, expected) in cases {
            assert_eq!(
                visible(&number(lang, value, 2)),
                expected,
                "{lang:?} {value}"
            );
        }
        assert_eq!(visible(&fixed(Lang::Ru, 1000.0, 1)), "1␣000,0");
        assert_eq!(visible(&fixed(Lang::Be, 1000.0, 1)), "1000,0");
    }

    #[test]
    fn percent_signs_follow_cldr() {
        assert_eq!(percent(Lang::En, 80.0, 0), "80%");
        assert_eq!(visible(&percent(Lang::Ru, 80.0, 0)), "80␣%");
        assert_eq!(visible(&percent(Lang::Be, 2.5, 1)), "2,5␣%");
        assert_eq!(
            visible(&with_percent(Lang::Ru, &fixed(Lang::Ru, 1.5, 1))),
            "1,5␣%"
        );
    }

    #[test]
    fn month_tables_hold_every_case() {
        assert_eq!(month_name(Lang::Ru, 4, Case::Nominative), "апрель");
        assert_eq!(month_name(Lang::Ru, 4, Case::Genitive), "апреля");
        assert_eq!(month_name(Lang::Ru, 3, Case::Dative), "марту");
        assert_eq!(month_name(Lang::Ru, 3, Case::Prepositional), "марте");
        assert_eq!(month_name(Lang::Be, 4, Case::Nominative), "красавік");
        assert_eq!(month_name(Lang::Be, 4, Case::Genitive), "красавіка");
        assert_eq!(month_name(Lang::Be, 2, Case::Genitive), "лютага");
        assert_eq!(month_name(Lang::Be, 8, Case::Genitive), "жніўня");
        assert_eq!(month_name(Lang::Be, 11, Case::Prepositional), "лістападзе");
        assert_eq!(month_name(Lang::En, 9, Case::Genitive), "September");
        // Out-of-range months clamp instead of panicking.
        assert_eq!(month_name(Lang::Ru, 0, Case::Nominative), "январь");
        assert_eq!(month_name(Lang::Be, 13, Case::Nominative), "снежань");
        // Each case is a different word for most months, and no two months share a name.
        for lang in [Lang::Ru, Lang::Be] {
            for case in [
                Case::Nominative,
                Case::Genitive,
                Case::Dative,
                Case::Prepositional,
            ] {
                let names = month_names(lang, case);
                for (index, name) in names.iter().enumerate() {
                    assert!(!names[..index].contains(name), "{lang:?} {case:?} {name}");
                    assert!(name.chars().all(char::is_lowercase), "{name}");
                }
            }
        }
        assert_eq!(month_abbreviations(Lang::Ru)[1], "февр.");
        assert_eq!(month_abbreviations(Lang::Be)[3], "кра");
        assert_eq!(month_abbreviations(Lang::En)[11], "Dec");
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let april = date("2023-04-05");
        assert_eq!(date_long(Lang::En, april), "April 5, 2023");
        assert_eq!(visible(&date_long(Lang::Ru, april)), "5␣апреля 2023␣г.");
        assert_eq!(visible(&date_long(Lang::Be, april)), "5␣красавіка 2023␣г.");
        assert_eq!(
            visible(&date_long(Lang::Be, date("2024-02-29"))),
            "29␣лютага 2024␣г."
        );
        assert_eq!(month_year(Lang::En, april), "April 2023");
        assert_eq!(month_year(Lang::Ru, april), "апрель 2023");
        assert_eq!(month_year(Lang::Be, april), "красавік 2023");
        assert_eq!(month_year(Lang::Be, date("2021-11-04")), "лістапад 2021");
        assert_eq!(year(2023), "2023");
        assert_eq!(year(1999), "1999");
    }
}
