//! Staged mounting: the first screen mounts at once, the rest one part per task, in the order
//! of `model::sections::SECTIONS`, so no single task keeps a slow phone from answering a tap.

use crate::model::sections::LATER_PARTS;
use leptos::prelude::*;
use std::time::Duration;

/// Where a section mounts: the counter of parts already revealed, and its own first part.
#[derive(Clone, Copy)]
pub struct Staged {
    /// How many later parts may be in the document.
    pub revealed: RwSignal<usize>,
    /// The section's first part (see `model::sections::first_part`).
    pub first: usize,
}

/// Starts revealing every later part, one per task, and calls `then` once all are in the
/// document. Returns the counter that [`Later`] reads.
pub fn use_staged_mounting(then: impl FnOnce() + 'static) -> RwSignal<usize> {
    let revealed = RwSignal::new(0usize);
    let then = std::cell::Cell::new(Some(then));
    Effect::new(move |_| {
        if let Some(then) = then.take() {
            reveal_in_turn(revealed, LATER_PARTS, then);
        }
    });
    revealed
}

/// Mounts its children once `revealed` reaches `part`.
#[component]
pub fn Later(
    /// How many later parts may be in the document.
    revealed: RwSignal<usize>,
    /// This part's turn, from 1.
    part: usize,
    /// What to mount.
    children: ChildrenFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| revealed.get() >= part);
    move || shown.get().then(|| children())
}

/// Counts `revealed` up to `parts`, one step per task, then calls `then` in a task of its own
/// (after the last part's view, which Leptos builds in a microtask, is in the document).
fn reveal_in_turn(revealed: RwSignal<usize>, parts: usize, then: impl FnOnce() + 'static) {
    set_timeout(
        move || {
            if revealed.get_untracked() >= parts {
                then();
                return;
            }
            revealed.update(|count| *count += 1);
            reveal_in_turn(revealed, parts, then);
        },
        Duration::ZERO,
    );
}
