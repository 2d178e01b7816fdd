//! The hand-written reader and writer that the derived serde ones replace, kept only until the
//! comparison test in `tests.rs` has shown that both decide every mutated file alike.

use super::*;
use crate::model::json::{self, Fields, Read};
use serde_json::json;

/// The refusal or dataset the hand-written reader gives for `text`, as `from_json` did before.
pub(super) fn from_json_by_hand(text: &str) -> Result<Dataset, Vec<DataError>> {
    if text.len() > MAX_JSON_BYTES {
        return Err(vec![DataError::TooLarge { bytes: text.len() }]);
    }
    if text.trim_start().starts_with('[') {
        return Err(vec![DataError::Malformed {
            place: "dataset".into(),
            message: "must be a JSON object ({ … }), not an array".into(),
        }]);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = <Value as serde::Deserialize>::deserialize(&mut deserializer).map_err(|err| {
        let place = json::place_at(text, json::offset_of(text, err.line(), err.column()));
        vec![json::malformed(&place, describe_json_error(&err))]
    })?;
    deserializer.end().map_err(|err| {
        vec![DataError::Malformed {
            place: "dataset".into(),
            message: format!(
                "unexpected text after the dataset (line {}, column {})",
                err.line(),
                err.column()
            ),
        }]
    })?;
    let dataset = Dataset::read(&value).map_err(|problem| vec![problem])?;
    let problems = dataset.problems();
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems)
    }
}

fn read_kind(value: &Value, place: &str) -> Read<Kind> {
    let kinds = [Kind::Reported, Kind::Derived, Kind::Projected];
    json::variant(value, place, &kinds, Kind::label)
}

