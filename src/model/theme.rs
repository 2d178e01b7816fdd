//! Light or dark: the reader's choice, remembered, and what it resolves to.

/// The colours a page and its charts are drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on near-black.
    Dark,
}

impl Theme {
    /// The `data-theme` value and stored key of the theme.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What the reader picked: follow the device, or one theme always.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follow `prefers-color-scheme`.
    #[default]
    Device,
    /// Always this theme.
    Fixed(Theme),
}

impl ThemeChoice {
    /// Every choice, in the order the control lists them (their words are in `messages`).
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Device,
        ThemeChoice::Fixed(Theme::Light),
        ThemeChoice::Fixed(Theme::Dark),
    ];

    /// The key stored in the browser and used as the control's value.
    pub fn key(self) -> &'static str {
        match self {
            ThemeChoice::Device => "device",
            ThemeChoice::Fixed(theme) => theme.key(),
        }
    }

    /// The choice a stored key names; anything else (absent, tampered) means the device's.
    pub fn from_key(key: Option<&str>) -> ThemeChoice {
        match key.map(str::trim) {
            Some("light") => ThemeChoice::Fixed(Theme::Light),
            Some("dark") => ThemeChoice::Fixed(Theme::Dark),
            _ => ThemeChoice::Device,
        }
    }

    /// The theme to draw in, given whether the device prefers dark.
    pub fn resolve(self, device_prefers_dark: bool) -> Theme {
        match self {
            ThemeChoice::Fixed(theme) => theme,
            ThemeChoice::Device if device_prefers_dark => Theme::Dark,
            ThemeChoice::Device => Theme::Light,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_keys_round_trip_and_junk_means_device() {
        for choice in ThemeChoice::ALL {
            assert_eq!(ThemeChoice::from_key(Some(choice.key())), choice);
        }
        for junk in [None, Some(""), Some("DARK"), Some("blue"), Some("<script>")] {
            assert_eq!(ThemeChoice::from_key(junk), ThemeChoice::Device, "{junk:?}");
        }
    }

    #[test]
    fn a_fixed_choice_wins_over_the_device() {
        let dark = ThemeChoice::Fixed(Theme::Dark);
        let light = ThemeChoice::Fixed(Theme::Light);
        assert_eq!(dark.resolve(false), Theme::Dark);
        assert_eq!(light.resolve(true), Theme::Light);
        assert_eq!(ThemeChoice::Device.resolve(true), Theme::Dark);
        assert_eq!(ThemeChoice::Device.resolve(false), Theme::Light);
    }
}
