//! A language's phrases as data: each language folder holds a `phrases.txt` of `key = text`
//! lines, read at compile time into a table indexed by [`K`], and the shared sentence code
//! (`structure/`) fills a phrase's `{placeholders}` with named arguments. A key missing from a
//! file, unknown to [`K`] or given twice stops the build (a `const` panics), so a language
//! cannot lack a message.
//!
//! A placeholder is `{name}` (the argument as this language shows it), `{name:spec}` (a number
//! as a percentage with `%`; a date `long`, `month_year`, `year`, or its month's name in a case,
//! `nom`, `gen`, `dat`, `prep`; a text `q`, in the file's `@quote` marks), `{name/rule}` (the
//! language's sound rule applied) or `{name|one|few|many|other}` (the word form agreeing with
//! the number as shown; English gives `one|other`; `@term` names a line `@term = forms` of the
//! same file). A text that must keep a space at an end is written between `"`.
//!
//! An argument may be typed ([`Arg::Cite`], [`Arg::Source`], [`Arg::Quote`], [`Arg::Quoted`],
//! [`Arg::Data`]): `Speaks::say_rich` keeps it a piece of a [`Rich`] where the phrase puts it,
//! so a view marks it up without searching the sentence; `Speaks::say` gives the plain text.

use super::keys::{K, NAMES};
use super::labels::Labels;
use super::rich::{Piece, Rich};
use crate::model::dataset::{Localized, Quote};
use crate::model::format::{number_in, NumberStyle};
use crate::model::lang::Lang;
use crate::model::locale::{self, Case};
use crate::model::plural::{category_of_shown, PluralCategory};
use crate::model::Date;

/// How many phrases every language has.
pub(super) const COUNT: usize = NAMES.len();

/// One language's phrases, in the order of [`K`], and its file for the `@terms`.
pub(super) struct Phrases {
    texts: [&'static str; COUNT],
    source: &'static str,
}

/// A named argument's value.
#[derive(Debug, Clone, Copy)]
pub(super) enum Arg<'a> {
    /// Text shown as it is (data, or a phrase already filled).
    Text(&'a str),
    /// A whole number, never grouped ("2023", "21").
    Int(i64),
    /// A number with at most this many decimals, in the language's style.
    Num(f64, usize),
    /// A date.
    Date(Date),
    /// A source's or publisher's name: a [`Piece::Cite`].
    Cite(&'a str),
    /// A citation (its outlet, then the whole citation): the outlet a [`Piece::Cite`] where the
    /// citation starts with it, the rest words.
    Source(&'a str, &'a str),
    /// A quotation in the language's marks: a [`Piece::Quote`].
    Quote(&'a str),
    /// A source's quotation: the English in English marks, with its translation beside it.
    Quoted(&'a Quote),
    /// A text of the dataset: a [`Piece::Data`].
    Data(&'a Localized),
}

/// A language: its phrases and the few facts of grammar the phrases cannot say.
pub(super) trait Speaks: Sync {
    /// Which language.
    const LANG: Lang;
    /// Its phrases.
    const PHRASES: &'static Phrases;

    /// Its fixed labels, read from its phrases once, at compile time.
    const LABELS: &'static Labels = &Labels::of(Self::PHRASES);

    /// A fixed phrase.
    fn word(&self, key: K) -> &'static str {
        Self::PHRASES.text(key)
    }

    /// A phrase with its placeholders filled from `args`.
    fn say(&self, key: K, args: &[(&str, Arg)]) -> String {
        self.say_rich(key, args).into_plain()
    }

    /// A phrase with its placeholders filled from `args`, each argument a typed piece where the
    /// phrase puts it (a name to cite, a quotation, a text of the dataset).
    fn say_rich(&self, key: K, args: &[(&str, Arg)]) -> Rich {
        let rule = |rule: &str, text: String| self.rule(rule, text);
        fill(Self::LANG, Self::PHRASES, self.word(key), args, &rule)
    }

    /// `text` changed by the language's sound rule `rule` (`{name/rule}`): a preposition that
    /// takes another form before some sounds. None by default.
    fn rule(&self, _rule: &str, text: String) -> String {
        text
    }

    /// `text` in this language's quotation marks (its file's `@quote`).
    fn quote(&self, text: &str) -> String {
        Self::PHRASES.quote(text)
    }

    /// `items` joined as this language lists things: "a", "a and b", "a, b and c".
    fn join(&self, items: &[String]) -> String {
        join_with(items, self.word(K::list_comma), self.word(K::list_and))
    }
}

/// `text` with its first letter capital, for a clause that starts a sentence. Only the
/// letters the page's languages write are known: ASCII, Russian and Belarusian Cyrillic (а–я,
/// ё, і, ў); `char::to_uppercase` would bring a 9.6 KB Unicode table into the wasm for them.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        // а–я and А–Я are 32 code points apart in Unicode's Cyrillic block.
        'а'..='я' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        'ё' => 'Ё',
        'і' => 'І',
        'ў' => 'Ў',
        _ => first,
    };
    let mut out = String::with_capacity(text.len());
    out.push(upper);
    out.push_str(chars.as_str());
    out
}

/// `items` with `between` between them and `last` before the last one.
pub(super) fn join_with(items: &[String], between: &str, last: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., final_item] => format!("{}{last}{final_item}", init.join(between)),
    }
}

