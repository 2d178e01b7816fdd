//! The dataset's own text in the page's other languages (issue #20): a layer beside the English,
//! keyed by entry and field, that never changes what the English says. A text without a
//! translation falls back to the English, which the page then marks `lang="en"`.

use super::{DataError, Dataset, Observation, Source, MAX_LABEL_CHARS};
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// One language's translations: entry key (`"milestones.decree-signed"`, `"article"`) → field
/// (`"title"`) → text. The keys are [`Slot::key`]s of the dataset, the fields its [`Slot::field`]s;
/// besides them the key [`OUTLETS`] maps an outlet's English name to its name in the language.
pub type TextTable = BTreeMap<String, BTreeMap<String, String>>;

/// The key of a table's outlet names: `"outlets": { "Author’s interviews; Kremlin.ru":
/// "Интервью автора; Kremlin.ru" }`. Optional, outlet by outlet: an outlet's name is a proper
/// name, given only where it has common words to translate around the name.
pub const OUTLETS: &str = "outlets";

/// The translations of the dataset's text, one table per language besides English.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translations {
    /// Russian.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ru: TextTable,
    /// Belarusian.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub be: TextTable,
}

impl Translations {
    /// Whether no language has any translation (then the layer is left out of a written file).
    pub fn is_empty(&self) -> bool {
        self.ru.is_empty() && self.be.is_empty()
    }

    /// The table of `lang`; English has none (it is the dataset itself).
    pub fn table(&self, lang: Lang) -> Option<&TextTable> {
        match lang {
            Lang::En => None,
            Lang::Ru => Some(&self.ru),
            Lang::Be => Some(&self.be),
        }
    }
}

/// One translatable text of the dataset: the entry it is in, the field, and its English.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot<'a> {
    /// The entry's key: its list and id (`"treaty_items.parliament"`), or the object's name.
    pub key: String,
    /// The field's name in the entry.
    pub field: &'static str,
    /// The English text.
    pub english: &'a str,
}

impl Slot<'_> {
    /// Whether the field quotes a source (shown in English with its translation beside it).
    pub fn is_quotation(&self) -> bool {
        is_quotation(self.field)
    }
}

/// Whether `field` quotes a source: the `wording` of every entry.
pub fn is_quotation(field: &str) -> bool {
    field == "wording"
}

/// A dataset text as the page shows it in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Localized {
    /// The text.
    pub text: String,
    /// Whether it is the English original on a page in another language (no translation):
    /// the view marks it `lang="en"`.
    pub english: bool,
}

/// A quotation: the source's words in English, and their translation on a page in another
/// language (`None` on an English page, or where the file has none).
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The words as the source (or the article) gives them.
    pub original: String,
    /// Their translation into the page's language.
    pub translation: Option<String>,
}

/// A citation as the page shows it: the outlet's name (as the dataset's [`OUTLETS`] give it in
/// the language, else as it is) and the date in the page's language; on an English page, the
/// citation as the article prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    /// The outlet, or on an English page the whole citation as printed.
    pub name: String,
    /// The piece's date in the page's language; `None` on an English page (it is in `name`).
    pub date: Option<String>,
    /// The citation exactly as the article prints it (English).
    pub cited_as: String,
    /// The piece's address, if any.
    pub url: Option<String>,
}

/// The key of an entry in a list: its list's name and its id, such as
/// `"milestones.decree-signed"`; the translations name entries by it.
pub fn entry_key(list: &str, id: &str) -> String {
    format!("{list}.{id}")
}

