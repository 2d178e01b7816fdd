//! The embedded dataset: typed, sourced, and validated before anything uses it.

use super::date::Date;
use super::json::{self, Fields, Read};
use serde_json::{json, Value};
use std::fmt;

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Stated by the cited source.
    Reported,
    /// Computed from reported values or facts; carries its formula.
    Derived,
    /// Produced by the app's projection from a scenario; never stored in the dataset.
    Projected,
}

impl Kind {
    /// The label readers see next to the value.
    pub fn label(&self) -> &'static str {
        match self {
            Kind::Reported => "reported",
            Kind::Derived => "derived",
            Kind::Projected => "projected",
        }
    }
}

/// Where a value comes from, as the article cites it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The outlet the article cites, such as "RIA Novosti".
    pub outlet: String,
    /// The date of the cited piece (ISO).
    pub date: Date,
    /// The citation exactly as the article prints it, such as "RIA Novosti, April 5".
    pub cited_as: String,
}

/// The article every value is carried by.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub note: Option<String>,
}

/// The number of sectoral programs and where that number comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// Stable identifier, used for table rows and tests.
    pub id: String,
    /// When the level was reported.
    pub date: Date,
    /// Share of the programs implemented, 0–100.
    pub percent: f64,
    /// Reported or derived.
    pub kind: Kind,
    /// For derived values: how the value follows from the sources.
    pub formula: Option<String>,
    /// The article's wording, such as "almost 80 percent".
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// The whole validated dataset.
#[derive(Debug, Clone, PartialEq)]
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
    pub trade: Trade,
    /// Belarus's trade balance with Russia, by year.
    pub balance: Vec<BalanceEntry>,
    /// Events of the integration story, oldest first.
    pub milestones: Vec<Milestone>,
    /// The Union State treaty's items and whether they moved.
    pub treaty_items: Vec<TreatyItem>,
}

/// Goods or services.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Growth {
    /// Stable identifier.
    pub id: String,
    /// The year that grew.
    pub year: i32,
    /// Growth over the previous year, in percent.
    pub percent: f64,
    /// Reported or derived.
    pub kind: Kind,
    /// The article's wording.
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// How a derived trade value follows from another one: divided by one year's growth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedFrom {
    /// The id of the value it is derived from (the following year's).
    pub id: String,
    /// The year whose growth rate is undone.
    pub growth_year: i32,
}

/// One year's trade in goods or services, in US$ billion.
#[derive(Debug, Clone, PartialEq)]
pub struct TradeValue {
    /// Stable identifier.
    pub id: String,
    /// Calendar year.
    pub year: i32,
    /// Goods or services.
    pub category: TradeCategory,
    /// US$ billion.
    pub value: f64,
    /// Reported or derived.
    pub kind: Kind,
    /// For derived values: the machine-checkable derivation.
    pub derived_from: Option<DerivedFrom>,
    /// For derived values: the derivation in words.
    pub formula: Option<String>,
    /// The article's wording.
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// Trade figures with their caveat.
#[derive(Debug, Clone, PartialEq, Default)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceEntry {
    /// Stable identifier.
    pub id: String,
    /// Calendar year.
    pub year: i32,
    /// Deficit or surplus.
    pub direction: Direction,
    /// US$ billion, negative for a deficit; `None` if not reported.
    pub value: Option<f64>,
    /// Reported or derived.
    pub kind: Kind,
    /// The article's wording.
    pub wording: String,
    /// The cited source.
    pub source: Source,
}

/// An event of the integration story.
#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    /// Stable identifier.
    pub id: String,
    /// Where the event sits on the timeline; periods sit near their middle.
    pub date: Date,
    /// When, as the article words it ("early 1990s").
    pub when: String,
    /// A short title.
    pub title: String,
    /// What happened, in the article's terms.
    pub detail: String,
    /// The cited source.
    pub source: Source,
}

/// Whether a treaty item moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreatyStatus {
    /// Work stopped.
    Stalled,
    /// Agreed: a breakthrough.
    Agreed,
}

impl TreatyStatus {
    /// "stalled" or "agreed".
    pub fn label(self) -> &'static str {
        match self {
            TreatyStatus::Stalled => "stalled",
            TreatyStatus::Agreed => "agreed",
        }
    }
}

impl TreatyItem {
    /// "Stalled since the early 2000s" or "Agreed in February 2023".
    pub fn status_phrase(&self) -> String {
        match self.status {
            TreatyStatus::Stalled => format!("Stalled since {}", self.since),
            TreatyStatus::Agreed => format!("Agreed {}", self.since),
        }
    }
}

/// An item of the Union State treaty and its status.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatyItem {
    /// Stable identifier.
    pub id: String,
    /// The item, such as "A single currency".
    pub item: String,
    /// Stalled or agreed.
    pub status: TreatyStatus,
    /// When, as the article words it: "the early 2000s" (stalled since), "in February 2023" (agreed).
    pub since: String,
    /// What the article says about it.
    pub detail: String,
    /// The cited source.
    pub source: Source,
}