/// `value` with at most `decimals` decimals as `lang` writes it: English without grouping
/// ("1234.5", as the page always has), Russian and Belarusian as CLDR ("1 234,5").
pub(super) fn number(lang: Lang, value: f64, decimals: usize) -> String {
    match lang {
        Lang::En => number_in(value, decimals, NumberStyle { decimal: '.' }),
        Lang::Ru | Lang::Be => locale::number(lang, value, decimals),
    }
}

/// A language's sound rule: its name and the text it applies to.
type Rule<'a> = dyn Fn(&str, String) -> String + 'a;

/// Fills the placeholders of `template`.
fn fill(lang: Lang, phrases: &Phrases, template: &str, args: &[(&str, Arg)], rule: &Rule) -> Rich {
    let mut out = Rich::default();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_text(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        placeholder(
            lang,
            phrases,
            &rest[open + 1..open + close],
            args,
            rule,
            &mut out,
        );
        rest = &rest[open + close + 1..];
    }
    out.push_text(rest);
    out
}

/// Writes one placeholder (its text without braces) to `out`.
fn placeholder(
    lang: Lang,
    phrases: &Phrases,
    inner: &str,
    args: &[(&str, Arg)],
    rule: &Rule,
    out: &mut Rich,
) {
    let (head, forms) = match inner.split_once('|') {
        Some((head, forms)) => (head, Some(forms)),
        None => (inner, None),
    };
    let (head, sound) = head.split_once('/').unwrap_or((head, ""));
    let (name, spec) = head.split_once(':').unwrap_or((head, ""));
    let Some((_, arg)) = args.iter().find(|(n, _)| *n == name) else {
        debug_assert!(false, "no argument {name:?} for {{{inner}}}");
        return;
    };
    let mut shown = match (arg, spec) {
        (Arg::Text(text), "q") | (Arg::Quote(text), _) => phrases.quote(text),
        _ => shown(lang, *arg, spec),
    };
    if !sound.is_empty() {
        shown = rule(sound, shown);
    }
    match (forms, arg) {
        (None, Arg::Cite(_) | Arg::Source(..) | Arg::Quote(_) | Arg::Quoted(_) | Arg::Data(_)) => {
            pieces(lang, phrases, *arg, &shown, out)
        }
        (None, _) => out.push_text(&shown),
        (Some(forms), _) => {
            let forms = match forms.strip_prefix('@') {
                Some(term) => phrases.term(term),
                None => forms,
            };
            out.push_text(pick(forms, category_of_shown(lang, &shown)));
        }
    }
}

/// Writes a typed argument as its pieces; `shown` is its text, after any sound rule (which puts
/// words before it, as "з" before a date).
fn pieces(lang: Lang, phrases: &Phrases, arg: Arg, shown: &str, out: &mut Rich) {
    match arg {
        Arg::Cite(name) => {
            out.push_text(shown.strip_suffix(name).unwrap_or_default());
            out.0.push(Piece::Cite(name.into()));
        }
        Arg::Source(outlet, cited) => match cited.strip_prefix(outlet) {
            Some(rest) if !outlet.is_empty() => {
                out.0.push(Piece::Cite(outlet.into()));
                out.push_text(rest);
            }
            _ => out.push_text(cited),
        },
        Arg::Quote(_) => out.0.push(Piece::Quote {
            text: shown.into(),
            lang,
        }),
        Arg::Quoted(quote) => quoted(lang, phrases, quote, out),
        Arg::Data(data) => {
            out.push_text(shown.strip_suffix(data.text.as_str()).unwrap_or_default());
            out.0.push(Piece::Data(data.clone()));
        }
        _ => out.push_text(shown),
    }
}

