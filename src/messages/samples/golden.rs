//! The golden snapshot: every message of every language, rendered with the sample arguments of
//! [`every_message`], compared with the committed `src/messages/golden/<lang>.txt`, so a change
//! in how the messages are built cannot change a word unnoticed. `UPDATE_GOLDEN=1 cargo test`
//! rewrites the files after an intended change of wording.

use super::every_message;
use crate::messages::{Be, En, Lang, Page, Ru};

/// The messages `every_message` leaves out (the header shell's and the manifest's), then it.
fn all_messages<M: Page + super::NoscriptMessages>(m: &M) -> Vec<(String, String)> {
    let mut out = vec![
        ("language_label".to_string(), m.language_label().to_string()),
        ("app_name".into(), m.app_name().into()),
        ("app_short_name".into(), m.app_short_name().into()),
    ];
    for count in [1, 2, 5, 21, 28] {
        out.push(("document_title".into(), m.document_title(count)));
    }
    out.extend(every_message(m));
    out
}

/// One line a message: the method's name and its text, escaped so each stays on one line.
fn rendered(messages: &[(String, String)]) -> String {
    messages
        .iter()
        .map(|(name, text)| format!("{name}: {text:?}\n"))
        .collect()
}

#[test]
fn every_message_matches_its_golden_file() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for (lang, text) in [
        (Lang::En, rendered(&all_messages(&En))),
        (Lang::Ru, rendered(&all_messages(&Ru))),
        (Lang::Be, rendered(&all_messages(&Be))),
    ] {
        let path = format!(
            "{}/src/messages/golden/{}.txt",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        if update {
            std::fs::write(&path, &text).expect("golden file written");
            continue;
        }
        let golden =
            std::fs::read_to_string(&path).expect("golden file (UPDATE_GOLDEN=1 writes it)");
        let first_difference = golden.lines().zip(text.lines()).position(|(a, b)| a != b);
        assert!(
            golden == text,
            "{path} differs from the messages, first at line {:?}: run with UPDATE_GOLDEN=1 if the change is intended",
            first_difference.map(|i| i + 1)
        );
    }
}
