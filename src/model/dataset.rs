//! The embedded dataset: typed, sourced, and validated before anything uses it.

use super::date::Date;
use serde::{Deserialize, Serialize};

mod error;
mod later;
mod translate;
pub(crate) mod validate;

pub use error::DataError;
pub use later::{Counts, Forecast, Later, LaterReport, Precision};
pub use translate::{
    entry_key, is_quotation, Cited, Localized, Quote, Slot, TextTable, Translations, OUTLETS,
};

/// The dataset compiled into the app.
pub const EMBEDDED_JSON: &str = include_str!("../../data/union-state.json");

/// Largest dataset text accepted, so a pasted or loaded file cannot stall the page.
pub const MAX_JSON_BYTES: usize = 1_000_000;

/// Most progress observations accepted.
pub const MAX_OBSERVATIONS: usize = 500;

/// Most entries accepted in any other list (trade values, milestones, …).
pub const MAX_ENTRIES: usize = 500;

/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;

/// How a value came to be: read from a source, computed from other values, or projected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Stated by the cited source.
    Reported,
    /// Computed from reported values or facts; carries its formula.
    Derived,
    /// Produced by the app's projection from a scenario; never stored in the dataset.
    Projected,
}

impl Kind {
    /// The word readers see next to the value; the file format is serde's, not this.
    pub fn label(&self) -> &'static str {
        match self {
            Kind::Reported => "reported",
            Kind::Derived => "derived",
            Kind::Projected => "projected",
        }
    }

    /// The modifier in this kind's CSS class names (`kind--…`) and `data-kind` attributes, which
    /// the stylesheet and the browser tests key on, whatever the label says.
    pub fn css_class(&self) -> &'static str {
        match self {
            Kind::Reported => "reported",
            Kind::Derived => "derived",
            Kind::Projected => "projected",
        }
    }
}

/// Where a value comes from, as the article cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The outlet the article cites, such as "RIA Novosti".
    pub outlet: String,
    /// The date of the cited piece (ISO).
    pub date: Date,
    /// The citation exactly as the article prints it, such as "RIA Novosti, April 5".
    pub cited_as: String,
    /// The piece's address, where a later report gives one (the article's citations carry none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The article every value is carried by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Publisher, "The Jamestown Foundation".
    pub publisher: String,
    /// Where the publisher is based.
    pub place: String,
    /// Publication date.
    pub date: Date,
    /// What the article is about, in a few words.
    pub subject: String,
    /// How the dataset relates to the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The number of sectoral programs and where that number comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programs {
    /// How many programs were agreed (28).
    pub count: u32,
    /// When they were announced.
    pub date: Date,
    /// The article's wording.
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// One point of the programs' implementation, in percent of all programs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// Stable identifier, used for table rows and tests.
    pub id: String,
    /// When the level was reported.
    pub date: Date,
    /// Share of the programs implemented, 0–100.
    pub percent: f64,
    /// Reported or derived.
    #[serde(deserialize_with = "word")]
    pub kind: Kind,
    /// For derived values: how the value follows from the sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// The article's wording, such as "almost 80 percent".
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// The whole validated dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Format version, for later migrations.
    pub schema_version: u32,
    /// The article that carries every value.
    pub article: Article,
    /// The 28 sectoral programs.
    pub programs: Programs,
    /// Implementation progress, oldest first.
    pub progress: Vec<Observation>,
    /// Bilateral trade volumes and growth rates.
    #[serde(default)]
    pub trade: Trade,
    /// Belarus's trade balance with Russia, by year.
    #[serde(default)]
    pub balance: Vec<BalanceEntry>,
    /// Events of the integration story, oldest first.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// The Union State treaty's items and whether they moved.
    #[serde(default)]
    pub treaty_items: Vec<TreatyItem>,
    /// Reports and forecasts from outside the article, kept apart from its figures: nothing in
    /// this layer ever feeds the article's sections or its default projection.
    #[serde(default, skip_serializing_if = "Later::is_empty")]
    pub later: Later,
    /// The dataset's text in the page's other languages, by entry and field; optional, and
    /// never read by the English page (see `translate.rs`).
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

/// Goods or services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TradeCategory {
    /// Trade in goods.
    Goods,
    /// Trade in services.
    Services,
}

impl TradeCategory {
    /// "goods" or "services".
    pub fn label(self) -> &'static str {
        match self {
            TradeCategory::Goods => "goods",
            TradeCategory::Services => "services",
        }
    }
}

/// A year-on-year growth rate of bilateral trade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    /// Stable identifier.
    pub id: String,
    /// The year that grew.
    pub year: i32,
    /// Growth over the previous year, in percent.
    pub percent: f64,
    /// Reported or derived.
    #[serde(deserialize_with = "word")]
    pub kind: Kind,
    /// The article's wording.
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// How a derived trade value follows from another one: divided by one year's growth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DerivedFrom {
    /// The id of the value it is derived from (the following year's).
    pub id: String,
    /// The year whose growth rate is undone.
    pub growth_year: i32,
}

