//! The data bar's sentences and the refusals, once for every language.

use crate::messages::keys::K;
use crate::messages::phrase::{Arg, Speaks};
use crate::messages::{DataMessages, LoadProblem, Messages};
use crate::model::dataset::{
    DataError, MAX_ENTRIES, MAX_JSON_BYTES, MAX_LABEL_CHARS, MAX_OBSERVATIONS, MAX_TEXT_CHARS,
};

/// A count as a number argument (grouped where the language groups).
fn many(count: usize) -> Arg<'static> {
    Arg::Num(count as f64, 0)
}

impl<S: Speaks + Messages> DataMessages for S {
    fn load_problem(&self, problem: LoadProblem) -> String {
        match problem {
            LoadProblem::FileTooLarge { bytes } => self.too_large(K::file_too_large, bytes as f64),
            LoadProblem::FileUnreadable => self.word(K::file_unreadable).into(),
            LoadProblem::NoFetch => self.word(K::no_fetch).into(),
            // The same advice for another site and another scheme: the reader can always
            // download the file and load it.
            LoadProblem::OtherSite => {
                let load = self.labels().bar_load_file;
                self.say(K::other_site, &[("load", Arg::Text(load))])
            }
            LoadProblem::NoAnswer { seconds } => {
                self.say(K::no_answer, &[("seconds", Arg::Int(seconds.into()))])
            }
            LoadProblem::Unreachable => self.word(K::unreachable).into(),
            LoadProblem::ServerAnswered { status, text } => self.say(
                K::server_answered,
                &[
                    ("status", Arg::Int(status.into())),
                    ("text", Arg::Text(&text)),
                ],
            ),
            LoadProblem::LinkTooLarge { bytes } => {
                self.too_large(K::dataset_too_large, bytes as f64)
            }
            LoadProblem::AnswerUnreadable => self.word(K::answer_unreadable).into(),
        }
    }

    fn data_error(&self, error: &DataError) -> String {
        let (key, place) = match error {
            DataError::TooLarge { bytes } => {
                return self.too_large(K::dataset_too_large, *bytes as f64)
            }
            DataError::Malformed { place, message } => {
                let args = [
                    ("place", Arg::Text(self.place(place))),
                    ("message", Arg::Text(message)),
                ];
                return self.say(K::error_malformed, &args);
            }
            DataError::NotADate { place, text } => {
                let args = [
                    ("place", Arg::Text(self.place(place))),
                    ("text", Arg::Text(text)),
                ];
                return self.say(K::error_not_a_date, &args);
            }
            DataError::ProgramCount { found } => {
                return self.say(
                    K::error_program_count,
                    &[("found", Arg::Int(*found as i64))],
                )
            }
            DataError::TooFewObservations { found } => {
                let args = [("found", Arg::Int(*found as i64))];
                return self.say(K::error_too_few_observations, &args);
            }
            DataError::TooManyObservations { found } => {
                let args = [("found", many(*found)), ("max", many(MAX_OBSERVATIONS))];
                return self.say(K::error_too_many_observations, &args);
            }
            DataError::DatesOutOfOrder {
                place,
                date,
                previous,
            } => {
                let args = [
                    ("place", Arg::Text(self.place(place))),
                    ("date", Arg::Text(&date.to_string())),
                    ("previous", Arg::Text(&previous.to_string())),
                ];
                return self.say(K::error_dates_out_of_order, &args);
            }
            DataError::ValueOutOfRange { place, value } => {
                let args = [
                    ("place", Arg::Text(self.place(place))),
                    ("value", Arg::Num(*value, 6)),
                ];
                return self.say(K::error_value_out_of_range, &args);
            }
            DataError::DuplicateId { place, id } => {
                let args = [
                    ("place", Arg::Text(self.place(place))),
                    ("id", Arg::Text(id)),
                ];
                return self.say(K::error_duplicate_id, &args);
            }
            DataError::UnsupportedVersion { found } => {
                let args = [("found", Arg::Int((*found).into()))];
                return self.say(K::error_unsupported_version, &args);
            }
            DataError::DerivedMismatch {
                place,
                expected,
                found,
            } => {
                let args = [
                    ("place", Arg::Text(self.place(place))),
                    ("expected", Arg::Num(*expected, 2)),
                    ("found", Arg::Num(*found, 6)),
                ];
                return self.say(K::error_derived_mismatch, &args);
            }
            DataError::TooManyEntries { place, found } => {
                let args = [
                    ("place", Arg::Text(self.place(place))),
                    ("found", many(*found)),
                    ("max", many(MAX_ENTRIES)),
                ];
                return self.say(K::error_too_many_entries, &args);
            }
            DataError::Unsourced { place } => (K::error_unsourced, place),
            DataError::MissingFormula { place } => (K::error_missing_formula, place),
            DataError::ProjectedInData { place } => (K::error_projected_in_data, place),
            DataError::TextTooLong { place } => (K::error_text_too_long, place),
            DataError::BadLabel { place } => (K::error_bad_label, place),
            DataError::Markup { place } => (K::error_markup, place),
            DataError::GrowthOutOfRange { place } => (K::error_growth_out_of_range, place),
            DataError::TradeValueOutOfRange { place } => (K::error_trade_value_out_of_range, place),
            DataError::UnknownDerivation { place } => (K::error_unknown_derivation, place),
            DataError::BalanceOutOfRange { place } => (K::error_balance_out_of_range, place),
            DataError::BalanceSign { place } => (K::error_balance_sign, place),
            DataError::NotAfterArticle { place } => (K::error_not_after_article, place),
            DataError::LaterFigure { place } => (K::error_later_figure, place),
            DataError::BadUrl { place } => (K::error_bad_url, place),
            DataError::UnknownTranslation { place } => (K::error_unknown_translation, place),
            DataError::EmptyTranslation { place } => (K::error_empty_translation, place),
            DataError::ForecastRange { place } => (K::error_forecast_range, place),
        };
        let args = [
            ("place", Arg::Text(self.place(place))),
            ("text_max", many(MAX_TEXT_CHARS)),
            ("label_max", many(MAX_LABEL_CHARS)),
        ];
        self.say(key, &args)
    }

