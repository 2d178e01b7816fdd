//! The scenario in the address bar: read once at start, then kept in step with `replaceState`
//! so that moving a slider never adds a history entry.

use crate::model::query::{
    scenario_from_query, scenario_to_query, section_from_query, SCENARIO_KEYS,
};
use crate::model::{Observation, Scenario};
use wasm_bindgen::JsValue;

/// The scenario the page's URL asks for (defaults for anything missing or malformed).
pub fn scenario_from_location() -> Scenario {
    let Some(params) = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
    else {
        return Scenario::default();
    };
    let values: Vec<(&str, String)> = SCENARIO_KEYS
        .iter()
        .filter_map(|key| params.get(key).map(|value| (*key, value)))
        .collect();
    scenario_from_query(values.iter().map(|(k, v)| (*k, v.as_str())))
}

/// The section `?section=` names, if it names one.
pub fn section_from_location() -> Option<&'static str> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("section"))
        .and_then(|value| section_from_query(&value))
}

/// Whether the URL asks for predict mode (`?predict=1`; anything else means no).
pub fn predict_from_location() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("predict"))
        .is_some_and(|value| matches!(value.trim(), "1" | "true" | "yes"))
}

/// The page's current address, with the scenario's non-default values (and `predict=1` when
/// on, and the section in view) in place of the old ones; every other parameter stays.
pub fn scenario_href(
    scenario: &Scenario,
    observations: &[Observation],
    predict: bool,
    section: Option<&str>,
) -> String {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return href;
    };
    let params = url.search_params();
    for key in SCENARIO_KEYS.into_iter().chain(["predict", "section"]) {
        params.delete(key);
    }
    for (key, value) in scenario_to_query(scenario, observations) {
        params.append(key, &value);
    }
    if predict {
        params.append("predict", "1");
    }
    if let Some(section) = section {
        params.append("section", section);
    }
    url.href()
}

/// Replaces the address with `href` without adding a history entry (nothing if unchanged).
pub fn replace_location(href: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if href.is_empty() || window.location().href().ok().as_deref() == Some(href) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(href));
    }
}