/// One reason a dataset is refused, with the place it was found.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// The text is larger than [`MAX_JSON_BYTES`].
    TooLarge { bytes: usize },
    /// The text is not JSON of the expected shape; `place` is the JSON path where it broke.
    Malformed { place: String, message: String },
    /// The program count is zero.
    ProgramCount { found: u32 },
    /// Fewer than two observations: no pace can be computed.
    TooFewObservations { found: usize },
    /// More observations than [`MAX_OBSERVATIONS`].
    TooManyObservations { found: usize },
    /// An observation is not later than the one before it.
    DatesOutOfOrder {
        place: String,
        date: Date,
        previous: Date,
    },
    /// A percentage is not a finite number in 0–100.
    ValueOutOfRange { place: String, value: f64 },
    /// A source or wording is empty.
    Unsourced { place: String },
    /// A derived value without its formula.
    MissingFormula { place: String },
    /// A projected value stored as if it were data.
    ProjectedInData { place: String },
    /// Two observations share an id.
    DuplicateId { place: String, id: String },
    /// The schema version is not one this app reads.
    UnsupportedVersion { found: u32 },
    /// A derived value does not follow from its formula.
    DerivedMismatch {
        place: String,
        expected: f64,
        found: f64,
    },
    /// Any other field that breaks a rule, with the rule.
    Invalid { place: String, reason: String },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::TooLarge { bytes } => write!(
                f,
                "the dataset is {bytes} bytes; at most {MAX_JSON_BYTES} bytes are accepted"
            ),
            DataError::Malformed { place, message } => write!(f, "{place}: {message}"),
            DataError::ProgramCount { found } => {
                write!(f, "programs.count: must be positive, found {found}")
            }
            DataError::TooFewObservations { found } => write!(
                f,
                "progress: at least two observations are needed to compute a pace, found {found}"
            ),
            DataError::TooManyObservations { found } => write!(
                f,
                "progress: at most {MAX_OBSERVATIONS} observations are accepted, found {found}"
            ),
            DataError::DatesOutOfOrder {
                place,
                date,
                previous,
            } => write!(
                f,
                "{place}: {date} is not later than the previous observation's {previous}"
            ),
            DataError::ValueOutOfRange { place, value } => {
                write!(
                    f,
                    "{place}: must be a number from 0 to 100, found {}",
                    super::summary::number(*value, 6)
                )
            }
            DataError::Unsourced { place } => write!(f, "{place}: must not be empty"),
            DataError::MissingFormula { place } => {
                write!(f, "{place}: a derived value must say how it was derived")
            }
            DataError::ProjectedInData { place } => write!(
                f,
                "{place}: projected values are computed by the app and cannot be loaded as data"
            ),
            DataError::DuplicateId { place, id } => {
                write!(f, "{place}: the id \"{id}\" is used twice")
            }
            DataError::UnsupportedVersion { found } => {
                write!(f, "schema_version: this app reads version 1, found {found}")
            }
            DataError::DerivedMismatch {
                place,
                expected,
                found,
            } => write!(
                f,
                "{place}: the formula gives {}, but the value is {}",
                super::summary::number(*expected, 2),
                super::summary::number(*found, 6)
            ),
            DataError::Invalid { place, reason } => write!(f, "{place}: {reason}"),
        }
    }
}

