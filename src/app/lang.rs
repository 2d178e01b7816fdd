//! The page language: chosen at start from the link, the stored choice and the browser's
//! languages (`model::lang::choose`), switched by the reader, and told to the document
//! (`<html lang>`, the title, the manifest) and to every link the page makes.

use crate::messages::{messages, Page};
use crate::model::lang::{choose, Lang, QUERY_KEY};
use crate::model::Dataset;
use leptos::prelude::*;

/// Where the reader's choice is remembered; the script in `index.html`'s head
/// (`scripts/postbuild.mjs`) reads the same key before the first paint.
pub const STORAGE_KEY: &str = "union-state-explorer:lang";

fn storage() -> Option<web_sys::Storage> {
    // Throws in a sandboxed iframe or with storage blocked; the choice then lasts the visit.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The page's language at start, and whether it was asked for (a valid `?lang=` or a stored
/// choice) rather than guessed from the browser or defaulted.
pub fn language_at_start() -> (Lang, bool) {
    let Some(window) = web_sys::window() else {
        return (Lang::En, false);
    };
    let query = window
        .location()
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(QUERY_KEY));
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let preferred: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let lang = choose(query.as_deref(), stored.as_deref(), &preferred);
    let asked = query.as_deref().and_then(Lang::from_code).is_some()
        || stored.as_deref().and_then(Lang::from_code).is_some();
    (lang, asked)
}

/// Tells the document its language: `<html lang>` and, given
/// the program count, the title; the manifest link names the language's manifest.
pub fn apply_to_document(lang: Lang, count: Option<u32>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    if let Some(count) = count {
        document.set_title(&messages(lang).document_title(count));
    }
    if let Ok(Some(manifest)) = document.query_selector("link[rel=manifest]") {
        let _ = manifest.set_attribute("href", manifest_file(lang));
    }
}

/// The web app manifest of `lang` (written by `scripts/postbuild.mjs`): the installed app's
/// name in the language it was installed in.
pub fn manifest_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "manifest.webmanifest",
        Lang::Ru => "manifest.ru.webmanifest",
        Lang::Be => "manifest.be.webmanifest",
    }
}

/// The page language and whether links carry it.
#[derive(Clone, Copy)]
pub struct LangState {
    /// The language the page is shown in; the page is rebuilt when it changes.
    pub lang: RwSignal<Lang>,
    /// Whether the language was asked for (link, stored choice or the switch).
    pub asked: RwSignal<bool>,
    /// The `lang` the address and every link made from it carry (`model::lang::in_links`).
    pub in_links: Memo<Option<Lang>>,
}

impl LangState {
    /// The language `src/main.rs` set at start (`language_at_start`); keeps the title in step
    /// with the dataset's program count.
    pub fn new(dataset: Signal<Dataset>) -> LangState {
        let (lang, asked) = language_at_start();
        let lang = RwSignal::new(lang);
        let asked = RwSignal::new(asked);
        let in_links = Memo::new(move |_| crate::model::lang::in_links(lang.get(), asked.get()));
        let count = Memo::new(move |_| dataset.with(|d| d.programs.count));
        Effect::new(move |_| apply_to_document(lang.get(), Some(count.get())));
        LangState {
            lang,
            asked,
            in_links,
        }
    }

    /// Switches the page to `lang` and remembers it for the next visit.
    pub fn choose(self, lang: Lang) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, lang.code());
        }
        self.asked.set(true);
        self.lang.set(lang);
    }
}

/// The page language, from the state `components::App` provides. Read untracked: a switch
/// rebuilds the whole page, and every view reads the new language as it is built.
pub fn use_lang() -> Lang {
    expect_context::<crate::app::AppState>()
        .lang
        .lang
        .get_untracked()
}

/// The messages of the page language (see [`use_lang`]), for a view to keep while it is built.
pub fn use_messages() -> &'static dyn Page {
    messages(use_lang())
}
