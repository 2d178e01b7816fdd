//! One window listener for every chart: Escape hides a tooltip opened by hovering, without
//! moving the pointer (WCAG 1.4.13).

use super::loader::EChartsInstance;
use super::tip_action;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The charts on the page, each under its component's key.
    static CHARTS: RefCell<Vec<(u32, EChartsInstance)>> = const { RefCell::new(Vec::new()) };
    /// The next component's key.
    static NEXT_KEY: Cell<u32> = const { Cell::new(0) };
    /// Whether the window listener is installed.
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// A key for one chart component, for [`hide_tip_on_escape`] and [`forget`].
pub fn next_key() -> u32 {
    let key = NEXT_KEY.get();
    NEXT_KEY.set(key.wrapping_add(1));
    key
}

/// Hides `chart`'s tooltip whenever Escape is pressed, until [`forget`]`(key)`; the first call
/// installs the one window listener.
pub fn hide_tip_on_escape(key: u32, chart: EChartsInstance) {
    CHARTS.with_borrow_mut(|charts| charts.push((key, chart)));
    if LISTENING.replace(true) {
        return;
    }
    let on_escape =
        Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            if event.key() == "Escape" {
                CHARTS.with_borrow(|charts| {
                    for (_, chart) in charts {
                        let _ = chart.dispatch_action(&tip_action(None));
                    }
                });
            }
        });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("keydown", on_escape.as_ref().unchecked_ref());
    }
    // The one global listener, installed by the first chart and shared by every later one, so
    // it belongs to no component: it lives as long as the page, and a chart that goes only
    // leaves the list above.
    on_escape.forget();
}

/// Stops hiding the tooltip of the chart under `key` (it is being disposed).
pub fn forget(key: u32) {
    CHARTS.with_borrow_mut(|charts| charts.retain(|(k, _)| *k != key));
}
