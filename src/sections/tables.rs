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
