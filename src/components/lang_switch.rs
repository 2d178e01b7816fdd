//! The language control: English, Russian or Belarusian, each named in itself; remembered.

use crate::app::AppState;
use crate::model::lang::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A labelled select of the page's languages, beside the theme switch and like it.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let lang = expect_context::<AppState>().lang;
    let on_change = move |ev: leptos::ev::Event| {
        let Some(chosen) = Lang::from_code(&event_target_value(&ev)) else {
            return;
        };
        if chosen == lang.lang.get_untracked() {
            return;
        }
        // The whole page is rebuilt in the new language (`components::App`): the reader keeps
        // their place on the page, and the keyboard focus comes back to the new switch.
        let scrolled = window().scroll_y().unwrap_or_default();
        lang.choose(chosen);
        set_timeout(
            move || {
                let switch = document()
                    .get_element_by_id("lang")
                    .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(switch) = switch {
                    let _ = switch.focus();
                }
                window().scroll_to_with_x_and_y(0.0, scrolled);
            },
            std::time::Duration::ZERO,
        );
    };
    view! {
        <div class="theme-switch lang-switch">
            <label for="lang">{msg.language_label()}</label>
            <select id="lang" name="lang" on:change=on_change>
                {Lang::ALL
                    .into_iter()
                    .map(|choice| {
                        // Each name in its own language, so a reader who cannot read the page
                        // still finds theirs, and a screen reader says it in that language.
                        view! {
                            <option value=choice.code() lang=choice.code() selected=move || lang.lang.get() == choice>
                                {choice.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
