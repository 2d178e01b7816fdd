//! Entry point: install the panic hook, take down the header shell, and mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // Instantiating the wasm, reading the dataset and building the page each take a task of
    // their own: together they made one long task that kept a slow phone from answering a
    // tap. The shell goes in the same task as the mount, so no frame is painted without a
    // header.
    leptos::prelude::set_timeout(
        || {
            union_state_explorer::app::read_embedded_dataset();
            // The language the head script chose for the shell (link, stored choice, browser).
            let (lang, _) = union_state_explorer::app::lang::language_at_start();
            union_state_explorer::app::lang::apply_to_document(lang, None);
            leptos::prelude::set_timeout(
                || {
                    // The static header shell (scripts/postbuild.mjs) stood in until now.
                    if let Some(shell) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("shell"))
                    {
                        shell.remove();
                    }
                    leptos::mount::mount_to_body(union_state_explorer::components::App)
                },
                std::time::Duration::ZERO,
            );
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build` (see README.md).");
}
