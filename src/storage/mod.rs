//! Where plans live: IndexedDB through the `idb` crate, behind one narrow
//! interface, [`PlanStore`]. Small preferences live in localStorage ([`prefs`]).
//!
//! Two object stores, both keyed by `id`:
//!
//! - `plans`, the caseworker's plans: `{id, family_name, child_names, updated_ms,
//!   next_meeting, revision, envelope}` where `envelope` is the versioned JSON
//!   text of [`crate::domain::envelope`]. The summary fields let the library list
//!   plans without migrating every body. `revision` counts the writes of that
//!   plan: the editor saves with [`PlanStore::save_if`], which writes only if the
//!   stored revision is still the one it loaded (compare-and-swap in one
//!   transaction), so a second tab can never write over a newer plan.
//! - `saved` (since layout version 2), the family plans saved on this device from
//!   a share link ("Save to this phone", listed under "Shared with me", opened
//!   read-only): `{id, saved_ms, title, body}` where `id`, `saved_ms` and
//!   `title` repeat the copy's (for looking at the database by hand) and `body` is
//!   the JSON text of the [`SavedCopy`] with a format number added:
//!   `{"v": 1, "id", "saved_ms", "plan": <SharedPlan>}`. A later format bumps
//!   [`SAVED_FORMAT`] and migrates the body on reading; a body with a higher
//!   number than this version knows is reported as written by a newer version.
//!
//! Before layout version 2 a phone copy was a whole `Plan` in `plans` with an
//! id starting with `shared-` ([`PHONE_COPY_PREFIX`]). [`PlanStore::list`] never
//! shows those, and [`PlanStore::move_phone_copies`] turns them into saved copies.
//!
//! Transactions are short: one request each, nothing else awaited inside them
//! (IndexedDB auto-commits a transaction as soon as it has no pending request).
//!
//! When IndexedDB can't be opened, the app uses [`PlanStore::memory`], which goes
//! through exactly the same records, so what the user sees is the same, and the
//! UI offers a backup download.

pub mod early;
pub mod prefs;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use idb::{
    Database, DatabaseEvent, Factory, KeyPath, KeyRange, ObjectStoreParams, Query, TransactionMode,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::domain::envelope::{self, EnvelopeError};
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::errors::ErrorText;
use crate::domain::library::PlanSummary;
use crate::domain::Language;
use crate::domain::{Plan, SavedCopy};

/// The database the app uses.
pub const DB_NAME: &str = "ftm-planner";
/// Version of the IndexedDB layout (object stores), not of the plan schema.
/// 1: `plans`. 2: adds `saved`.
pub const DB_VERSION: u32 = 2;
/// Format number of a saved copy's `body` (see the module documentation).
pub const SAVED_FORMAT: u32 = 1;
/// How the ids of phone copies kept in `plans` before layout version 2 begin.
pub const PHONE_COPY_PREFIX: &str = "shared-";
const PLANS: &str = "plans";
const SAVED: &str = "saved";

/// Why storage failed, in words a caseworker can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// IndexedDB is missing or refused (private window, blocked by settings).
    Unavailable(String),
    /// The browser refused to store more (disk full / quota).
    Full,
    /// A request failed.
    Failed(String),
    /// A stored plan could not be read.
    Damaged(EnvelopeError),
    /// The plan was saved elsewhere (another tab or window) since it was loaded
    /// here: nothing was written.
    Conflict,
    /// The part of the app that reads and writes plans could not be loaded
    /// (`ui::lazy`): nothing was read or written.
    NotLoaded,
}

impl StorageError {
    /// The message in `language` (`Display` gives the English one).
    pub fn message_in(&self, language: Language) -> String {
        let t = ErrorText::get(language);
        match self {
            StorageError::Unavailable(why) => fill(t.storage_unavailable, &[("why", why)]),
            StorageError::Full => t.storage_full.to_string(),
            StorageError::Failed(why) => fill(t.storage_failed, &[("why", why)]),
            StorageError::Damaged(e) => e.message_in(language),
            StorageError::Conflict => t.storage_conflict.to_string(),
            StorageError::NotLoaded => t.part_not_loaded.to_string(),
        }
    }
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Language::English))
    }
}

