//! The theme control: match the device, or light or dark always; remembered.

use crate::app::AppState;
use crate::model::ThemeChoice;
use leptos::prelude::*;

/// A labelled select of the three theme choices.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let msg = crate::app::lang::use_messages();
    let theme = expect_context::<AppState>().theme;
    let on_change = move |ev: leptos::ev::Event| {
        theme.choose(ThemeChoice::from_key(Some(&event_target_value(&ev))));
    };
    view! {
        <div class="theme-switch">
            <label for="theme">{msg.theme_label()}</label>
            <select id="theme" name="theme" on:change=on_change>
                {ThemeChoice::ALL
                    .iter()
                    .map(|choice| {
                        let choice = *choice;
                        let label = msg.theme_choice(choice);
                        view! {
                            <option value=choice.key() selected=move || theme.choice.get() == choice>
                                {label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
