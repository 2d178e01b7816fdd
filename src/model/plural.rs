//! CLDR cardinal plural categories for the page's languages, from the number as it is shown.
//!
//! The rules, from CLDR's `common/supplemental/plurals.xml` (operands, UTS #35: `n` the absolute
//! value, `i` its integer digits, `v` the number of visible fraction digits, `t` the visible
//! fraction digits without trailing zeros):
//!
//! - en: one `i = 1 and v = 0`; other everything else ("1 program", "1.0 programs").
//! - ru: one `v = 0 and i % 10 = 1 and i % 100 != 11`; few `v = 0 and i % 10 = 2..4 and
//!   i % 100 != 12..14`; many `v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and
//!   i % 100 = 11..14`; other every number shown with decimals ("1,0", "1,5", "45,0").
//! - be: one `n % 10 = 1 and n % 100 != 11`; few `n % 10 = 2..4 and n % 100 != 12..14`; many
//!   `n % 10 = 0 or n % 10 = 5..9 or n % 100 = 11..14`; other the rest. These test the value
//!   `n`, so CLDR counts "1,0" as one and "45,0" as many. The grammar does not: a number shown
//!   with decimals is read as a fraction ("адна цэлая нуль дзясятых") and takes the genitive
//!   singular, "1,0 працэнта" as "1,5 працэнта". So here, as in Russian, every number shown
//!   with decimals is other (`v != 0`); whole numbers follow CLDR.
//!
//! Hand-written, not icu_plurals or intl_pluralrules: the first costs tens of KB of wasm, and
//! intl_pluralrules 7.0.2 puts Belarusian 22, 25 and 111 in "other".

use super::format::number;
use super::lang::Lang;

/// A CLDR plural category; English uses only `One` and `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// "1 программа", "21 программа".
    One,
    /// "2 программы", "22 программы".
    Few,
    /// "5 программ", "11 программ", "0 программ".
    Many,
    /// Fractions: "1,5 программы".
    Other,
}

/// The CLDR operands these rules read, taken from the digits as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Operands {
    /// `i % 100`.
    last_two: u32,
    /// Whether `i = 1`.
    is_one: bool,
    /// `v`: visible fraction digits, trailing zeros included.
    visible: usize,
}

impl Operands {
    /// From the integer and fraction digits of a number (no sign, no separators).
    fn from_digits(integer: &str, fraction: &str) -> Operands {
        let integer = integer.trim_start_matches('0');
        let last_two = integer
            .bytes()
            .rev()
            .take(2)
            .rev()
            .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
        Operands {
            last_two,
            is_one: integer == "1",
            visible: fraction.len(),
        }
    }

    fn category(self, lang: Lang) -> PluralCategory {
        let (last, last_two) = (self.last_two % 10, self.last_two);
        let slavic = || match (last, last_two) {
            (1, l) if l != 11 => PluralCategory::One,
            (2..=4, l) if !(12..=14).contains(&l) => PluralCategory::Few,
            _ => PluralCategory::Many,
        };
        match lang {
            Lang::En if self.is_one && self.visible == 0 => PluralCategory::One,
            Lang::En => PluralCategory::Other,
            // A number shown with decimals takes the genitive singular in both ("1,0 процента",
            // "1,0 працэнта"), whatever its digits.
            Lang::Ru | Lang::Be if self.visible > 0 => PluralCategory::Other,
            Lang::Ru | Lang::Be => slavic(),
        }
    }
}

/// The category of `value` shown with exactly `visible_fraction_digits` decimals (at most 6),
/// rounded as [`crate::model::locale::fixed`] shows it: 0.96 with no decimals is "1", so one.
/// The sign does not matter; a value that is not finite counts as 0.
pub fn category(lang: Lang, value: f64, visible_fraction_digits: usize) -> PluralCategory {
    let visible = visible_fraction_digits.min(6);
    let shown = number(value.abs(), visible);
    let (integer, fraction) = shown.split_once('.').unwrap_or((&shown, ""));
    // `number` drops trailing zeros; the reader still sees them, and Russian counts them.
    let fraction = format!("{fraction:0<visible$}");
    Operands::from_digits(integer, &fraction).category(lang)
}

/// The category of a number exactly as the page shows it in `lang` ("45,0", "1 234", "1.5",
/// "-2", "80 %"): reads the first number in `shown`, skipping its sign and group separators.
/// Text without digits counts as 0.
pub fn category_of_shown(lang: Lang, shown: &str) -> PluralCategory {
    let decimal = super::locale::decimal_symbol(lang);
    let (mut integer, mut fraction) = (String::new(), String::new());
    let mut in_fraction = false;
    for c in shown.chars() {
        match c {
            '0'..='9' if in_fraction => fraction.push(c),
            '0'..='9' => integer.push(c),
            c if c == decimal && !in_fraction && !integer.is_empty() => in_fraction = true,
            // Group separators of any of the languages, and a leading sign.
            ',' | ' ' | '\u{a0}' | '\u{202f}' if !in_fraction => {}
            '-' | '+' | '\u{2212}' if integer.is_empty() => {}
            _ if integer.is_empty() => {}
            _ => break,
        }
    }
    Operands::from_digits(&integer, &fraction).category(lang)
}

