//! Why a dataset is refused: one typed variant per rule with its JSON path, worded by
//! `crate::messages`.
//! Code decides by variant, never by the words.

use crate::model::date::Date;
use std::fmt;

/// One reason a dataset is refused, with the place it was found.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// The text is larger than [`MAX_JSON_BYTES`].
    TooLarge { bytes: usize },
    /// The text is not JSON of the expected shape; `place` is the JSON path where it broke.
    Malformed { place: String, message: String },
    /// A date field whose text is not a date (`text`).
    NotADate { place: String, text: String },
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
    /// A list other than `progress` longer than [`MAX_ENTRIES`]; `place` names the list.
    TooManyEntries { place: String, found: usize },
    /// A text longer than [`MAX_TEXT_CHARS`] characters.
    TextTooLong { place: String },
    /// A chart label that is blank or longer than [`MAX_LABEL_CHARS`] characters.
    BadLabel { place: String },
    /// A text that a browser would read as HTML.
    Markup { place: String },
    /// A growth rate that is not finite or not above -100 percent (or absurdly large).
    GrowthOutOfRange { place: String },
    /// A trade value that is not a finite number from 0 to 100000.
    TradeValueOutOfRange { place: String },
    /// A derivation naming a value or growth year that the dataset does not hold.
    UnknownDerivation { place: String },
    /// A balance amount that is not finite (or absurdly large).
    BalanceOutOfRange { place: String },
    /// A balance amount whose sign contradicts its direction.
    BalanceSign { place: String },
    /// A later report or forecast marked `after_article: false`: the article's figures live in
    /// `progress`, never in the later layer.
    NotAfterArticle { place: String },
    /// A later figure that is neither one value nor a `min` ≤ `max` range inside 0–100 percent
    /// (measures) or 0 to the program count (programs).
    LaterFigure { place: String },
    /// A forecast whose soonest month is after its latest (or absurdly far).
    ForecastRange { place: String },
    /// A source address that is not an `http(s)://` URL (the page links to it).
    BadUrl { place: String },
    /// A translation of an entry or field that does not exist, or is not translatable.
    UnknownTranslation { place: String },
    /// A translation that is empty.
    EmptyTranslation { place: String },
}

// For logs and developers: the variant and its fields. A reader sees the words of
// `crate::messages` (`DataMessages::data_error`), in the page's language.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dataset refused: {self:?}")
    }
}

impl std::error::Error for DataError {}

/// A refusal's place as the reader sees it, such as `progress[1].percent`, or `dataset` for the
/// whole file. serde_path_to_error marks a key it could not read with `?`; that segment is left
/// out, so the place is the object the key was in.
pub(super) fn place_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut place = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => place.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !place.is_empty() {
                    place.push('.');
                }
                place.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    if place.is_empty() {
        "dataset".into()
    } else {
        place
    }
}

/// A reader-facing message: where the JSON itself is broken, say so with the line and column;
/// where the JSON is fine but a value has the wrong type, the JSON path already says where.
pub(super) fn describe_json_error(err: &serde_json::Error) -> String {
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
