//! Rich text: a message as typed pieces (the page's words, a source's name, a quotation in its
//! language, a text of the dataset), so a view or the static page marks each up without cutting
//! or searching the translated sentence. A phrase's placeholders say where each piece lands
//! (`Speaks::say_rich`); `widgets::datatext::RichText` renders it in the browser and
//! `shell::rich_html` writes it as HTML.

use crate::model::dataset::Localized;
use crate::model::lang::Lang;

/// One piece of a rich text.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// The page's own words (numbers and dates in them already as the language writes them).
    Text(String),
    /// A source's or publisher's name, shown in `<cite>`.
    Cite(String),
    /// A quotation with its marks, in the language it is written in.
    Quote {
        /// The words in their quotation marks.
        text: String,
        /// Their language: marked when it is not the page's.
        lang: Lang,
    },
    /// A text of the dataset, marked `lang="en"` when it is the untranslated English.
    Data(Localized),
}

/// A message as a list of typed pieces.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rich(pub Vec<Piece>);

impl Rich {
    /// The text without markup (for labels, tooltips and tests).
    pub fn plain(&self) -> String {
        self.0.iter().map(Piece::text).collect()
    }

    /// The text without markup, not copying a text of one piece.
    pub fn into_plain(mut self) -> String {
        match self.0.len() {
            0 => String::new(),
            1 => match self.0.pop() {
                Some(Piece::Text(text) | Piece::Cite(text) | Piece::Quote { text, .. }) => text,
                Some(Piece::Data(data)) => data.text,
                None => String::new(),
            },
            _ => self.plain(),
        }
    }

    /// Appends the page's words, joined to a text piece before them.
    pub fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => self.0.push(Piece::Text(text.into())),
        }
    }

    /// Ends the text with a full stop unless it has one.
    pub fn full_stop(mut self) -> Rich {
        if !self.plain().ends_with('.') {
            self.push_text(".");
        }
        self
    }
}

impl Piece {
    /// The piece's text.
    pub fn text(&self) -> &str {
        match self {
            Piece::Text(text) | Piece::Cite(text) | Piece::Quote { text, .. } => text,
            Piece::Data(data) => &data.text,
        }
    }
}

impl From<String> for Rich {
    fn from(text: String) -> Rich {
        Rich(vec![Piece::Text(text)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::messages;
    use crate::model::dataset::TreatyStatus;
    use crate::model::Date;

    fn data(text: &str) -> Localized {
        Localized {
            text: text.into(),
            english: false,
        }
    }

    fn cites(rich: &Rich) -> Vec<&str> {
        fn cite(piece: &Piece) -> Option<&str> {
            match piece {
                Piece::Cite(name) => Some(name),
                _ => None,
            }
        }
        rich.0.iter().filter_map(cite).collect()
    }

    #[test]
    fn the_sources_intro_cites_the_publisher_where_each_language_names_it() {
        let april = Date::new(2023, 4, 24).unwrap();
        for lang in Lang::ALL {
            let rich = messages(lang).sources_intro("topic", "The Publisher", "Washington", april);
            assert_eq!(cites(&rich), ["The Publisher"], "{lang:?}");
            assert!(matches!(rich.0[0], Piece::Text(_)), "{lang:?}");
            let credit = messages(lang).credit("topic", "The Publisher", "Washington", april);
            assert_eq!(cites(&credit), ["The Publisher"], "{lang:?}");
            let source = messages(lang).embed_source("The Publisher", april);
            assert_eq!(cites(&source), ["The Publisher"], "{lang:?}");
        }
    }

    #[test]
    fn treaty_since_puts_the_datasets_date_where_the_phrase_does() {
        let since = data("снежня 2018 г.");
        let cases = [
            (Lang::En, TreatyStatus::Stalled, "Stalled since "),
            (Lang::En, TreatyStatus::Agreed, "Agreed "),
            (Lang::Ru, TreatyStatus::Stalled, "Заморожено с "),
            // The preposition follows the date's first sounds: "са снежня", not "з снежня".
            (Lang::Be, TreatyStatus::Stalled, "Замарожана са "),
            (Lang::Be, TreatyStatus::Agreed, "Узгоднена "),
        ];
        for (lang, status, before) in cases {
            let rich = messages(lang).treaty_since(status, &since);
            assert_eq!(
                rich.0,
                [Piece::Text(before.into()), Piece::Data(since.clone())],
                "{lang:?}"
            );
        }
        let untranslated = Localized {
            text: "December 2018".into(),
            english: true,
        };
        let rich = messages(Lang::Be).treaty_since(TreatyStatus::Stalled, &untranslated);
        assert_eq!(rich.0[1], Piece::Data(untranslated));
    }

    #[test]
    fn the_derived_note_holds_its_formula_as_data() {
        let formula = data("A − B");
        for (lang, before) in [(Lang::En, "derived: "), (Lang::Ru, "расчёт: ")] {
            let rich = messages(lang).derived_note(&formula);
            assert_eq!(
                rich.0,
                [Piece::Text(before.into()), Piece::Data(formula.clone())]
            );
        }
    }

    #[test]
    fn a_quoted_note_holds_the_english_quotation_and_its_translation_as_pieces() {
        use crate::model::dataset::Quote;
        let quote = Quote {
            original: "almost 80 percent".into(),
            translation: Some("почти 80 процентов".into()),
        };
        let formula = data("A − B");
        let english = |text: &str| Piece::Quote {
            text: text.into(),
            lang: Lang::En,
        };
        let note = messages(Lang::Ru).quoted_note_rich(&quote, Some(&formula));
        assert_eq!(
            note.0,
            [
                english("“almost 80 percent”"),
                Piece::Text(" (".into()),
                Piece::Quote {
                    text: "«почти 80 процентов»".into(),
                    lang: Lang::Ru,
                },
                Piece::Text(") — ".into()),
                Piece::Data(formula),
            ]
        );
        // Without a formula the note is the quotation alone; English has no translation.
        let english_quote = Quote {
            translation: None,
            ..quote
        };
        let note = messages(Lang::En).quoted_note_rich(&english_quote, None);
        assert_eq!(note.0, [english("“almost 80 percent”")]);
    }

    #[test]
    fn a_noscript_line_cites_the_outlet_of_its_citation() {
        let m = crate::messages::noscript(Lang::Ru);
        let rich = m.noscript_surplus(2022, "Belta.by", "Belta.by, 1 мая 2023 г.");
        assert_eq!(cites(&rich), ["Belta.by"]);
        assert!(rich.plain().ends_with("(Belta.by, 1 мая 2023 г.)"));
        // A citation that does not start with its outlet is left as words.
        let rich = m.noscript_surplus(2022, "EDM", "Eurasia Daily Monitor");
        assert!(cites(&rich).is_empty());
        let article = m.noscript_article(
            "The Publisher",
            "Washington",
            Date::new(2023, 4, 24).unwrap(),
        );
        assert_eq!(cites(&article), ["The Publisher"]);
        assert!(article.plain().ends_with('.'));
    }

    #[test]
    fn plain_text_joins_the_pieces() {
        let mut rich = Rich(vec![Piece::Cite("TASS".into())]);
        rich.push_text(", ");
        rich.push_text("May");
        rich.0.push(Piece::Quote {
            text: "“x”".into(),
            lang: Lang::En,
        });
        assert_eq!(rich.0.len(), 3);
        assert_eq!(rich.plain(), "TASS, May“x”");
        assert_eq!(rich.clone().into_plain(), rich.plain());
        assert_eq!(Rich::from("a".to_string()).full_stop().into_plain(), "a.");
    }
}
