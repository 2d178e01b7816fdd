//! The scenario in the address bar: read once at start, then kept in step with `replaceState`
//! so that moving a slider never adds a history entry.

use super::browser::{on_intersection, on_settled, OnSettledOptions};
use super::AppState;
use crate::model::backtest::snap_as_of;
use crate::model::lang::Lang;
use crate::model::query::{
    as_of_from_query, as_of_to_query, scenario_from_query, scenario_to_query, AS_OF_KEY,
    SCENARIO_KEYS,
};
use crate::model::sections::{section_from_query, Section};
use crate::model::{Date, Observation, Scenario};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long (ms) the scenario must stay unchanged before the address is rewritten.
const URL_AFTER_MS: f64 = 250.0;

/// The address that reopens what the reader sees, and the section in view.
#[derive(Clone, Copy)]
pub struct ScenarioUrl {
    /// The page's address for the current scenario; the handout and share dialog quote it.
    pub link: Signal<String>,
    /// The section in the middle of the viewport (`None` at the top), as `?section=` keeps it.
    pub section: RwSignal<Option<&'static str>>,
}

/// Keeps the address in step with the scenario, predict mode and the section in view.
pub fn use_scenario_url(state: AppState) -> ScenarioUrl {
    // The address always reopens what the reader sees. Derived here; the effect only tells
    // the browser.
    let section = RwSignal::new(section_from_location());
    let link: Signal<String> = Signal::from(Memo::new(move |_| {
        let scenario = state.scenario.get();
        let predict = state.predict.get();
        // The date in force: a link's date that is no report date snaps back to one, as
        // "What happened next" projects from it.
        let as_of = state.as_of.get();
        let as_of = state.dataset.with(|d| snap_as_of(d, as_of));
        // Where the data came from, not only what it is: a file equal to the linked dataset
        // drops `data` from the address, and the link must be read again without it.
        state.loaded.track();
        let place = Place {
            as_of,
            predict,
            section: section.get(),
            lang: state.lang.in_links.get(),
        };
        state
            .dataset
            .with(|d| scenario_href(&scenario, &d.progress, place))
    }));
    // Chromium spends milliseconds on each replaceState (and throttles bursts), so a drag
    // writes the address once it pauses; the address the page opened with is tidied at once.
    on_settled(
        link,
        replace_location,
        OnSettledOptions {
            quiet_ms: URL_AFTER_MS,
            at_start: true,
        },
    );
    ScenarioUrl { link, section }
}

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

/// The as-of date `?asof=` names (`None` if missing or malformed).
pub fn as_of_from_location() -> Option<Date> {
    let value = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(AS_OF_KEY))?;
    as_of_from_query([(AS_OF_KEY, value.as_str())])
}

/// The section `?section=` names, if it names one.
pub fn section_from_location() -> Option<&'static str> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("section"))
        .and_then(|value| section_from_query(&value))
        .map(Section::id)
}

/// Whether the URL asks for predict mode (`?predict=1`; anything else means no).
pub fn predict_from_location() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("predict"))
        .is_some_and(|value| matches!(value.trim(), "1" | "true" | "yes"))
}

/// What an address holds besides the scenario.
#[derive(Debug, Clone, Copy, Default)]
pub struct Place<'a> {
    /// The date "What happened next" projects as of.
    pub as_of: Option<Date>,
    /// Predict mode.
    pub predict: bool,
    /// The section in view.
    pub section: Option<&'a str>,
    /// The page language, when links carry it (`lang::LangState::in_links`).
    pub lang: Option<Lang>,
}

/// The page's current address, with the scenario's non-default values (and `predict=1` when
/// on, the section in view and the language) in place of the old ones; every other parameter
/// stays.
pub fn scenario_href(scenario: &Scenario, observations: &[Observation], place: Place) -> String {
    let Place {
        as_of,
        predict,
        section,
        lang,
    } = place;
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return href;
    };
    let params = url.search_params();
    for key in
        SCENARIO_KEYS
            .into_iter()
            .chain(["predict", "section", crate::model::lang::QUERY_KEY])
    {
        params.delete(key);
    }
    for (key, value) in scenario_to_query(scenario, observations)
        .into_iter()
        .chain(as_of_to_query(as_of))
    {
        params.append(key, &value);
    }
    if predict {
        params.append("predict", "1");
    }
    if let Some(section) = section {
        params.append("section", section);
    }
    if let Some(lang) = lang {
        params.append(crate::model::lang::QUERY_KEY, lang.code());
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

/// Once `mounted` (every section is in the document): scrolls to the section `?section=`
/// names, then keeps `section` on the section in the middle of the viewport (`None` at the
/// top of the page), watching the sections anew whenever `rebuilt` changes (a language
/// switch replaced them). The observer is released with the calling component.
pub fn use_section_in_view(
    section: RwSignal<Option<&'static str>>,
    mounted: Signal<bool>,
    rebuilt: Signal<u32>,
) {
    Effect::new(move |_| {
        if !mounted.get() {
            return;
        }
        let id = section.get_untracked();
        let element = id.and_then(|id| document().get_element_by_id(id));
        if let Some(element) = element {
            element.scroll_into_view();
        }
    });
    let targets = Signal::derive(move || {
        rebuilt.track();
        if !mounted.get() {
            return Vec::new();
        }
        let Ok(list) = document().query_selector_all("header.masthead, main > section") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|index| list.item(index))
            .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            .collect::<Vec<_>>()
    });
    // A thin band across the middle of the viewport: the section crossing it is "in view".
    on_intersection(targets, "-45% 0px -54% 0px", move |entries, _| {
        for entry in entries {
            if entry.is_intersecting() {
                section.set(section_from_query(&entry.target().id()).map(Section::id));
            }
        }
    });
}
