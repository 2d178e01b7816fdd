//! The timeline section's view: the milestones' chart, and a table whose rows show their
//! event on the chart when focused or hovered, moved through with the arrow keys.

use super::milestone_rows;
use crate::app::staging::{Later, Staged};
use crate::app::AppState;
use crate::charts::timeline::{timeline_chart, timeline_description};
use crate::widgets::chart::{ChartWithSummary, StaticChart};
use crate::widgets::datatext::{Citation, DataText};
use crate::widgets::table::DataDisclosure;
use leptos::prelude::*;

/// The section on the full page, mounting whole in its staged part.
pub fn page(staged: Staged, _scenario_link: Signal<String>) -> AnyView {
    view! { <Later revealed=staged.revealed part=staged.first><TimelineSection /></Later> }
        .into_any()
}

/// The section alone in an embed: its chart and summary.
pub fn embed(_scenario_link: Signal<String>) -> AnyView {
    let msg = crate::app::lang::use_messages();
    let chart = use_timeline_chart(expect_context::<AppState>());
    view! { <ChartWithSummary chart=chart id="timeline-chart" label=msg.labels().text_timeline_chart /> }
        .into_any()
}

/// The timeline chart's memos over the shared core.
fn use_timeline_chart(state: AppState) -> StaticChart {
    StaticChart::new(
        state,
        |m, d, p| timeline_chart(m, d, p),
        |m, d| timeline_description(m, d),
    )
}

/// The milestones: a chart, and a table whose rows show their event on the chart when focused.
#[component]
pub fn TimelineSection() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let state = expect_context::<AppState>();
    let chart = use_timeline_chart(state);
    let focused = RwSignal::new(None::<usize>);
    // One Tab stop for the whole table (the last row focused); the arrow keys move within it.
    let tab_stop = RwSignal::new(0_usize);
    view! {
        <section id="timeline" class="section" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{msg.labels().text_timeline_title}</h2>
            <ChartWithSummary chart=chart id="timeline-chart" label=msg.labels().text_timeline_chart tip=focused />
            <DataDisclosure id="timeline-data">
                <p class="hint">{msg.labels().text_timeline_hint}</p>
            <div class="table-scroll" role="region" aria-labelledby="timeline-table-caption" tabindex="0">
                <table class="data-table" id="timeline-table">
                    <caption id="timeline-table-caption">{msg.labels().text_timeline_caption}</caption>
                    <thead><tr>
                        <th scope="col">{msg.labels().text_number}</th><th scope="col">{msg.labels().text_when}</th><th scope="col">{msg.labels().text_event}</th><th scope="col">{msg.labels().label_source}</th>
                    </tr></thead>
                    <tbody>
                        {move || state.dataset.with(|d| milestone_rows(msg.lang(), d)).into_iter().enumerate().map(|(index, m)| view! {
                            <tr
                                tabindex=move || if tab_stop.get() == index { "0" } else { "-1" }
                                data-id=m.id
                                class:is-focused=move || focused.get() == Some(index)
                                on:focus=move |_| { focused.set(Some(index)); tab_stop.set(index); }
                                on:mouseenter=move |_| focused.set(Some(index))
                                on:blur=move |_| focused.set(None)
                                on:mouseleave=move |_| focused.set(None)
                                on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                                    "Escape" => focused.set(None),
                                    "ArrowDown" => { ev.prevent_default(); focus_sibling_row(&ev, true); }
                                    "ArrowUp" => { ev.prevent_default(); focus_sibling_row(&ev, false); }
                                    "Home" => { ev.prevent_default(); focus_end_row(&ev, true); }
                                    "End" => { ev.prevent_default(); focus_end_row(&ev, false); }
                                    _ => {}
                                }
                            >
                                <td data-label="#" class="num">{index + 1}</td>
                                <td data-label=msg.labels().text_when><DataText text=m.when /></td>
                                <td data-label=msg.labels().text_event><strong><DataText text=m.title /></strong>" — "<DataText text=m.detail /></td>
                                <td data-label=msg.labels().label_source><Citation cited=m.cited /></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            </DataDisclosure>
        </section>
    }
}

/// The table row a keyboard event came from.
fn event_row(ev: &leptos::ev::KeyboardEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.current_target()?.dyn_into::<web_sys::Element>().ok()
}

/// Focuses `element` if it is an HTML element (a row).
fn focus_element(element: Option<web_sys::Element>) {
    use wasm_bindgen::JsCast;
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves keyboard focus from the row an event came from to the next (or previous) row.
fn focus_sibling_row(ev: &leptos::ev::KeyboardEvent, next: bool) {
    let Some(row) = event_row(ev) else { return };
    focus_element(if next {
        row.next_element_sibling()
    } else {
        row.previous_element_sibling()
    });
}

/// Moves keyboard focus to the first (or last) row of the event's table body.
fn focus_end_row(ev: &leptos::ev::KeyboardEvent, first: bool) {
    let Some(body) = event_row(ev).and_then(|row| row.parent_element()) else {
        return;
    };
    focus_element(if first {
        body.first_element_child()
    } else {
        body.last_element_child()
    });
}