fn idb_error(e: idb::Error) -> StorageError {
    let text = e.to_string();
    if text.contains("Quota") {
        StorageError::Full
    } else {
        StorageError::Failed(text)
    }
}

fn malformed(e: impl std::fmt::Display) -> StorageError {
    StorageError::Damaged(EnvelopeError::Malformed(e.to_string()))
}

/// One stored plan.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Record {
    #[serde(flatten)]
    summary: PlanSummary,
    /// How many times this plan was written (0 before revisions were kept).
    #[serde(default)]
    revision: u64,
    envelope: String,
}

impl Record {
    /// The record of `plan`, whose stored JSON (`envelope::plan_to_json`) is `envelope`.
    fn of(plan: &Plan, envelope: String, revision: u64) -> Record {
        Record {
            summary: PlanSummary::of(plan),
            revision,
            envelope,
        }
    }

    fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a record always serializes")
    }

    fn from_text(text: &str) -> Result<Record, StorageError> {
        serde_json::from_str(text).map_err(malformed)
    }

    fn is_phone_copy(&self) -> bool {
        self.summary.id.starts_with(PHONE_COPY_PREFIX)
    }
}

/// One saved copy of a family plan.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct SavedRecord {
    id: String,
    saved_ms: i64,
    #[serde(default)]
    title: String,
    body: String,
}

/// A saved copy's body: the copy and its format number. Written and read
/// through typed structs (never `serde_json::Value`), so the family plan's
/// types are instantiated once per direction in the wasm.
#[derive(Serialize)]
struct SavedBodyOut<'a> {
    v: u32,
    id: &'a str,
    saved_ms: i64,
    plan: &'a crate::domain::SharedPlan,
}

/// Only the format number, read first so a newer format is refused clearly.
#[derive(Deserialize)]
struct SavedVersion {
    v: Option<u32>,
}

impl SavedRecord {
    fn of(copy: &SavedCopy) -> SavedRecord {
        let body = SavedBodyOut {
            v: SAVED_FORMAT,
            id: &copy.id,
            saved_ms: copy.saved_ms,
            plan: &copy.plan,
        };
        SavedRecord {
            id: copy.id.clone(),
            saved_ms: copy.saved_ms,
            title: copy.title(),
            body: serde_json::to_string(&body).expect("a saved copy always serializes"),
        }
    }

    fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a record always serializes")
    }

    /// The copy in this record, brought to the current format.
    fn from_text(text: &str) -> Result<SavedCopy, StorageError> {
        let record: SavedRecord = serde_json::from_str(text).map_err(malformed)?;
        let version: SavedVersion = serde_json::from_str(&record.body).map_err(malformed)?;
        let version = version.v.ok_or_else(|| malformed("no format number"))?;
        if version > SAVED_FORMAT {
            return Err(StorageError::Damaged(EnvelopeError::TooNew(version)));
        }
        // Format 1 is the first; later formats migrate `body` here. The `v`
        // field is ignored by `SavedCopy`.
        serde_json::from_str(&record.body).map_err(malformed)
    }
}

/// An old phone copy (a whole plan kept in `plans`) as a saved copy of what
/// its link showed: the family's plan, or one person's view of it.
fn phone_copy(record: &Record) -> Option<SavedCopy> {
    let mut plan = envelope::plan_from_json(&record.envelope).ok()?;
    let member = envelope::v1_shared_for(&record.envelope);
    // The id was `shared-<plan id>` or `shared-<plan id>-<member>`; the
    // caseworker's plan id gives the same `plan_ref` as a newer link of the
    // same plan, so saving that link later updates this copy.
    let id = &record.summary.id;
    let rest = id.strip_prefix(PHONE_COPY_PREFIX).unwrap_or(id);
    let original = match member {
        Some(m) => rest.strip_suffix(&format!("-{m}")).unwrap_or(rest),
        None => rest,
    };
    if !original.is_empty() {
        plan.id = original.to_string();
    }
    let shared = match member {
        Some(m) => plan.for_person(m).unwrap_or_else(|| plan.for_family()),
        None => plan.for_family(),
    };
    Some(SavedCopy::new(shared, record.summary.updated_ms))
}