impl Dataset {
    /// Parses and validates dataset JSON, listing every problem found.
    pub fn from_json(text: &str) -> Result<Dataset, Vec<DataError>> {
        if text.len() > MAX_JSON_BYTES {
            return Err(vec![DataError::TooLarge { bytes: text.len() }]);
        }
        // An array is refused before parsing, with words that say what was expected instead.
        if text.trim_start().starts_with('[') {
            return Err(vec![DataError::Malformed {
                place: "dataset".into(),
                message: "must be a JSON object ({ … }), not an array".into(),
            }]);
        }
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let value =
            <Value as serde::Deserialize>::deserialize(&mut deserializer).map_err(|err| {
                let place = json::place_at(text, json::offset_of(text, err.line(), err.column()));
                vec![json::malformed(&place, describe_json_error(&err))]
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
        let dataset = Dataset::read(&value).map_err(|problem| vec![problem])?;
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
        };
        let observation = |id: &str, percent: f64, date: Date| Observation {
            id: id.into(),
            date,
            percent,
            kind: Kind::Reported,
            formula: None,
            wording: format!("{} percent", super::summary::number(percent, 6)),
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
        }
    }

    /// Every semantic problem in an already parsed dataset.
    pub fn problems(&self) -> Vec<DataError> {
        let mut problems = Vec::new();
        if self.schema_version != 1 {
            problems.push(DataError::UnsupportedVersion {
                found: self.schema_version,
            });
        }
        if self.programs.count == 0 {
            problems.push(DataError::ProgramCount {
                found: self.programs.count,
            });
        }
        check_source(&self.programs.source, "programs.source", &mut problems);
        if self.programs.wording.trim().is_empty() {
            problems.push(DataError::Unsourced {
                place: "programs.wording".into(),
            });
        }
        let count = self.progress.len();
        if count < 2 {
            problems.push(DataError::TooFewObservations { found: count });
        }
        if count > MAX_OBSERVATIONS {
            problems.push(DataError::TooManyObservations { found: count });
            return problems;
        }
        for (index, observation) in self.progress.iter().enumerate() {
            let place = |field: &str| format!("progress[{index}].{field}");
            if !(observation.percent.is_finite() && (0.0..=100.0).contains(&observation.percent)) {
                problems.push(DataError::ValueOutOfRange {
                    place: place("percent"),
                    value: observation.percent,
                });
            }
            if index > 0 {
                let previous = self.progress[index - 1].date;
                if observation.date <= previous {
                    problems.push(DataError::DatesOutOfOrder {
                        place: place("date"),
                        date: observation.date,
                        previous,
                    });
                }
            }
            if self.progress[..index]
                .iter()
                .any(|other| other.id == observation.id)
            {
                problems.push(DataError::DuplicateId {
                    place: place("id"),
                    id: observation.id.clone(),
                });
            }
            for (field, text) in [("id", &observation.id), ("wording", &observation.wording)] {
                if text.trim().is_empty() {
                    problems.push(DataError::Unsourced {
                        place: place(field),
                    });
                }
            }
            check_source(&observation.source, &place("source"), &mut problems);
            match observation.kind {
                Kind::Reported => {}
                Kind::Derived => {
                    if observation
                        .formula
                        .as_deref()
                        .is_none_or(|formula| formula.trim().is_empty())
                    {
                        problems.push(DataError::MissingFormula {
                            place: place("formula"),
                        });
                    }
                }
                Kind::Projected => problems.push(DataError::ProjectedInData {
                    place: place("kind"),
                }),
            }
        }
        self.limit_problems(&mut problems);
        if problems.iter().any(
            |p| matches!(p, DataError::Invalid { reason, .. } if reason.starts_with("at most")),
        ) {
            return problems;
        }
        self.trade_problems(&mut problems);
        self.story_problems(&mut problems);
        problems
    }

    /// Refuses lists longer than [`MAX_ENTRIES`] and texts longer than [`MAX_TEXT_CHARS`].
    fn limit_problems(&self, problems: &mut Vec<DataError>) {
        let lists = [
            ("trade.growth", self.trade.growth.len()),
            ("trade.values", self.trade.values.len()),
            ("balance", self.balance.len()),
            ("milestones", self.milestones.len()),
            ("treaty_items", self.treaty_items.len()),
        ];
        for (list, len) in lists {
            if len > MAX_ENTRIES {
                problems.push(DataError::Invalid {
                    place: list.into(),
                    reason: format!("at most {MAX_ENTRIES} entries are accepted, found {len}"),
                });
            }
        }
        // Writing back is the one place that sees every text field, however nested.
        if let Value::Object(root) = self.to_value() {
            let mut stack: Vec<(String, &Value)> =
                root.iter().map(|(k, v)| (k.clone(), v)).collect();
            while let Some((place, value)) = stack.pop() {
                match value {
                    Value::String(text) if text.chars().count() > MAX_TEXT_CHARS => {
                        problems.push(DataError::Invalid {
                            place,
                            reason: format!("text longer than {MAX_TEXT_CHARS} characters"),
                        })
                    }
                    Value::String(text) if looks_like_markup(text) => {
                        problems.push(DataError::Invalid {
                            place,
                            reason: "contains HTML markup; plain text only".into(),
                        })
                    }
                    Value::Array(items) => stack.extend(
                        items
                            .iter()
                            .enumerate()
                            .map(|(i, v)| (format!("{place}[{i}]"), v)),
                    ),
                    Value::Object(fields) => {
                        stack.extend(fields.iter().map(|(k, v)| (format!("{place}.{k}"), v)))
                    }
                    _ => {}
                }
            }
        }
    }

    fn trade_problems(&self, problems: &mut Vec<DataError>) {
        let invalid = |place: String, reason: &str| DataError::Invalid {
            place,
            reason: reason.into(),
        };
        for (index, growth) in self.trade.growth.iter().enumerate() {
            let place = |field: &str| format!("trade.growth[{index}].{field}");
            if !(growth.percent.is_finite() && growth.percent > -100.0 && growth.percent < 10_000.0)
            {
                problems.push(invalid(
                    place("percent"),
                    "must be a finite number above -100",
                ));
            }
            check_entry(
                &growth.id,
                &growth.wording,
                &growth.source,
                &place,
                problems,
            );
        }
        for (index, value) in self.trade.values.iter().enumerate() {
            let place = |field: &str| format!("trade.values[{index}].{field}");
            if !(value.value.is_finite() && (0.0..=100_000.0).contains(&value.value)) {
                problems.push(invalid(
                    place("value"),
                    "must be a finite number from 0 to 100000",
                ));
            }
            check_entry(&value.id, &value.wording, &value.source, &place, problems);
            match (&value.kind, &value.derived_from) {
                (Kind::Derived, Some(from)) => {
                    if value.formula.as_deref().is_none_or(|f| f.trim().is_empty()) {
                        problems.push(DataError::MissingFormula {
                            place: place("formula"),
                        });
                    }
                    match self.derive_trade(from) {
                        Some(expected) if (expected - value.value).abs() > 0.01 => {
                            problems.push(DataError::DerivedMismatch {
                                place: place("value"),
                                expected,
                                found: value.value,
                            })
                        }
                        Some(_) => {}
                        None => problems.push(invalid(
                            place("derived_from"),
                            "names a value or growth year that is not in the dataset",
                        )),
                    }
                }
                (Kind::Derived, None) => problems.push(DataError::MissingFormula {
                    place: place("derived_from"),
                }),
                (Kind::Projected, _) => problems.push(DataError::ProjectedInData {
                    place: place("kind"),
                }),
                (Kind::Reported, _) => {}
            }
        }
        check_unique_ids(
            self.trade.values.iter().map(|v| &v.id),
            "trade.values",
            problems,
        );
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

    fn story_problems(&self, problems: &mut Vec<DataError>) {
        for (index, entry) in self.balance.iter().enumerate() {
            let place = |field: &str| format!("balance[{index}].{field}");
            check_entry(&entry.id, &entry.wording, &entry.source, &place, problems);
            if let Some(value) = entry.value {
                let sign_ok = match entry.direction {
                    Direction::Deficit => value < 0.0,
                    Direction::Surplus => value > 0.0,
                };
                if !value.is_finite() || value.abs() > 100_000.0 {
                    problems.push(DataError::Invalid {
                        place: place("value"),
                        reason: "must be a finite number or null".into(),
                    });
                } else if !sign_ok {
                    problems.push(DataError::Invalid {
                        place: place("value"),
                        reason: "a deficit must be negative and a surplus positive".into(),
                    });
                }
            }
        }
        check_unique_ids(self.balance.iter().map(|b| &b.id), "balance", problems);
        for (index, milestone) in self.milestones.iter().enumerate() {
            let place = |field: &str| format!("milestones[{index}].{field}");
            check_entry(
                &milestone.id,
                &milestone.title,
                &milestone.source,
                &place,
                problems,
            );
            if milestone.when.trim().is_empty() {
                problems.push(DataError::Unsourced {
                    place: place("when"),
                });
            }
            if index > 0 && milestone.date < self.milestones[index - 1].date {
                problems.push(DataError::DatesOutOfOrder {
                    place: place("date"),
                    date: milestone.date,
                    previous: self.milestones[index - 1].date,
                });
            }
        }
        check_unique_ids(
            self.milestones.iter().map(|m| &m.id),
            "milestones",
            problems,
        );
        for (index, item) in self.treaty_items.iter().enumerate() {
            let place = |field: &str| format!("treaty_items[{index}].{field}");
            check_entry(&item.id, &item.item, &item.source, &place, problems);
        }
        check_unique_ids(
            self.treaty_items.iter().map(|t| &t.id),
            "treaty_items",
            problems,
        );
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
}

fn read_kind(value: &Value, place: &str) -> Read<Kind> {
    let kinds = [Kind::Reported, Kind::Derived, Kind::Projected];
    json::variant(value, place, &kinds, Kind::label)
}

impl Source {
    fn read(value: &Value, place: &str) -> Read<Source> {
        let fields = Fields::open(value, place, "Source", &["outlet", "date", "cited_as"])?;
        Ok(Source {
            outlet: fields.required("outlet", json::text)?,
            date: fields.required("date", json::date)?,
            cited_as: fields.required("cited_as", json::text)?,
        })
    }

    fn to_value(&self) -> Value {
        json!({ "outlet": self.outlet, "date": self.date.to_string(), "cited_as": self.cited_as })
    }
}

impl Article {
    fn read(value: &Value, place: &str) -> Read<Article> {
        let known = ["publisher", "place", "date", "subject", "note"];
        let fields = Fields::open(value, place, "Article", &known)?;
        Ok(Article {
            publisher: fields.required("publisher", json::text)?,
            place: fields.required("place", json::text)?,
            date: fields.required("date", json::date)?,
            subject: fields.required("subject", json::text)?,
            note: fields.optional("note", json::text)?,
        })
    }

    fn to_value(&self) -> Value {
        let mut value = json!({
            "publisher": self.publisher,
            "place": self.place,
            "date": self.date.to_string(),
            "subject": self.subject,
        });
        with(
            &mut value,
            "note",
            self.note.as_ref().map(|note| json!(note)),
        );
        value
    }
}

impl Programs {
    fn read(value: &Value, place: &str) -> Read<Programs> {
        let known = ["count", "date", "wording", "source"];
        let fields = Fields::open(value, place, "Programs", &known)?;
        Ok(Programs {
            count: fields.required("count", json::unsigned)?,
            date: fields.required("date", json::date)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn to_value(&self) -> Value {
        json!({
            "count": self.count,
            "date": self.date.to_string(),
            "wording": self.wording,
            "source": self.source.to_value(),
        })
    }
}

impl Observation {
    fn read(value: &Value, place: &str) -> Read<Observation> {
        let known = [
            "id", "date", "percent", "kind", "formula", "wording", "source",
        ];
        let fields = Fields::open(value, place, "Observation", &known)?;
        Ok(Observation {
            id: fields.required("id", json::text)?,
            date: fields.required("date", json::date)?,
            percent: fields.required("percent", json::number)?,
            kind: fields.required("kind", read_kind)?,
            formula: fields.optional("formula", json::text)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn to_value(&self) -> Value {
        let mut value = json!({
            "id": self.id,
            "date": self.date.to_string(),
            "percent": self.percent,
            "kind": self.kind.label(),
        });
        with(
            &mut value,
            "formula",
            self.formula.as_ref().map(|f| json!(f)),
        );
        with(&mut value, "wording", Some(json!(self.wording)));
        with(&mut value, "source", Some(self.source.to_value()));
        value
    }
}

impl Growth {
    fn read(value: &Value, place: &str) -> Read<Growth> {
        let known = ["id", "year", "percent", "kind", "wording", "source"];
        let fields = Fields::open(value, place, "Growth", &known)?;
        Ok(Growth {
            id: fields.required("id", json::text)?,
            year: fields.required("year", json::integer)?,
            percent: fields.required("percent", json::number)?,
            kind: fields.required("kind", read_kind)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn to_value(&self) -> Value {
        json!({
            "id": self.id,
            "year": self.year,
            "percent": self.percent,
            "kind": self.kind.label(),
            "wording": self.wording,
            "source": self.source.to_value(),
        })
    }
}

impl DerivedFrom {
    fn read(value: &Value, place: &str) -> Read<DerivedFrom> {
        let fields = Fields::open(value, place, "DerivedFrom", &["id", "growth_year"])?;
        Ok(DerivedFrom {
            id: fields.required("id", json::text)?,
            growth_year: fields.required("growth_year", json::integer)?,
        })
    }
}

impl TradeValue {
    fn read(value: &Value, place: &str) -> Read<TradeValue> {
        let known = [
            "id",
            "year",
            "category",
            "value",
            "kind",
            "derived_from",
            "formula",
            "wording",
            "source",
        ];
        let categories = [TradeCategory::Goods, TradeCategory::Services];
        let fields = Fields::open(value, place, "TradeValue", &known)?;
        Ok(TradeValue {
            id: fields.required("id", json::text)?,
            year: fields.required("year", json::integer)?,
            category: fields.required("category", |v, p| {
                json::variant(v, p, &categories, |c| c.label())
            })?,
            value: fields.required("value", json::number)?,
            kind: fields.required("kind", read_kind)?,
            derived_from: fields.optional("derived_from", DerivedFrom::read)?,
            formula: fields.optional("formula", json::text)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn to_value(&self) -> Value {
        let mut value = json!({
            "id": self.id,
            "year": self.year,
            "category": self.category.label(),
            "value": self.value,
            "kind": self.kind.label(),
        });
        let derived_from = self
            .derived_from
            .as_ref()
            .map(|from| json!({ "id": from.id, "growth_year": from.growth_year }));
        with(&mut value, "derived_from", derived_from);
        with(
            &mut value,
            "formula",
            self.formula.as_ref().map(|f| json!(f)),
        );
        with(&mut value, "wording", Some(json!(self.wording)));
        with(&mut value, "source", Some(self.source.to_value()));
        value
    }
}

impl Trade {
    fn read(value: &Value, place: &str) -> Read<Trade> {
        let known = ["unit", "note", "growth", "values"];
        let fields = Fields::open(value, place, "Trade", &known)?;
        Ok(Trade {
            unit: fields.required("unit", json::text)?,
            note: fields.required("note", json::text)?,
            growth: fields.required("growth", |v, p| json::list(v, p, Growth::read))?,
            values: fields.required("values", |v, p| json::list(v, p, TradeValue::read))?,
        })
    }

    fn to_value(&self) -> Value {
        json!({
            "unit": self.unit,
            "note": self.note,
            "growth": self.growth.iter().map(Growth::to_value).collect::<Vec<_>>(),
            "values": self.values.iter().map(TradeValue::to_value).collect::<Vec<_>>(),
        })
    }
}

impl BalanceEntry {
    fn read(value: &Value, place: &str) -> Read<BalanceEntry> {
        let known = [
            "id",
            "year",
            "direction",
            "value",
            "kind",
            "wording",
            "source",
        ];
        let directions = [Direction::Deficit, Direction::Surplus];
        let fields = Fields::open(value, place, "BalanceEntry", &known)?;
        Ok(BalanceEntry {
            id: fields.required("id", json::text)?,
            year: fields.required("year", json::integer)?,
            direction: fields.required("direction", |v, p| {
                json::variant(v, p, &directions, |d| d.label())
            })?,
            value: fields.optional("value", json::number)?,
            kind: fields.required("kind", read_kind)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn to_value(&self) -> Value {
        json!({
            "id": self.id,
            "year": self.year,
            "direction": self.direction.label(),
            "value": self.value,
            "kind": self.kind.label(),
            "wording": self.wording,
            "source": self.source.to_value(),
        })
    }
}

impl Milestone {
    fn read(value: &Value, place: &str) -> Read<Milestone> {
        let known = ["id", "date", "when", "title", "detail", "source"];
        let fields = Fields::open(value, place, "Milestone", &known)?;
        Ok(Milestone {
            id: fields.required("id", json::text)?,
            date: fields.required("date", json::date)?,
            when: fields.required("when", json::text)?,
            title: fields.required("title", json::text)?,
            detail: fields.required("detail", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn to_value(&self) -> Value {
        json!({
            "id": self.id,
            "date": self.date.to_string(),
            "when": self.when,
            "title": self.title,
            "detail": self.detail,
            "source": self.source.to_value(),
        })
    }
}

impl TreatyItem {
    fn read(value: &Value, place: &str) -> Read<TreatyItem> {
        let known = ["id", "item", "status", "since", "detail", "source"];
        let statuses = [TreatyStatus::Stalled, TreatyStatus::Agreed];
        let fields = Fields::open(value, place, "TreatyItem", &known)?;
        Ok(TreatyItem {
            id: fields.required("id", json::text)?,
            item: fields.required("item", json::text)?,
            status: fields.required("status", |v, p| {
                json::variant(v, p, &statuses, |s| s.label())
            })?,
            since: fields.required("since", json::text)?,
            detail: fields.required("detail", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn to_value(&self) -> Value {
        json!({
            "id": self.id,
            "item": self.item,
            "status": self.status.label(),
            "since": self.since,
            "detail": self.detail,
            "source": self.source.to_value(),
        })
    }
}

impl Dataset {
    /// Reads a parsed dataset field by field; the first problem stops it, with its place.
    fn read(value: &Value) -> Read<Dataset> {
        let known = [
            "schema_version",
            "article",
            "programs",
            "progress",
            "trade",
            "balance",
            "milestones",
            "treaty_items",
        ];
        let fields = Fields::open(value, "", "Dataset", &known)?;
        Ok(Dataset {
            schema_version: fields.required("schema_version", json::unsigned)?,
            article: fields.required("article", Article::read)?,
            programs: fields.required("programs", Programs::read)?,
            progress: fields.required("progress", |v, p| json::list(v, p, Observation::read))?,
            trade: fields.or_default("trade", Trade::read)?,
            balance: fields.or_default("balance", |v, p| json::list(v, p, BalanceEntry::read))?,
            milestones: fields
                .or_default("milestones", |v, p| json::list(v, p, Milestone::read))?,
            treaty_items: fields
                .or_default("treaty_items", |v, p| json::list(v, p, TreatyItem::read))?,
        })
    }

    /// The dataset as JSON, fields in the schema's order; [`Dataset::from_json`] reads it back.
    pub fn to_value(&self) -> Value {
        json!({
            "schema_version": self.schema_version,
            "article": self.article.to_value(),
            "programs": self.programs.to_value(),
            "progress": self.progress.iter().map(Observation::to_value).collect::<Vec<_>>(),
            "trade": self.trade.to_value(),
            "balance": self.balance.iter().map(BalanceEntry::to_value).collect::<Vec<_>>(),
            "milestones": self.milestones.iter().map(Milestone::to_value).collect::<Vec<_>>(),
            "treaty_items": self.treaty_items.iter().map(TreatyItem::to_value).collect::<Vec<_>>(),
        })
    }
}

/// Adds `key` to a JSON object when there is something to write, as the schema's optional
/// fields are left out rather than written as null.
fn with(object: &mut Value, key: &str, value: Option<Value>) {
    if let (Value::Object(map), Some(value)) = (object, value) {
        map.insert(key.into(), value);
    }
}

/// Whether `text` holds something a browser would read as a tag, such as `<img` or `</b>`.
/// The page never renders data as HTML; refusing it keeps a tampered file from passing as data.
fn looks_like_markup(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'/' | b'!' | b'?'))
    })
}

/// A reader-facing message: where the JSON itself is broken, say so with the line and column;
/// where the JSON is fine but a value has the wrong type, the JSON path already says where.
fn describe_json_error(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let without_position = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => &message,
    };
    match err.classify() {
        serde_json::error::Category::Eof if err.line() <= 1 && err.column() == 0 => {
            "the text is empty or not JSON".into()
        }
        serde_json::error::Category::Eof => format!(
            "the text ends before the dataset is complete (line {}, column {})",
            err.line(),
            err.column()
        ),
        serde_json::error::Category::Syntax => format!(
            "not valid JSON: {without_position} (line {}, column {})",
            err.line(),
            err.column()
        ),
        _ => without_position.to_string(),
    }
}

/// Checks the fields every entry shares: a non-empty id and text, and a source.
fn check_entry(
    id: &str,
    text: &str,
    source: &Source,
    place: &dyn Fn(&str) -> String,
    problems: &mut Vec<DataError>,
) {
    if id.trim().is_empty() {
        problems.push(DataError::Unsourced { place: place("id") });
    }
    if text.trim().is_empty() {
        problems.push(DataError::Unsourced {
            place: place("wording"),
        });
    }
    check_source(source, &place("source"), problems);
}

fn check_unique_ids<'a>(
    ids: impl Iterator<Item = &'a String>,
    list: &str,
    problems: &mut Vec<DataError>,
) {
    let mut seen = std::collections::HashSet::new();
    for (index, id) in ids.enumerate() {
        if !seen.insert(id) {
            problems.push(DataError::DuplicateId {
                place: format!("{list}[{index}].id"),
                id: id.clone(),
            });
        }
    }
}

fn check_source(source: &Source, place: &str, problems: &mut Vec<DataError>) {
    for (field, text) in [("outlet", &source.outlet), ("cited_as", &source.cited_as)] {
        if text.trim().is_empty() {
            problems.push(DataError::Unsourced {
                place: format!("{place}.{field}"),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{balance, completion, timeline, trade};
    use crate::model::projection::{PaceBasis, Projection, Scenario};

    /// A tiny deterministic generator, so the fuzz test needs no dependency and never flakes.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// Everything a loaded dataset goes through on the page, which must not panic either.
    fn use_everywhere(dataset: &Dataset) {
        for basis in [PaceBasis::LatestTwo, PaceBasis::FirstToLast] {
            let projection = Projection::new(
                dataset,
                Scenario {
                    pace: None,
                    slowdown: 0.1,
                    basis,
                },
            );
            let _ = crate::model::summary::scenario_sentence(&projection);
            let _ = crate::model::summary::completion_rows(dataset, &projection);
            let _ = completion::completion_chart(dataset, &projection, &crate::charts::LIGHT);
        }
        let _ = trade::trade_chart(dataset, &crate::charts::LIGHT);
        let _ = balance::balance_chart(dataset, &crate::charts::LIGHT);
        let _ = timeline::timeline_chart(dataset, &crate::charts::LIGHT);
        let _ = crate::model::summary::key_figures(dataset);
        let _ = crate::model::summary::source_index(dataset);
        let _ = crate::model::summary::trade_rows(dataset);
        let _ = crate::model::summary::balance_rows(dataset);
    }

    // Guards against a panic in wasm from a file a reader loads: the parser, the projection and
    // every chart builder must handle whatever arrives, byte for byte.
    #[test]
    fn arbitrary_input_never_panics() {
        let mut rng = XorShift(0x5eed_1234_abcd_ef01);
        let seed = EMBEDDED_JSON.as_bytes();
        let tokens: [&[u8]; 12] = [
            b"null",
            b"-1e400",
            b"1e308",
            b"\"\"",
            b"[]",
            b"{}",
            b"\"2023-02-30\"",
            b"0",
            b"\"derived\"",
            b"-0.0",
            b"\"\\u0000\"",
            b"\"projected\"",
        ];
        let mut accepted = 0;
        for round in 0..3_000 {
            let mut bytes = seed.to_vec();
            for _ in 0..=rng.below(4) {
                let at = rng.below(bytes.len());
                match rng.below(5) {
                    0 => bytes[at] = rng.next() as u8,
                    1 => bytes.truncate(at),
                    2 => {
                        let token = tokens[rng.below(tokens.len())];
                        bytes.splice(at..at, token.iter().copied());
                    }
                    3 => {
                        let end = (at + rng.below(40)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                    _ => {
                        // Replace one JSON value's digits: numbers stay syntactically valid.
                        if bytes[at].is_ascii_digit() {
                            bytes[at] = b'0' + (rng.next() % 10) as u8;
                        }
                    }
                }
            }
            if round % 10 == 0 {
                bytes = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
            }
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(dataset) = Dataset::from_json(&text) {
                accepted += 1;
                assert!(dataset.problems().is_empty());
                use_everywhere(&dataset);
            }
        }
        assert!(
            accepted > 100,
            "the mutations also reach the valid side ({accepted})"
        );
    }

    fn embedded_value() -> serde_json::Value {
        serde_json::from_str(EMBEDDED_JSON).unwrap()
    }

    fn problems_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<DataError> {
        let mut value = embedded_value();
        edit(&mut value);
        Dataset::from_json(&value.to_string()).unwrap_err()
    }

    #[test]
    fn embedded_dataset_is_valid_and_matches_the_article() {
        let dataset = Dataset::from_json(EMBEDDED_JSON).expect("embedded data validates");
        assert_eq!(dataset.programs.count, 28);
        assert_eq!(dataset.programs.source.cited_as, "RBC, September 10, 2021");
        assert_eq!(dataset.article.publisher, "The Jamestown Foundation");
        assert_eq!(dataset.article.date.long(), "April 24, 2023");
        let reported: Vec<(String, f64, &str)> = dataset
            .progress
            .iter()
            .filter(|o| o.kind == Kind::Reported)
            .map(|o| (o.date.to_string(), o.percent, o.source.outlet.as_str()))
            .collect();
        assert_eq!(
            reported,
            vec![
                ("2023-01-12".to_string(), 70.0, "President.gov.by"),
                ("2023-04-05".to_string(), 80.0, "RIA Novosti"),
            ]
        );
        assert_eq!(Dataset::embedded(), dataset, "the fallback is never used");
    }

    #[test]
    fn every_entry_has_a_source_and_derived_entries_a_formula() {
        let dataset = Dataset::embedded();
        for observation in &dataset.progress {
            assert!(!observation.source.outlet.is_empty());
            assert!(!observation.source.cited_as.is_empty());
            assert!(!observation.wording.is_empty());
            if observation.kind == Kind::Derived {
                assert!(observation.formula.is_some(), "{}", observation.id);
            }
            assert_ne!(observation.kind, Kind::Projected);
        }
    }

    #[test]
    fn every_derived_trade_value_recomputes_from_its_formula() {
        let dataset = Dataset::embedded();
        let derived: Vec<&TradeValue> = dataset
            .trade
            .values
            .iter()
            .filter(|v| v.kind == Kind::Derived)
            .collect();
        assert_eq!(derived.len(), 2, "2020 and 2021 goods trade");
        for value in derived {
            let from = value.derived_from.as_ref().expect("derivation");
            let expected = dataset.derive_trade(from).expect("base and growth exist");
            assert!((expected - value.value).abs() <= 0.005, "{}", value.id);
            assert!(value.formula.as_deref().unwrap().contains('÷'));
        }
        // 45 / 1.12 / 1.35, by hand.
        let goods_2020 = dataset
            .trade
            .values
            .iter()
            .find(|v| v.id == "goods-2020")
            .unwrap();
        assert!((goods_2020.value - 45.0 / 1.12 / 1.35).abs() < 0.01);
        assert!(dataset
            .trade
            .note
            .contains("does not say whether the growth rates cover goods alone"));
    }

    #[test]
    fn the_story_is_complete_and_sourced() {
        let dataset = Dataset::embedded();
        assert_eq!(dataset.balance.len(), 3);
        let surplus = dataset.balance.iter().find(|b| b.year == 2022).unwrap();
        assert_eq!(surplus.direction, Direction::Surplus);
        assert_eq!(surplus.value, None, "the article gives no amount");
        assert_eq!(dataset.milestones.len(), 14);
        assert_eq!(
            dataset
                .treaty_items
                .iter()
                .filter(|t| t.status == TreatyStatus::Stalled)
                .count(),
            5
        );
        assert_eq!(
            dataset
                .treaty_items
                .iter()
                .filter(|t| t.status == TreatyStatus::Agreed)
                .count(),
            2
        );
        for source in dataset.all_sources() {
            assert!(!source.outlet.trim().is_empty() && !source.cited_as.trim().is_empty());
        }
    }

    #[test]
    fn refuses_a_derived_value_that_does_not_follow() {
        let problems = problems_after(|v| v["trade"]["values"][1]["value"] = 41.0.into());
        // 2021 no longer follows from 2022, and 2020 no longer follows from 2021.
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().any(|p| matches!(
            p,
            DataError::DerivedMismatch { place, .. } if place == "trade.values[1].value"
        )));
        let problems =
            problems_after(|v| v["trade"]["values"][1]["derived_from"]["id"] = "nope".into());
        assert!(problems[0]
            .to_string()
            .starts_with("trade.values[1].derived_from:"));
    }

    #[test]
    fn refuses_a_balance_whose_sign_contradicts_its_direction() {
        let problems = problems_after(|v| v["balance"][0]["value"] = 9.6.into());
        assert_eq!(
            problems[0].to_string(),
            "balance[0].value: a deficit must be negative and a surplus positive"
        );
    }

    #[test]
    fn a_dataset_without_the_story_sections_still_loads() {
        let mut value = embedded_value();
        for key in ["trade", "balance", "milestones", "treaty_items"] {
            value.as_object_mut().unwrap().remove(key);
        }
        let dataset = Dataset::from_json(&value.to_string()).expect("story sections are optional");
        assert!(dataset.milestones.is_empty());
    }

    // Guards the "download this dataset" button: what it writes must load back as it was.
    #[test]
    fn a_serialized_dataset_loads_back_unchanged() {
        let dataset = Dataset::embedded();
        let text = serde_json::to_string_pretty(&dataset.to_value()).unwrap();
        assert_eq!(Dataset::from_json(&text), Ok(dataset));
    }

    #[test]
    fn refuses_markup_and_unknown_fields() {
        let problems =
            problems_after(|v| v["progress"][2]["wording"] = "<img src=x onerror=alert(1)>".into());
        assert_eq!(
            problems[0].to_string(),
            "progress[2].wording: contains HTML markup; plain text only"
        );
        assert!(!looks_like_markup("growth < 5 percent, 3<4"));
        let problems = problems_after(|v| v["progress"][1]["percnt"] = 70.into());
        assert!(
            problems[0]
                .to_string()
                .starts_with("progress[1].percnt: unknown field `percnt`"),
            "{problems:?}"
        );
    }

    #[test]
    fn refuses_dates_out_of_order() {
        let problems = problems_after(|v| v["progress"][2]["date"] = "2021-01-01".into());
        assert!(problems.iter().any(|p| matches!(
            p,
            DataError::DatesOutOfOrder { place, .. } if place == "progress[2].date"
        )));
    }

    #[test]
    fn refuses_values_outside_0_to_100() {
        let problems = problems_after(|v| v["progress"][1]["percent"] = 101.5.into());
        assert_eq!(
            problems,
            vec![DataError::ValueOutOfRange {
                place: "progress[1].percent".into(),
                value: 101.5
            }]
        );
        let problems = problems_after(|v| v["progress"][1]["percent"] = (-1).into());
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn refuses_a_zero_program_count() {
        let problems = problems_after(|v| v["programs"]["count"] = 0.into());
        assert_eq!(problems, vec![DataError::ProgramCount { found: 0 }]);
    }

    #[test]
    fn refuses_unsourced_entries_and_lists_every_problem() {
        let problems = problems_after(|v| {
            v["progress"][1]["source"]["outlet"] = "".into();
            v["progress"][2]["wording"] = "  ".into();
            v["progress"][0]["formula"] = Value::Null;
        });
        assert_eq!(problems.len(), 3, "{problems:?}");
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(messages.contains(&"progress[1].source.outlet: must not be empty".to_string()));
        assert!(messages.contains(&"progress[2].wording: must not be empty".to_string()));
        assert!(messages[..]
            .iter()
            .any(|m| m.starts_with("progress[0].formula")));
    }

    #[test]
    fn refuses_projected_values_duplicates_and_too_few_points() {
        let problems = problems_after(|v| v["progress"][1]["kind"] = "projected".into());
        assert!(matches!(problems[0], DataError::ProjectedInData { .. }));
        let problems = problems_after(|v| v["progress"][1]["id"] = "decree".into());
        assert!(matches!(problems[0], DataError::DuplicateId { .. }));
        let problems = problems_after(|v| {
            v["progress"].as_array_mut().unwrap().truncate(1);
        });
        assert_eq!(problems, vec![DataError::TooFewObservations { found: 1 }]);
    }

    #[test]
    fn refuses_malformed_text_with_a_reason() {
        for text in [
            "",
            "not json",
            "{}",
            "[1,2]",
            r#"{"schema_version": "one"}"#,
        ] {
            let problems = Dataset::from_json(text).unwrap_err();
            assert!(matches!(problems[0], DataError::Malformed { .. }), "{text}");
        }
        let problems = problems_after(|v| v["progress"][1]["date"] = "2023-13-01".into());
        assert!(problems[0]
            .to_string()
            .contains("\"2023-13-01\" is not a date"));
        let huge = " ".repeat(MAX_JSON_BYTES + 1);
        assert!(matches!(
            Dataset::from_json(&huge).unwrap_err()[0],
            DataError::TooLarge { .. }
        ));
    }
}
