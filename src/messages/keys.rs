//! The names of every phrase, once: each language's `phrases.txt` gives each of them, checked at
//! compile time by `phrase::Phrases::parse`.

/// Declares [`K`] and [`NAMES`] from one list.
macro_rules! keys {
    ($($key:ident)*) => {
        /// A phrase's name; each language's `phrases.txt` has a line for each.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(super) enum K { $($key),* }
        /// The names of [`K`]'s variants, in order.
        pub(super) const NAMES: &[&str] = &[$(stringify!($key)),*];
    };
}

keys! {
    list_comma list_and
    // Charts
    series_reported series_derived series_projected series_band
    series_band_base series_completion series_stall series_guess
    completion_axis percent_axis_template observation_formula observation_tooltip
    projected_tooltip all_programs_label all_programs_name projected_date_label
    stall_label guess_label completion_reported_item completion_reported_comma
    completion_reported completion_done completion_stall completion_description
    trade_series_goods_reported trade_series_goods_derived trade_series_services_reported trade_series_services_derived
    trade_axis_template trade_basis_formula trade_basis_derived trade_basis_quoted
    trade_tooltip trade_year trade_reported trade_description
    trade_description_empty balance_axis balance_kind_reported balance_kind_derived
    balance_kind_projected balance_series balance_unreported_surplus balance_unreported_deficit
    balance_marker_first balance_marker balance_tooltip_amount balance_tooltip_unreported
    balance_derived_mark balance_tooltip balance_amount balance_one
    balance_many_deficit balance_many_surplus balance_unvalued_first balance_unvalued
    balance_description balance_description_empty timeline_series timeline_gap
    milestone_tooltip timeline_empty timeline_one timeline_many
    trade_about trade_amount trade_derived_amount trade_rate
    trade_rates_one_reported trade_rates_one trade_rates_many_reported trade_rates_many
    trade_derived_goods trade_derived_services direction_title_deficit direction_title_surplus
    // Data bar and refusals
    size_limit file_too_large dataset_too_large file_unreadable
    no_fetch other_site no_answer unreachable
    server_answered answer_unreadable place_root error_malformed error_not_a_date
    error_program_count error_too_few_observations error_too_many_observations error_dates_out_of_order
    error_value_out_of_range error_unsourced error_missing_formula error_projected_in_data
    error_duplicate_id error_unsupported_version error_derived_mismatch error_too_many_entries
    error_text_too_long error_bad_label error_markup error_growth_out_of_range
    error_trade_value_out_of_range error_unknown_derivation error_balance_out_of_range error_balance_sign
    error_not_after_article error_later_figure error_bad_url error_unknown_translation
    error_empty_translation error_forecast_range refused_intro embed_more
    embed_refused bar_builtin bar_fetching bar_back_to_builtin
    bar_load_file bar_download_json bar_download_csv bar_dismiss
    showing_loaded link_leaves_file
    // What happened next
    after_title after_as_of after_after_article after_in_article
    after_reveal after_hidden after_table_caption after_programs_series
    after_later_series after_article_series after_projection_series after_hundred_percent
    after_all_programs after_measures_axis after_chart_label after_programs_chart_label
    after_forecasts_heading after_method after_counts_measures after_counts_programs
    after_no_figure after_when after_counts after_figure
    after_who_and_wording after_layer after_projected after_error_points
    first_half second_half as_of_choice as_of_article
    fate_due_then_reported fate_due_no_report_after fate_stalls never_100
    said_100 program_counts_none measures_not_programs programs_count
    programs_of disagree forecast_pending forecast
    report_tooltip projected_as_of_tooltip programs_axis check_phrase
    after_description after_description_unchecked programs_description later_percent
    later_range derived_programs_note
}