/// One short transaction on one object store.
fn object_store(
    db: &Database,
    name: &str,
    mode: TransactionMode,
) -> Result<(idb::Transaction, idb::ObjectStore), StorageError> {
    let tx = db.transaction(&[name], mode).map_err(idb_error)?;
    let store = tx.object_store(name).map_err(idb_error)?;
    Ok((tx, store))
}

/// Put a record (its JSON text) and commit the transaction it is in.
async fn put_and_commit(
    tx: idb::Transaction,
    store: &idb::ObjectStore,
    text: &str,
) -> Result<(), StorageError> {
    let value = js_sys::JSON::parse(text).expect("serde_json writes valid JSON");
    store
        .put(&value, None)
        .map_err(idb_error)?
        .await
        .map_err(idb_error)?;
    commit(tx, store).await
}

/// Commit a write transaction; a transaction the browser rolled back (the
/// quota is checked at commit, for one) is an error, never a success.
async fn commit(tx: idb::Transaction, store: &idb::ObjectStore) -> Result<(), StorageError> {
    let done = tx.commit().map_err(idb_error)?.await.map_err(idb_error)?;
    if done.is_committed() {
        return Ok(());
    }
    let why = store
        .transaction()
        .error()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .unwrap_or_else(|| "the browser did not keep the change".into());
    Err(if why.contains("Quota") {
        StorageError::Full
    } else {
        StorageError::Failed(why)
    })
}

/// A stored record's revision, read off the object without turning the whole
/// record into text and reading it (most of what a save cost on a large
/// plan). `None` if it has no revision number (kept before revisions, or not a
/// record): the caller then reads it whole, which also tells what is wrong.
fn js_revision(value: &JsValue) -> Option<u64> {
    if !value.is_object() {
        return None;
    }
    let revision = js_sys::Reflect::get(value, &JsValue::from_str("revision")).ok()?;
    let n = revision.as_f64()?;
    (n >= 0.0 && n.fract() == 0.0 && n <= u64::MAX as f64).then_some(n as u64)
}

/// A stored value as JSON text.
fn js_to_text(value: &JsValue) -> Result<String, StorageError> {
    js_sys::JSON::stringify(value)
        .map(String::from)
        .map_err(|_| StorageError::Failed("unreadable record".into()))
}

/// A stored plan record (the object IndexedDB keeps) as its plan, migrated to
/// the current schema, and its revision. Only the two fields needed are read
/// off the object: turning the whole record into JSON text and reading that
/// back (the plan's JSON is a string inside it, escaped) was most of the time
/// a plan took to open (a large plan: about 50 of 100 ms at 4× CPU throttle).
/// A record without them is read whole, which also says what is wrong.
fn plan_of_record_value(value: &JsValue) -> Result<(Plan, u64), StorageError> {
    let envelope = js_sys::Reflect::get(value, &JsValue::from_str("envelope"))
        .ok()
        .and_then(|e| e.as_string());
    match (js_revision(value), envelope) {
        (Some(revision), Some(envelope)) => envelope::plan_from_json(&envelope)
            .map(|plan| (plan, revision))
            .map_err(StorageError::Damaged),
        _ => plan_of_record(&js_to_text(value)?),
    }
}

/// The object stored under `id` in `store`, as IndexedDB hands it back.
async fn idb_get(db: &Database, store: &str, id: &str) -> Result<Option<JsValue>, StorageError> {
    let (_tx, store) = object_store(db, store, TransactionMode::ReadOnly)?;
    store
        .get(JsValue::from_str(id))
        .map_err(idb_error)?
        .await
        .map_err(idb_error)
}

/// A stored plan record's plan, migrated to the current schema, and its revision.
fn plan_of_record(text: &str) -> Result<(Plan, u64), StorageError> {
    let record = Record::from_text(text)?;
    envelope::plan_from_json(&record.envelope)
        .map(|plan| (plan, record.revision))
        .map_err(StorageError::Damaged)
}

/// The ids starting with `prefix` as an IndexedDB query (`None`: every id).
fn prefix_query(prefix: Option<&str>) -> Result<Option<Query>, StorageError> {
    let Some(prefix) = prefix else {
        return Ok(None);
    };
    let range = KeyRange::bound(
        &JsValue::from_str(prefix),
        &JsValue::from_str(&prefix_end(prefix)),
        Some(false),
        Some(true),
    )
    .map_err(idb_error)?;
    Ok(Some(Query::KeyRange(range)))
}

