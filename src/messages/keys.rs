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
    // Story, tables and controls
    billions billions_negative kind_reported kind_derived kind_projected
    category_goods category_services with_goods with_services
    direction_deficit direction_surplus status_stalled status_agreed
    label_skip_link label_update_ready label_reload label_predict_toggle label_month label_year
    label_reveal label_guess_again label_scenario_title label_pace label_slowdown label_basis
    label_reset label_projection_hidden_sentence label_projected label_scenario_online
    label_reported_method label_date label_implemented label_kind label_wording_or_method
    label_source label_open_full
    guess_question guess_year_problem pace_value slowdown_spoken slowdown_value
    basis_latest_two basis_first_to_last basis_choice progress_title projected_method
    completion_caption programs_column embed_source kicker headline lede_agreed lede_latest
    loading theme_label theme_device theme_light theme_dark language_label document_title
    app_name app_short_name credit figure_programs figure_percent_value figure_percent
    figure_trade_value figure_trade figure_trade_services figure_surplus_value figure_surplus
    scenario_done scenario_completes scenario_stopped scenario_levels_off
    pace_opening_slowing pace_note pace_note_slowing
    duration_under_month duration_months duration_years amount_not_reported
    quoted_note projected_done_note projection_source
    guess_same guess_later guess_earlier guess_stalls projection_hidden
    measure_goods measure_services growth_measure growth_value derived_note
    balance_value balance_value_unreported supports_programs supports_progress supports_growth
    supports_trade supports_balance supports_milestone supports_treaty_stalled
    supports_treaty_agreed
    // The page's frame
    text_sections_nav text_key_figures text_show_data text_detail text_trade_title
    text_trade_caption text_balance_title text_balance_caption text_timeline_title
    text_timeline_hint text_timeline_caption text_treaty_title text_stalled_column
    text_agreed_column text_sources_title text_publisher text_used_in text_source_prefix
    text_derived_programs text_year text_measure text_value text_balance text_wording
    text_number text_when text_event text_share text_share_link text_copy_link
    text_share_section text_embed_code text_copy_embed_code text_close
    text_completion_chart text_trade_chart text_balance_chart text_timeline_chart
    text_translation text_as_cited
    nav_progress nav_trade nav_balance nav_timeline nav_treaty nav_after nav_sources
    embed_progress embed_trade embed_balance embed_timeline embed_after embed_treaty
    embed_sources sources_intro treaty_stalled_since treaty_agreed_since download_chart
    chart_failed copied_link copied_embed_code copy_link_by_hand copy_embed_code_by_hand
    not_a_date
    // The page without JavaScript
    noscript_title noscript_intro noscript_programs noscript_progress noscript_trade
    noscript_surplus noscript_progress_table noscript_trade_table noscript_balance_table
    noscript_milestones_table milestone_event noscript_article
}
