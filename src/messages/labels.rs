//! Every fixed label, heading and button text of the page as one struct, [`Labels`]: a field a
//! label, each the phrase of the same name in the language's `phrases.txt`. A view reads
//! `m.labels().label_kind`; a label missing from a language's file stops the build (see
//! `phrase::Phrases::parse`), and a field cannot be left out of the struct's one constructor.

use super::keys::K;
use super::phrase::Phrases;

/// Declares [`Labels`] and its constructor from one list of phrase keys.
macro_rules! labels {
    ($($(#[doc = $doc:literal])* $field:ident)*) => {
        /// Every fixed label of the page in one language; each field is the phrase of its name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Labels { $($(#[doc = $doc])* pub $field: &'static str,)* }

        impl Labels {
            /// The labels `phrases` give.
            pub(super) const fn of(phrases: &Phrases) -> Labels {
                Labels { $($field: phrases.text(K::$field),)* }
            }

            /// Every label with its field's name, in the order above (for the host tests).
            #[cfg(test)]
            pub(super) fn named(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

labels! {
    // Controls and tables
    /// The skip link.
    label_skip_link
    /// The banner when a new version is ready.
    label_update_ready
    /// The banner's button.
    label_reload
    /// The predict checkbox's label.
    label_predict_toggle
    /// The guess's month label.
    label_month
    /// The guess's year label.
    label_year
    /// The guess's submit button.
    label_reveal
    /// The button for another guess.
    label_guess_again
    /// The scenario panel's heading.
    label_scenario_title
    /// The pace slider's label.
    label_pace
    /// The slowdown slider's label.
    label_slowdown
    /// The basis select's label.
    label_basis
    /// The reset button.
    label_reset
    /// The sentence's stand-in in predict mode.
    label_projection_hidden_sentence
    /// The badge after the scenario sentence.
    label_projected
    /// The printed handout's link label.
    label_scenario_online
    /// The method note on reported and derived values.
    label_reported_method
    /// A table header.
    label_date
    /// A table header.
    label_implemented
    /// A table header.
    label_kind
    /// A table header.
    label_wording_or_method
    /// A table header.
    label_source
    /// An embed's link to the full page.
    label_open_full
    // The page's frame: sections, share dialog, charts' frames
    /// The section navigation's accessible name.
    text_sections_nav
    /// The key-figure strip's accessible name.
    text_key_figures
    /// The button that opens a data table on phones.
    text_show_data
    /// A treaty card's disclosure.
    text_detail
    /// The trade section's heading.
    text_trade_title
    /// The trade table's caption.
    text_trade_caption
    /// The balance section's heading.
    text_balance_title
    /// The balance table's caption.
    text_balance_caption
    /// The timeline section's heading.
    text_timeline_title
    /// How to read the timeline by keyboard and pointer.
    text_timeline_hint
    /// The milestones table's caption.
    text_timeline_caption
    /// The treaty section's heading.
    text_treaty_title
    /// The treaty board's stalled column.
    text_stalled_column
    /// The treaty board's agreed column.
    text_agreed_column
    /// The sources section's heading.
    text_sources_title
    /// Before the link to the article's publisher.
    text_publisher
    /// Before a source's links to the sections that show it.
    text_used_in
    /// Before a source's citation.
    text_source_prefix
    /// The completion table's derived column, as its cells name it on phones.
    text_derived_programs
    /// A table header.
    text_year
    /// A table header.
    text_measure
    /// A table header.
    text_value
    /// A table header.
    text_balance
    /// A table header.
    text_wording
    /// A table header: the event's number.
    text_number
    /// A table header.
    text_when
    /// A table header.
    text_event
    /// The share button and the dialog's heading.
    text_share
    /// The link field's label.
    text_share_link
    /// The link's copy button.
    text_copy_link
    /// The embed choice's label.
    text_share_section
    /// The snippet field's label.
    text_embed_code
    /// The snippet's copy button.
    text_copy_embed_code
    /// The dialog's close button.
    text_close
    /// The completion chart, as its download and fallback name it.
    text_completion_chart
    /// The trade chart, likewise.
    text_trade_chart
    /// The balance chart, likewise.
    text_balance_chart
    /// The timeline, likewise.
    text_timeline_chart
    /// The mark beside a quotation's translation ("перевод"); never shown on an English page.
    text_translation
    /// Before a citation exactly as the article prints it, under its outlet and date.
    text_as_cited
    // "What happened next"
    /// The section's heading.
    after_title
    /// The as-of control's label.
    after_as_of
    /// The label on every row of the later layer.
    after_after_article
    /// The label on a row that is the article's own figure.
    after_in_article
    /// The reveal button in predict mode.
    after_reveal
    /// What predict mode says while the later reports are hidden.
    after_hidden
    /// The table's caption.
    after_table_caption
    /// The programs chart's series name.
    after_programs_series
    /// The later-reports series name.
    after_later_series
    /// The article's reports series name.
    after_article_series
    /// The projection series name.
    after_projection_series
    /// The 100 percent guide's name.
    after_hundred_percent
    /// The programs chart's guide at the program count.
    after_all_programs
    /// The main chart's value axis.
    after_measures_axis
    /// The main chart's accessible name.
    after_chart_label
    /// The programs chart's accessible name.
    after_programs_chart_label
    /// The forecasts' heading.
    after_forecasts_heading
    /// How the backtest works.
    after_method
    /// What a percentage counts.
    after_counts_measures
    /// What a count of programs counts.
    after_counts_programs
    /// A later report without a figure.
    after_no_figure
    /// A table header.
    after_when
    /// A table header.
    after_counts
    /// A table header.
    after_figure
    /// A table header.
    after_who_and_wording
    /// A table header.
    after_layer
    /// A table header.
    after_projected
    /// A table header.
    after_error_points
    // The data bar
    /// The status with the built-in dataset.
    bar_builtin
    /// The status while a `?data=` link loads.
    bar_fetching
    /// The button back to the built-in dataset.
    bar_back_to_builtin
    /// The file picker's label.
    bar_load_file
    /// The JSON download button.
    bar_download_json
    /// The CSV download button.
    bar_download_csv
    /// The button that dismisses a refusal.
    bar_dismiss
}
