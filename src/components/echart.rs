//! The one component that owns an ECharts instance: init once, replace options, resize, dispose.

use crate::charts::ChartOption;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts chart instance (the global `echarts` from the script `echarts_loaded` runs).
    #[derive(Clone)]
    type EChartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EChartsInstance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option(
        this: &EChartsInstance,
        option: &JsValue,
        settings: &JsValue,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn resize(this: &EChartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url(this: &EChartsInstance, options: &JsValue) -> Result<String, JsValue>;

    #[wasm_bindgen(catch, method, js_name = dispatchAction)]
    fn dispatch_action(this: &EChartsInstance, action: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn dispose(this: &EChartsInstance) -> Result<(), JsValue>;
}

/// What the component keeps alive between renders.
struct Owned {
    chart: EChartsInstance,
    /// Shape of the option on screen.
    shape: Option<u64>,
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Option<Closure<dyn FnMut()>>,
}

thread_local! {
    static ECHARTS: std::cell::OnceCell<ArcRwSignal<Option<bool>>> = const { std::cell::OnceCell::new() };
}

/// Whether the ECharts script has run (`Some(true)`), failed (`Some(false)`) or is still on its
/// way (`None`). The first call runs the script the page preloaded (`#echarts-script`).
fn echarts_loaded() -> ArcRwSignal<Option<bool>> {
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

/// `setOption` settings: a merge when the option has the shape of the one on screen (a slider
/// step), else a rebuild, so nothing the new option leaves out (a legend, say) stays drawn.
fn set_option_settings(same_shape: bool) -> JsValue {
    let settings = js_sys::Object::new();
    if same_shape {
        // Every key is present again, so merging overwrites all; series are matched by id and
        // one the option drops is removed. `notMerge` at every slider step would rebuild the
        // tooltip, axes and legend, forcing a layout each time.
        let series = js_sys::Array::of1(&"series".into());
        let _ = js_sys::Reflect::set(&settings, &"replaceMerge".into(), &series);
    } else {
        let _ = js_sys::Reflect::set(&settings, &"notMerge".into(), &JsValue::TRUE);
    }
    settings.into()
}

/// `showTip` for a data index of series 0, or `hideTip`.
fn tip_action(index: Option<usize>) -> JsValue {
    let action = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&action, &key.into(), &value);
    };
    match index {
        Some(index) => {
            set("type", "showTip".into());
            set("seriesIndex", 0.into());
            set("dataIndex", (index as u32).into());
        }
        None => set("type", "hideTip".into()),
    }
    action.into()
}

fn init(element: &web_sys::HtmlElement) -> Option<Owned> {
    let init_options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init_options, &"renderer".into(), &"canvas".into());
    let chart = echarts_init(element, &JsValue::NULL, &init_options).ok()?;
    let resize_target = chart.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let _ = resize_target.resize();
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(element);
    }
    Some(Owned {
        chart,
        shape: None,
        observer,
        _on_resize: Some(on_resize),
    })
}

