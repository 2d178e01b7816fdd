//! Embedding: which section `?embed=` asks for, and telling the host page our height.

use crate::model::sections::EmbedSection;
use leptos_use_resize_observer::use_resize_observer;

/// The message type a host page listens for; its `height` is the page's height in CSS pixels.
pub const HEIGHT_MESSAGE: &str = "union-state-explorer:height";

/// The section `?embed=` names, if it names one.
pub fn embed_parameter() -> Option<EmbedSection> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    EmbedSection::from_key(&params.get("embed")?)
}

/// `href` without the `embed` parameter: the full explainer on the same scenario.
pub fn full_page_url(href: &str) -> String {
    match web_sys::Url::new(href) {
        Ok(url) => {
            url.search_params().delete("embed");
            url.href()
        }
        Err(_) => href.to_string(),
    }
}

/// `href` with `embed=section`: the address an iframe shows.
pub fn embed_url(href: &str, section: EmbedSection) -> String {
    match web_sys::Url::new(href) {
        Ok(url) => {
            url.search_params().set("embed", section.key());
            url.set_hash("");
            url.href()
        }
        Err(_) => href.to_string(),
    }
}

/// Posts the document's height to the parent window whenever it changes (only inside a
/// frame); the observer is released with the calling component.
pub fn use_height_for_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = root.clone();
    use_resize_observer(root, move |_, _| {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let height = measured.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // The height is no secret, and the host's origin is not known in advance.
        let _ = parent.post_message(&message, "*");
    });
}
