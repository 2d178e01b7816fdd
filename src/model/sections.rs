//! The page's sections: one enum, [`Section`], is each section's identity. Its id is its
//! anchor, its `?section=` value and, when it may be embedded, its `?embed=` name; its words,
//! staged parts and data are exhaustive `match`es on it, and its views are in
//! `src/sections/<id>/` (`sections::page_view`, `sections::embed_view`, also exhaustive).
//! Navigation, links, embeds and staged mounting all read [`SECTIONS`].

/// One section of the page, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// When the programs will be done: the scenario controls, chart and table.
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

/// Every section, in page order: the order of the enum's variants (a test checks it).
pub const SECTIONS: [Section; 7] = Section::ALL;

/// What the URL, the navigation and staged mounting know of a section, as [`Section::about`]
/// gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AboutSection {
    /// Anchor, `?section=` value and `?embed=` name.
    pub id: &'static str,
    /// Whether it may be embedded (`?embed=`).
    pub embeddable: bool,
    /// How many tasks its mounting spans after the first screen (see [`first_part`]).
    pub parts: usize,
    /// The parts of the dataset it shows: the sources section links each source back here.
    pub uses: &'static [Datum],
}

impl Section {
    // One arm per section, so a new variant does not compile without its facts. The browser
    // tests (e2e/sections.test.mjs, e2e/language.mjs) read these arms as text after
    // `pub const SECTIONS`: keep each as `AboutSection { id, embeddable, parts, uses }`.
    /// Everything the page knows of the section besides its views.
    pub const fn about(self) -> AboutSection {
        match self {
            Section::Progress => AboutSection {
                id: "progress",
                embeddable: true,
                // The controls and chart, then the table: two tasks.
                parts: 2,
                uses: &[Datum::Programs, Datum::Progress],
            },
            Section::Trade => AboutSection {
                id: "trade",
                embeddable: true,
                parts: 1,
                uses: &[Datum::TradeGrowth, Datum::TradeValues],
            },
            Section::Balance => AboutSection {
                id: "balance",
                embeddable: true,
                parts: 1,
                uses: &[Datum::Balance],
            },
            Section::Timeline => AboutSection {
                id: "timeline",
                embeddable: true,
                parts: 1,
                uses: &[Datum::Milestones],
            },
            Section::Treaty => AboutSection {
                id: "treaty",
                embeddable: false,
                parts: 1,
                uses: &[Datum::TreatyItems],
            },
            Section::After => AboutSection {
                id: "after",
                embeddable: true,
                parts: 1,
                // The projection drawn here is the article's; the later reports carry their own sources.
                uses: &[Datum::Programs, Datum::Progress],
            },
            Section::Sources => AboutSection {
                id: "sources",
                embeddable: false,
                parts: 1,
                uses: &[],
            },
        }
    }

    /// Every section, in page order.
    pub const ALL: [Section; 7] = [
        Section::Progress,
        Section::Trade,
        Section::Balance,
        Section::Timeline,
        Section::Treaty,
        Section::After,
        Section::Sources,
    ];

    /// Anchor, `?section=` value and `?embed=` name.
    pub const fn id(self) -> &'static str {
        self.about().id
    }

    /// Whether it may be embedded (`?embed=`).
    pub const fn embeddable(self) -> bool {
        self.about().embeddable
    }

    /// How many tasks its mounting spans after the first screen.
    pub const fn parts(self) -> usize {
        self.about().parts
    }

    /// The parts of the dataset it shows.
    pub const fn uses(self) -> &'static [Datum] {
        self.about().uses
    }

    /// Its position in page order.
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// Reads a `?section=` value; anything else means the top of the page.
pub fn section_from_query(value: &str) -> Option<Section> {
    SECTIONS
        .into_iter()
        .find(|section| section.id() == value.trim())
}

/// The staged part (from 1) in which section `index` starts to mount: the first screen holds
/// the headings above, and each section then takes its `parts` tasks in page order.
pub const fn first_part(index: usize) -> usize {
    let mut part = 1;
    let mut at = 0;
    while at < index {
        part += SECTIONS[at].parts();
        at += 1;
    }
    part
}

