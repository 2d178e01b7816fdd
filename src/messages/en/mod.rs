//! English: the page's default language and the reference for every translation. Its words
//! are `phrases.txt`; the sentences they fill are written once in `messages/structure`.

/// The English messages.
pub struct En;

impl crate::messages::phrase::Speaks for En {
    const LANG: crate::model::lang::Lang = crate::model::lang::Lang::En;
    const PHRASES: &'static crate::messages::phrase::Phrases =
        &crate::messages::phrase::Phrases::parse(include_str!("phrases.txt"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Messages;
    use crate::model::Date;

    #[test]
    fn dates_read_as_the_article_cites_them() {
        let date = Date::new(2023, 4, 5).unwrap();
        assert_eq!(En.long_date(date), "April 5, 2023");
        assert_eq!(En.month_year(date), "April 2023");
        assert_eq!(En.month_name(12), "December");
    }
}
