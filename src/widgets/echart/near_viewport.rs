//! Creating a chart only once it comes near the viewport (or the page is printed).

use crate::app::browser::{on_event, on_intersection};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use_media_query::use_media_query;

/// True once the element `node` holds has come within a screen of the viewport, or the page
/// is printed: a chart further down waits until then, so opening the page draws one chart,
/// not four. The observer and listeners are released when the component is.
pub fn use_near_viewport(node: NodeRef<Div>) -> RwSignal<bool> {
    let near = RwSignal::new(false);
    let target = Signal::derive(move || node.get().map(Into::into).into_iter().collect());
    // No synchronous size check: reading a rect during mount forced a layout of the whole
    // page per chart (223 ms in one profile of a 412 px load); the observer reports after the
    // browser's own layout, in the first frame.
    let observing = on_intersection(target, "100% 0px", move |entries, observer| {
        if entries.iter().any(|entry| entry.is_intersecting()) {
            near.try_set(true);
            observer.disconnect();
        }
    });
    if !observing {
        // A very old browser: draw at once.
        near.set(true);
    }
    // Printing lays out every chart, seen or not.
    on_event(&window(), "beforeprint", move |_| {
        near.try_set(true);
    });
    let printing = use_media_query("print");
    Effect::new(move |_| {
        if printing.get() {
            near.try_set(true);
        }
    });
    near
}