/// A source's quotation as pieces: the English in English marks, as the tables show it, then
/// its translation in `lang`'s marks.
pub(super) fn quoted(lang: Lang, phrases: &Phrases, quote: &Quote, out: &mut Rich) {
    let english = <super::En as Speaks>::PHRASES.quote(&quote.original);
    out.0.push(Piece::Quote {
        text: english,
        lang: Lang::En,
    });
    if let Some(translation) = &quote.translation {
        out.push_text(" (");
        out.0.push(Piece::Quote {
            text: phrases.quote(translation),
            lang,
        });
        out.push_text(")");
    }
}

/// An argument as `spec` asks.
fn shown(lang: Lang, arg: Arg, spec: &str) -> String {
    match (arg, spec) {
        (Arg::Text(text) | Arg::Cite(text) | Arg::Source(_, text) | Arg::Quote(text), _) => {
            text.to_string()
        }
        (Arg::Data(data), _) => data.text.clone(),
        (Arg::Quoted(quote), _) => quote.original.clone(),
        (Arg::Int(n), _) => n.to_string(),
        (Arg::Num(value, decimals), "%") => {
            locale::with_percent(lang, &number(lang, value, decimals))
        }
        (Arg::Num(value, decimals), _) => number(lang, value, decimals),
        (Arg::Date(date), "month_year") => locale::month_year(lang, date),
        (Arg::Date(date), "year") => date.year().to_string(),
        (Arg::Date(date), "nom") => month(lang, date, Case::Nominative).into(),
        (Arg::Date(date), "gen") => month(lang, date, Case::Genitive).into(),
        (Arg::Date(date), "dat") => month(lang, date, Case::Dative).into(),
        (Arg::Date(date), "prep") => month(lang, date, Case::Prepositional).into(),
        (Arg::Date(date), _) => locale::date_long(lang, date),
    }
}

fn month(lang: Lang, date: Date, case: Case) -> &'static str {
    locale::month_name(lang, date.month(), case)
}

/// The form for `category` of `forms` ("one|few|many|other", or "one|other").
fn pick(forms: &str, category: PluralCategory) -> &str {
    let mut forms = forms.split('|');
    let one = forms.next().unwrap_or_default();
    let rest: [Option<&str>; 3] = [forms.next(), forms.next(), forms.next()];
    match (category, rest) {
        (PluralCategory::One, _) => one,
        (_, [Some(other), None, None]) => other,
        (PluralCategory::Few, [Some(few), _, _]) => few,
        (PluralCategory::Many, [_, Some(many), _]) => many,
        (_, [_, _, Some(other)]) => other,
        _ => one,
    }
}

