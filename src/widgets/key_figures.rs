//! The key figures: a compact strip of headline numbers, each with its label and source.
//! The rows are host-compiled (tested below); the strip itself is a view in the browser.

use crate::messages::Messages;
use crate::model::dataset::{Cited, Dataset, Direction, Kind, TradeCategory};

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

#[cfg(target_arch = "wasm32")]
pub use view::KeyFigures;

/// The strip's view: the figures of the dataset in use, in the page's language.
#[cfg(target_arch = "wasm32")]
mod view {
    use super::key_figures;
    use crate::app::AppState;
    use crate::widgets::datatext::Citation;
    use leptos::prelude::*;

    /// The key figures as a compact strip under the chart, each a number, a label and its source.
    #[component]
    pub fn KeyFigures() -> impl IntoView {
        let msg = crate::app::lang::use_messages();
        let state = expect_context::<AppState>();
        view! {
            <ul class="key-figures" aria-label=msg.labels().text_key_figures>
                {move || state.dataset.with(|d| key_figures(msg, d))
                    .into_iter()
                    .map(|figure| {
                        let quote = figure.quote.clone();
                        view! {
                            <li class="key-figure" title=figure.quote>
                                <span class="key-figure__value">{figure.value}</span>
                                <span class="key-figure__label">
                                    {figure.label}
                                    {quote.map(|q| view! { <span class="visually-hidden">" " {q}</span> })}
                                </span>
                                <span class="key-figure__source"><Citation cited=figure.source /></span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    }
}
#[cfg(test)]
mod tests {
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
}
