//! The page's tables, key figures and sources index in the page's words: rows built from the
//! model's facts and a language's messages. The sections show them; the no-JavaScript page and
//! the tests read the same rows.

use crate::messages::Messages;
use crate::model::dataset::{Cited, Dataset, Direction, Kind, Localized, Quote, TradeCategory};
use crate::model::date::Date;
use crate::model::projection::{programs_done, Outcome, Projection, COMPLETE};
use crate::model::sections::Datum;
use crate::model::sort_by_key;
use crate::model::summary::{guess_text, scenario_text};

/// The scenario sentence, such as "At 3.7 points a month, the remaining 20 points take …".
pub fn scenario_sentence(m: &(impl Messages + ?Sized), projection: &Projection) -> String {
    m.scenario_sentence(scenario_text(projection))
}

/// A table's note on a value, in the page's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// The source's words (a quotation, kept in English with its translation), and for a
    /// derived value how it follows.
    Quoted {
        /// The quotation.
        quote: Quote,
        /// The formula of a derived value.
        formula: Option<Localized>,
    },
    /// How a derived value follows, without a quotation.
    Derived(Localized),
    /// The page's own words (projected rows).
    Plain(String),
}

impl Note {
    /// The note as one line of text in `m`'s words (the English page shows exactly this).
    pub fn plain(&self, m: &(impl Messages + ?Sized)) -> String {
        match self {
            Note::Quoted { quote, formula } => {
                let translated = quote
                    .translation
                    .as_ref()
                    .map_or(String::new(), |t| format!(" ({})", m.quotation(t)));
                let formula = formula.as_ref().map(|f| f.text.as_str());
                m.quoted_note(&quote.original, formula).replacen(
                    &quote.original,
                    &format!("{}{translated}", quote.original),
                    1,
                )
            }
            Note::Derived(formula) => m.derived_note(&formula.text),
            Note::Plain(text) => text.clone(),
        }
    }
}

/// A table's source cell: a citation, or the page's own words for its projection.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceCell {
    /// A source of the dataset.
    Cited(Cited),
    /// "This page's projection".
    Plain(String),
}

impl SourceCell {
    /// The cell as one line of text: on the English page, the citation as the article prints it.
    pub fn plain(&self) -> String {
        match self {
            SourceCell::Cited(c) => match &c.date {
                Some(date) => format!("{}, {date}", c.name),
                None => c.name.clone(),
            },
            SourceCell::Plain(text) => text.clone(),
        }
    }
}

/// One row of the completion table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's date.
    pub date: Date,
    /// Level in percent.
    pub percent: f64,
    /// The percent times the program count: derived, and not a count of programs done.
    pub programs: f64,
    /// Reported, derived or projected.
    pub kind: Kind,
    /// The article's wording, or how the value was made.
    pub note: Note,
    /// The citation, or "this page's projection".
    pub source: SourceCell,
}

/// Observed rows from the dataset, then projected rows every three months until 100 percent.
pub fn completion_rows(
    m: &(impl Messages + ?Sized),
    dataset: &Dataset,
    projection: &Projection,
) -> Vec<TableRow> {
    let count = dataset.programs.count;
    let lang = m.lang();
    let observed = dataset.progress.iter().map(|o| {
        let key = o.key();
        TableRow {
            date: o.date,
            percent: o.percent,
            programs: programs_done(o.percent, count),
            kind: o.kind.clone(),
            note: Note::Quoted {
                quote: dataset.quote(lang, &key, &o.wording),
                formula: o
                    .formula
                    .as_ref()
                    .map(|f| dataset.text(lang, &key, "formula", f)),
            },
            source: SourceCell::Cited(dataset.cited(lang, &o.source)),
        }
    });
    let slowdown_percent = projection.slowdown * 100.0;
    let projected_note = m.projected_note(projection.pace, slowdown_percent);
    let mut projected = Vec::new();
    for quarter in 1..=8 {
        let date = projection.start.add_months(quarter * 3);
        if let Outcome::Completes { date: done, .. } = projection.outcome {
            if date >= done {
                break;
            }
        }
        let percent = projection.percent_on(date);
        projected.push(TableRow {
            date,
            percent,
            programs: programs_done(percent, count),
            kind: Kind::Projected,
            note: Note::Plain(projected_note.clone()),
            source: SourceCell::Plain(m.projection_source().into()),
        });
    }
    if let Outcome::Completes { date, months } = projection.outcome {
        if months > 0.0 {
            projected.push(TableRow {
                date,
                percent: COMPLETE,
                programs: f64::from(count),
                kind: Kind::Projected,
                note: Note::Plain(m.projected_done_note(count, projection.pace, slowdown_percent)),
                source: SourceCell::Plain(m.projection_source().into()),
            });
        }
    }
    observed.chain(projected).collect()
}

