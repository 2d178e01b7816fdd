//! English: the data bar's words and why a dataset was refused.

use super::En;
use crate::messages::{DataBarText, DataMessages, LoadProblem, Messages, StoryMessages};
use crate::model::dataset::{
    DataError, MAX_ENTRIES, MAX_JSON_BYTES, MAX_LABEL_CHARS, MAX_OBSERVATIONS, MAX_TEXT_CHARS,
};

impl DataMessages for En {
    fn load_problem(&self, problem: LoadProblem) -> String {
        match problem {
            LoadProblem::FileTooLarge { bytes } => {
                format!("the file is {bytes} bytes; at most {MAX_JSON_BYTES} bytes are accepted")
            }
            LoadProblem::FileUnreadable => "the file could not be read".into(),
            LoadProblem::NoFetch => "this browser cannot fetch data".into(),
            // The same advice for another site and another scheme: the reader can always
            // download the file and load it.
            LoadProblem::OtherSite => format!(
                "this page reads data only from its own site; download the file and use “{}”",
                self.data_bar(DataBarText::LoadFile)
            ),
            LoadProblem::NoAnswer { seconds } => format!("no answer within {seconds} seconds"),
            LoadProblem::Unreachable => "the link could not be reached (network error, or the server does not allow this page to read it)".into(),
            LoadProblem::ServerAnswered { status, text } => {
                format!("the server answered {status} {text}")
            }
            LoadProblem::LinkTooLarge { bytes } => {
                format!("the dataset is {bytes} bytes; at most {MAX_JSON_BYTES} bytes are accepted")
            }
            LoadProblem::AnswerUnreadable => "the answer could not be read".into(),
        }
    }

    fn data_error(&self, error: &DataError) -> String {
        match error {
            DataError::TooLarge { bytes } => {
                format!("the dataset is {bytes} bytes; at most {MAX_JSON_BYTES} bytes are accepted")
            }
            DataError::Malformed { place, message } => format!("{place}: {message}"),
            DataError::NotADate { place, text } => format!("{place}: {}", self.not_a_date(text)),
            DataError::ProgramCount { found } => {
                format!("programs.count: must be positive, found {found}")
            }
            DataError::TooFewObservations { found } => format!(
                "progress: at least two observations are needed to compute a pace, found {found}"
            ),
            DataError::TooManyObservations { found } => format!(
                "progress: at most {MAX_OBSERVATIONS} observations are accepted, found {found}"
            ),
            DataError::DatesOutOfOrder {
                place,
                date,
                previous,
            } => format!("{place}: {date} is not later than the previous observation's {previous}"),
            DataError::ValueOutOfRange { place, value } => {
                format!(
                    "{place}: must be a number from 0 to 100, found {}",
                    self.number(*value, 6)
                )
            }
            DataError::Unsourced { place } => format!("{place}: must not be empty"),
            DataError::MissingFormula { place } => {
                format!("{place}: a derived value must say how it was derived")
            }
            DataError::ProjectedInData { place } => format!(
                "{place}: projected values are computed by the app and cannot be loaded as data"
            ),
            DataError::DuplicateId { place, id } => {
                format!("{place}: the id \"{id}\" is used twice")
            }
            DataError::UnsupportedVersion { found } => {
                format!("schema_version: this app reads version 1, found {found}")
            }
            DataError::DerivedMismatch {
                place,
                expected,
                found,
            } => format!(
                "{place}: the formula gives {}, but the value is {}",
                self.number(*expected, 2),
                self.number(*found, 6)
            ),
            DataError::TooManyEntries { place, found } => {
                format!("{place}: at most {MAX_ENTRIES} entries are accepted, found {found}")
            }
            DataError::TextTooLong { place } => {
                format!("{place}: text longer than {MAX_TEXT_CHARS} characters")
            }
            DataError::BadLabel { place } => {
                format!("{place}: a chart label needs 1 to {MAX_LABEL_CHARS} characters")
            }
            DataError::Markup { place } => {
                format!("{place}: contains HTML markup; plain text only")
            }
            DataError::GrowthOutOfRange { place } => {
                format!("{place}: must be a finite number above -100")
            }
            DataError::TradeValueOutOfRange { place } => {
                format!("{place}: must be a finite number from 0 to 100000")
            }
            DataError::UnknownDerivation { place } => {
                format!("{place}: names a value or growth year that is not in the dataset")
            }
            DataError::BalanceOutOfRange { place } => {
                format!("{place}: must be a finite number or null")
            }
            DataError::BalanceSign { place } => {
                format!("{place}: a deficit must be negative and a surplus positive")
            }
            DataError::NotAfterArticle { place } => {
                format!("{place}: must be true; the article's own figures belong in progress")
            }
            DataError::LaterFigure { place } => format!(
                "{place}: give a value, or min and max (min not above max), from 0 to 100 percent of measures or 0 to the program count"
            ),
            DataError::BadUrl { place } => {
                format!("{place}: must be an address starting with https:// or http://")
            }
            DataError::UnknownTranslation { place } => format!(
                "{place}: translates nothing: the dataset has no such entry, or the field is not translatable"
            ),
            DataError::EmptyTranslation { place } => format!("{place}: the translation is empty"),
            DataError::ForecastRange { place } => format!(
                "{place}: within_months_min must not be above within_months_max, nor that above 1200"
            ),
        }
    }

    fn refused_intro(&self, origin: &str, problems: usize) -> String {
        let problems = if problems == 1 {
            "1 problem:".to_string()
        } else {
            format!("{problems} problems:")
        };
        format!("“{origin}” was not loaded; the data on screen is unchanged. {problems}")
    }

    fn embed_refused(&self, origin: &str, first: &str, problems: usize) -> String {
        let more = if problems > 1 {
            format!(" (and {} more problems)", problems - 1)
        } else {
            String::new()
        };
        format!(
            "The linked data “{origin}” was not loaded: {first}{more}. Showing the built-in data."
        )
    }

    fn data_bar(&self, text: DataBarText) -> &'static str {
        match text {
            DataBarText::Builtin => "Showing the built-in dataset, taken from the article.",
            DataBarText::Fetching => "Loading the linked dataset…",
            DataBarText::BackToBuiltin => "Back to built-in data",
            DataBarText::LoadFile => "Load data (JSON)…",
            DataBarText::DownloadJson => "Download this dataset (JSON)",
            DataBarText::DownloadCsv => "Download as CSV",
            DataBarText::Dismiss => "Dismiss",
        }
    }

    fn showing_loaded(&self, origin: &str) -> String {
        format!("Showing your data from “{origin}”, in this view only.")
    }

    fn link_leaves_file(&self, origin: &str) -> String {
        format!("This link opens the built-in data, not your file “{origin}”: a file from your computer does not travel in a link.")
    }
}