    fn refused_intro(&self, origin: &str, problems: usize) -> String {
        let args = [
            ("origin", Arg::Text(origin)),
            ("count", Arg::Int(problems as i64)),
        ];
        self.say(K::refused_intro, &args)
    }

    fn embed_refused(&self, origin: &str, first: &str, problems: usize) -> String {
        let more = if problems > 1 {
            self.say(K::embed_more, &[("count", Arg::Int(problems as i64 - 1))])
        } else {
            String::new()
        };
        let args = [
            ("origin", Arg::Text(origin)),
            ("first", Arg::Text(first)),
            ("more", Arg::Text(&more)),
        ];
        self.say(K::embed_refused, &args)
    }

    fn showing_loaded(&self, origin: &str) -> String {
        self.say(K::showing_loaded, &[("origin", Arg::Text(origin))])
    }

    fn link_leaves_file(&self, origin: &str) -> String {
        self.say(K::link_leaves_file, &[("origin", Arg::Text(origin))])
    }
}

/// The pieces of the refusals.
trait Refusal {
    /// A size over the limit, in the phrase `key` ("the file is {limit}").
    fn too_large(&self, key: K, bytes: f64) -> String;
    /// A JSON path as the reader sees it: the model calls the file's root "dataset".
    fn place<'a>(&self, place: &'a str) -> &'a str;
}

impl<S: Speaks> Refusal for S {
    fn too_large(&self, key: K, bytes: f64) -> String {
        let args = [
            ("bytes", Arg::Num(bytes, 0)),
            ("max", Arg::Num(MAX_JSON_BYTES as f64, 0)),
        ];
        let limit = self.say(K::size_limit, &args);
        self.say(key, &[("limit", Arg::Text(&limit))])
    }

    fn place<'a>(&self, place: &'a str) -> &'a str {
        if place == "dataset" {
            self.word(K::place_root)
        } else {
            place
        }
    }
}
