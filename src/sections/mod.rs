//! The page's sections, one folder each: `src/sections/<id>/` holds a section's rows and
//! sentences (host-compiled, tested there), its derived state and its views (`view.rs`, in
//! the browser). Which sections there are is the enum `model::sections::Section`; the
//! exhaustive matches below give each variant its views. Sections import widgets
//! (`crate::widgets`) and never each other.

pub mod after;
pub mod balance;
pub mod progress;
pub mod sources;
pub mod timeline;
pub mod trade;
pub mod treaty;

pub use crate::model::sections::Section;

#[cfg(target_arch = "wasm32")]
pub use views::{embed_view, page_view, EmbedView, PageView};

/// Each section's views, by an exhaustive match on [`Section`]: a variant without its page
/// view does not compile, and `tests::every_section_is_a_folder_with_its_views` fails.
#[cfg(target_arch = "wasm32")]
mod views {
    use super::*;
    use crate::app::staging::Staged;
    use leptos::prelude::*;

    /// A section on the full page, mounting in its staged parts; given the scenario's link.
    pub type PageView = fn(Staged, Signal<String>) -> AnyView;
    /// A section alone in an embed, given the scenario's link.
    pub type EmbedView = fn(Signal<String>) -> AnyView;

    /// The section's view on the full page.
    pub const fn page_view(section: Section) -> PageView {
        match section {
            Section::Progress => progress::view::page,
            Section::Trade => trade::view::page,
            Section::Balance => balance::view::page,
            Section::Timeline => timeline::view::page,
            Section::Treaty => treaty::view::page,
            Section::After => after::view::page,
            Section::Sources => sources::view::page,
        }
    }

    /// The section's view alone in an embed: `Some` exactly when it may be embedded.
    pub const fn embed_view(section: Section) -> Option<EmbedView> {
        match section {
            Section::Progress => Some(progress::view::embed),
            Section::Trade => Some(trade::view::embed),
            Section::Balance => Some(balance::view::embed),
            Section::Timeline => Some(timeline::view::embed),
            Section::Treaty => None,
            Section::After => Some(after::view::embed),
            Section::Sources => None,
        }
    }

    // An embeddable section has an embed view, and only those do: checked when the browser
    // build compiles.
    const _: () = {
        let mut at = 0;
        while at < Section::ALL.len() {
            let section = Section::ALL[at];
            assert!(
                embed_view(section).is_some() == section.embeddable(),
                "a section has an embed view exactly when it may be embedded"
            );
            at += 1;
        }
    };
}

#[cfg(test)]
mod tests {
    use super::Section;
    use std::path::Path;

    // Guards against a section without its folder or views: the views compile only for the
    // browser, so the host build would not notice a variant added without them. Each variant
    // needs `src/sections/<id>/view.rs` with a `page` view, an `embed` view exactly when it
    // may be embedded, and an arm in `page_view` and `embed_view` naming them.
    #[test]
    fn every_section_is_a_folder_with_its_views() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sections");
        let dispatch = std::fs::read_to_string(root.join("mod.rs")).unwrap();
        for section in Section::ALL {
            let id = section.id();
            let view = root.join(id).join("view.rs");
            let view = std::fs::read_to_string(&view).unwrap_or_else(|_| {
                panic!("{section:?} has no view: {} is missing", view.display())
            });
            assert!(
                view.contains("pub fn page("),
                "{id}/view.rs has no `pub fn page`"
            );
            assert_eq!(
                view.contains("pub fn embed("),
                section.embeddable(),
                "{id}/view.rs has `pub fn embed` exactly when {section:?} may be embedded"
            );
            assert!(
                dispatch.contains(&format!("Section::{section:?} => {id}::view::page,")),
                "page_view names {id}::view::page"
            );
            let embed = format!("Section::{section:?} => Some({id}::view::embed),");
            assert_eq!(
                dispatch.contains(&embed),
                section.embeddable(),
                "embed_view: {embed}"
            );
        }
        // And no folder is left without its variant.
        let folders = std::fs::read_dir(&root)
            .unwrap()
            .filter_map(|entry| entry.ok())
            .filter(|entry| entry.path().is_dir())
            .count();
        assert_eq!(folders, Section::ALL.len(), "one folder per section");
    }
}