/// Sets `near` once `element` comes within a screen of the viewport, or the page is printed:
/// a chart further down waits until then, so opening the page draws one chart, not four.
fn when_near_viewport(element: &web_sys::HtmlElement, near: RwSignal<bool>) {
    // No synchronous size check: reading a rect during mount forced a layout of the whole
    // page per chart (223 ms in one profile of a 412 px load); the observer reports after the
    // browser's own layout, in the first frame.
    let on_intersect = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let seen = entries.iter().any(|entry| {
                entry
                    .dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|entry| entry.is_intersecting())
            });
            if seen {
                near.try_set(true);
                observer.disconnect();
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    match web_sys::IntersectionObserver::new_with_options(
        on_intersect.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => observer.observe(element),
        // No observer (a very old browser): draw at once.
        Err(_) => near.set(true),
    }
    // Printing lays out every chart, seen or not.
    let on_print = Closure::<dyn FnMut()>::new(move || {
        near.try_set(true);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .add_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
        if let Ok(Some(print)) = window.match_media("print") {
            let _ =
                print.add_event_listener_with_callback("change", on_print.as_ref().unchecked_ref());
        }
    }
    // Both are small and live as long as the page (charts are never unmounted but for
    // reloading the whole view).
    on_intersect.forget();
    on_print.forget();
}

/// A chart drawn by ECharts from an option given as JSON (a charming chart serialized by
/// serde_json), created once it comes near the viewport; `label` names it for the fallback.
#[component]
pub fn EChart(
    /// The ECharts option: merged into the one on screen when it keeps its shape, else
    /// replaced, so nothing it leaves out stays drawn.
    #[prop(into)]
    option: Signal<ChartOption>,
    /// The element id, used by tests and anchors.
    id: &'static str,
    /// Short name of the chart, used in the message shown if ECharts is unavailable.
    label: &'static str,
    /// Data index in series 0 whose tooltip to show (from keyboard focus elsewhere); `None` hides it.
    #[prop(optional, into)]
    tip: Option<Signal<Option<usize>>>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let owned = StoredValue::new_local(None::<Owned>);
    let failed = RwSignal::new(false);
    let near = RwSignal::new(false);
    // Set once ECharts holds an option, so a tooltip asked for before (a focused timeline row
    // scrolled the chart into view) is shown when the chart arrives.
    let ready = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            when_near_viewport(&element, near);
        }
    });

    Effect::new(move |_| {
        let option = option.get();
        let Some(element) = node.get() else { return };
        if !near.get() {
            return;
        }
        match echarts_loaded().get() {
            None => return,
            Some(false) => {
                failed.set(true);
                return;
            }
            Some(true) => {}
        }
        owned.update_value(|slot| {
            if slot.is_none() {
                *slot = init(&element);
            }
            let drawn = slot.as_mut().is_some_and(|owned| {
                let settings = set_option_settings(owned.shape == Some(option.shape));
                // The JSON serde_json wrote from charming's types (charts::chart_option):
                // parsed, its maps are plain objects, as ECharts reads them; serde_wasm_bindgen's
                // defaults would make them JS Maps, which ECharts ignores.
                let drawn = js_sys::JSON::parse(&option.json)
                    .and_then(|value| owned.chart.set_option(&value, &settings))
                    .is_ok();
                owned.shape = drawn.then_some(option.shape);
                drawn
            });
            failed.set(!drawn);
            if drawn && !ready.get_untracked() {
                ready.set(true);
            }
        });
    });

    // Escape hides a tooltip opened by hovering, without moving the pointer (WCAG 1.4.13).
    let on_escape =
        Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            if event.key() == "Escape" {
                // `try_`: the listener outlives a chart that a view change removed.
                owned.try_with_value(|slot| {
                    if let Some(owned) = slot {
                        let _ = owned.chart.dispatch_action(&tip_action(None));
                    }
                });
            }
        });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("keydown", on_escape.as_ref().unchecked_ref());
    }
    // Lives as long as the page, like the chart.
    on_escape.forget();

    if let Some(tip) = tip {
        Effect::new(move |_| {
            let index = tip.get();
            if !ready.get() {
                return;
            }
            owned.with_value(|slot| {
                if let Some(owned) = slot {
                    let _ = owned.chart.dispatch_action(&tip_action(index));
                }
            });
        });
    }

    on_cleanup(move || {
        owned.try_update_value(|slot| {
            if let Some(owned) = slot.take() {
                if let Some(observer) = owned.observer {
                    observer.disconnect();
                }
                let _ = owned.chart.dispose();
            }
        });
    });

    let download_png = move |_| {
        let options = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = js_sys::Reflect::set(&options, &key.into(), &value);
        };
        set("type", "png".into());
        // The option's own background (the theme's) fills the picture.
        set("pixelRatio", 2.into());
        let url = owned.with_value(|slot| {
            slot.as_ref()
                .and_then(|owned| owned.chart.get_data_url(&options.clone().into()).ok())
        });
        if let Some(url) = url {
            crate::app::loading::save_data_url(&url, &format!("{id}.png"));
        }
    };

    view! {
        <div class="echart-frame">
            // A canvas says nothing to a screen reader; the chart's description names it, as
            // an image (ECharts' aria component did the same for 1.2 KB gzip).
            <div
                class="echart"
                id=id
                node_ref=node
                role="img"
                aria-label=move || option.with(|option| option.description.clone())
            ></div>
            <button type="button" class="echart__download" id=format!("{id}-png") on:click=download_png>
                {format!("Download the {label} (PNG)")}
            </button>
            <Show when=move || failed.get()>
                <p class="echart__fallback" role="status">
                    {format!("The {label} could not be drawn in this browser. The table below holds the same values.")}
                </p>
            </Show>
        </div>
    }
}