impl Phrases {
    /// The phrase `key`, at compile time.
    pub(super) const fn text(&self, key: K) -> &'static str {
        self.texts[key as usize]
    }

    /// `text` in the file's quotation marks (`@quote = «|»|„|“`: outer, then the inner pair a
    /// quotation inside it takes), so a quoted phrase of the dataset that itself quotes reads
    /// «70–80 процентов, „на финишной прямой“» rather than nesting «» in «». Without an inner
    /// pair the text is left as it is.
    pub(super) fn quote(&self, text: &str) -> String {
        let mut marks = self.term("quote").split('|');
        let (open, close) = (marks.next().unwrap_or("“"), marks.next().unwrap_or("”"));
        let text = match (marks.next(), marks.next()) {
            (Some(inner_open), Some(inner_close)) => {
                text.replace(open, inner_open).replace(close, inner_close)
            }
            _ => text.to_string(),
        };
        format!("{open}{text}{close}")
    }

    /// The forms of a `@term` line.
    fn term(&self, name: &str) -> &'static str {
        self.source
            .lines()
            .filter_map(|line| line.strip_prefix('@'))
            .filter_map(|line| line.split_once(" = "))
            .find(|(term, _)| *term == name)
            .map_or("", |(_, forms)| forms)
    }

    /// The phrases of a `phrases.txt`; a `const` so a missing, unknown or repeated key is a
    /// build error.
    pub(super) const fn parse(source: &'static str) -> Phrases {
        let bytes = source.as_bytes();
        let mut texts = [""; COUNT];
        let mut seen = [false; COUNT];
        let mut start = 0;
        while start < bytes.len() {
            let mut end = start;
            while end < bytes.len() && bytes[end] != b'\n' {
                end += 1;
            }
            let line = slice(bytes, start, end);
            if !line.is_empty() && line[0] != b'#' && line[0] != b'@' {
                let at = separator(line);
                let key = slice(line, 0, at);
                let mut text = slice(line, at + 3, line.len());
                if text.len() >= 2 && text[0] == b'"' && text[text.len() - 1] == b'"' {
                    text = slice(text, 1, text.len() - 1);
                }
                let index = index_of(key);
                if seen[index] {
                    panic!("a phrase is given twice");
                }
                seen[index] = true;
                texts[index] = match core::str::from_utf8(text) {
                    Ok(text) => text,
                    Err(_) => panic!("a phrase is not UTF-8"),
                };
            }
            start = end + 1;
        }
        let mut index = 0;
        while index < COUNT {
            if !seen[index] {
                panic!("{}", NAMES[index]);
            }
            index += 1;
        }
        Phrases { texts, source }
    }
}

const fn slice(bytes: &[u8], from: usize, to: usize) -> &[u8] {
    let (_, rest) = bytes.split_at(from);
    let (part, _) = rest.split_at(to - from);
    part
}

/// Where " = " is in a phrase line.
const fn separator(line: &[u8]) -> usize {
    let mut at = 0;
    while at + 3 <= line.len() {
        if line[at] == b' ' && line[at + 1] == b'=' && line[at + 2] == b' ' {
            return at;
        }
        at += 1;
    }
    panic!("a phrase line without \" = \"")
}

/// The index in [`NAMES`] of `key`.
const fn index_of(key: &[u8]) -> usize {
    let mut index = 0;
    while index < COUNT {
        if equal(NAMES[index].as_bytes(), key) {
            return index;
        }
        index += 1;
    }
    match core::str::from_utf8(key) {
        Ok(key) => panic!("{}", key),
        Err(_) => panic!("an unknown phrase"),
    }
}

const fn equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::Speaks;
    use crate::messages::En;

    #[test]
    fn capitalises_ascii_and_cyrillic_letters_only() {
        use super::capitalised;
        assert_eq!(capitalised("at 3 points"), "At 3 points");
        assert_eq!(capitalised("при темпе"), "При темпе");
        assert_eq!(capitalised("пры тэмпе"), "Пры тэмпе");
        assert_eq!(capitalised("ёлка"), "Ёлка");
        assert_eq!(capitalised("імя"), "Імя");
        assert_eq!(capitalised("ўзгаднілі"), "Ўзгаднілі");
        // Every letter of the alphabet, first and last of the block included.
        let lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіў";
        let upper = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЎ";
        for (l, u) in lower.chars().zip(upper.chars()) {
            assert_eq!(capitalised(&l.to_string()), u.to_string());
        }
        // Capitals, digits, punctuation and the empty text stay as they are.
        for same in ["Already", "Уже", "28 программ", "«цитата»", "", "ÿ"] {
            assert_eq!(capitalised(same), same);
        }
    }

    #[test]
    fn quotes_in_the_files_marks_nesting_only_where_it_has_inner_ones() {
        use crate::messages::{Be, Ru};
        assert_eq!(Ru.quote("на «финишной прямой»"), "«на „финишной прямой“»");
        assert_eq!(Be.quote("«a» b"), "«„a“ b»");
        // English gives no inner pair: the source's own marks stay as written.
        assert_eq!(
            En.quote("on the “finishing straight”"),
            "“on the “finishing straight””"
        );
    }

    #[test]
    fn joins_lists_in_english() {
        let words =
            |list: &[&str]| En.join(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(words(&[]), "");
        assert_eq!(words(&["a"]), "a");
        assert_eq!(words(&["a", "b"]), "a and b");
        assert_eq!(words(&["a", "b", "c"]), "a, b and c");
    }
}
