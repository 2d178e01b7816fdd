//! Acting once a value has settled: a burst of changes (a slider drag) makes one call.

use leptos::prelude::*;
use std::time::Duration;

/// Calls `act` with `source`'s value once it has stayed unchanged for `delay` (a burst of
/// changes makes one call); `skip_first` ignores the value at start.
pub fn on_settled<T: 'static>(
    source: impl Fn() -> T + 'static,
    delay: Duration,
    skip_first: bool,
    act: impl Fn(T) + Copy + 'static,
) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |ran_before: Option<()>| {
        let value = source();
        if skip_first && ran_before.is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || act(value), delay);
        pending.set_value(handle.ok());
    });
}
