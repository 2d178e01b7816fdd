//! Offline support: registers the service worker and reports when a new build is waiting.
//!
//! Every step is fallible and skipped quietly: a sandboxed iframe throws on
//! `navigator.serviceWorker`, `file://` pages and some browsers have none, and a failed
//! registration only means the page is not available offline.

use super::browser::on_event;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Whether a new version of the app is installed and waiting for the reader to reload.
#[derive(Clone, Copy)]
pub struct OfflineState {
    /// True once a new build's worker is waiting.
    pub update_ready: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl OfflineState {
    /// Starts registration in the background and returns the state to render from; the
    /// worker's listeners are released with the calling component.
    pub fn register() -> OfflineState {
        let state = OfflineState {
            update_ready: RwSignal::new(false),
            registration: StoredValue::new_local(None),
        };
        if let Some(container) = container() {
            // Asked now, not when a worker's events arrive: Firefox can deliver the first
            // worker's `controllerchange` before its `installed` state change, and a page that
            // loaded uncontrolled would then take its own first install for an update.
            let controlled_at_load = container.controller().is_some();
            let promise = container.register("./sw.js");
            // The listeners are added once registration resolves, under the component that
            // registered, so that they go when it does.
            let owner = Owner::current();
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
                    return;
                };
                let registration: ServiceWorkerRegistration = registration.unchecked_into();
                let Some(owner) = owner else { return };
                owner.with(|| state.watch(&owner, &container, &registration, controlled_at_load));
                state.registration.set_value(Some(registration));
            });
        }
        state
    }

    /// Asks the waiting worker to take over; the page reloads when it does.
    pub fn apply_update(&self) {
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
        match waiting {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => reload(),
        }
    }

    fn watch(
        self,
        owner: &Owner,
        container: &ServiceWorkerContainer,
        registration: &ServiceWorkerRegistration,
        controlled_at_load: bool,
    ) {
        // A waiting worker only means "update" when an older one controlled this page when it
        // loaded; on the very first visit there is nothing to update from.
        if registration.waiting().is_some() && controlled_at_load {
            self.update_ready.set(true);
        }
        let on_update_found = {
            let registration = registration.clone();
            let owner = owner.clone();
            move |_| {
                let Some(installing) = registration.installing() else {
                    return;
                };
                // A build deployed while a first visit stays open is an update too: an older
                // worker is active by then.
                let is_update = controlled_at_load || registration.active().is_some();
                let worker = installing.clone();
                owner.with(|| {
                    on_event(&installing, "statechange", move |_| {
                        if worker.state() == ServiceWorkerState::Installed && is_update {
                            self.update_ready.set(true);
                        }
                    });
                });
            }
        };
        on_event(registration, "updatefound", on_update_found);
        on_event(container, "controllerchange", move |_| {
            // Only a reader-accepted update swaps the controller while the page is open.
            if self.update_ready.get_untracked() {
                reload();
            }
        });
    }
}

/// The page's service worker container, if this context may have one.
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let protocol = window.location().protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    // Reflect, not the web-sys getter: in a sandboxed iframe the getter throws.
    let container = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()).ok()?;
    if container.is_undefined() || container.is_null() {
        return None;
    }
    container.dyn_into::<ServiceWorkerContainer>().ok()
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