/// The first string after every string that starts with `prefix` (ASCII).
fn prefix_end(prefix: &str) -> String {
    let mut end = prefix.to_string();
    if let Some(last) = end.pop() {
        end.push(char::from_u32(last as u32 + 1).unwrap_or(char::MAX));
    }
    end
}

/// What [`PlanStore::memory`] keeps: the same record texts as IndexedDB, by id.
#[derive(Debug, Default)]
pub struct MemoryStores {
    plans: RefCell<BTreeMap<String, String>>,
    saved: RefCell<BTreeMap<String, String>>,
}

impl MemoryStores {
    fn of(&self, store: &str) -> &RefCell<BTreeMap<String, String>> {
        if store == SAVED {
            &self.saved
        } else {
            &self.plans
        }
    }
}

/// The one interface the UI uses to keep plans.
#[derive(Clone)]
pub enum PlanStore {
    IndexedDb(Rc<Database>),
    /// Plans and saved copies kept only while the page is open.
    Memory(Rc<MemoryStores>),
}

impl PlanStore {
    /// Open the app's database (see [`PlanStore::open_or_wait`]).
    pub async fn open(
        blocked: impl FnOnce() + 'static,
        lost: impl Fn() + 'static,
    ) -> Result<PlanStore, StorageError> {
        Self::open_or_wait(DB_NAME, DB_VERSION, blocked, lost).await
    }

    /// Open a database by name and layout version (tests use their own names).
    pub async fn open_named(name: &str, version: u32) -> Result<PlanStore, StorageError> {
        Self::open_or_wait(name, version, || {}, || {}).await
    }

    /// Open a database; `blocked` is called if a tab with an older version of
    /// the planner holds it open, so the user can be told to close that tab
    /// (the open finishes once it is closed). `lost` is called if the database
    /// goes away while open: deleted (site data cleared, storage evicted) or
    /// closed by the browser.
    pub async fn open_or_wait(
        name: &str,
        version: u32,
        blocked: impl FnOnce() + 'static,
        lost: impl Fn() + 'static,
    ) -> Result<PlanStore, StorageError> {
        let factory = Factory::new().map_err(|e| StorageError::Unavailable(e.to_string()))?;
        let mut request = factory
            .open(name, Some(version))
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        request.on_blocked(move |_| blocked());
        request.on_upgrade_needed(|event| {
            let Ok(db) = event.database() else { return };
            let names = db.store_names();
            for store in [PLANS, SAVED] {
                if !names.iter().any(|s| s == store) {
                    let mut params = ObjectStoreParams::new();
                    params.key_path(Some(KeyPath::new_single("id")));
                    let _ = db.create_object_store(store, params);
                }
            }
        });
        let mut db = request
            .await
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        // A newer version of the planner in another tab needs to upgrade the
        // database: let go of it so that tab isn't kept waiting (requests here
        // then fail, and the banner says so).
        let lost = Rc::new(lost);
        let on_lost = lost.clone();
        db.on_version_change(move |event| {
            if let Some(Ok(db)) = event.target().map(Database::try_from) {
                db.close();
            }
            // No new version: the database is being deleted, not upgraded.
            let new_version = js_sys::Reflect::get(&event, &JsValue::from_str("newVersion"));
            if new_version.is_ok_and(|v| v.is_null()) {
                on_lost();
            }
        });
        db.on_close(move |_| lost());
        Ok(PlanStore::IndexedDb(Rc::new(db)))
    }

    /// A store that keeps plans in memory only.
    pub fn memory() -> PlanStore {
        PlanStore::Memory(Rc::default())
    }

    /// True when plans survive closing the page.
    pub fn is_persistent(&self) -> bool {
        matches!(self, PlanStore::IndexedDb(_))
    }

    /// Every record of a store as JSON text (only ids starting with `prefix`,
    /// when given), each of which may be unreadable on its own.
    async fn raw_all(
        &self,
        store: &str,
        prefix: Option<&str>,
    ) -> Result<Vec<Result<String, StorageError>>, StorageError> {
        match self {
            PlanStore::IndexedDb(db) => {
                let query = prefix_query(prefix)?;
                let (_tx, store) = object_store(db, store, TransactionMode::ReadOnly)?;
                let values = store
                    .get_all(query, None)
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                Ok(values.iter().map(js_to_text).collect())
            }
            PlanStore::Memory(stores) => Ok(stores
                .of(store)
                .borrow()
                .iter()
                .filter(|(id, _)| prefix.is_none_or(|p| id.starts_with(p)))
                .map(|(_, text)| Ok(text.clone()))
                .collect()),
        }
    }

