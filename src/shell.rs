//! The static HTML written into `index.html` at build time (`src/bin/shell.rs`, run by
//! `scripts/postbuild.mjs`): the header shell painted before the wasm arrives, and the page
//! without JavaScript. Both use the app's own messages and embedded dataset, so they say what
//! the app says.

use crate::messages::{messages, Messages, Piece, Rich};
use crate::model::dataset::{entry_key, Localized, Source};
use crate::model::lang::Lang;
use crate::model::{Dataset, Kind, ThemeChoice};

/// `text` with `& < > " '` written as character references, safe in text and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '<' | '>' | '"' | '\'' => out.push_str(&format!("&#{};", u32::from(c))),
            _ => out.push(c),
        }
    }
    out
}

/// `rich` as HTML on a page in `page`, escaped, as `widgets::datatext::RichText` renders it:
/// names in `<cite>`, a quotation or untranslated text of the dataset marked with its language.
pub fn rich_html(rich: &Rich, page: Lang) -> String {
    let mut html = String::new();
    for piece in &rich.0 {
        let marked = match piece {
            Piece::Text(text) => escape(text),
            Piece::Cite(name) => format!("<cite>{}</cite>", escape(name)),
            Piece::Quote { text, lang } if *lang == page => escape(text),
            Piece::Quote { text, lang } => {
                format!("<span lang=\"{}\">{}</span>", lang.code(), escape(text))
            }
            Piece::Data(data) => prose(data),
        };
        html.push_str(&marked);
    }
    html
}

/// A text of the dataset, marked `lang="en"` where it is the untranslated English.
fn prose(text: &Localized) -> String {
    match text.english {
        true => format!("<span lang=\"en\">{}</span>", escape(&text.text)),
        false => escape(&text.text),
    }
}

/// The header shell in `lang`: kicker, headline, lede and a loading note. The page carries one
/// per language; the style sheet shows the one in `<html lang>` (set by the head script), a
/// script after them keeps only that one as `#shell`, and the app removes it as it mounts
/// (`src/main.rs`); its masthead says the same words in the same places.
pub fn header_shell(lang: Lang, dataset: &Dataset) -> String {
    let m: &dyn Messages = messages(lang);
    let count = dataset.programs.count;
    let lede = m.lede(
        count,
        dataset.programs.date,
        dataset.localized(m.lang()).latest(),
    );
    let endonym = |l: Lang| format!("<option>{}</option>", escape(l.endonym()));
    format!(
        concat!(
            "<header class=\"masthead shell\" data-shell=\"{code}\" lang=\"{code}\">",
            // Invisible stand-ins for the language and theme switches, so the headline wraps and
            // sits as it will.
            "<div class=\"masthead__top\"><p class=\"masthead__kicker\">{kicker}</p>",
            "<div class=\"masthead__switches shell__placeholder\" aria-hidden=\"true\">",
            "<div class=\"theme-switch\"><label>{language}</label><select disabled>{lang_option}</select></div>",
            "<div class=\"theme-switch\"><label>{theme}</label><select disabled><option>{device}</option></select></div>",
            "</div></div>",
            "<h1>{headline}</h1>",
            "<p class=\"masthead__lede\">{lede}</p><p class=\"shell__loading\">{loading}</p></header>"
        ),
        code = lang.code(),
        kicker = escape(m.kicker()),
        language = escape(m.language_label()),
        // The widest name, so the placeholder is as wide as the switch will be.
        lang_option = Lang::ALL.into_iter().map(endonym).collect::<String>(),
        theme = escape(m.theme_label()),
        device = escape(m.theme_choice(ThemeChoice::Device)),
        headline = escape(&m.headline(count)),
        lede = escape(&lede),
        loading = escape(m.loading()),
    )
}

/// Every language's header shell, in `Lang::ALL` order.
pub fn header_shells(dataset: &Dataset) -> String {
    Lang::ALL
        .into_iter()
        .map(|lang| header_shell(lang, dataset))
        .collect()
}

/// A captioned table of `rows` under `head`: the caption and headers are escaped here, the
/// cells arrive as markup already escaped (they hold `<cite>` and quotations).
fn table(caption: &str, head: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut html = format!(
        "<table class=\"data-table\"><caption>{}</caption><thead><tr>",
        escape(caption)
    );
    for h in head {
        html.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
    }
    html.push_str("</tr></thead><tbody>");
    for row in rows {
        html.push_str("<tr>");
        for cell in row {
            html.push_str(&format!("<td>{cell}</td>"));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}

/// How the page without JavaScript marks up the dataset's text in one language, as the app's
/// views do (`widgets/datatext.rs`): outlets in `<cite>`, quotations in English marked
/// `lang="en"` beside their translation, prose in the language (English marked where missing).
struct Markup<'a> {
    lang: Lang,
    dataset: &'a Dataset,
}

impl Markup<'_> {
    /// A source cell: the citation as printed in English; elsewhere the outlet and the date.
    fn source(&self, source: &Source) -> String {
        let cited = self.dataset.cited(self.lang, source);
        match cited.date {
            Some(date) => format!("<cite>{}</cite>, {}", escape(&cited.name), escape(&date)),
            None => escape(&cited.name),
        }
    }

    /// A prose field of an entry in the page's language.
    fn prose(&self, key: &str, field: &str, english: &str) -> String {
        prose(&self.dataset.text(self.lang, key, field, english))
    }

    /// A quotation with its translation beside it (only the English on an English page).
    fn quotation(&self, key: &str, english: &str) -> String {
        let quote = self.dataset.quote(self.lang, key, english);
        let original = messages(Lang::En).quotation(&quote.original);
        match quote.translation {
            None if self.lang == Lang::En => escape(&original),
            None => format!("<span lang=\"en\">{}</span>", escape(&original)),
            Some(translation) => {
                let m = messages(self.lang);
                format!(
                    "<span lang=\"en\">{}</span> ({}: {})",
                    escape(&original),
                    escape(m.labels().text_translation),
                    escape(&m.quotation(&translation))
                )
            }
        }
    }
}

