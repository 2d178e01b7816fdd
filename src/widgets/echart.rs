//! The one component that owns an ECharts instance: init once, replace options, resize, dispose.
//! Beside it: `loader` (ECharts' bindings and script), `near_viewport` (creation when near),
//! `escape` (one Escape listener for every chart's tooltip).

mod escape;
mod loader;
mod near_viewport;

use crate::charts::ChartOption;
use crate::model::lang::Lang;
use leptos::html::Div;
use leptos::prelude::*;
use loader::{echarts_init, echarts_loaded, echarts_register_locale, EChartsInstance};
use near_viewport::use_near_viewport;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the component keeps alive between renders.
struct Owned {
    chart: EChartsInstance,
    /// Shape of the option on screen.
    shape: Option<u64>,
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Option<Closure<dyn FnMut()>>,
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

thread_local! {
    /// The languages whose ECharts locale is registered already.
    static REGISTERED: std::cell::Cell<[bool; Lang::ALL.len()]> =
        const { std::cell::Cell::new([false; Lang::ALL.len()]) };
}

/// ECharts' name for the page language's locale, registering it first if need be (from the
/// model's month tables, `charts::locale`). A locale fixes at `init`: a language switch
/// re-creates every chart.
fn echarts_locale(lang: crate::model::lang::Lang) -> &'static str {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let mut registered = REGISTERED.get();
    if !registered[index] {
        if let Some(locale) = crate::charts::locale::locale_json(lang) {
            let registers = js_sys::JSON::parse(&locale)
                .and_then(|locale| {
                    echarts_register_locale(crate::charts::locale::locale_name(lang), &locale)
                })
                .is_ok();
            if !registers {
                // An ECharts without the locale keeps its English month names.
                return crate::charts::locale::locale_name(Lang::En);
            }
        }
        registered[index] = true;
        REGISTERED.set(registered);
    }
    crate::charts::locale::locale_name(lang)
}

/// The element's size as ECharts reads it (its client box, in CSS pixels).
fn size_of(element: &web_sys::HtmlElement) -> (f64, f64) {
    (
        f64::from(element.client_width()),
        f64::from(element.client_height()),
    )
}

fn init(element: &web_sys::HtmlElement, lang: crate::model::lang::Lang) -> Option<Owned> {
    let init_options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init_options, &"renderer".into(), &"canvas".into());
    let _ = js_sys::Reflect::set(
        &init_options,
        &"locale".into(),
        &echarts_locale(lang).into(),
    );
    let chart = echarts_init(element, &JsValue::NULL, &init_options).ok()?;
    let resize_target = chart.clone();
    let measured = element.clone();
    // A ResizeObserver reports every element once as it starts observing: that report finds
    // the size `init` just used, and a resize then would redraw the whole chart for nothing
    // (12 to 31 ms per chart at load, measured in Chromium). The size is read here, when the
    // layout is fresh, never right after `init`, where reading it would force a layout of the
    // whole page before the first draw.
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let drawn = (resize_target.get_width(), resize_target.get_height());
        if size_of(&measured) != drawn {
            let _ = resize_target.resize();
        }
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
    /// The page's first chart: created in the task after its mount, without waiting for the
    /// viewport observer's first report (a frame later), and told to the staged mounting once
    /// drawn (`app::staging::FirstChart`).
    #[prop(optional)]
    first: bool,
) -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let node = NodeRef::<Div>::new();
    let owned = StoredValue::new_local(None::<Owned>);
    let failed = RwSignal::new(false);
    let near = if first {
        let near = RwSignal::new(false);
        // A task of its own, apart from the mount's, for ECharts' first `init` and draw.
        set_timeout(
            move || {
                let _ = near.try_set(true);
            },
            std::time::Duration::ZERO,
        );
        near
    } else {
        use_near_viewport(node)
    };
    let first_chart = first
        .then(use_context::<crate::app::staging::FirstChart>)
        .flatten();
    // Drawn or failed: either way the parts below may mount now.
    let tell_staging = move || {
        if let Some(crate::app::staging::FirstChart(done)) = first_chart {
            if !done.get_untracked() {
                done.set(true);
            }
        }
    };
    let key = escape::next_key();
    // Set once ECharts holds an option, so a tooltip asked for before (a focused timeline row
    // scrolled the chart into view) is shown when the chart arrives.
    let ready = RwSignal::new(false);

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
                tell_staging();
                return;
            }
            Some(true) => {}
        }
        owned.update_value(|slot| {
            if slot.is_none() {
                *slot = init(&element, msg.lang());
                if let Some(owned) = slot {
                    escape::hide_tip_on_escape(key, owned.chart.clone());
                }
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
        tell_staging();
    });

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
                escape::forget(key);
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
                {msg.download_chart(label)}
            </button>
            <Show when=move || failed.get()>
                <p class="echart__fallback" role="status">
                    {msg.chart_failed(label)}
                </p>
            </Show>
        </div>
    }
}
