//! The theme: the reader's remembered choice, the device's preference, and the page's
//! `data-theme` attribute that the style sheet follows.

use crate::model::{Theme, ThemeChoice};
use leptos::prelude::*;
use leptos_use_preferences::use_preferred_dark;

/// Where the choice is remembered; `index.html` reads the same key before the app starts.
const STORAGE_KEY: &str = "union-state-explorer:theme";

/// The reader's choice and the theme it resolves to on this device.
#[derive(Clone, Copy)]
pub struct ThemeState {
    /// What the reader picked (the device's preference unless they chose).
    pub choice: RwSignal<ThemeChoice>,
    /// The theme the page and its charts are drawn in.
    pub theme: Memo<Theme>,
}

fn storage() -> Option<web_sys::Storage> {
    // Throws in a sandboxed iframe or with storage blocked; the theme then lasts the visit.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Follows `prefers-color-scheme` as it changes (a phone switching to night mode); the
/// listener is released with the component that asked.
fn device_prefers_dark() -> Memo<bool> {
    // leptos-use reads the query in an effect, after the first render: read once now too, so
    // the first frame and the first chart option are already in the device's theme.
    let at_start = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|query| query.matches());
    let followed = use_preferred_dark();
    Memo::new(move |before: Option<&bool>| {
        let now = followed.get();
        if before.is_some() {
            now
        } else {
            at_start
        }
    })
}

impl ThemeState {
    /// Reads the theme a link asks for (`?theme=dark`, for an embed on a dark page), else the
    /// remembered choice, and the device's preference; keeps `data-theme` in step.
    pub fn new() -> ThemeState {
        let from_link = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
            .and_then(|params| params.get("theme"))
            .map(|value| ThemeChoice::from_key(Some(&value)))
            .filter(|choice| *choice != ThemeChoice::Device);
        let initial = from_link.unwrap_or_else(|| {
            let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
            ThemeChoice::from_key(stored.as_deref())
        });
        let choice = RwSignal::new(initial);
        let device_dark = device_prefers_dark();
        let theme = Memo::new(move |_| choice.get().resolve(device_dark.get()));
        Effect::new(move |_| {
            let choice = choice.get();
            let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            else {
                return;
            };
            // No attribute means "follow the device", which the style sheet does by itself.
            let _ = match choice {
                ThemeChoice::Fixed(theme) => root.set_attribute("data-theme", theme.key()),
                ThemeChoice::Device => root.remove_attribute("data-theme"),
            };
        });
        ThemeState { choice, theme }
    }

    /// Switches to `choice` and remembers it for the next visit.
    pub fn choose(self, choice: ThemeChoice) {
        self.choice.set(choice);
        if let Some(storage) = storage() {
            let _ = match choice {
                ThemeChoice::Device => storage.remove_item(STORAGE_KEY),
                ThemeChoice::Fixed(_) => storage.set_item(STORAGE_KEY, choice.key()),
            };
        }
    }
}

impl Default for ThemeState {
    fn default() -> Self {
        ThemeState::new()
    }
}