/// The word forms of one noun or phrase for each plural category; English fills `few` and
/// `many` with its plural.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forms<'a> {
    /// Form for [`PluralCategory::One`].
    pub one: &'a str,
    /// Form for [`PluralCategory::Few`].
    pub few: &'a str,
    /// Form for [`PluralCategory::Many`].
    pub many: &'a str,
    /// Form for [`PluralCategory::Other`].
    pub other: &'a str,
}

impl<'a> Forms<'a> {
    /// Four forms, for Russian and Belarusian: ("программа", "программы", "программ",
    /// "программы").
    pub const fn new(one: &'a str, few: &'a str, many: &'a str, other: &'a str) -> Forms<'a> {
        Forms {
            one,
            few,
            many,
            other,
        }
    }

    /// Two forms, for English: ("program", "programs").
    pub const fn one_other(one: &'a str, other: &'a str) -> Forms<'a> {
        Forms::new(one, other, other, other)
    }

    /// The form for `category`.
    pub fn pick(self, category: PluralCategory) -> &'a str {
        match category {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        }
    }
}

/// The form of `forms` that agrees with `value` shown with `visible_fraction_digits` decimals.
pub fn plural<'a>(
    lang: Lang,
    value: f64,
    visible_fraction_digits: usize,
    forms: Forms<'a>,
) -> &'a str {
    forms.pick(category(lang, value, visible_fraction_digits))
}

#[cfg(test)]
mod tests {
    use super::PluralCategory::{Few, Many, One, Other};
    use super::*;

    /// Every integer from CLDR's `@integer` sample lists for ru and be (identical for both),
    /// with its category, plus the 0, 1, 2, 5, 11, 21, 22, 25, 111.
    const SLAVIC_INTEGERS: [(u64, PluralCategory); 50] = [
        (1, One),
        (21, One),
        (31, One),
        (41, One),
        (51, One),
        (61, One),
        (71, One),
        (81, One),
        (101, One),
        (1001, One),
        (2, Few),
        (3, Few),
        (4, Few),
        (22, Few),
        (23, Few),
        (24, Few),
        (32, Few),
        (34, Few),
        (42, Few),
        (44, Few),
        (52, Few),
        (54, Few),
        (62, Few),
        (102, Few),
        (1002, Few),
        (0, Many),
        (5, Many),
        (6, Many),
        (7, Many),
        (8, Many),
        (9, Many),
        (10, Many),
        (11, Many),
        (12, Many),
        (13, Many),
        (14, Many),
        (15, Many),
        (16, Many),
        (17, Many),
        (18, Many),
        (19, Many),
        (100, Many),
        (1000, Many),
        (10000, Many),
        (100000, Many),
        (1000000, Many),
        (25, Many),
        (111, Many),
        (112, Many),
        (114, Many),
    ];

    #[test]
    fn russian_and_belarusian_integers_match_cldr_samples() {
        for lang in [Lang::Ru, Lang::Be] {
            for (n, expected) in SLAVIC_INTEGERS {
                assert_eq!(category(lang, n as f64, 0), expected, "{lang:?} {n}");
                assert_eq!(category(lang, -(n as f64), 0), expected, "{lang:?} -{n}");
                assert_eq!(
                    category_of_shown(lang, &n.to_string()),
                    expected,
                    "{lang:?} {n}"
                );
            }
        }
    }

    #[test]
    fn russian_decimals_are_other_whatever_their_value() {
        // CLDR ru `other`: @decimal 0.0~1.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0.
        for (value, decimals) in [
            (0.0, 1),
            (0.5, 1),
            (1.0, 1),
            (1.5, 1),
            (10.0, 1),
            (100.0, 1),
            (1000.0, 1),
            (1_000_000.0, 1),
            (21.0, 1),
            (22.0, 2),
            (45.0, 1),
            (2.25, 2),
        ] {
            assert_eq!(
                category(Lang::Ru, value, decimals),
                Other,
                "{value}/{decimals}"
            );
        }
        for shown in ["1,0", "45,0", "1,5", "22,00", "1 000,0", "-3,4"] {
            assert_eq!(category_of_shown(Lang::Ru, shown), Other, "{shown}");
        }
    }