impl Dataset {
    /// Every translatable text the dataset holds, entry by entry: prose (titles, details,
    /// formulas, notes, who) and quotations (`wording`). Ids and citations are not translated;
    /// an outlet's name may be, under [`OUTLETS`], and is not a slot (most need none).
    pub fn slots<'a>(&'a self) -> Vec<Slot<'a>> {
        let mut slots = Vec::new();
        let mut add = |key: String, field: &'static str, english: &'a str| {
            slots.push(Slot {
                key,
                field,
                english,
            })
        };
        let a = &self.article;
        add("article".into(), "subject", &a.subject);
        add("article".into(), "place", &a.place);
        if let Some(note) = &a.note {
            add("article".into(), "note", note);
        }
        add("programs".into(), "wording", &self.programs.wording);
        for o in &self.progress {
            let key = entry_key("progress", &o.id);
            add(key.clone(), "wording", &o.wording);
            if let Some(formula) = &o.formula {
                add(key, "formula", formula);
            }
        }
        if !self.trade.unit.is_empty() {
            add("trade".into(), "unit", &self.trade.unit);
        }
        if !self.trade.note.is_empty() {
            add("trade".into(), "note", &self.trade.note);
        }
        for g in &self.trade.growth {
            add(entry_key("trade.growth", &g.id), "wording", &g.wording);
        }
        for v in &self.trade.values {
            let key = entry_key("trade.values", &v.id);
            add(key.clone(), "wording", &v.wording);
            if let Some(formula) = &v.formula {
                add(key, "formula", formula);
            }
        }
        for b in &self.balance {
            add(entry_key("balance", &b.id), "wording", &b.wording);
        }
        for m in &self.milestones {
            let key = entry_key("milestones", &m.id);
            add(key.clone(), "when", &m.when);
            add(key.clone(), "title", &m.title);
            if let Some(short) = &m.short {
                add(key.clone(), "short", short);
            }
            add(key, "detail", &m.detail);
        }
        for t in &self.treaty_items {
            let key = entry_key("treaty_items", &t.id);
            add(key.clone(), "item", &t.item);
            add(key.clone(), "since", &t.since);
            add(key, "detail", &t.detail);
        }
        if !self.later.note.is_empty() {
            add("later".into(), "note", &self.later.note);
        }
        for r in &self.later.reports {
            let key = entry_key("later.reports", &r.id);
            add(key.clone(), "who", &r.who);
            add(key, "wording", &r.wording);
        }
        for f in &self.later.forecasts {
            let key = entry_key("later.forecasts", &f.id);
            add(key.clone(), "who", &f.who);
            add(key, "wording", &f.wording);
        }
        slots
    }

    /// The translation of one field of one entry into `lang`, if the dataset has it.
    pub fn translation(&self, lang: Lang, key: &str, field: &str) -> Option<&str> {
        self.translations
            .table(lang)?
            .get(key)?
            .get(field)
            .map(String::as_str)
    }

    /// A prose field (`english` is its English text) in `lang`: the translation, or else the
    /// English marked as such.
    pub fn text(&self, lang: Lang, key: &str, field: &str, english: &str) -> Localized {
        match (lang, self.translation(lang, key, field)) {
            (Lang::En, _) => Localized {
                text: english.into(),
                english: false,
            },
            (_, Some(text)) => Localized {
                text: text.into(),
                english: false,
            },
            (_, None) => Localized {
                text: english.into(),
                english: true,
            },
        }
    }

    /// A quotation field (`wording`) in `lang`: the English original and its translation.
    pub fn quote(&self, lang: Lang, key: &str, english: &str) -> Quote {
        Quote {
            original: english.into(),
            translation: match lang {
                Lang::En => None,
                _ => self.translation(lang, key, "wording").map(Into::into),
            },
        }
    }

    /// The name of `outlet` on `lang`'s page: its translation under [`OUTLETS`], or the name
    /// as the dataset gives it.
    pub fn outlet_name<'a>(&'a self, lang: Lang, outlet: &'a str) -> &'a str {
        match lang {
            Lang::En => outlet,
            _ => self.translation(lang, OUTLETS, outlet).unwrap_or(outlet),
        }
    }

    /// A source as `lang`'s page cites it: the outlet and the date in that language; on the
    /// English page, the citation as the article prints it.
    pub fn cited(&self, lang: Lang, source: &Source) -> Cited {
        let (name, date) = match lang {
            Lang::En => (source.cited_as.clone(), None),
            _ => (
                self.outlet_name(lang, &source.outlet).to_string(),
                Some(crate::model::locale::date_long(lang, source.date)),
            ),
        };
        Cited {
            name,
            date,
            cited_as: source.cited_as.clone(),
            url: source.url.clone(),
        }
    }
}

impl Dataset {
    /// One progress observation with its wording, formula and citation in `lang`, as
    /// [`Dataset::localized`] gives it: what a slider step's chart needs, without copying the
    /// whole dataset on every step.
    pub fn localized_observation(&self, lang: Lang, observation: &Observation) -> Observation {
        let mut out = observation.clone();
        if lang != Lang::En {
            self.localize_observation(lang, &mut out);
        }
        out
    }

    fn localize_observation(&self, lang: Lang, o: &mut Observation) {
        let key = entry_key("progress", &o.id);
        if let Some(t) = self.translation(lang, &key, "wording") {
            o.wording = t.into();
        }
        if let Some(formula) = &mut o.formula {
            if let Some(t) = self.translation(lang, &key, "formula") {
                *formula = t.into();
            }
        }
        let cited = self.cited(lang, &o.source);
        o.source.cited_as = format!("{}, {}", cited.name, cited.date.unwrap_or_default());
        o.source.outlet = cited.name;
    }

