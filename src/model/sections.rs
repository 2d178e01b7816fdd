//! The page's sections as one list: each entry's id is its anchor, its `?section=` value and,
//! when it may be embedded, its `?embed=` name. Navigation, links, embeds and staged mounting
//! all read [`SECTIONS`]; the views beside each entry are in `components/sections.rs`.

/// One section of the page, as the URL and the navigation know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Anchor, `?section=` value and `?embed=` name.
    pub id: &'static str,
    /// Which section it is, for its words (`messages::StoryMessages::section_nav`, `embed_title`).
    pub name: SectionName,
    /// Whether it may be embedded (`?embed=`).
    pub embeddable: bool,
    /// How many tasks its mounting spans after the first screen (see [`first_part`]).
    pub parts: usize,
    /// The parts of the dataset it shows: the sources section links each source back here.
    pub uses: &'static [Datum],
}

/// Which section an entry is: the messages name it in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionName {
    /// When the programs will be done.
    Progress,
    /// Trade by year.
    Trade,
    /// The trade balance.
    Balance,
    /// The milestones.
    Timeline,
    /// The treaty's items.
    Treaty,
    /// What happened after the article.
    After,
    /// The sources.
    Sources,
}

/// A part of the dataset, as a section draws on it and a source supports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Datum {
    /// How many sectoral programs were agreed.
    Programs,
    /// The reported share of the programs implemented.
    Progress,
    /// Trade growth by year.
    TradeGrowth,
    /// Trade values by year and category.
    TradeValues,
    /// The trade balance by year.
    Balance,
    /// The milestones of integration.
    Milestones,
    /// The treaty's items.
    TreatyItems,
}

/// Every section, in page order. Adding a section is adding an entry here and its view in
/// `components/sections.rs` (checked at compile time to agree in order).
pub const SECTIONS: [Section; 7] = [
    Section {
        id: "progress",
        name: SectionName::Progress,
        embeddable: true,
        // The controls and chart, then the table: two tasks.
        parts: 2,
        uses: &[Datum::Programs, Datum::Progress],
    },
    Section {
        id: "trade",
        name: SectionName::Trade,
        embeddable: true,
        parts: 1,
        uses: &[Datum::TradeGrowth, Datum::TradeValues],
    },
    Section {
        id: "balance",
        name: SectionName::Balance,
        embeddable: true,
        parts: 1,
        uses: &[Datum::Balance],
    },
    Section {
        id: "timeline",
        name: SectionName::Timeline,
        embeddable: true,
        parts: 1,
        uses: &[Datum::Milestones],
    },
    Section {
        id: "treaty",
        name: SectionName::Treaty,
        embeddable: false,
        parts: 1,
        uses: &[Datum::TreatyItems],
    },
    Section {
        id: "after",
        name: SectionName::After,
        embeddable: true,
        parts: 1,
        // The projection drawn here is the article's; the later reports carry their own sources.
        uses: &[Datum::Programs, Datum::Progress],
    },
    Section {
        id: "sources",
        name: SectionName::Sources,
        embeddable: false,
        parts: 1,
        uses: &[],
    },
];

/// Reads a `?section=` value; anything else means the top of the page.
pub fn section_from_query(value: &str) -> Option<&'static str> {
    SECTIONS
        .iter()
        .map(|section| section.id)
        .find(|id| *id == value.trim())
}

/// The staged part (from 1) in which section `index` starts to mount: the first screen holds
/// the headings above, and each section then takes its `parts` tasks in list order.
pub const fn first_part(index: usize) -> usize {
    let mut part = 1;
    let mut at = 0;
    while at < index {
        part += SECTIONS[at].parts;
        at += 1;
    }
    part
}

/// How many staged parts the page mounts after the first screen: all of every section's.
pub const LATER_PARTS: usize = first_part(SECTIONS.len()) - 1;

/// The sections that show any of `data`, in page order: where a source's figures appear.
pub fn sections_using(data: impl IntoIterator<Item = Datum>) -> Vec<&'static Section> {
    let data: Vec<Datum> = data.into_iter().collect();
    SECTIONS
        .iter()
        .filter(|section| section.uses.iter().any(|datum| data.contains(datum)))
        .collect()
}

