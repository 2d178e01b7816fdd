//! Host tests of the sections' tables, key figures, sources and sentences (`sections::tables`).

use crate::model::dataset::{Dataset, Kind};
use crate::model::date::Date;
use crate::model::projection::{Outcome, Projection};
use crate::sections::tables::*;

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
