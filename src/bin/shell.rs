//! Prints, as one JSON object, what `scripts/postbuild.mjs` writes into the build: the header
//! shells and the page without JavaScript in every language (`shell`, `noscript`), the
//! document title of each language for the head script (`titles`), and each language's web
//! app manifest names (`manifests`). Built on the host from the app's messages and embedded
//! dataset (`src/shell.rs`), with no leptos.

use union_state_explorer::messages::{messages, Lang};
use union_state_explorer::model::Dataset;
use union_state_explorer::shell::{header_shells, noscripts};

fn main() {
    let dataset = Dataset::embedded();
    let count = dataset.programs.count;
    let mut titles = serde_json::Map::new();
    let mut manifests = serde_json::Map::new();
    for lang in Lang::ALL {
        let m = messages(lang);
        titles.insert(lang.code().into(), m.document_title(count).into());
        manifests.insert(
            lang.code().into(),
            serde_json::json!({
                "name": m.app_name(),
                "short_name": m.app_short_name(),
                "description": m.document_title(count),
                "lang": lang.code(),
            }),
        );
    }
    let out = serde_json::json!({
        "shell": header_shells(&dataset),
        "noscript": noscripts(&dataset),
        "titles": titles,
        "manifests": manifests,
    });
    println!("{out}");
}
