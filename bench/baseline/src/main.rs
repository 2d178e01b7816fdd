//! The smallest app on the specified stack that does what the explorer's core does: a Leptos
//! view with a slider, a memo, and a charming chart sent to ECharts as JSON on every change.

use charming::component::Axis;
use charming::element::AxisType;
use charming::series::Line;
use charming::Chart;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    type EChartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init_chart(element: &web_sys::Element) -> Result<EChartsInstance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option(this: &EChartsInstance, option: &JsValue) -> Result<(), JsValue>;
}

/// A line chart of `pace` points a month over twelve months.
fn chart(pace: f64) -> Chart {
    Chart::new()
        .x_axis(Axis::new().type_(AxisType::Value))
        .y_axis(Axis::new().type_(AxisType::Value))
        .series(Line::new().data((0..12).map(|m| vec![m as f64, pace * m as f64]).collect()))
}

/// The slider, the memo of the chart's JSON and the effect that hands it to ECharts.
#[component]
fn App() -> impl IntoView {
    let (pace, set_pace) = signal(3.7);
    let option = Memo::new(move |_| serde_json::to_string(&chart(pace.get())).unwrap_or_default());
    let target = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let json = option.get();
        if let Some(element) = target.get() {
            let element: &web_sys::Element = element.unchecked_ref();
            if let Ok(instance) = init_chart(element) {
                let parsed = js_sys::JSON::parse(&json).unwrap_or(JsValue::NULL);
                let _ = instance.set_option(&parsed);
            }
        }
    });
    view! {
        <input type="range" min="0" max="10" step="0.1"
            prop:value=move || pace.get().to_string()
            on:input=move |ev| set_pace.set(event_target_value(&ev).parse().unwrap_or(3.7)) />
        <Show when=move || { pace.get() > 0.0 }>
            <p>"Pace: " {move || pace.get()}</p>
        </Show>
        <div node_ref=target style="width:600px;height:400px"></div>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