/// One year's trade in goods or services, in US$ billion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TradeValue {
    /// Stable identifier.
    pub id: String,
    /// Calendar year.
    pub year: i32,
    /// Goods or services.
    #[serde(deserialize_with = "word")]
    pub category: TradeCategory,
    /// US$ billion.
    pub value: f64,
    /// Reported or derived.
    #[serde(deserialize_with = "word")]
    pub kind: Kind,
    /// For derived values: the machine-checkable derivation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived_from: Option<DerivedFrom>,
    /// For derived values: the derivation in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// The article's wording.
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// Trade figures with their caveat.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trade {
    /// Unit of every value, "US$ billion".
    pub unit: String,
    /// What the figures do and do not say.
    pub note: String,
    /// Growth rates by year.
    pub growth: Vec<Growth>,
    /// Values by year and category.
    pub values: Vec<TradeValue>,
}

/// Whether Belarus sold Russia more than it bought, or less.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Belarus bought more than it sold.
    Deficit,
    /// Belarus sold more than it bought.
    Surplus,
}

impl Direction {
    /// "deficit" or "surplus".
    pub fn label(self) -> &'static str {
        match self {
            Direction::Deficit => "deficit",
            Direction::Surplus => "surplus",
        }
    }
}

/// One year's trade balance; `value` is `None` when the source gives no amount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BalanceEntry {
    /// Stable identifier.
    pub id: String,
    /// Calendar year.
    pub year: i32,
    /// Deficit or surplus.
    #[serde(deserialize_with = "word")]
    pub direction: Direction,
    /// US$ billion, negative for a deficit; `None` if not reported.
    #[serde(default)]
    pub value: Option<f64>,
    /// Reported or derived.
    #[serde(deserialize_with = "word")]
    pub kind: Kind,
    /// The article's wording.
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// An event of the integration story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Stable identifier.
    pub id: String,
    /// Where the event sits on the timeline; periods sit near their middle.
    pub date: Date,
    /// When, as the article words it ("early 1990s").
    pub when: String,
    /// A short title.
    pub title: String,
    /// The title as the timeline chart labels the event, when the title is too long for a
    /// phone's width (at most [`MAX_LABEL_CHARS`] characters); the table keeps the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// What happened, in the article's terms.
    pub detail: String,
    /// The cited source.
    pub source: Source,
}

/// The longest label an event may have on the timeline chart: one line beside its dot at 375 px.
pub const MAX_LABEL_CHARS: usize = 24;

impl Milestone {
    /// The event's label on the timeline chart: its short title, or else its title.
    pub fn label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.title)
    }
}

/// Whether a treaty item moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TreatyStatus {
    /// Work stopped.
    Stalled,
    /// Agreed: a breakthrough.
    Agreed,
}

impl TreatyStatus {
    /// "stalled" or "agreed", as readers see it.
    pub fn label(self) -> &'static str {
        match self {
            TreatyStatus::Stalled => "stalled",
            TreatyStatus::Agreed => "agreed",
        }
    }

    /// The modifier in the treaty card's CSS class (`treaty-card--…`), whatever the label says.
    pub fn css_class(self) -> &'static str {
        match self {
            TreatyStatus::Stalled => "stalled",
            TreatyStatus::Agreed => "agreed",
        }
    }
}

/// An item of the Union State treaty and its status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatyItem {
    /// Stable identifier.
    pub id: String,
    /// The item, such as "A single currency".
    pub item: String,
    /// Stalled or agreed.
    #[serde(deserialize_with = "word")]
    pub status: TreatyStatus,
    /// When, as the article words it: "the early 2000s" (stalled since), "in February 2023" (agreed).
    pub since: String,
    /// What the article says about it.
    pub detail: String,
    /// The cited source.
    pub source: Source,
}

/// The entries the translations name by list and id ([`entry_key`]).
macro_rules! keyed {
    ($($entry:ty => $list:literal),* $(,)?) => {$(
        impl $entry {
            /// This entry's key in the translations, such as `"milestones.decree-signed"`.
            pub fn key(&self) -> String {
                entry_key($list, &self.id)
            }
        }
    )*};
}

keyed! {
    Observation => "progress",
    Growth => "trade.growth",
    TradeValue => "trade.values",
    BalanceEntry => "balance",
    Milestone => "milestones",
    TreatyItem => "treaty_items",
    LaterReport => "later.reports",
    Forecast => "later.forecasts",
}

