//! Prints, as one JSON object `{"shell": …, "noscript": …}`, the header shell and the page
//! without JavaScript that `scripts/postbuild.mjs` writes into `index.html`: built on the host
//! from the app's messages and embedded dataset (`src/shell.rs`), with no leptos.

use union_state_explorer::messages::{self, page, Lang};
use union_state_explorer::model::Dataset;
use union_state_explorer::shell::{header_shell, noscript};

fn main() {
    let dataset = Dataset::embedded();
    let out = serde_json::json!({
        "shell": header_shell(page(), &dataset),
        "noscript": noscript(messages::noscript(Lang::default()), &dataset),
    });
    println!("{out}");
}
