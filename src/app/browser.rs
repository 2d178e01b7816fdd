//! The browser hooks the app uses, from leptos-use: each listener or observer is released with
//! the component that made it. Every caller goes through one function here, with its closure
//! boxed, so that leptos-use's generic code is built once, not once per caller (measured:
//! 2.1 KB gzip less than calling leptos-use from each place).

use leptos::ev::Custom;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use leptos_use_intersection_observer::{
    use_intersection_observer_with_options, UseIntersectionObserverOptions,
};
use leptos_use_watch_debounce_throttle::{watch_debounced_with_options, WatchDebouncedOptions};
use std::rc::Rc;
use web_sys::{Event, EventTarget, IntersectionObserver, IntersectionObserverEntry};

/// How [`on_settled`] waits, in the manner of leptos-use's `UseXOptions`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OnSettledOptions {
    /// How long (ms) the text must stay unchanged before the call. Default: 500.
    pub quiet_ms: f64,
    /// Whether the first value is acted on at once, before any change. Default: `false`, so
    /// opening the page does nothing the reader did not ask for.
    pub at_start: bool,
}

impl Default for OnSettledOptions {
    fn default() -> Self {
        OnSettledOptions {
            quiet_ms: 500.0,
            at_start: false,
        }
    }
}

/// Calls `act` with `source`'s text once it has stayed unchanged as long as `options` say (a
/// burst of changes makes one call).
pub fn on_settled(source: Signal<String>, act: impl Fn(&str) + 'static, options: OnSettledOptions) {
    let act: Rc<dyn Fn(&str)> = Rc::new(act);
    let _ = watch_debounced_with_options(
        move || source.get(),
        move |text: &String, _, _| act(text),
        options.quiet_ms,
        WatchDebouncedOptions::default().immediate(options.at_start),
    );
}

/// Calls `handler` on every `name` event at `target`.
pub fn on_event(target: &EventTarget, name: &'static str, handler: impl FnMut(Event) + 'static) {
    let handler: Box<dyn FnMut(Event)> = Box::new(handler);
    let _ = use_event_listener(target.clone(), Custom::<Event>::new(name), handler);
}

/// Whether the browser has `IntersectionObserver`: leptos-use panics creating one without it.
pub fn has_intersection_observer() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::has(&window, &"IntersectionObserver".into()).unwrap_or(false)
    })
}

/// Calls `callback` as `targets` cross the viewport grown by `root_margin`; false (and
/// nothing observed) where the browser has no `IntersectionObserver`.
pub fn on_intersection(
    targets: Signal<Vec<web_sys::Element>>,
    root_margin: &str,
    callback: impl FnMut(Vec<IntersectionObserverEntry>, IntersectionObserver) + 'static,
) -> bool {
    if !has_intersection_observer() {
        return false;
    }
    let callback: Box<dyn FnMut(Vec<IntersectionObserverEntry>, IntersectionObserver)> =
        Box::new(callback);
    use_intersection_observer_with_options(
        targets,
        callback,
        UseIntersectionObserverOptions::default().root_margin(root_margin),
    );
    true
}