impl Source {
    fn read(value: &Value, place: &str) -> Read<Source> {
        let fields = Fields::open(value, place, "Source", &["outlet", "date", "cited_as"])?;
        Ok(Source {
            outlet: fields.required("outlet", json::text)?,
            date: fields.required("date", json::date)?,
            cited_as: fields.required("cited_as", json::text)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        json!({ "outlet": self.outlet, "date": self.date.to_string(), "cited_as": self.cited_as })
    }
}

impl Article {
    fn read(value: &Value, place: &str) -> Read<Article> {
        let known = ["publisher", "place", "date", "subject", "note"];
        let fields = Fields::open(value, place, "Article", &known)?;
        Ok(Article {
            publisher: fields.required("publisher", json::text)?,
            place: fields.required("place", json::text)?,
            date: fields.required("date", json::date)?,
            subject: fields.required("subject", json::text)?,
            note: fields.optional("note", json::text)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        let mut value = json!({
            "publisher": self.publisher,
            "place": self.place,
            "date": self.date.to_string(),
            "subject": self.subject,
        });
        with(
            &mut value,
            "note",
            self.note.as_ref().map(|note| json!(note)),
        );
        value
    }
}

impl Programs {
    fn read(value: &Value, place: &str) -> Read<Programs> {
        let known = ["count", "date", "wording", "source"];
        let fields = Fields::open(value, place, "Programs", &known)?;
        Ok(Programs {
            count: fields.required("count", json::unsigned)?,
            date: fields.required("date", json::date)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        json!({
            "count": self.count,
            "date": self.date.to_string(),
            "wording": self.wording,
            "source": self.source.value_by_hand(),
        })
    }
}

impl Observation {
    fn read(value: &Value, place: &str) -> Read<Observation> {
        let known = [
            "id", "date", "percent", "kind", "formula", "wording", "source",
        ];
        let fields = Fields::open(value, place, "Observation", &known)?;
        Ok(Observation {
            id: fields.required("id", json::text)?,
            date: fields.required("date", json::date)?,
            percent: fields.required("percent", json::number)?,
            kind: fields.required("kind", read_kind)?,
            formula: fields.optional("formula", json::text)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        let mut value = json!({
            "id": self.id,
            "date": self.date.to_string(),
            "percent": self.percent,
            "kind": self.kind.label(),
        });
        with(
            &mut value,
            "formula",
            self.formula.as_ref().map(|f| json!(f)),
        );
        with(&mut value, "wording", Some(json!(self.wording)));
        with(&mut value, "source", Some(self.source.value_by_hand()));
        value
    }
}

impl Growth {
    fn read(value: &Value, place: &str) -> Read<Growth> {
        let known = ["id", "year", "percent", "kind", "wording", "source"];
        let fields = Fields::open(value, place, "Growth", &known)?;
        Ok(Growth {
            id: fields.required("id", json::text)?,
            year: fields.required("year", json::integer)?,
            percent: fields.required("percent", json::number)?,
            kind: fields.required("kind", read_kind)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        json!({
            "id": self.id,
            "year": self.year,
            "percent": self.percent,
            "kind": self.kind.label(),
            "wording": self.wording,
            "source": self.source.value_by_hand(),
        })
    }
}

impl DerivedFrom {
    fn read(value: &Value, place: &str) -> Read<DerivedFrom> {
        let fields = Fields::open(value, place, "DerivedFrom", &["id", "growth_year"])?;
        Ok(DerivedFrom {
            id: fields.required("id", json::text)?,
            growth_year: fields.required("growth_year", json::integer)?,
        })
    }
}

impl TradeValue {
    fn read(value: &Value, place: &str) -> Read<TradeValue> {
        let known = [
            "id",
            "year",
            "category",
            "value",
            "kind",
            "derived_from",
            "formula",
            "wording",
            "source",
        ];
        let categories = [TradeCategory::Goods, TradeCategory::Services];
        let fields = Fields::open(value, place, "TradeValue", &known)?;
        Ok(TradeValue {
            id: fields.required("id", json::text)?,
            year: fields.required("year", json::integer)?,
            category: fields.required("category", |v, p| {
                json::variant(v, p, &categories, |c| c.label())
            })?,
            value: fields.required("value", json::number)?,
            kind: fields.required("kind", read_kind)?,
            derived_from: fields.optional("derived_from", DerivedFrom::read)?,
            formula: fields.optional("formula", json::text)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        let mut value = json!({
            "id": self.id,
            "year": self.year,
            "category": self.category.label(),
            "value": self.value,
            "kind": self.kind.label(),
        });
        let derived_from = self
            .derived_from
            .as_ref()
            .map(|from| json!({ "id": from.id, "growth_year": from.growth_year }));
        with(&mut value, "derived_from", derived_from);
        with(
            &mut value,
            "formula",
            self.formula.as_ref().map(|f| json!(f)),
        );
        with(&mut value, "wording", Some(json!(self.wording)));
        with(&mut value, "source", Some(self.source.value_by_hand()));
        value
    }
}

impl Trade {
    fn read(value: &Value, place: &str) -> Read<Trade> {
        let known = ["unit", "note", "growth", "values"];
        let fields = Fields::open(value, place, "Trade", &known)?;
        Ok(Trade {
            unit: fields.required("unit", json::text)?,
            note: fields.required("note", json::text)?,
            growth: fields.required("growth", |v, p| json::list(v, p, Growth::read))?,
            values: fields.required("values", |v, p| json::list(v, p, TradeValue::read))?,
        })
    }

    fn value_by_hand(&self) -> Value {
        json!({
            "unit": self.unit,
            "note": self.note,
            "growth": self.growth.iter().map(Growth::value_by_hand).collect::<Vec<_>>(),
            "values": self.values.iter().map(TradeValue::value_by_hand).collect::<Vec<_>>(),
        })
    }
}

impl BalanceEntry {
    fn read(value: &Value, place: &str) -> Read<BalanceEntry> {
        let known = [
            "id",
            "year",
            "direction",
            "value",
            "kind",
            "wording",
            "source",
        ];
        let directions = [Direction::Deficit, Direction::Surplus];
        let fields = Fields::open(value, place, "BalanceEntry", &known)?;
        Ok(BalanceEntry {
            id: fields.required("id", json::text)?,
            year: fields.required("year", json::integer)?,
            direction: fields.required("direction", |v, p| {
                json::variant(v, p, &directions, |d| d.label())
            })?,
            value: fields.optional("value", json::number)?,
            kind: fields.required("kind", read_kind)?,
            wording: fields.required("wording", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        json!({
            "id": self.id,
            "year": self.year,
            "direction": self.direction.label(),
            "value": self.value,
            "kind": self.kind.label(),
            "wording": self.wording,
            "source": self.source.value_by_hand(),
        })
    }
}

impl Milestone {
    fn read(value: &Value, place: &str) -> Read<Milestone> {
        let known = ["id", "date", "when", "title", "detail", "source"];
        let fields = Fields::open(value, place, "Milestone", &known)?;
        Ok(Milestone {
            id: fields.required("id", json::text)?,
            date: fields.required("date", json::date)?,
            when: fields.required("when", json::text)?,
            title: fields.required("title", json::text)?,
            detail: fields.required("detail", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        json!({
            "id": self.id,
            "date": self.date.to_string(),
            "when": self.when,
            "title": self.title,
            "detail": self.detail,
            "source": self.source.value_by_hand(),
        })
    }
}

impl TreatyItem {
    fn read(value: &Value, place: &str) -> Read<TreatyItem> {
        let known = ["id", "item", "status", "since", "detail", "source"];
        let statuses = [TreatyStatus::Stalled, TreatyStatus::Agreed];
        let fields = Fields::open(value, place, "TreatyItem", &known)?;
        Ok(TreatyItem {
            id: fields.required("id", json::text)?,
            item: fields.required("item", json::text)?,
            status: fields.required("status", |v, p| {
                json::variant(v, p, &statuses, |s| s.label())
            })?,
            since: fields.required("since", json::text)?,
            detail: fields.required("detail", json::text)?,
            source: fields.required("source", Source::read)?,
        })
    }

    fn value_by_hand(&self) -> Value {
        json!({
            "id": self.id,
            "item": self.item,
            "status": self.status.label(),
            "since": self.since,
            "detail": self.detail,
            "source": self.source.value_by_hand(),
        })
    }
}

impl Dataset {
    /// Reads a parsed dataset field by field; the first problem stops it, with its place.
    pub(super) fn read(value: &Value) -> Read<Dataset> {
        let known = [
            "schema_version",
            "article",
            "programs",
            "progress",
            "trade",
            "balance",
            "milestones",
            "treaty_items",
        ];
        let fields = Fields::open(value, "", "Dataset", &known)?;
        Ok(Dataset {
            schema_version: fields.required("schema_version", json::unsigned)?,
            article: fields.required("article", Article::read)?,
            programs: fields.required("programs", Programs::read)?,
            progress: fields.required("progress", |v, p| json::list(v, p, Observation::read))?,
            trade: fields.or_default("trade", Trade::read)?,
            balance: fields.or_default("balance", |v, p| json::list(v, p, BalanceEntry::read))?,
            milestones: fields
                .or_default("milestones", |v, p| json::list(v, p, Milestone::read))?,
            treaty_items: fields
                .or_default("treaty_items", |v, p| json::list(v, p, TreatyItem::read))?,
        })
    }

    /// The dataset as JSON, written field by field.
    pub(super) fn value_by_hand(&self) -> Value {
        json!({
            "schema_version": self.schema_version,
            "article": self.article.value_by_hand(),
            "programs": self.programs.value_by_hand(),
            "progress": self.progress.iter().map(Observation::value_by_hand).collect::<Vec<_>>(),
            "trade": self.trade.value_by_hand(),
            "balance": self.balance.iter().map(BalanceEntry::value_by_hand).collect::<Vec<_>>(),
            "milestones": self.milestones.iter().map(Milestone::value_by_hand).collect::<Vec<_>>(),
            "treaty_items": self.treaty_items.iter().map(TreatyItem::value_by_hand).collect::<Vec<_>>(),
        })
    }
}

/// Adds `key` to a JSON object when there is something to write, as the schema's optional
/// fields are left out rather than written as null.
fn with(object: &mut Value, key: &str, value: Option<Value>) {
    if let (Value::Object(map), Some(value)) = (object, value) {
        map.insert(key.into(), value);
    }
}