    #[test]
    fn belarusian_decimals_take_the_genitive_singular_whatever_their_value() {
        // A number shown with decimals is read as a fraction ("адна цэлая нуль дзясятых"), and
        // a fraction takes the genitive singular: "1,0 працэнта", "2,0 працэнта", "5,0
        // працэнта", as "1,5 працэнта". CLDR's be rules test the value `n` and would put 1.0
        // in one, 2.0 in few and 5.0 in many; the grammar does not.
        for (value, decimals) in [
            (0.0, 1),
            (1.0, 1),
            (21.0, 1),
            (101.0, 1),
            (2.0, 1),
            (4.0, 1),
            (22.0, 1),
            (5.0, 1),
            (11.0, 1),
            (45.0, 1),
            (1000.0, 1),
            (0.1, 1),
            (1.5, 1),
            (10.1, 1),
            (22.0, 2),
        ] {
            assert_eq!(
                category(Lang::Be, value, decimals),
                Other,
                "{value}/{decimals}"
            );
        }
        for shown in ["1,0", "45,0", "22,00", "1,5", "12\u{a0}341,0"] {
            assert_eq!(category_of_shown(Lang::Be, shown), Other, "{shown}");
        }
        // Whole numbers keep CLDR's categories.
        assert_eq!(category(Lang::Be, 1.0, 0), One);
        assert_eq!(category_of_shown(Lang::Be, "22"), Few);
        assert_eq!(category_of_shown(Lang::Be, "45"), Many);
    }

    #[test]
    fn english_has_one_only_for_a_plain_one() {
        // CLDR en: one `i = 1 and v = 0` @integer 1; other @integer 0, 2~16, 100, … @decimal
        // 0.0~1.5, 10.0, ….
        assert_eq!(category(Lang::En, 1.0, 0), One);
        assert_eq!(category(Lang::En, -1.0, 0), One);
        for n in [
            0.0, 2.0, 5.0, 11.0, 16.0, 21.0, 22.0, 25.0, 100.0, 101.0, 111.0, 1000.0,
        ] {
            assert_eq!(category(Lang::En, n, 0), Other, "{n}");
        }
        for n in [0.0, 1.0, 1.5, 10.0] {
            assert_eq!(category(Lang::En, n, 1), Other, "{n}.0");
        }
        assert_eq!(category_of_shown(Lang::En, "1"), One);
        assert_eq!(category_of_shown(Lang::En, "1.0"), Other);
        assert_eq!(category_of_shown(Lang::En, "1,001"), Other);
    }

    #[test]
    fn the_category_follows_the_rounding_the_reader_sees() {
        // 0.96 shown without decimals reads "1"; 1.04 with one decimal reads "1,0".
        assert_eq!(category(Lang::Ru, 0.96, 0), One);
        assert_eq!(category(Lang::Ru, 1.04, 1), Other);
        assert_eq!(category(Lang::Be, 0.96, 0), One);
        assert_eq!(category(Lang::Be, 1.04, 1), Other);
        assert_eq!(category(Lang::Ru, 4.6, 0), Many);
        assert_eq!(category(Lang::Ru, f64::NAN, 0), Many);
        assert_eq!(category(Lang::En, f64::INFINITY, 0), Other);
        // More decimals than the formatter writes are treated as its maximum.
        assert_eq!(category(Lang::Be, 1.0, 40), Other);
        assert_eq!(category(Lang::Ru, 1.0, 40), Other);
    }

    #[test]
    fn shown_numbers_are_read_past_units_and_signs() {
        assert_eq!(category_of_shown(Lang::Ru, "80\u{a0}%"), Many);
        assert_eq!(category_of_shown(Lang::Ru, "−21"), One);
        assert_eq!(category_of_shown(Lang::Ru, "≈ 3 млрд"), Few);
        assert_eq!(category_of_shown(Lang::Be, "1234"), Few);
        assert_eq!(category_of_shown(Lang::Ru, ""), Many);
        assert_eq!(category_of_shown(Lang::En, "$45.0bn"), Other);
        // A number too long for any integer type still has a last two digits.
        assert_eq!(
            category_of_shown(Lang::Ru, "123456789012345678901234567891"),
            One
        );
    }

    #[test]
    fn forms_are_picked_by_category() {
        let ru = Forms::new("программа", "программы", "программ", "программы");
        let be = Forms::new("праграма", "праграмы", "праграм", "праграмы");
        let en = Forms::one_other("program", "programs");
        assert_eq!(plural(Lang::Ru, 1.0, 0, ru), "программа");
        assert_eq!(plural(Lang::Ru, 2.0, 0, ru), "программы");
        assert_eq!(plural(Lang::Ru, 5.0, 0, ru), "программ");
        assert_eq!(plural(Lang::Ru, 1.5, 1, ru), "программы");
        assert_eq!(plural(Lang::Be, 22.0, 0, be), "праграмы");
        assert_eq!(plural(Lang::Be, 25.0, 0, be), "праграм");
        assert_eq!(plural(Lang::Be, 111.0, 0, be), "праграм");
        assert_eq!(plural(Lang::En, 1.0, 0, en), "program");
        assert_eq!(plural(Lang::En, 28.0, 0, en), "programs");
        let percent = Forms::new("процент", "процента", "процентов", "процента");
        assert_eq!(plural(Lang::Ru, 1.5, 1, percent), "процента");
        assert_eq!(plural(Lang::Ru, 11.0, 0, percent), "процентов");
    }
}
