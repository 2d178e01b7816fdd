//! The semantic checks over a parsed dataset: order, ranges, sources, formulas that recompute,
//! duplicates, markup, and list and text limits. Parsing (serde) only checks the shape.

use super::{
    Counts, DataError, Dataset, Direction, Kind, Source, MAX_ENTRIES, MAX_LABEL_CHARS,
    MAX_OBSERVATIONS, MAX_TEXT_CHARS,
};

impl Dataset {
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
        // A list over the limit could be long enough to make the checks below slow.
        if problems
            .iter()
            .any(|p| matches!(p, DataError::TooManyEntries { .. }))
        {
            return problems;
        }
        self.trade_problems(&mut problems);
        self.story_problems(&mut problems);
        self.later_problems(&mut problems);
        self.translation_problems(&mut problems);
        problems
    }

    /// The later layer: marked after the article, dated in order, figures in range, sourced.
    fn later_problems(&self, problems: &mut Vec<DataError>) {
        let count = f64::from(self.programs.count);
        for (index, report) in self.later.reports.iter().enumerate() {
            let place = |field: &str| format!("later.reports[{index}].{field}");
            check_entry(
                &report.id,
                &report.wording,
                &report.source,
                &place,
                problems,
            );
            if report.who.trim().is_empty() {
                problems.push(DataError::Unsourced {
                    place: place("who"),
                });
            }
            if !report.after_article {
                problems.push(DataError::NotAfterArticle {
                    place: place("after_article"),
                });
            }
            let top = match report.counts {
                Counts::Measures => 100.0,
                // A zero count is refused above; one reason is enough.
                Counts::Programs if count == 0.0 => f64::MAX,
                Counts::Programs => count,
            };
            let inside = |v: f64| v.is_finite() && (0.0..=top).contains(&v);
            let figure_ok = match (report.value, report.min, report.max) {
                (Some(v), None, None) => inside(v),
                (None, Some(lo), Some(hi)) => inside(lo) && inside(hi) && lo <= hi,
                (None, None, None) => true,
                _ => false,
            };
            if !figure_ok {
                problems.push(DataError::LaterFigure {
                    place: place("value"),
                });
            }
            if index > 0 && report.date < self.later.reports[index - 1].date {
                problems.push(DataError::DatesOutOfOrder {
                    place: place("date"),
                    date: report.date,
                    previous: self.later.reports[index - 1].date,
                });
            }
        }
        check_unique_ids(
            self.later.reports.iter().map(|r| &r.id),
            "later.reports",
            problems,
        );
        for (index, forecast) in self.later.forecasts.iter().enumerate() {
            let place = |field: &str| format!("later.forecasts[{index}].{field}");
            check_entry(
                &forecast.id,
                &forecast.wording,
                &forecast.source,
                &place,
                problems,
            );
            if !forecast.after_article {
                problems.push(DataError::NotAfterArticle {
                    place: place("after_article"),
                });
            }
            if forecast.within_months_min > forecast.within_months_max
                || forecast.within_months_max > 1200
            {
                problems.push(DataError::ForecastRange {
                    place: place("within_months_max"),
                });
            }
        }
        check_unique_ids(
            self.later.forecasts.iter().map(|f| &f.id),
            "later.forecasts",
            problems,
        );
    }

    /// Refuses lists longer than [`MAX_ENTRIES`] and texts longer than [`MAX_TEXT_CHARS`].
    fn limit_problems(&self, problems: &mut Vec<DataError>) {
        let lists = [
            ("trade.growth", self.trade.growth.len()),
            ("trade.values", self.trade.values.len()),
            ("balance", self.balance.len()),
            ("milestones", self.milestones.len()),
            ("treaty_items", self.treaty_items.len()),
            ("later.reports", self.later.reports.len()),
            ("later.forecasts", self.later.forecasts.len()),
        ];
        for (list, len) in lists {
            if len > MAX_ENTRIES {
                problems.push(DataError::TooManyEntries {
                    place: list.into(),
                    found: len,
                });
            }
        }
        // Writing back is the one place that sees every text field, however nested.
        let text = serde_json::to_string(self).unwrap_or_default();
        for (place, text) in crate::model::json::texts(&text) {
            if text.chars().count() > MAX_TEXT_CHARS {
                problems.push(DataError::TextTooLong { place });
            } else if looks_like_markup(&text) {
                problems.push(DataError::Markup { place });
            }
        }
    }

    fn trade_problems(&self, problems: &mut Vec<DataError>) {
        for (index, growth) in self.trade.growth.iter().enumerate() {
            let place = |field: &str| format!("trade.growth[{index}].{field}");
            if !(growth.percent.is_finite() && growth.percent > -100.0 && growth.percent < 10_000.0)
            {
                problems.push(DataError::GrowthOutOfRange {
                    place: place("percent"),
                });
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
                problems.push(DataError::TradeValueOutOfRange {
                    place: place("value"),
                });
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
                        None => problems.push(DataError::UnknownDerivation {
                            place: place("derived_from"),
                        }),
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
                    problems.push(DataError::BalanceOutOfRange {
                        place: place("value"),
                    });
                } else if !sign_ok {
                    problems.push(DataError::BalanceSign {
                        place: place("value"),
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
            if milestone.short.as_deref().is_some_and(|short| {
                short.trim().is_empty() || short.chars().count() > MAX_LABEL_CHARS
            }) {
                problems.push(DataError::BadLabel {
                    place: place("short"),
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
}

/// Whether `text` holds something a browser would read as a tag, such as `<img` or `</b>`.
/// The page never renders data as HTML; refusing it keeps a tampered file from passing as data.
pub(crate) fn looks_like_markup(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'/' | b'!' | b'?'))
    })
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
    // The page links to it: anything but a web address (javascript:, data:) is refused.
    if let Some(url) = &source.url {
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(' ') {
            problems.push(DataError::BadUrl {
                place: format!("{place}.url"),
            });
        }
    }
    for (field, text) in [("outlet", &source.outlet), ("cited_as", &source.cited_as)] {
        if text.trim().is_empty() {
            problems.push(DataError::Unsourced {
                place: format!("{place}.{field}"),
            });
        }
    }
}
