//! Tests of the shared sentences that hold in every language.

use crate::messages::{AfterMessages, Be, DataMessages, En, Ru};
use crate::model::Date;

// The choice read "April 2023" whatever the dataset's article date (issue #19, point 5).
#[test]
fn the_article_choice_names_the_dataset_s_own_article_month() {
    let date = Date::parse("2023-10-02").unwrap();
    assert_eq!(
        En.as_of_article(date),
        "The article (October 2023): its figures only"
    );
    assert_eq!(
        Ru.as_of_article(date),
        "Статья (октябрь 2023): только её цифры"
    );
    assert_eq!(
        Be.as_of_article(date),
        "Артыкул (кастрычнік 2023): толькі яго лічбы"
    );
}

#[test]
fn the_file_note_names_the_file_in_each_language() {
    for note in [
        En.link_leaves_file("class.json"),
        Ru.link_leaves_file("class.json"),
        Be.link_leaves_file("class.json"),
    ] {
        assert!(note.contains("class.json"), "{note}");
    }
}