    /// How many records a store holds (only ids starting with `prefix`, when
    /// given), without reading them.
    async fn raw_count(&self, store: &str, prefix: Option<&str>) -> Result<usize, StorageError> {
        match self {
            PlanStore::IndexedDb(db) => {
                let query = prefix_query(prefix)?;
                let (_tx, store) = object_store(db, store, TransactionMode::ReadOnly)?;
                let count = store
                    .count(query)
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                Ok(count as usize)
            }
            PlanStore::Memory(stores) => Ok(stores
                .of(store)
                .borrow()
                .keys()
                .filter(|id| prefix.is_none_or(|p| id.starts_with(p)))
                .count()),
        }
    }

    /// One record as JSON text, if there is one with this id.
    async fn raw_get(&self, store: &str, id: &str) -> Result<Option<String>, StorageError> {
        match self {
            PlanStore::IndexedDb(db) => idb_get(db, store, id)
                .await?
                .as_ref()
                .map(js_to_text)
                .transpose(),
            PlanStore::Memory(stores) => Ok(stores.of(store).borrow().get(id).cloned()),
        }
    }

    /// Insert or replace a record (`text` is its JSON, with `id` inside).
    async fn raw_put(&self, store: &str, id: &str, text: String) -> Result<(), StorageError> {
        match self {
            PlanStore::IndexedDb(db) => {
                let (tx, store) = object_store(db, store, TransactionMode::ReadWrite)?;
                put_and_commit(tx, &store, &text).await?;
            }
            PlanStore::Memory(stores) => {
                stores.of(store).borrow_mut().insert(id.to_string(), text);
            }
        }
        Ok(())
    }

    /// Write a plan with the revision after the stored one, in one transaction:
    /// refused with [`StorageError::Conflict`] when `expected` is given and the
    /// stored revision is not it. Returns the new revision.
    async fn put_plan(
        &self,
        plan: &Plan,
        envelope: String,
        expected: Option<u64>,
    ) -> Result<u64, StorageError> {
        let stored_revision = |text: Option<String>| -> Result<u64, StorageError> {
            match text {
                None => Ok(0),
                // An unreadable record may be replaced outright, never compared.
                Some(text) => match Record::from_text(&text) {
                    Ok(record) => Ok(record.revision),
                    Err(_) if expected.is_none() => Ok(0),
                    Err(e) => Err(e),
                },
            }
        };
        match self {
            PlanStore::IndexedDb(db) => {
                let (tx, store) = object_store(db, PLANS, TransactionMode::ReadWrite)?;
                let current = store
                    .get(JsValue::from_str(&plan.id))
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                let current = match current.as_ref().and_then(js_revision) {
                    Some(revision) => revision,
                    None => stored_revision(current.as_ref().map(js_to_text).transpose()?)?,
                };
                if expected.is_some_and(|e| e != current) {
                    let _ = tx.abort();
                    return Err(StorageError::Conflict);
                }
                let record = Record::of(plan, envelope, current + 1);
                put_and_commit(tx, &store, &record.to_text()).await?;
                Ok(current + 1)
            }
            PlanStore::Memory(stores) => {
                let mut plans = stores.plans.borrow_mut();
                let current = stored_revision(plans.get(&plan.id).cloned())?;
                // Memory belongs to this tab alone: a plan it doesn't hold yet
                // (the app fell back to memory with the plan open) is written.
                if expected.is_some_and(|e| e != current) && plans.contains_key(&plan.id) {
                    return Err(StorageError::Conflict);
                }
                let record = Record::of(plan, envelope, current + 1);
                plans.insert(plan.id.clone(), record.to_text());
                Ok(current + 1)
            }
        }
    }

