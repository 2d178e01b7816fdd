//! The page's language: which ones exist, their codes, and which one a reader gets.

/// A language the page is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the article's language and the default.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Belarusian (official orthography).
    Be,
}

/// The query key that names the language in a link: `?lang=be`.
pub const QUERY_KEY: &str = "lang";

impl Lang {
    /// Every language, in the order the switch lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Be];

    /// The BCP 47 code, used in `?lang=`, `<html lang>` and the stored choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Be => "be",
        }
    }

    /// The language's name in itself, the same on every page (a reader who cannot read the
    /// current page must still find their own language in the switch).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Be => "Беларуская",
        }
    }

    /// The language a code the app itself writes names (`?lang=`, the stored choice): exactly
    /// "en", "ru" or "be", in any case, with surrounding spaces ignored. Anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The language a browser's language tag names, by its primary subtag: "ru-RU", "be-BY",
    /// "be-tarask" and "en_GB" all count; "uk" or "ber" do not.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::from_code(primary).filter(|_| !primary.is_empty())
    }
}

/// The language to show: a valid `?lang=` first, else a valid stored choice, else the first of
/// the browser's `navigator.languages` (in the reader's order) that the page speaks, else
/// English. A malformed value at any step is skipped, never an error.
pub fn choose<S: AsRef<str>>(query: Option<&str>, stored: Option<&str>, preferred: &[S]) -> Lang {
    query
        .and_then(Lang::from_code)
        .or_else(|| stored.and_then(Lang::from_code))
        .or_else(|| {
            preferred
                .iter()
                .find_map(|tag| Lang::from_tag(tag.as_ref()))
        })
        .unwrap_or_default()
}

/// The `lang` a link made from the page carries (the address, the share link, the embed
/// snippet, the printed link): the page language whenever the reader asked for it (a link, a
/// stored choice, the switch) or it is not English; none for a page that is English only
/// because nothing asked for another, so whoever opens the link gets their own language.
pub fn in_links(lang: Lang, asked: bool) -> Option<Lang> {
    (asked || lang != Lang::En).then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: [&str; 0] = [];

    #[test]
    fn codes_round_trip_and_junk_is_none() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(Lang::from_code(&lang.code().to_uppercase()), Some(lang));
        }
        assert_eq!(Lang::from_code(" be "), Some(Lang::Be));
        for junk in [
            "", "e", "eng", "ru-RU", "by", "uk", "<script>", "bé", "en\0",
        ] {
            assert_eq!(Lang::from_code(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn browser_tags_match_by_primary_subtag() {
        assert_eq!(Lang::from_tag("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("be-BY"), Some(Lang::Be));
        assert_eq!(Lang::from_tag("be-tarask"), Some(Lang::Be));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
        for other in ["uk-UA", "ber", "bel", "rus", "", "-ru", "de"] {
            assert_eq!(Lang::from_tag(other), None, "{other:?}");
        }
    }

    #[test]
    fn the_link_wins_then_the_stored_choice_then_the_browser() {
        let browser = ["de-DE", "ru-RU", "en"];
        assert_eq!(choose(Some("be"), Some("en"), &browser), Lang::Be);
        assert_eq!(choose(None, Some("en"), &browser), Lang::En);
        assert_eq!(choose(None, None, &browser), Lang::Ru);
        // Malformed values fall through to the next source.
        assert_eq!(choose(Some("xx"), Some("be"), &browser), Lang::Be);
        assert_eq!(choose(Some(""), Some("junk"), &browser), Lang::Ru);
        assert_eq!(choose(Some("ru-RU"), None, &["be"]), Lang::Be);
    }

    #[test]
    fn the_browser_list_is_read_in_the_readers_order() {
        assert_eq!(choose(None, None, &["en-US", "be-BY", "ru"]), Lang::En);
        assert_eq!(choose(None, None, &["be-BY", "ru-RU"]), Lang::Be);
        assert_eq!(choose(None, None, &["uk", "pl", "be"]), Lang::Be);
        assert_eq!(
            choose(None, None, &[String::from("fr"), String::from("ru")]),
            Lang::Ru
        );
    }

    #[test]
    fn with_nothing_usable_the_page_is_english() {
        assert_eq!(choose(None, None, &NONE), Lang::En);
        assert_eq!(choose(Some("zz"), Some(""), &["de", "uk"]), Lang::En);
        assert_eq!(Lang::default(), Lang::En);
    }

    // Guards against a shared link losing the language the teacher read, or forcing English
    // on a class that never asked for it.
    #[test]
    fn links_carry_the_language_unless_english_by_default() {
        assert_eq!(in_links(Lang::En, false), None);
        assert_eq!(in_links(Lang::En, true), Some(Lang::En));
        for lang in [Lang::Ru, Lang::Be] {
            assert_eq!(in_links(lang, false), Some(lang), "from the browser");
            assert_eq!(in_links(lang, true), Some(lang), "asked for");
        }
    }
}