/// The `<noscript>` content in every language, each marked with its `lang`, after a line of
/// links to each (a page without scripts cannot know the reader's language).
pub fn noscripts(d: &Dataset) -> String {
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "<a href=\"#noscript-{code}\" lang=\"{code}\">{name}</a>",
                code = lang.code(),
                name = escape(lang.endonym())
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let pages: String = Lang::ALL
        .into_iter()
        .map(|lang| noscript(lang, d))
        .collect();
    format!("<p class=\"noscript noscript__languages\">{links}</p>\n{pages}")
}

/// A source as a noscript line takes it: its outlet, then its citation.
fn source(s: &Source) -> [&str; 2] {
    [&s.outlet, &s.cited_as]
}

/// The `<noscript>` content in `lang`: the key figures and every table, from the dataset.
pub fn noscript(lang: Lang, dataset: &Dataset) -> String {
    let m = crate::messages::noscript(lang);
    let markup = Markup { lang, dataset };
    // The sentences quote the dataset's words in the page's language, as the charts' tooltips
    // do; the tables below quote the English beside the translation.
    let local = dataset.localized(lang);
    let d = &*local;
    let count = d.programs.count;
    // The English page prints its citations as the article does, unmarked (as it always has);
    // the other languages cite the outlet, as their pages do.
    let marked = |text: Rich| match lang {
        Lang::En => escape(&text.plain()),
        _ => rich_html(&text, lang),
    };
    let li = |text: Rich| format!("<li>{}</li>", marked(text));
    let programs = source(&d.programs.source);
    let mut items = vec![li(m.noscript_programs(count, programs[0], programs[1]))];
    if let Some(latest) = d.progress.iter().rfind(|o| o.kind == Kind::Reported) {
        items.push(li(m.noscript_progress(
            latest.percent,
            latest.date,
            &latest.wording,
            source(&latest.source),
        )));
    }
    for v in d.trade.values.iter().filter(|v| v.kind == Kind::Reported) {
        items.push(li(m.noscript_trade(
            v.value,
            v.category,
            v.year,
            source(&v.source),
        )));
    }
    for b in d.balance.iter().filter(|b| b.value.is_none()) {
        if b.direction == crate::model::dataset::Direction::Surplus {
            let s = &b.source;
            items.push(li(m.noscript_surplus(b.year, &s.outlet, &s.cited_as)));
        }
    }
    let (caption, head) = m.noscript_progress_table();
    let progress = table(
        caption,
        &head,
        dataset
            .progress
            .iter()
            .map(|o| {
                let key = entry_key("progress", &o.id);
                let note = match (lang, &o.formula) {
                    (Lang::En, formula) => escape(&m.quoted_note(&o.wording, formula.as_deref())),
                    (_, None) => markup.quotation(&key, &o.wording),
                    (_, Some(formula)) => format!(
                        "{} — {}",
                        markup.quotation(&key, &o.wording),
                        markup.prose(&key, "formula", formula)
                    ),
                };
                vec![
                    escape(&m.long_date(o.date)),
                    escape(&m.figure_percent_value(o.percent)),
                    escape(m.kind(&o.kind)),
                    note,
                    markup.source(&o.source),
                ]
            })
            .collect(),
    );
    let (caption, head) = m.noscript_trade_table();
    let trade = table(
        caption,
        &head,
        d.trade
            .values
            .iter()
            .zip(&dataset.trade.values)
            .map(|(v, original)| {
                vec![
                    v.year.to_string(),
                    escape(m.category(v.category)),
                    escape(&m.billions(v.value)),
                    match (&v.kind, &v.formula) {
                        (Kind::Derived, Some(formula)) => {
                            // The static table shows the formula as words, unmarked.
                            let formula = Localized {
                                text: formula.clone(),
                                english: false,
                            };
                            escape(&m.derived_note(&formula).plain())
                        }
                        (kind, _) => escape(m.kind(kind)),
                    },
                    markup.source(&original.source),
                ]
            })
            .collect(),
    );
    let (caption, head) = m.noscript_balance_table();
    let balance = table(
        caption,
        &head,
        dataset
            .balance
            .iter()
            .map(|b| {
                vec![
                    b.year.to_string(),
                    escape(&m.balance_value(b.direction, b.value)),
                    markup.source(&b.source),
                ]
            })
            .collect(),
    );
    let (caption, head) = m.noscript_milestones_table();
    let milestones = table(
        caption,
        &head,
        d.milestones
            .iter()
            .zip(&dataset.milestones)
            .map(|(ms, original)| {
                vec![
                    escape(&ms.when),
                    escape(&m.milestone_event(&ms.title, &ms.detail)),
                    markup.source(&original.source),
                ]
            })
            .collect(),
    );
    let a = &d.article;
    [
        format!(
            "<div class=\"noscript\" id=\"noscript-{code}\" lang=\"{code}\">",
            code = lang.code()
        ),
        format!("<h1>{}</h1>", escape(&m.noscript_title(count))),
        format!("<p>{}</p>", escape(m.noscript_intro())),
        format!("<ul>{}</ul>", items.concat()),
        progress,
        trade,
        balance,
        milestones,
        format!(
            "<p>{}</p>",
            marked(m.noscript_article(&a.publisher, &a.place, a.date))
        ),
        "</div>".to_string(),
    ]
    .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn the_shell_says_the_apps_headline_and_lede() {
        let (m, d) = (crate::messages::messages(Lang::En), Dataset::embedded());
        let shell = header_shell(Lang::En, &d);
        assert!(shell.contains(
            "<h1>When will Belarus and Russia finish their 28 integration programs?</h1>"
        ));
        assert!(shell.contains(&escape(&m.lede(28, d.programs.date, d.latest()))));
        assert!(shell.contains("In September 2021 Belarus and Russia agreed 28 sectoral programs"));
        assert!(shell.contains("Loading the interactive explainer…"));
    }

    #[test]
    fn rich_text_is_written_escaped_with_each_piece_marked() {
        use crate::messages::{Piece, Rich};
        let rich = Rich(vec![
            Piece::Text("a <b> ".into()),
            Piece::Cite("R&D".into()),
            Piece::Quote {
                text: "“x”".into(),
                lang: Lang::En,
            },
            Piece::Quote {
                text: "«y»".into(),
                lang: Lang::Ru,
            },
            Piece::Data(Localized {
                text: "z".into(),
                english: true,
            }),
        ]);
        assert_eq!(
            rich_html(&rich, Lang::Ru),
            "a &#60;b&#62; <cite>R&#38;D</cite><span lang=\"en\">“x”</span>«y»<span lang=\"en\">z</span>"
        );
        // The Russian page cites the outlets its lines name, from the messages' pieces.
        let page = noscript(Lang::Ru, &Dataset::embedded());
        assert!(page.contains("(<cite>RBC</cite>, 10"), "{page}");
        assert!(page.contains("<cite>The Jamestown Foundation</cite>"));
    }

    #[test]
    fn the_noscript_page_holds_every_table_row_escaped() {
        let d = Dataset::embedded();
        let html = noscript(Lang::En, &d);
        assert_eq!(html.matches("<table").count(), 4);
        let rows = d.progress.len() + d.trade.values.len() + d.balance.len() + d.milestones.len();
        assert_eq!(
            html.matches("<tr>").count(),
            rows + 4,
            "a header row per table"
        );
        assert!(html.contains("<li>$45 billion of trade in goods in 2022"));
        assert!(!html.contains("<script"));
        assert!(html.starts_with("<div class=\"noscript\" id=\"noscript-en\" lang=\"en\">"));
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&#60;a href=&#34;x&#34;&#62;&#38;&#39;"
        );
    }

    // Guards against a reader of Russian or Belarusian seeing English before the app runs.
    #[test]
    fn every_language_has_its_shell_and_noscript_page_marked_with_its_lang() {
        let d = Dataset::embedded();
        let shells = header_shells(&d);
        let pages = noscripts(&d);
        for lang in Lang::ALL {
            let m = crate::messages::messages(lang);
            let shell = header_shell(lang, &d);
            assert!(shell.starts_with(&format!(
                "<header class=\"masthead shell\" data-shell=\"{0}\" lang=\"{0}\">",
                lang.code()
            )));
            assert!(shell.contains(&format!("<h1>{}</h1>", escape(&m.headline(28)))));
            assert!(shell.contains(&escape(m.loading())));
            assert!(shell.contains(&escape(m.language_label())));
            assert!(shells.contains(&shell));
            let page = noscript(lang, &d);
            assert!(page.contains(&format!("lang=\"{}\"", lang.code())));
            assert!(page.contains(&escape(&crate::messages::noscript(lang).noscript_title(28))));
            assert!(pages.contains(&page));
            assert!(pages.contains(&format!("href=\"#noscript-{}\"", lang.code())));
        }
        assert!(header_shell(Lang::Ru, &d).contains("<h1>Когда Беларусь и Россия выполнят"));
        assert!(header_shell(Lang::Be, &d).contains("Мова"));
    }
}
