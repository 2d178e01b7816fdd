//! Staged mounting: the first screen mounts at once, the first section's chart part in the next
//! task, and, once its chart is drawn, the rest one part per task, in the order of
//! `model::sections::SECTIONS`, so no single task keeps a slow phone from answering a tap and
//! nothing below the fold delays the first chart.

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

/// Set by the page's first chart once it is drawn (or has failed): the staged mounting waits
/// for it before mounting the parts below (see [`use_staged_mounting`]).
#[derive(Clone, Copy)]
pub struct FirstChart(pub RwSignal<bool>);

/// Longest wait (ms) for the first chart before the rest mounts anyway.
const FIRST_CHART_WAIT_MS: u64 = 1500;

/// Mounts the first later part (the first section's chart) in the next task and every other
/// later part, one per task, once the first chart is drawn; calls `then` once all are in the
/// document. Returns the counter that [`Later`] reads.
pub fn use_staged_mounting(then: impl FnOnce() + 'static) -> RwSignal<usize> {
    let revealed = RwSignal::new(0usize);
    let drawn = RwSignal::new(false);
    provide_context(FirstChart(drawn));
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let start = move || {
        if let Some(then) = then.take() {
            reveal_in_turn(revealed, LATER_PARTS, then);
        }
    };
    let first_part = std::cell::Cell::new(true);
    Effect::new(move |_| {
        if first_part.replace(false) {
            set_timeout(move || revealed.set(1), Duration::ZERO);
            // A chart that never reports (its element unsized, say) holds nothing back for long.
            let start = start.clone();
            set_timeout(start, Duration::from_millis(FIRST_CHART_WAIT_MS));
        }
        if drawn.get() {
            start();
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