/// One headline figure at the top of the page, with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// The figure as shown, such as "28".
    pub value: String,
    /// What it counts.
    pub label: String,
    /// Its citation.
    pub source: Cited,
    /// The source's own words, when the figure quotes them: told to screen readers and shown
    /// on hover, kept off the compact card.
    pub quote: Option<String>,
}

/// The header's key figures, each built from the dataset; missing sections are skipped.
pub fn key_figures(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<KeyFigure> {
    let lang = m.lang();
    let cite = |source| dataset.cited(lang, source);
    let mut figures = vec![KeyFigure {
        value: dataset.programs.count.to_string(),
        label: m.figure_programs(dataset.programs.date),
        source: cite(&dataset.programs.source),
        quote: None,
    }];
    if let Some(latest) = dataset.progress.iter().rfind(|o| o.kind == Kind::Reported) {
        figures.push(KeyFigure {
            value: m.figure_percent_value(latest.percent),
            label: m.figure_percent(latest.date),
            source: cite(&latest.source),
            // Told to screen readers and shown on hover, in the page's language.
            quote: Some(
                m.quotation(
                    dataset
                        .translation(lang, &latest.key(), "wording")
                        .unwrap_or(&latest.wording),
                ),
            ),
        });
    }
    let goods = dataset
        .trade
        .values
        .iter()
        .filter(|v| v.kind == Kind::Reported && v.category == TradeCategory::Goods)
        .max_by_key(|v| v.year);
    if let Some(goods) = goods {
        let services = dataset.trade.values.iter().find(|v| {
            v.year == goods.year
                && v.category == TradeCategory::Services
                && v.kind == Kind::Reported
        });
        figures.push(KeyFigure {
            value: m.figure_trade_value(goods.value),
            label: m.figure_trade(goods.year, services.map(|s| s.value)),
            source: cite(&goods.source),
            quote: None,
        });
    }
    if let Some(surplus) = dataset
        .balance
        .iter()
        .find(|b| b.direction == Direction::Surplus)
    {
        figures.push(KeyFigure {
            value: m.figure_surplus_value().into(),
            label: m.figure_surplus(surplus.year, surplus.value),
            source: cite(&surplus.source),
            quote: None,
        });
    }
    figures
}

/// A source and the facts on the page that rest on it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceUse {
    /// The citation as the article prints it.
    pub cited_as: String,
    /// The outlet.
    pub outlet: String,
    /// The citation as the page's language shows it.
    pub cited: Cited,
    /// Short descriptions of what it supports, each with the part of the dataset it is in
    /// (by which `sections::sections_using` finds the sections that show it).
    pub supports: Vec<(Datum, String)>,
}