impl Dataset {
    /// Parses and validates dataset JSON, listing every problem found.
    // Derived deserializers with serde_path_to_error cost about 13 KB of gzipped wasm more than
    // the hand-written reader they replaced (measured 210,977 -> 224,241 B); serde derive is the
    // specified stack, and one reader less to keep in step with the types.
    pub fn from_json(text: &str) -> Result<Dataset, Vec<DataError>> {
        if text.len() > MAX_JSON_BYTES {
            return Err(vec![DataError::TooLarge { bytes: text.len() }]);
        }
        // serde reads an array as a struct's fields in order, which would blame the wrong place.
        if text.trim_start().starts_with('[') {
            return Err(vec![DataError::Malformed {
                place: "dataset".into(),
                message: "must be a JSON object ({ … }), not an array".into(),
            }]);
        }
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let dataset: Dataset =
            serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
                let place = error::place_of(err.path());
                let message = error::describe_json_error(err.inner());
                // A date's own error, kept typed so the reader's words can name it.
                vec![match message.strip_prefix(super::date::DateError::PREFIX) {
                    Some(text) => DataError::NotADate {
                        place,
                        text: text.into(),
                    },
                    None => DataError::Malformed { place, message },
                }]
            })?;
        deserializer.end().map_err(|err| {
            vec![DataError::Malformed {
                place: "dataset".into(),
                message: format!(
                    "unexpected text after the dataset (line {}, column {})",
                    err.line(),
                    err.column()
                ),
            }]
        })?;
        let problems = dataset.problems();
        if problems.is_empty() {
            Ok(dataset)
        } else {
            Err(problems)
        }
    }

    /// The dataset built into the app; its validity is guarded by a unit test.
    pub fn embedded() -> Dataset {
        Dataset::from_json(EMBEDDED_JSON).unwrap_or_else(|problems| {
            // Unreachable in a build whose tests passed; degrade instead of panicking.
            let _ = problems;
            Dataset::fallback()
        })
    }

    /// A minimal valid dataset, used only if the embedded one were ever invalid.
    fn fallback() -> Dataset {
        let date = Date::new(2023, 4, 24).expect("valid date");
        let source = Source {
            outlet: "The Jamestown Foundation".into(),
            date,
            cited_as: "The Jamestown Foundation, April 24, 2023".into(),
            url: None,
        };
        let observation = |id: &str, percent: f64, date: Date| Observation {
            id: id.into(),
            date,
            percent,
            kind: Kind::Reported,
            formula: None,
            wording: format!("{} percent", super::format::number(percent, 6)),
            source: source.clone(),
        };
        Dataset {
            schema_version: 1,
            article: Article {
                publisher: source.outlet.clone(),
                place: "Washington DC".into(),
                date,
                subject: "Belarus–Russia integration".into(),
                note: None,
            },
            programs: Programs {
                count: 28,
                date,
                wording: "28 sectoral programs".into(),
                source: source.clone(),
            },
            progress: vec![
                observation("a", 70.0, Date::new(2023, 1, 12).expect("valid date")),
                observation("b", 80.0, Date::new(2023, 4, 5).expect("valid date")),
            ],
            trade: Trade::default(),
            balance: Vec::new(),
            milestones: Vec::new(),
            treaty_items: Vec::new(),
            later: Later::default(),
            translations: Translations::default(),
        }
    }

    /// The value a derivation gives: the base value divided by one year's growth.
    pub fn derive_trade(&self, from: &DerivedFrom) -> Option<f64> {
        let base = self.trade.values.iter().find(|v| v.id == from.id)?;
        let growth = self
            .trade
            .growth
            .iter()
            .find(|g| g.year == from.growth_year)?;
        let value = base.value / (1.0 + growth.percent / 100.0);
        value.is_finite().then_some(value)
    }

    /// Every source cited anywhere in the dataset, in order of first appearance, without repeats.
    pub fn all_sources(&self) -> Vec<&Source> {
        let mut seen = Vec::<&Source>::new();
        let sources = std::iter::once(&self.programs.source)
            .chain(self.progress.iter().map(|o| &o.source))
            .chain(self.trade.growth.iter().map(|g| &g.source))
            .chain(self.trade.values.iter().map(|v| &v.source))
            .chain(self.balance.iter().map(|b| &b.source))
            .chain(self.milestones.iter().map(|m| &m.source))
            .chain(self.treaty_items.iter().map(|t| &t.source));
        for source in sources {
            if !seen.iter().any(|s| s.cited_as == source.cited_as) {
                seen.push(source);
            }
        }
        seen
    }

    /// The latest observation (validation guarantees there is one).
    pub fn latest(&self) -> Option<&Observation> {
        self.progress.last()
    }

    /// The dataset as the text of a JSON file, fields in the schema's order (the structs'),
    /// indented; [`Dataset::from_json`] reads it back. What "Download this dataset" saves.
    pub fn to_json_pretty(&self) -> String {
        // Serialized straight from the structs: a `Value` would sort the keys (serde_json keeps
        // insertion order only with `preserve_order`, 2.6 KB of gzipped wasm).
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Reads an enum written as one word, such as `"derived"`. Through serde_json, a derived enum
/// met with a number says "expected value", a syntax error, though the JSON is fine; read as a
/// string first, a wrong type is called one.
fn word<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    let word = String::deserialize(deserializer)?;
    T::deserialize(serde::de::value::StringDeserializer::<D::Error>::new(word))
}
