//! Versioned envelopes: how a plan is stored in IndexedDB and written to a
//! backup file, and how older versions are migrated.
//!
//! A stored plan is `{"schema": N, "plan": {...}}`. Reading migrates any older
//! `schema` step by step to [`SCHEMA_VERSION`] in plain Rust, so migrations are
//! tested natively (`tests/fixtures/plan-v*.json`, one fixture per version).
//!
//! A backup file (documented in `docs/backup-format.md`) is
//! `{"format": "ftm-planner-backup", "schema": N, "exported_at": "...", "plans": [...]}`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::i18n::fill;
use super::i18n::shell::errors::ErrorText;
use super::limits::{self, LimitError};
use super::plan::Plan;
use super::Language;

/// The schema version this build writes.
///
/// - 1: first release.
/// - 2: a child's voice records the child's sharing choice per part
///   (`voice.sharing`, nothing shared by default) instead of one `private`
///   switch; a plan no longer carries `shared_for` (phone copies are
///   [`super::shared_plan::SavedCopy`] records of their own).
/// - 3: a plan has the family's `language` ("en", "es"); team roles
///   `stepfather`, `stepmother`, `partner_of_parent`, `grandparent`,
///   `godparent`; `meeting.father_outreach`. Nothing to migrate (each is
///   new, with a default); the version tells an older app the file is newer
///   instead of letting it call the new roles damage.
/// - 4: a plan is a case with meetings: `history` (the earlier meetings, each
///   a plan of this schema), the follow-up review (`progress`, a task's
///   `review_note`, a service's `review`, a goal's `progress`), the
///   `aftercare` plan and the case's `events`. Dates typed with a two-digit
///   year were stored as the year 00xx by the browser's date input; the
///   migration reads them as 20xx.
pub const SCHEMA_VERSION: u32 = 4;

/// The `format` tag of a backup file.
pub const BACKUP_FORMAT: &str = "ftm-planner-backup";

/// Why a stored plan or a backup file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not JSON, or not the shape we expect.
    Malformed(String),
    /// Written by a newer version of the app.
    TooNew(u32),
    /// Not one of our backup files.
    NotABackup,
    /// Bigger than a plan may be (see [`crate::domain::limits`]).
    TooLarge(LimitError),
}

impl EnvelopeError {
    /// The message in `language` (`Display` gives the English one).
    pub fn message_in(&self, language: Language) -> String {
        let t = ErrorText::get(language);
        match self {
            EnvelopeError::Malformed(why) => fill(t.file_malformed, &[("why", why)]),
            EnvelopeError::TooNew(v) => fill(t.file_too_new, &[("v", &v.to_string())]),
            EnvelopeError::NotABackup => t.not_a_backup.to_string(),
            EnvelopeError::TooLarge(e) => {
                fill(t.file_too_large, &[("why", &e.message_in(language))])
            }
        }
    }
}

impl std::fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Language::English))
    }
}

impl std::error::Error for EnvelopeError {}

/// A parse error in words short enough to show: serde quotes the offending
/// value, which can be megabytes long.
fn malformed(e: impl std::fmt::Display) -> EnvelopeError {
    const MAX: usize = 160;
    let text = e.to_string();
    EnvelopeError::Malformed(match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    })
}

/// A plan as stored: its schema version and its body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub plan: Value,
}

impl Envelope {
    /// Wrap a plan at the current schema version.
    pub fn wrap(plan: &Plan) -> Envelope {
        Envelope {
            schema: SCHEMA_VERSION,
            plan: plan_value(plan),
        }
    }

    /// Migrate to the current schema and read the plan.
    pub fn open(self) -> Result<Plan, EnvelopeError> {
        let body = migrate(self.schema, self.plan)?;
        Self::read(body)
    }