/// Every source in the dataset with what it supports, in order of first use.
pub fn source_index(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<SourceUse> {
    let lang = m.lang();
    // What each source supports is said in the page's language.
    let local = dataset.localized(lang);
    let mut uses: Vec<SourceUse> = Vec::new();
    let mut add = |source: &crate::model::dataset::Source, datum: Datum, fact: String| match uses
        .iter_mut()
        .find(|u| u.cited_as == source.cited_as)
    {
        Some(found) => found.supports.push((datum, fact)),
        None => uses.push(SourceUse {
            cited_as: source.cited_as.clone(),
            outlet: source.outlet.clone(),
            cited: dataset.cited(lang, source),
            supports: vec![(datum, fact)],
        }),
    };
    add(
        &dataset.programs.source,
        Datum::Programs,
        m.supports_programs(dataset.programs.count),
    );
    for o in &dataset.progress {
        add(
            &o.source,
            Datum::Progress,
            m.supports_progress(o.percent, o.date, &o.kind),
        );
    }
    for g in &dataset.trade.growth {
        add(
            &g.source,
            Datum::TradeGrowth,
            m.supports_growth(g.percent, g.year),
        );
    }
    for v in &dataset.trade.values {
        add(
            &v.source,
            Datum::TradeValues,
            m.supports_trade(v.value, v.category, v.year, &v.kind),
        );
    }
    for b in &dataset.balance {
        add(
            &b.source,
            Datum::Balance,
            m.supports_balance(b.direction, b.year, b.value),
        );
    }
    for (ms, shown) in dataset.milestones.iter().zip(&local.milestones) {
        add(
            &ms.source,
            Datum::Milestones,
            m.supports_milestone(&shown.title, &shown.when),
        );
    }
    for (t, shown) in dataset.treaty_items.iter().zip(&local.treaty_items) {
        add(
            &t.source,
            Datum::TreatyItems,
            m.supports_treaty(&shown.item, t.status, &shown.since),
        );
    }
    uses
}

/// One row of the trade table.
#[derive(Debug, Clone, PartialEq)]
pub struct TradeRow {
    /// Calendar year.
    pub year: i32,
    /// "Goods", "Services" or "Growth".
    pub measure: String,
    /// The value as shown ("$45 billion", "+35%").
    pub value: String,
    /// Reported or derived.
    pub kind: Kind,
    /// Wording in quotes, or the formula.
    pub note: Note,
    /// The citation.
    pub source: Cited,
}

/// The trade table: values by year (goods, then services), then the growth rates.
pub fn trade_rows(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<TradeRow> {
    let mut values: Vec<_> = dataset.trade.values.iter().collect();
    sort_by_key(&mut values, |v| {
        (v.year, v.category == TradeCategory::Services)
    });
    let lang = m.lang();
    let value_rows = values.into_iter().map(|v| TradeRow {
        year: v.year,
        measure: m.trade_measure(v.category).into(),
        value: m.billions(v.value),
        kind: v.kind.clone(),
        note: match &v.formula {
            Some(formula) if v.kind == Kind::Derived => {
                Note::Derived(dataset.text(lang, &v.key(), "formula", formula))
            }
            _ => Note::Quoted {
                quote: dataset.quote(lang, &v.key(), &v.wording),
                formula: None,
            },
        },
        source: dataset.cited(lang, &v.source),
    });
    let growth_rows = dataset.trade.growth.iter().map(|g| TradeRow {
        year: g.year,
        measure: m.growth_measure().into(),
        value: m.growth_value(g.percent),
        kind: g.kind.clone(),
        note: Note::Quoted {
            quote: dataset.quote(lang, &g.key(), &g.wording),
            formula: None,
        },
        source: dataset.cited(lang, &g.source),
    });
    value_rows.chain(growth_rows).collect()
}

/// One row of the balance table.
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceRow {
    /// Calendar year.
    pub year: i32,
    /// "−$9.6 billion (deficit)" or "surplus, amount not reported".
    pub balance: String,
    /// Reported or derived.
    pub kind: Kind,
    /// The article's wording.
    pub note: Note,
    /// The citation.
    pub source: Cited,
}

/// The balance table, by year.
pub fn balance_rows(m: &(impl Messages + ?Sized), dataset: &Dataset) -> Vec<BalanceRow> {
    let mut entries: Vec<_> = dataset.balance.iter().collect();
    sort_by_key(&mut entries, |b| b.year);
    entries
        .into_iter()
        .map(|b| BalanceRow {
            year: b.year,
            balance: m.balance_value(b.direction, b.value),
            kind: b.kind.clone(),
            note: Note::Quoted {
                quote: dataset.quote(m.lang(), &b.key(), &b.wording),
                formula: None,
            },
            source: dataset.cited(m.lang(), &b.source),
        })
        .collect()
}

/// How a student's guess (a month) compares with the projection, in words.
pub fn guess_comparison(
    m: &(impl Messages + ?Sized),
    guess: Date,
    projection: &Projection,
) -> String {
    m.guess_comparison(guess_text(guess, projection))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;
    use crate::model::projection::{PaceBasis, Scenario};

    fn projection(pace: Option<f64>, slowdown: f64) -> Projection {
        Projection::new(
            &Dataset::embedded(),
            Scenario {
                pace,
                slowdown,
                basis: PaceBasis::LatestTwo,
            },
        )
    }

    #[test]
    fn default_sentence_is_computed_from_the_data() {
        // 20 points at 3.7 a month: 5.4 months after 5 April 2023 is mid-September.
        assert_eq!(
            scenario_sentence(crate::messages::messages(Lang::En), &projection(None, 0.0)),
            "At 3.7 points a month, the remaining 20 points take about 5.4 months: \
             all 28 programs would be done around September 2023."
        );
    }

    #[test]
    fn sentence_for_a_stall_names_the_level() {
        assert_eq!(
            scenario_sentence(
                crate::messages::messages(Lang::En),
                &projection(Some(1.0), 0.1)
            ),
            "Starting at 1 point a month and slowing by 10 percent each month, progress would \
             level off near 90 percent and never reach all 28."
        );
        assert!(scenario_sentence(
            crate::messages::messages(Lang::En),
            &projection(Some(0.0), 0.0)
        )
        .contains("never all be done"));
    }

    #[test]
    fn sentence_for_slow_paces_speaks_in_years() {
        assert!(scenario_sentence(
            crate::messages::messages(Lang::En),
            &projection(Some(0.5), 0.0)
        )
        .contains("about 3.3 years"));
    }

    #[test]
    fn rows_list_observations_then_labelled_projections() {
        let dataset = Dataset::embedded();
        let p = projection(Some(4.0), 0.0);
        let rows = completion_rows(crate::messages::messages(Lang::En), &dataset, &p);
        assert_eq!(
            rows.len(),
            dataset.progress.len() + 2,
            "two quarters, then completion"
        );
        assert_eq!(rows[2].source.plain(), "RIA Novosti, April 5");
        assert_eq!(rows[2].kind, Kind::Reported);
        assert!(rows[3..].iter().all(|r| r.kind == Kind::Projected));
        assert_eq!(rows.last().unwrap().percent, 100.0);
        assert_eq!(rows[3].date.to_string(), "2023-07-05");
    }
}

#[cfg(test)]
mod story_tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn key_figures_come_from_the_dataset() {
        let figures = key_figures(crate::messages::messages(Lang::En), &Dataset::embedded());
        let values: Vec<&str> = figures.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(values, vec!["28", "80%", "$45bn", "1st"]);
        assert!(figures[1]
            .quote
            .as_deref()
            .unwrap()
            .contains("almost 80 percent"));
        // The card says what the number counts; the quotation is not repeated in it.
        assert_eq!(figures[1].label, "implemented by April 2023");
        assert!(figures[2].label.contains("about $5bn in services"));
        assert!(figures[3].label.contains("amount not reported"));
        assert_eq!(figures[3].source.name, "Belta.by, January 12");
    }

    #[test]
    fn every_cited_source_is_indexed_once_with_what_it_supports() {
        let dataset = Dataset::embedded();
        let index = source_index(crate::messages::messages(Lang::En), &dataset);
        assert_eq!(index.len(), dataset.all_sources().len());
        let president = index
            .iter()
            .find(|u| u.cited_as == "President.gov.by, April 6")
            .unwrap();
        assert!(president
            .supports
            .iter()
            .any(|(_, s)| s.contains("$45 billion in goods in 2022 (reported)")));
        assert!(president
            .supports
            .iter()
            .any(|(_, s)| s.contains("(derived)")));
        let belta = index
            .iter()
            .find(|u| u.cited_as == "Belta.by, February 4, 2020")
            .unwrap();
        assert!(belta
            .supports
            .iter()
            .any(|(_, s)| s.contains("−$9.6 billion")));
    }

    #[test]
    fn trade_rows_label_derived_values_with_their_formula() {
        let rows = trade_rows(crate::messages::messages(Lang::En), &Dataset::embedded());
        let derived: Vec<_> = rows.iter().filter(|r| r.kind == Kind::Derived).collect();
        assert_eq!(derived.len(), 2);
        let en = crate::messages::messages(Lang::En);
        assert!(derived
            .iter()
            .all(|r| r.note.plain(en).starts_with("derived: ")));
        assert_eq!(rows[0].year, 2020, "sorted by year");
        let services = rows.iter().find(|r| r.measure == "Services").unwrap();
        assert_eq!(services.value, "$5 billion");
    }

    #[test]
    fn the_surplus_row_invents_no_amount() {
        let rows = balance_rows(crate::messages::messages(Lang::En), &Dataset::embedded());
        assert_eq!(rows[0].balance, "−$9.6 billion (deficit)");
        assert_eq!(rows[2].balance, "surplus, amount not reported");
    }
}
#[cfg(test)]
mod guess_tests {
    use super::*;
    use crate::messages::Lang;
    use crate::model::projection::{PaceBasis, Scenario};

    #[test]
    fn the_comparison_counts_whole_months_either_way() {
        let dataset = Dataset::embedded();
        let projection = Projection::new(&dataset, Scenario::default());
        let Outcome::Completes { date, .. } = projection.outcome else {
            panic!()
        };
        assert_eq!(
            crate::messages::messages(Lang::En).month_year(date),
            "September 2023"
        );
        let at = |y, m| Date::new(y, m, 1).unwrap();
        assert_eq!(
            guess_comparison(
                crate::messages::messages(Lang::En),
                at(2024, 3),
                &projection
            ),
            "Your guess, March 2024, is 6 months later than the projection, September 2023."
        );
        assert_eq!(
            guess_comparison(
                crate::messages::messages(Lang::En),
                at(2023, 8),
                &projection
            ),
            "Your guess, August 2023, is 1 month earlier than the projection, September 2023."
        );
        assert!(guess_comparison(
            crate::messages::messages(Lang::En),
            at(2023, 9),
            &projection
        )
        .contains("is the month the projection gives"));
        let stalled = Projection::new(
            &dataset,
            Scenario {
                pace: Some(1.0),
                slowdown: 0.1,
                basis: PaceBasis::LatestTwo,
            },
        );
        assert!(
            guess_comparison(crate::messages::messages(Lang::En), at(2024, 1), &stalled)
                .contains("never reaches all 28 programs")
        );
    }
}
