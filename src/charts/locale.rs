//! ECharts' own words (its time axis's month names) in the page's language: the locale object
//! `echarts.registerLocale` takes, built from the month tables in `model::locale`, so the
//! chart's month labels and the page's dates come from one table.

use crate::model::lang::Lang;
use crate::model::locale::{month_abbreviations, month_names, Case};
use serde_json::json;

/// The name ECharts knows `lang`'s locale by (`init(el, theme, { locale })`). English is
/// ECharts' built-in "EN"; the others are registered with [`locale_json`] before first use.
pub fn locale_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "EN",
        Lang::Ru => "RU",
        Lang::Be => "BE",
    }
}

/// The locale object to register under [`locale_name`], as JSON; `None` for English, which
/// ECharts ships. Only the month names: the charts' time axes span years, so ECharts writes
/// years and abbreviated months ("{MMM}") and never a weekday; every key left out (weekdays,
/// toolbox, legend selector, aria) falls back to ECharts' English, which this page never shows.
pub fn locale_json(lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    // The nominative: a label stands alone ("апрель", not "апреля").
    let option = json!({
        "time": {
            "month": month_names(lang, Case::Nominative),
            "monthAbbr": month_abbreviations(lang),
        }
    });
    Some(option.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    // Guards against the chart's month labels and the page's dates drifting apart.
    #[test]
    fn the_locale_holds_the_models_month_tables() {
        for lang in [Lang::Ru, Lang::Be] {
            let locale: Value = serde_json::from_str(&locale_json(lang).unwrap()).unwrap();
            let abbr = locale["time"]["monthAbbr"].as_array().unwrap();
            let full = locale["time"]["month"].as_array().unwrap();
            assert_eq!(abbr.len(), 12);
            assert_eq!(full.len(), 12);
            for month in 0..12 {
                assert_eq!(abbr[month], month_abbreviations(lang)[month]);
                assert_eq!(full[month], month_names(lang, Case::Nominative)[month]);
            }
        }
        let ru: Value = serde_json::from_str(&locale_json(Lang::Ru).unwrap()).unwrap();
        assert_eq!(ru["time"]["monthAbbr"][3], "апр.");
        let be: Value = serde_json::from_str(&locale_json(Lang::Be).unwrap()).unwrap();
        assert_eq!(be["time"]["monthAbbr"][6], "ліп");
        assert_eq!(be["time"]["month"][3], "красавік");
    }

    #[test]
    fn english_is_echarts_own_and_the_names_are_distinct() {
        assert_eq!(locale_json(Lang::En), None);
        let names: Vec<_> = Lang::ALL.into_iter().map(locale_name).collect();
        assert_eq!(names, ["EN", "RU", "BE"]);
    }
}