/// How many staged parts the page mounts after the first screen: all of every section's.
pub const LATER_PARTS: usize = first_part(SECTIONS.len()) - 1;

/// The sections that show any of `data`, in page order: where a source's figures appear.
pub fn sections_using(data: impl IntoIterator<Item = Datum>) -> Vec<Section> {
    let data: Vec<Datum> = data.into_iter().collect();
    SECTIONS
        .into_iter()
        .filter(|section| section.uses().iter().any(|datum| data.contains(datum)))
        .collect()
}

/// How many sections may be embedded.
const EMBEDDABLE: usize = {
    let mut count = 0;
    let mut at = 0;
    while at < SECTIONS.len() {
        if SECTIONS[at].embeddable() {
            count += 1;
        }
        at += 1;
    }
    count
};

/// A section that may be embedded on its own with `?embed=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbedSection(Section);

impl EmbedSection {
    /// Every embeddable section, in page order.
    pub const ALL: [EmbedSection; EMBEDDABLE] = {
        let mut all = [EmbedSection(Section::Progress); EMBEDDABLE];
        let (mut at, mut filled) = (0, 0);
        while at < SECTIONS.len() {
            if SECTIONS[at].embeddable() {
                all[filled] = EmbedSection(SECTIONS[at]);
                filled += 1;
            }
            at += 1;
        }
        all
    };

    /// The completion chart with its scenario controls: what the share dialog offers first.
    pub const FIRST: EmbedSection = EmbedSection::ALL[0];

    /// Which section it is.
    pub fn section(self) -> Section {
        self.0
    }

    /// The `?embed=` value, also the section's anchor.
    pub fn key(self) -> &'static str {
        self.0.id()
    }

    /// Reads an `?embed=` value; anything else means the full page.
    pub fn from_key(key: &str) -> Option<EmbedSection> {
        EmbedSection::ALL
            .into_iter()
            .find(|s| s.key() == key.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards against `ALL` out of step with the enum: a section listed twice or out of order.
    #[test]
    fn all_lists_every_variant_in_order() {
        for (index, section) in Section::ALL.into_iter().enumerate() {
            assert_eq!(section.index(), index, "{section:?}");
        }
        // The last variant closes the list (a variant added after it is missing here).
        assert_eq!(Section::Sources.index(), Section::ALL.len() - 1);
    }

    // Guards against two sections sharing an anchor, or an id a URL would mangle.
    #[test]
    fn ids_are_unique_plain_anchors() {
        for (index, section) in SECTIONS.into_iter().enumerate() {
            let id = section.id();
            assert!(
                !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
            assert!(section.parts() > 0, "{id}");
            assert!(SECTIONS[..index].iter().all(|s| s.id() != id), "{id} twice");
            assert_eq!(section_from_query(id), Some(section));
            assert_eq!(section_from_query(&format!(" {id} ")), Some(section));
        }
        let ids: Vec<&str> = SECTIONS.iter().map(|s| s.id()).collect();
        assert_eq!(
            ids,
            ["progress", "trade", "balance", "timeline", "treaty", "after", "sources"]
        );
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
        assert_eq!(first_part(last) + SECTIONS[last].parts() - 1, LATER_PARTS);
        // Progress in two parts, then one per section (six since "What happened next").
        assert_eq!(LATER_PARTS, 8);
    }

    #[test]
    fn embeds_are_the_sections_with_a_title_and_round_trip() {
        let keys: Vec<&str> = EmbedSection::ALL.iter().map(|s| s.key()).collect();
        let titled: Vec<&str> = SECTIONS
            .iter()
            .filter(|s| s.embeddable())
            .map(|s| s.id())
            .collect();
        assert_eq!(keys, titled);
        assert_eq!(keys, ["progress", "trade", "balance", "timeline", "after"]);
        for section in EmbedSection::ALL {
            assert_eq!(EmbedSection::from_key(section.key()), Some(section));
            assert_eq!(section.section().id(), section.key());
        }
        for bad in ["", "treaty", "PROGRESS", "progress;", "../", "sources"] {
            assert_eq!(EmbedSection::from_key(bad), None, "{bad}");
        }
        assert_eq!(EmbedSection::FIRST.key(), "progress");
    }
}
