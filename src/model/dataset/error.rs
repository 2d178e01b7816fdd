//! Why a dataset is refused: one typed variant per rule, worded for the reader by `Display`.
//! Code decides by variant, never by the words.

use super::{MAX_ENTRIES, MAX_JSON_BYTES, MAX_LABEL_CHARS, MAX_OBSERVATIONS, MAX_TEXT_CHARS};
use crate::model::date::Date;
use crate::model::format::number;
use std::fmt;

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
                    number(*value, 6)
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
                number(*expected, 2),
                number(*found, 6)
            ),
            DataError::TooManyEntries { place, found } => write!(
                f,
                "{place}: at most {MAX_ENTRIES} entries are accepted, found {found}"
            ),
            DataError::TextTooLong { place } => {
                write!(f, "{place}: text longer than {MAX_TEXT_CHARS} characters")
            }
            DataError::BadLabel { place } => write!(
                f,
                "{place}: a chart label needs 1 to {MAX_LABEL_CHARS} characters"
            ),
            DataError::Markup { place } => {
                write!(f, "{place}: contains HTML markup; plain text only")
            }
            DataError::GrowthOutOfRange { place } => {
                write!(f, "{place}: must be a finite number above -100")
            }
            DataError::TradeValueOutOfRange { place } => {
                write!(f, "{place}: must be a finite number from 0 to 100000")
            }
            DataError::UnknownDerivation { place } => write!(
                f,
                "{place}: names a value or growth year that is not in the dataset"
            ),
            DataError::BalanceOutOfRange { place } => {
                write!(f, "{place}: must be a finite number or null")
            }
            DataError::BalanceSign { place } => write!(
                f,
                "{place}: a deficit must be negative and a surplus positive"
            ),
            DataError::NotAfterArticle { place } => write!(
                f,
                "{place}: must be true; the article's own figures belong in progress"
            ),
            DataError::LaterFigure { place } => write!(
                f,
                "{place}: give a value, or min and max (min not above max), from 0 to 100 percent of measures or 0 to the program count"
            ),
            DataError::BadUrl { place } => {
                write!(f, "{place}: must be an address starting with https:// or http://")
            }
            DataError::ForecastRange { place } => write!(
                f,
                "{place}: within_months_min must not be above within_months_max, nor that above 1200"
            ),
        }
    }
}
