//! Creating a chart only once it comes near the viewport (or the page is printed).

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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

/// True once the element `node` holds has come near the viewport (or the page is printed).
pub fn use_near_viewport(node: NodeRef<Div>) -> RwSignal<bool> {
    let near = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            when_near_viewport(&element, near);
        }
    });
    near
}