    /// The plan, migrated, refused if it is over the limits (for plans that
    /// come from outside: imports).
    pub fn open_checked(self) -> Result<Plan, EnvelopeError> {
        let body = migrate(self.schema, self.plan)?;
        limits::check_value(&body).map_err(EnvelopeError::TooLarge)?;
        Self::read(body)
    }

    fn read(body: Value) -> Result<Plan, EnvelopeError> {
        // Through JSON text rather than `from_value`: one serde instantiation of the
        // whole plan type instead of two keeps the shipped wasm smaller.
        serde_json::from_str(&body.to_string()).map_err(malformed)
    }
}

/// A plan as a JSON value (through JSON text, for the same size reason as above).
pub(crate) fn plan_value(plan: &Plan) -> Value {
    let text = serde_json::to_string(plan).expect("a plan always serializes");
    serde_json::from_str(&text).expect("serde_json reads what it writes")
}

/// Bring a plan body from `schema` up to [`SCHEMA_VERSION`].
///
/// Version 1 is the first released layout. Each later version adds one step
/// here that rewrites the JSON of version N into N+1 (`if schema < 2 { body =
/// v1_to_v2(body) }`), and a fixture `tests/fixtures/plan-vN.json` that the
/// native tests migrate.
pub fn migrate(schema: u32, body: Value) -> Result<Value, EnvelopeError> {
    if schema > SCHEMA_VERSION {
        return Err(EnvelopeError::TooNew(schema));
    }
    if schema == 0 {
        return Err(EnvelopeError::Malformed("no schema version".into()));
    }
    if !body.is_object() {
        return Err(EnvelopeError::Malformed("the plan is not an object".into()));
    }
    let mut body = body;
    if schema < 2 {
        body = v1_to_v2(body);
    }
    if schema < 4 {
        v3_to_v4(&mut body);
    }
    Ok(body)
}

/// v3 → v4: the new parts have defaults; a date of the year 00xx (a
/// two-digit year typed into a date field, "12/15/26") is read as 20xx.
fn v3_to_v4(body: &mut Value) {
    match body {
        Value::String(text) => {
            if let Some(fixed) = two_digit_year_fixed(text) {
                *text = fixed;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(v3_to_v4),
        Value::Object(fields) => fields.values_mut().for_each(v3_to_v4),
        _ => {}
    }
}

/// "0026-12-15" → "2026-12-15"; anything else → `None`.
fn two_digit_year_fixed(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let date_shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    (date_shaped && text.starts_with("00")).then(|| format!("20{}", &text[2..]))
}

/// v1 → v2: the voice's single `private` switch gives way to per-part sharing
/// choices. No child had been asked part by part, so nothing is shared until
/// the child says so (the safe reading: a child's words belong to the child).
fn v1_to_v2(mut body: Value) -> Value {
    if let Some(plan) = body.as_object_mut() {
        plan.remove("shared_for");
    }
    if let Some(children) = body.get_mut("children").and_then(Value::as_array_mut) {
        for child in children {
            if let Some(voice) = child.get_mut("voice").and_then(Value::as_object_mut) {
                voice.remove("private");
                voice.remove("sharing");
            }
        }
    }
    body
}

/// The team member a phone copy saved by version 1 was made for (it kept
/// `shared_for` in the plan; see [`SCHEMA_VERSION`]).
pub fn v1_shared_for(text: &str) -> Option<u32> {
    let env: Envelope = serde_json::from_str(text).ok()?;
    if env.schema >= 2 {
        return None;
    }
    env.plan
        .get("shared_for")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
}

/// Read one stored record (IndexedDB value as JSON text).
pub fn plan_from_json(text: &str) -> Result<Plan, EnvelopeError> {
    /// The schema alone, and that the plan is an object (skipped over,
    /// nothing of it is built).
    #[derive(Deserialize)]
    struct Schema {
        schema: u32,
        #[allow(dead_code)]
        plan: AnObject,
    }
    /// A plan of this schema, read straight into the plan.
    #[derive(Deserialize)]
    struct Current {
        plan: Plan,
    }
    // The usual case, a plan this version stored: without the JSON tree a
    // migration works on (built, written out and read again, that is most of
    // what opening a large plan costs).
    // Anything else it can't read (a repeated key, say) goes the long way.
    if serde_json::from_str::<Schema>(text).is_ok_and(|s| s.schema == SCHEMA_VERSION) {
        if let Ok(current) = serde_json::from_str::<Current>(text) {
            return Ok(current.plan);
        }
    }
    let env: Envelope = serde_json::from_str(text).map_err(malformed)?;
    env.open()
}

/// A JSON object, read past without building anything of it.
struct AnObject;

impl<'de> Deserialize<'de> for AnObject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Skip;
        impl<'de> serde::de::Visitor<'de> for Skip {
            type Value = AnObject;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AnObject, A::Error> {
                use serde::de::IgnoredAny;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(AnObject)
            }
        }
        deserializer.deserialize_map(Skip)
    }
}

