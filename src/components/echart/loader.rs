//! ECharts itself: the bindings this app uses, and running the script the page preloaded.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts chart instance (the global `echarts` from the script `echarts_loaded` runs).
    #[derive(Clone)]
    pub type EChartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EChartsInstance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    pub fn set_option(
        this: &EChartsInstance,
        option: &JsValue,
        settings: &JsValue,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    pub fn resize(this: &EChartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    pub fn get_data_url(this: &EChartsInstance, options: &JsValue) -> Result<String, JsValue>;

    #[wasm_bindgen(catch, method, js_name = dispatchAction)]
    pub fn dispatch_action(this: &EChartsInstance, action: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    pub fn dispose(this: &EChartsInstance) -> Result<(), JsValue>;
}

thread_local! {
    static ECHARTS: std::cell::OnceCell<ArcRwSignal<Option<bool>>> = const { std::cell::OnceCell::new() };
}

/// Whether the ECharts script has run (`Some(true)`), failed (`Some(false)`) or is still on its
/// way (`None`). The first call runs the script the page preloaded (`#echarts-script`).
pub fn echarts_loaded() -> ArcRwSignal<Option<bool>> {
    ECHARTS.with(|cell| cell.get_or_init(run_echarts_script).clone())
}

fn run_echarts_script() -> ArcRwSignal<Option<bool>> {
    // A page that loaded ECharts itself (as the app's pages did before) uses it.
    if js_sys::Reflect::has(&js_sys::global(), &"echarts".into()).unwrap_or(false) {
        return ArcRwSignal::new(Some(true));
    }
    let loaded = ArcRwSignal::new(None);
    let document = web_sys::window().and_then(|w| w.document());
    let script = document.as_ref().and_then(|document| {
        let src = document
            .get_element_by_id("echarts-script")?
            .get_attribute("href")?;
        let script = document.create_element("script").ok()?;
        script.set_attribute("src", &src).ok()?;
        Some(script)
    });
    let (Some(document), Some(script)) = (document, script) else {
        loaded.set(Some(false));
        return loaded;
    };
    for (event, outcome) in [("load", true), ("error", false)] {
        let loaded = loaded.clone();
        let listener = Closure::once_into_js(move || loaded.set(Some(outcome)));
        let _ = script.add_event_listener_with_callback(event, listener.unchecked_ref());
    }
    if document
        .head()
        .and_then(|head| head.append_child(&script).ok())
        .is_none()
    {
        loaded.set(Some(false));
    }
    loaded
}