    /// Remove a record (no error if it was not there).
    async fn raw_delete(&self, store: &str, id: &str) -> Result<(), StorageError> {
        match self {
            PlanStore::IndexedDb(db) => {
                let (tx, store) = object_store(db, store, TransactionMode::ReadWrite)?;
                store
                    .delete(JsValue::from_str(id))
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                commit(tx, &store).await?;
            }
            PlanStore::Memory(stores) => {
                stores.of(store).borrow_mut().remove(id);
            }
        }
        Ok(())
    }

    async fn records(&self) -> Result<Vec<Record>, StorageError> {
        self.raw_all(PLANS, None)
            .await?
            .into_iter()
            .map(|text| Record::from_text(&text?))
            .collect()
    }

    /// Every plan's summary (unsorted; see [`crate::domain::library::search`]).
    /// Old phone copies (ids starting with [`PHONE_COPY_PREFIX`]) are never
    /// listed: they are not the caseworker's plans to edit.
    pub async fn list(&self) -> Result<Vec<PlanSummary>, StorageError> {
        let PlanStore::IndexedDb(db) = self else {
            return Ok(self
                .records()
                .await?
                .into_iter()
                .filter(|r| !r.is_phone_copy())
                .map(|r| r.summary)
                .collect());
        };
        // Each record without its plan (the summary is beside it): a list of
        // large plans no longer turns every plan into text to read past it.
        let (_tx, store) = object_store(db, PLANS, TransactionMode::ReadOnly)?;
        let values = store
            .get_all(None, None)
            .map_err(idb_error)?
            .await
            .map_err(idb_error)?;
        let (envelope, none) = (JsValue::from_str("envelope"), JsValue::from_str(""));
        let mut summaries = Vec::with_capacity(values.len());
        for value in values {
            // A fresh copy of the stored record, read for this call only.
            if js_sys::Reflect::has(&value, &envelope).unwrap_or(false) {
                let _ = js_sys::Reflect::set(&value, &envelope, &none);
            }
            let record = Record::from_text(&js_to_text(&value)?)?;
            if !record.is_phone_copy() {
                summaries.push(record.summary);
            }
        }
        Ok(summaries)
    }

    /// One plan, migrated to the current schema; `None` if there is no such plan.
    pub async fn load(&self, id: &str) -> Result<Option<Plan>, StorageError> {
        Ok(self.load_revision(id).await?.map(|(plan, _)| plan))
    }

    /// One plan and its stored revision (for [`PlanStore::save_if`]).
    pub async fn load_revision(&self, id: &str) -> Result<Option<(Plan, u64)>, StorageError> {
        match self {
            PlanStore::IndexedDb(db) => idb_get(db, PLANS, id)
                .await?
                .as_ref()
                .map(plan_of_record_value)
                .transpose(),
            PlanStore::Memory(stores) => {
                let text = stores.of(PLANS).borrow().get(id).cloned();
                text.as_deref().map(plan_of_record).transpose()
            }
        }
    }

    /// Every plan (for a full backup), and how many stored plans could not be
    /// read (they are skipped so that one damaged plan doesn't block the rest).
    pub async fn load_all(&self) -> Result<(Vec<Plan>, usize), StorageError> {
        // Old phone copies are not the caseworker's plans: never back them up
        // (an import would bring them back as editable plans).
        let records: Vec<Record> = self
            .records()
            .await?
            .into_iter()
            .filter(|r| !r.summary.id.starts_with(PHONE_COPY_PREFIX))
            .collect();
        let total = records.len();
        let plans: Vec<Plan> = records
            .into_iter()
            .filter_map(|r| envelope::plan_from_json(&r.envelope).ok())
            .collect();
        let skipped = total - plans.len();
        Ok((plans, skipped))
    }

    /// Insert or replace a plan (new plans, imports, copies).
    pub async fn save(&self, plan: &Plan) -> Result<(), StorageError> {
        let text = envelope::plan_to_json(plan);
        self.put_plan(plan, text, None).await.map(|_| ())
    }

    /// Replace a plan only if its stored revision is still `expected` (the one
    /// this tab loaded or last wrote); returns the new revision, or
    /// [`StorageError::Conflict`] without writing anything.
    pub async fn save_if(&self, plan: &Plan, expected: u64) -> Result<u64, StorageError> {
        let text = envelope::plan_to_json(plan);
        self.put_plan(plan, text, Some(expected)).await
    }

