//! The page's sections: each one's rows, sentences and (in the browser) its view, built from the
//! shared core and a language's messages. Host-compiled, so the tests and the build-time pages
//! read the same rows as the app.

pub mod after;
pub mod tables;