    /// The dataset with every translatable text in `lang` (English where it has no
    /// translation), every outlet named as `lang` names it, and every citation as "outlet, date
    /// in `lang`": what the charts' tooltips and the generated sentences read. The English
    /// dataset is returned as it is.
    pub fn localized(&self, lang: Lang) -> Cow<'_, Dataset> {
        if lang == Lang::En {
            return Cow::Borrowed(self);
        }
        let mut out = self.clone();
        out.translations = Translations::default();
        let tr = |key: &str, field: &str, text: &mut String| {
            if let Some(t) = self.translation(lang, key, field) {
                *text = t.into();
            }
        };
        let cite = |source: &mut Source| {
            let cited = self.cited(lang, source);
            source.cited_as = format!("{}, {}", cited.name, cited.date.unwrap_or_default());
            source.outlet = cited.name;
        };
        let a = &mut out.article;
        tr("article", "subject", &mut a.subject);
        tr("article", "place", &mut a.place);
        if let Some(note) = &mut a.note {
            tr("article", "note", note);
        }
        tr("programs", "wording", &mut out.programs.wording);
        cite(&mut out.programs.source);
        for o in &mut out.progress {
            self.localize_observation(lang, o);
        }
        tr("trade", "unit", &mut out.trade.unit);
        tr("trade", "note", &mut out.trade.note);
        for g in &mut out.trade.growth {
            tr(&entry_key("trade.growth", &g.id), "wording", &mut g.wording);
            cite(&mut g.source);
        }
        for v in &mut out.trade.values {
            let key = entry_key("trade.values", &v.id);
            tr(&key, "wording", &mut v.wording);
            if let Some(formula) = &mut v.formula {
                tr(&key, "formula", formula);
            }
            cite(&mut v.source);
        }
        for b in &mut out.balance {
            tr(&entry_key("balance", &b.id), "wording", &mut b.wording);
            cite(&mut b.source);
        }
        for m in &mut out.milestones {
            let key = entry_key("milestones", &m.id);
            tr(&key, "when", &mut m.when);
            tr(&key, "title", &mut m.title);
            // A translated title may need a short label where the English one does not.
            if let Some(short) = self.translation(lang, &key, "short") {
                m.short = Some(short.into());
            }
            tr(&key, "detail", &mut m.detail);
            cite(&mut m.source);
        }
        for t in &mut out.treaty_items {
            let key = entry_key("treaty_items", &t.id);
            tr(&key, "item", &mut t.item);
            tr(&key, "since", &mut t.since);
            tr(&key, "detail", &mut t.detail);
            cite(&mut t.source);
        }
        tr("later", "note", &mut out.later.note);
        for r in &mut out.later.reports {
            let key = entry_key("later.reports", &r.id);
            tr(&key, "who", &mut r.who);
            tr(&key, "wording", &mut r.wording);
            cite(&mut r.source);
        }
        for f in &mut out.later.forecasts {
            let key = entry_key("later.forecasts", &f.id);
            tr(&key, "who", &mut f.who);
            tr(&key, "wording", &mut f.wording);
            cite(&mut f.source);
        }
        Cow::Owned(out)
    }

    /// The translation layer's problems: a key naming no entry, a field that is not
    /// translatable there, an empty text, a timeline label too long.
    pub(super) fn translation_problems(&self, problems: &mut Vec<DataError>) {
        let slots = self.slots();
        for lang in [Lang::Ru, Lang::Be] {
            let Some(table) = self.translations.table(lang) else {
                continue;
            };
            for (key, fields) in table {
                let place = |field: Option<&str>| match field {
                    Some(field) => format!("translations.{}[\"{key}\"].{field}", lang.code()),
                    None => format!("translations.{}[\"{key}\"]", lang.code()),
                };
                if key == OUTLETS {
                    self.outlet_problems(fields, place, problems);
                    continue;
                }
                if !slots.iter().any(|s| &s.key == key) {
                    problems.push(DataError::UnknownTranslation { place: place(None) });
                    continue;
                }
                for (field, text) in fields {
                    let at = place(Some(field));
                    // Any milestone may have a short label in a language whose title is long.
                    let short_label = field == "short" && key.starts_with("milestones.");
                    if !short_label && !slots.iter().any(|s| &s.key == key && s.field == field) {
                        problems.push(DataError::UnknownTranslation { place: at });
                    } else if text.trim().is_empty() {
                        problems.push(DataError::EmptyTranslation { place: at });
                    } else if field == "short" && text.chars().count() > MAX_LABEL_CHARS {
                        problems.push(DataError::BadLabel { place: at });
                    }
                }
            }
        }
    }
}

impl Dataset {
    /// Every source the page may cite: the article's layer and the later one.
    fn every_source(&self) -> impl Iterator<Item = &Source> {
        let later = &self.later;
        self.all_sources()
            .into_iter()
            .chain(later.reports.iter().map(|r| &r.source))
            .chain(later.forecasts.iter().map(|f| &f.source))
    }

    /// The problems of one language's outlet names: an outlet the file does not cite, or an
    /// empty name.
    fn outlet_problems(
        &self,
        names: &BTreeMap<String, String>,
        place: impl Fn(Option<&str>) -> String,
        problems: &mut Vec<DataError>,
    ) {
        for (outlet, name) in names {
            let at = place(Some(outlet));
            if !self.every_source().any(|s| &s.outlet == outlet) {
                problems.push(DataError::UnknownTranslation { place: at });
            } else if name.trim().is_empty() {
                problems.push(DataError::EmptyTranslation { place: at });
            }
        }
    }
}
