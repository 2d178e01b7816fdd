//! The checks every translation must pass: no English words, and the language's own number,
//! percent and full-stop conventions.

/// Tokens that stay in the Latin alphabet in every language: names of formats and of the
/// chart library, ECharts' `{value}` placeholder, URL schemes, the dataset file's field names
/// and literals, which errors quote as the file spells them, and the labels printed on keys.
const ALLOWED_LATIN: [&str; 22] = [
    "{value}",
    "https://",
    "http://",
    "programs.count",
    "schema_version",
    "within_months_min",
    "within_months_max",
    "progress",
    "true",
    "min",
    "max",
    "ECharts",
    "PNG",
    "CSV",
    "JSON",
    "Ctrl+C",
    "⌘C",
    "Mac",
    "Tab",
    "Home",
    "End",
    "Esc",
];

/// The runs of Latin letters in `text` that are not allowed tokens (URLs would be allowed
/// too; no message holds one).
pub(in crate::messages) fn latin_words(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for token in ALLOWED_LATIN {
        text = text.replace(token, " ");
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// The problems of one language's messages: Latin words, English number or percent style,
/// empty messages.
pub(in crate::messages) fn problems(messages: &[(String, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (name, text) in messages {
        if text.trim().is_empty() {
            found.push(format!("{name}: empty"));
        }
        let latin = latin_words(text);
        if !latin.is_empty() {
            found.push(format!("{name}: Latin {latin:?} in {text:?}"));
        }
        let chars: Vec<char> = text.chars().collect();
        for (at, window) in chars.windows(3).enumerate() {
            if window[0].is_ascii_digit() && window[1] == '.' && window[2].is_ascii_digit() {
                found.push(format!("{name}: decimal point at {at} in {text:?}"));
            }
            if window[0].is_ascii_digit() && window[1] == ',' && window[2].is_ascii_digit() {
                // A decimal comma is fine; a thousands comma ("1,234") has three digits after it.
                let digits = chars[at + 2..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits == 3
                    && chars[..=at]
                        .iter()
                        .rev()
                        .take_while(|c| c.is_ascii_digit())
                        .count()
                        <= 3
                {
                    found.push(format!("{name}: English grouping at {at} in {text:?}"));
                }
            }
        }
        if text.contains("..") {
            found.push(format!("{name}: two full stops in {text:?}"));
        }
        for (at, c) in chars.iter().enumerate() {
            if *c == '%' && at > 0 && chars[at - 1] != '\u{a0}' {
                found.push(format!("{name}: no no-break space before % in {text:?}"));
            }
        }
    }
    found
}

/// The messages of a language that read exactly as the English one for the same call and
/// hold a Latin letter outside `{placeholders}` (the sample arguments are Cyrillic, so a
/// message made only of them is the same in every language): an untranslated message. The messages have
/// no keys to be missing (each language implements every method), so this is where a copied
/// English string would show. `messages` and `english` come from `every_message`, call by call.
pub(in crate::messages) fn same_as_english(
    messages: &[(String, String)],
    english: &[(String, String)],
) -> Vec<String> {
    assert_eq!(
        messages.len(),
        english.len(),
        "the same calls in each language"
    );
    messages
        .iter()
        .zip(english)
        .filter(|((_, text), (_, en))| text == en)
        .filter(|((_, text), _)| {
            let mut depth = 0;
            text.chars().any(|c| {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                depth == 0 && c.is_ascii_alphabetic()
            })
        })
        .map(|((name, text), _)| format!("{name}: {text:?} is the English message"))
        .collect()
}

/// The names of the 28 programs other than the official one, «союзные программы» /
/// «саюзныя праграмы»: a word "отраслевой"/"галіновы" anywhere, or "интеграционная" /
/// "інтэграцыйная" right before "программа"/"праграма", in any case form.
pub(in crate::messages) fn other_program_names(texts: &[(String, String)]) -> Vec<String> {
    const SECTORAL: [&str; 2] = ["отраслев", "галінов"];
    const INTEGRATION: [&str; 2] = ["интеграционн", "інтэграцыйн"];
    let mut found = Vec::new();
    for (name, text) in texts {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect();
        let sectoral = words
            .iter()
            .any(|w| SECTORAL.iter().any(|s| w.starts_with(s)));
        let integration = words.windows(2).any(|pair| {
            INTEGRATION.iter().any(|i| pair[0].starts_with(i))
                && (pair[1].starts_with("программ") || pair[1].starts_with("праграм"))
        });
        if sectoral || integration {
            found.push(format!("{name}: {text:?}"));
        }
    }
    found
}

/// How deep quotation marks of the outer kind («») nest in `text`: 1 for «a „b“ c», 2 for
/// «a «b» c».
pub(in crate::messages) fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '«' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            '»' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}