    /// [`PlanStore::save_if`] with the plan's stored JSON already written
    /// (`envelope::plan_to_json(plan)`: autosave writes it once for the
    /// recovery copy and the store).
    pub async fn save_if_written(
        &self,
        plan: &Plan,
        envelope: String,
        expected: u64,
    ) -> Result<u64, StorageError> {
        self.put_plan(plan, envelope, Some(expected)).await
    }

    /// Remove a plan (no error if it was not there).
    pub async fn delete(&self, id: &str) -> Result<(), StorageError> {
        self.raw_delete(PLANS, id).await
    }

    /// Every family plan saved on this device, most recently saved first.
    /// A copy that can't be read is left out (the others still show).
    pub async fn list_saved(&self) -> Result<Vec<SavedCopy>, StorageError> {
        let mut copies: Vec<SavedCopy> = self
            .raw_all(SAVED, None)
            .await?
            .into_iter()
            .filter_map(|text| SavedRecord::from_text(&text.ok()?).ok())
            .collect();
        copies.sort_by(|a, b| b.saved_ms.cmp(&a.saved_ms).then_with(|| a.id.cmp(&b.id)));
        Ok(copies)
    }

    /// Whether any copy is saved.
    pub async fn has_saved(&self) -> Result<bool, StorageError> {
        Ok(self.raw_count(SAVED, None).await? > 0)
    }

    /// One saved copy; `None` if there is none with this id.
    pub async fn load_saved(&self, id: &str) -> Result<Option<SavedCopy>, StorageError> {
        self.raw_get(SAVED, id)
            .await?
            .map(|text| SavedRecord::from_text(&text))
            .transpose()
    }

    /// Insert a saved copy, or replace the one with the same id.
    pub async fn save_saved(&self, copy: &SavedCopy) -> Result<(), StorageError> {
        self.raw_put(SAVED, &copy.id, SavedRecord::of(copy).to_text())
            .await
    }

    /// Remove a saved copy (no error if it was not there).
    pub async fn delete_saved(&self, id: &str) -> Result<(), StorageError> {
        self.raw_delete(SAVED, id).await
    }

    /// Whether [`PlanStore::move_phone_copies`] has any to move.
    pub async fn has_phone_copies(&self) -> Result<bool, StorageError> {
        Ok(self.raw_count(PLANS, Some(PHONE_COPY_PREFIX)).await? > 0)
    }

    /// Turn the phone copies kept among the plans before layout version 2
    /// (ids starting with [`PHONE_COPY_PREFIX`]) into saved copies of what
    /// their link showed (the family's plan, or one person's view), saved when
    /// the copy was last written. Each is saved to `saved`, then removed from
    /// `plans`; when a copy of the same plan for the same person was saved
    /// since, that newer copy is kept. A record that can't be read stays where
    /// it is (never listed). Returns how many were moved.
    pub async fn move_phone_copies(&self) -> Result<usize, StorageError> {
        let mut moved = 0;
        for text in self.raw_all(PLANS, Some(PHONE_COPY_PREFIX)).await? {
            let Ok(Ok(record)) = text.map(|t| Record::from_text(&t)) else {
                continue;
            };
            let Some(copy) = phone_copy(&record) else {
                continue;
            };
            let keep_existing = match self.load_saved(&copy.id).await {
                Ok(Some(existing)) => existing.saved_ms >= copy.saved_ms,
                Ok(None) => false,
                // Written by a newer version: never replace it with an older copy.
                Err(StorageError::Damaged(EnvelopeError::TooNew(_))) => true,
                Err(StorageError::Damaged(_)) => false,
                Err(e) => return Err(e),
            };
            if !keep_existing {
                self.save_saved(&copy).await?;
            }
            self.raw_delete(PLANS, &record.summary.id).await?;
            moved += 1;
        }
        Ok(moved)
    }

    /// Close the database (tests use this to exercise the failure path).
    pub fn close(&self) {
        if let PlanStore::IndexedDb(db) = self {
            db.close();
        }
    }
}

/// Delete a whole database (tests).
pub async fn delete_database(name: &str) -> Result<(), StorageError> {
    let factory = Factory::new().map_err(|e| StorageError::Unavailable(e.to_string()))?;
    factory
        .delete(name)
        .map_err(idb_error)?
        .await
        .map_err(idb_error)
}