/// How many sections may be embedded.
const EMBEDDABLE: usize = {
    let mut count = 0;
    let mut at = 0;
    while at < SECTIONS.len() {
        if SECTIONS[at].embeddable {
            count += 1;
        }
        at += 1;
    }
    count
};

/// A section that may be embedded on its own with `?embed=` (an index into [`SECTIONS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbedSection(usize);

impl EmbedSection {
    /// Every embeddable section, in page order.
    pub const ALL: [EmbedSection; EMBEDDABLE] = {
        let mut all = [EmbedSection(0); EMBEDDABLE];
        let (mut at, mut filled) = (0, 0);
        while at < SECTIONS.len() {
            if SECTIONS[at].embeddable {
                all[filled] = EmbedSection(at);
                filled += 1;
            }
            at += 1;
        }
        all
    };

    /// The completion chart with its scenario controls: what the share dialog offers first.
    pub const FIRST: EmbedSection = EmbedSection::ALL[0];

    /// The section's entry in [`SECTIONS`].
    pub fn section(self) -> &'static Section {
        &SECTIONS[self.0]
    }

    /// Its position in [`SECTIONS`].
    pub fn index(self) -> usize {
        self.0
    }

    /// The `?embed=` value, also the section's anchor.
    pub fn key(self) -> &'static str {
        self.section().id
    }

    /// Reads an `?embed=` value; anything else means the full page.
    pub fn from_key(key: &str) -> Option<EmbedSection> {
        EmbedSection::ALL
            .into_iter()
            .find(|s| s.key() == key.trim())
    }

    /// Which section it is, for its title (`messages::StoryMessages::embed_title`).
    pub fn name(self) -> SectionName {
        self.section().name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards against two sections sharing an anchor, or an id a URL would mangle.
    #[test]
    fn ids_are_unique_plain_anchors() {
        for (index, section) in SECTIONS.iter().enumerate() {
            assert!(
                !section.id.is_empty()
                    && section
                        .id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                section.id
            );
            assert!(section.parts > 0, "{}", section.id);
            assert!(
                SECTIONS[..index].iter().all(|s| s.id != section.id),
                "{} twice",
                section.id
            );
            assert_eq!(section_from_query(section.id), Some(section.id));
            assert_eq!(
                section_from_query(&format!(" {} ", section.id)),
                Some(section.id)
            );
        }
        for bad in ["", "nowhere", "PROGRESS", "#trade", "../"] {
            assert_eq!(section_from_query(bad), None, "{bad}");
        }
    }

    // Guards against a section numbered past the last staged part, which never mounted.
    #[test]
    fn every_section_mounts_within_the_staged_parts_in_list_order() {
        assert_eq!(first_part(0), 1);
        for index in 1..SECTIONS.len() {
            assert!(first_part(index) > first_part(index - 1));
        }
        let last = SECTIONS.len() - 1;
        assert_eq!(first_part(last) + SECTIONS[last].parts - 1, LATER_PARTS);
        // Progress in two parts, then one per section (six since "What happened next").
        assert_eq!(LATER_PARTS, 8);
    }

    #[test]
    fn embeds_are_the_sections_with_a_title_and_round_trip() {
        let keys: Vec<&str> = EmbedSection::ALL.iter().map(|s| s.key()).collect();
        let titled: Vec<&str> = SECTIONS
            .iter()
            .filter(|s| s.embeddable)
            .map(|s| s.id)
            .collect();
        assert_eq!(keys, titled);
        assert_eq!(keys, ["progress", "trade", "balance", "timeline", "after"]);
        for section in EmbedSection::ALL {
            assert_eq!(EmbedSection::from_key(section.key()), Some(section));
            assert_eq!(SECTIONS[section.index()].id, section.key());
        }
        for bad in ["", "treaty", "PROGRESS", "progress;", "../", "sources"] {
            assert_eq!(EmbedSection::from_key(bad), None, "{bad}");
        }
        assert_eq!(EmbedSection::FIRST.key(), "progress");
    }
}
