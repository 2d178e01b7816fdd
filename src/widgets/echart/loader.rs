//! ECharts itself: the bindings this app uses, and the outcome of the script the page runs.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts chart instance (the global `echarts` from the script `echarts_loaded` watches).
    #[derive(Clone)]
    pub type EChartsInstance;

    /// Creates a chart instance on `element` (`echarts.init`).
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EChartsInstance, JsValue>;

    /// Registers a locale's labels under `name` (`echarts.registerLocale`).
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = registerLocale)]
    pub fn echarts_register_locale(name: &str, locale: &JsValue) -> Result<(), JsValue>;

    /// Draws `option` (`setOption`).
    #[wasm_bindgen(catch, method, js_name = setOption)]
    pub fn set_option(
        this: &EChartsInstance,
        option: &JsValue,
        settings: &JsValue,
    ) -> Result<(), JsValue>;

    /// Redraws at the element's current size.
    #[wasm_bindgen(catch, method)]
    pub fn resize(this: &EChartsInstance) -> Result<(), JsValue>;
    /// The width ECharts drew at (its last `init` or `resize`), in CSS pixels.
    #[wasm_bindgen(method, js_name = getWidth)]
    pub fn get_width(this: &EChartsInstance) -> f64;
    /// The height ECharts drew at, in CSS pixels.
    #[wasm_bindgen(method, js_name = getHeight)]
    pub fn get_height(this: &EChartsInstance) -> f64;

    /// The chart as an image URL (`getDataURL`), for the PNG download.
    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    pub fn get_data_url(this: &EChartsInstance, options: &JsValue) -> Result<String, JsValue>;

    /// Shows or hides a tooltip (`dispatchAction`).
    #[wasm_bindgen(catch, method, js_name = dispatchAction)]
    pub fn dispatch_action(this: &EChartsInstance, action: &JsValue) -> Result<(), JsValue>;

    /// Releases the instance (`dispose`).
    #[wasm_bindgen(catch, method)]
    pub fn dispose(this: &EChartsInstance) -> Result<(), JsValue>;
}

thread_local! {
    static ECHARTS: std::cell::OnceCell<ArcRwSignal<Option<bool>>> = const { std::cell::OnceCell::new() };
}

/// Whether the ECharts script has run (`Some(true)`), failed (`Some(false)`) or is still on its
/// way (`None`). The page runs it as a deferred script (`#echarts-script`) while the wasm
/// compiles; the first call only watches for the outcome.
pub fn echarts_loaded() -> ArcRwSignal<Option<bool>> {
    ECHARTS.with(|cell| cell.get_or_init(watch_echarts_script).clone())
}

fn has_echarts() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"echarts".into()).unwrap_or(false)
}

fn watch_echarts_script() -> ArcRwSignal<Option<bool>> {
    // Usually the script ran before the wasm was compiled.
    if has_echarts() {
        return ArcRwSignal::new(Some(true));
    }
    let loaded = ArcRwSignal::new(None);
    let window = web_sys::window();
    let document = window.as_ref().and_then(|w| w.document());
    // Deferred scripts, ECharts' the last of them, all run before DOMContentLoaded: it settles
    // the outcome, and by `complete` the script has failed. While `interactive`,
    // DOMContentLoaded may be past already: the window's load settles it then.
    match (window, document) {
        (Some(window), Some(document)) if document.ready_state() != "complete" => {
            let targets: [(&web_sys::EventTarget, &str); 2] =
                [(&document, "DOMContentLoaded"), (&window, "load")];
            for (target, event) in targets {
                let loaded = loaded.clone();
                let listener = Closure::once_into_js(move || {
                    if loaded.get_untracked().is_none() {
                        loaded.set(Some(has_echarts()));
                    }
                });
                let _ = target.add_event_listener_with_callback(event, listener.unchecked_ref());
            }
        }
        _ => loaded.set(Some(false)),
    }
    loaded
}
