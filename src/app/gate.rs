//! Keeping sections far from the viewport off a slider step's path: what they show follows
//! the scenario live only while they are near the viewport, and otherwise once the reader
//! pauses (or prints), so a step recomputes and redraws only what can be seen.

use super::browser::{on_event, on_intersection};
use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;

/// How long (ms) the scenario must stay unchanged before a section far from the viewport
/// catches up with it.
pub const SETTLE_MS: u64 = 250;

/// `source`, once it has stayed unchanged for [`SETTLE_MS`] (and at once before printing).
pub fn settled<T>(source: RwSignal<T>) -> RwSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let settled = RwSignal::new(source.get_untracked());
    // A timer may fire after a language switch rebuilt the section that owns these signals:
    // then there is nothing left to catch up.
    let catch_up = move || {
        let Some(value) = source.try_get_untracked() else {
            return;
        };
        if settled.try_with_untracked(|s| *s != value) == Some(true) {
            settled.try_set(value);
        }
    };
    // Each change starts a timer; only the latest one's catches up.
    let latest = std::rc::Rc::new(std::cell::Cell::new(0u32));
    // An effect only to start the timer; the value itself stays a signal read by memos.
    Effect::new(move |_| {
        source.track();
        let mine = latest.get().wrapping_add(1);
        latest.set(mine);
        let latest = latest.clone();
        set_timeout(
            move || {
                if latest.get() == mine {
                    catch_up();
                }
            },
            Duration::from_millis(SETTLE_MS),
        );
    });
    on_event(&window(), "beforeprint", move |_| catch_up());
    settled
}

/// Keeps `near` true while the element `node` holds is within a screen of the viewport.
pub fn track_near_viewport(node: NodeRef<Div>, near: RwSignal<bool>) {
    let target = Signal::derive(move || node.get().map(Into::into).into_iter().collect());
    let observing = on_intersection(target, "100% 0px", move |entries, _| {
        if let Some(entry) = entries.last() {
            near.try_set(entry.is_intersecting());
        }
    });
    if !observing {
        // A very old browser: follow the scenario live.
        near.set(true);
    }
    on_cleanup(move || {
        near.try_set(false);
    });
}
