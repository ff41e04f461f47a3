//! Where plans live: IndexedDB through the `idb` crate, behind one narrow
//! interface, [`PlanStore`]. Small preferences live in localStorage ([`prefs`]).
//!
//! Each plan is one record in the `plans` object store, keyed by plan id:
//! `{id, family_name, child_names, updated_ms, envelope}` where `envelope` is the
//! versioned JSON text of [`crate::domain::envelope`]. The summary fields let the
//! library list plans without migrating every body. Transactions are short: one
//! request each, nothing else awaited inside them (IndexedDB auto-commits a
//! transaction as soon as it has no pending request).
//!
//! When IndexedDB can't be opened, the app uses [`PlanStore::memory`], which goes
//! through exactly the same records, so what the user sees is the same, and the
//! UI offers a backup download.

pub mod prefs;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use idb::{Database, DatabaseEvent, Factory, KeyPath, ObjectStoreParams, TransactionMode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::domain::envelope::{self, EnvelopeError};
use crate::domain::library::PlanSummary;
use crate::domain::Plan;

/// The database the app uses.
pub const DB_NAME: &str = "ftm-planner";
/// Version of the IndexedDB layout (object stores), not of the plan schema.
pub const DB_VERSION: u32 = 1;
const PLANS: &str = "plans";

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
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(why) => write!(
                f,
                "This browser won't let the planner keep plans ({why}). You can keep working: download a backup before you close the page."
            ),
            StorageError::Full => write!(
                f,
                "This device is out of space for plans. Download a backup, then delete old plans or free some space."
            ),
            StorageError::Failed(why) => write!(f, "Saving failed ({why}). Download a backup so nothing is lost."),
            StorageError::Damaged(e) => write!(f, "{e}"),
        }
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

/// One stored plan.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Record {
    #[serde(flatten)]
    summary: PlanSummary,
    envelope: String,
}

impl Record {
    fn of(plan: &Plan) -> Record {
        Record {
            summary: PlanSummary::of(plan),
            envelope: envelope::plan_to_json(plan),
        }
    }

    fn to_js(&self) -> JsValue {
        let text = serde_json::to_string(self).expect("a record always serializes");
        js_sys::JSON::parse(&text).expect("serde_json writes valid JSON")
    }

    fn from_js(value: &JsValue) -> Result<Record, StorageError> {
        let text: String = js_sys::JSON::stringify(value)
            .map_err(|_| StorageError::Failed("unreadable record".into()))?
            .into();
        serde_json::from_str(&text)
            .map_err(|e| StorageError::Damaged(EnvelopeError::Malformed(e.to_string())))
    }
}

/// One short transaction on the plans store.
fn plans_store(
    db: &Database,
    mode: TransactionMode,
) -> Result<(idb::Transaction, idb::ObjectStore), StorageError> {
    let tx = db.transaction(&[PLANS], mode).map_err(idb_error)?;
    let store = tx.object_store(PLANS).map_err(idb_error)?;
    Ok((tx, store))
}

/// The one interface the UI uses to keep plans.
#[derive(Clone)]
pub enum PlanStore {
    IndexedDb(Rc<Database>),
    /// Plans kept only while the page is open.
    Memory(Rc<RefCell<BTreeMap<String, String>>>),
}

impl PlanStore {
    /// Open the app's database.
    pub async fn open() -> Result<PlanStore, StorageError> {
        Self::open_named(DB_NAME, DB_VERSION).await
    }

    /// Open a database by name and layout version (tests use their own names).
    pub async fn open_named(name: &str, version: u32) -> Result<PlanStore, StorageError> {
        let factory = Factory::new().map_err(|e| StorageError::Unavailable(e.to_string()))?;
        let mut request = factory
            .open(name, Some(version))
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        request.on_upgrade_needed(|event| {
            let Ok(db) = event.database() else { return };
            if !db.store_names().iter().any(|s| s == PLANS) {
                let mut params = ObjectStoreParams::new();
                params.key_path(Some(KeyPath::new_single("id")));
                let _ = db.create_object_store(PLANS, params);
            }
        });
        let db = request
            .await
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
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

    async fn records(&self) -> Result<Vec<Record>, StorageError> {
        match self {
            PlanStore::IndexedDb(db) => {
                let (_tx, store) = plans_store(db, TransactionMode::ReadOnly)?;
                let values = store
                    .get_all(None, None)
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                values.iter().map(Record::from_js).collect()
            }
            PlanStore::Memory(map) => map
                .borrow()
                .values()
                .map(|text| {
                    serde_json::from_str(text).map_err(|e| StorageError::Failed(e.to_string()))
                })
                .collect(),
        }
    }

    /// Every plan's summary (unsorted; see [`crate::domain::library::search`]).
    pub async fn list(&self) -> Result<Vec<PlanSummary>, StorageError> {
        Ok(self
            .records()
            .await?
            .into_iter()
            .map(|r| r.summary)
            .collect())
    }

    /// One plan, migrated to the current schema; `None` if there is no such plan.
    pub async fn load(&self, id: &str) -> Result<Option<Plan>, StorageError> {
        let record = match self {
            PlanStore::IndexedDb(db) => {
                let (_tx, store) = plans_store(db, TransactionMode::ReadOnly)?;
                let value = store
                    .get(JsValue::from_str(id))
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                value.as_ref().map(Record::from_js).transpose()?
            }
            PlanStore::Memory(map) => map
                .borrow()
                .get(id)
                .map(|text| serde_json::from_str::<Record>(text))
                .transpose()
                .map_err(|e| StorageError::Failed(e.to_string()))?,
        };
        record
            .map(|r| envelope::plan_from_json(&r.envelope).map_err(StorageError::Damaged))
            .transpose()
    }

    /// Every plan (for a full backup), and how many stored plans could not be
    /// read (they are skipped so that one damaged plan doesn't block the rest).
    pub async fn load_all(&self) -> Result<(Vec<Plan>, usize), StorageError> {
        let records = self.records().await?;
        let total = records.len();
        let plans: Vec<Plan> = records
            .into_iter()
            .filter_map(|r| envelope::plan_from_json(&r.envelope).ok())
            .collect();
        let skipped = total - plans.len();
        Ok((plans, skipped))
    }

    /// Insert or replace a plan.
    pub async fn save(&self, plan: &Plan) -> Result<(), StorageError> {
        let record = Record::of(plan);
        match self {
            PlanStore::IndexedDb(db) => {
                let (tx, store) = plans_store(db, TransactionMode::ReadWrite)?;
                store
                    .put(&record.to_js(), None)
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                tx.commit().map_err(idb_error)?.await.map_err(idb_error)?;
            }
            PlanStore::Memory(map) => {
                let text = serde_json::to_string(&record).expect("a record always serializes");
                map.borrow_mut().insert(plan.id.clone(), text);
            }
        }
        Ok(())
    }

    /// Remove a plan (no error if it was not there).
    pub async fn delete(&self, id: &str) -> Result<(), StorageError> {
        match self {
            PlanStore::IndexedDb(db) => {
                let (tx, store) = plans_store(db, TransactionMode::ReadWrite)?;
                store
                    .delete(JsValue::from_str(id))
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                tx.commit().map_err(idb_error)?.await.map_err(idb_error)?;
            }
            PlanStore::Memory(map) => {
                map.borrow_mut().remove(id);
            }
        }
        Ok(())
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