/// A recovery copy of unsaved edits as kept in localStorage: the revision the
/// edits were based on, a line break, the plan's stored JSON.
pub fn recovery_text(revision: u64, json: &str) -> String {
    format!("{revision}\n{json}")
}

/// Read a recovery copy: the plan and the revision it was based on (`None` for
/// copies kept before revisions: the stored JSON alone). Copies kept before
/// December 2026 are that text quoted as one JSON string, and still read.
pub fn read_recovery(text: &str) -> Option<(Plan, Option<u64>)> {
    let unquoted: String;
    let text = if text.starts_with('"') {
        unquoted = serde_json::from_str(text).ok()?;
        unquoted.as_str()
    } else {
        text
    };
    let (revision, body) = match text.split_once('\n') {
        Some((first, rest)) if first.parse::<u64>().is_ok() => (first.parse().ok(), rest),
        _ => (None, text),
    };
    plan_from_json(body).ok().map(|p| (p, revision))
}

/// Write one plan as stored JSON.
///
/// Written straight from the plan (keys in the order the types declare them),
/// not through a JSON tree: autosave writes this on every pause in typing, and
/// the tree (text, read back, written again) tripled the cost on a large plan.
pub fn plan_to_json(plan: &Plan) -> String {
    #[derive(Serialize)]
    struct Stored<'a> {
        schema: u32,
        plan: &'a Plan,
    }
    serde_json::to_string(&Stored {
        schema: SCHEMA_VERSION,
        plan,
    })
    .expect("a plan always serializes")
}

/// A backup file: one or more plans.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct BackupFile {
    format: String,
    schema: u32,
    #[serde(default)]
    exported_at: String,
    plans: Vec<Value>,
}

/// Write a backup file holding `plans`; `exported_at` is an ISO date-time.
pub fn backup_to_json(plans: &[Plan], exported_at: &str) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT.into(),
        schema: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        plans: plans.iter().map(plan_value).collect(),
    };
    serde_json::to_string_pretty(&file).expect("a backup always serializes")
}

/// Read a backup file (or a single stored envelope) into plans, migrating each.
pub fn backup_from_json(text: &str) -> Result<Vec<Plan>, EnvelopeError> {
    let value: Value = serde_json::from_str(text).map_err(malformed)?;
    if value.get("format").and_then(Value::as_str) == Some(BACKUP_FORMAT) {
        let file: BackupFile = serde_json::from_value(value).map_err(malformed)?;
        return file
            .plans
            .into_iter()
            .map(|body| {
                Envelope {
                    schema: file.schema,
                    plan: body,
                }
                .open_checked()
            })
            .collect();
    }
    if value.get("schema").is_some() && value.get("plan").is_some() {
        let env: Envelope = serde_json::from_value(value).map_err(malformed)?;
        return Ok(vec![env.open_checked()?]);
    }
    Err(EnvelopeError::NotABackup)
}
