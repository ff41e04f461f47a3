//! The storage interface against real IndexedDB, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test web_storage`).
#![cfg(target_arch = "wasm32")]

use ftm_planner::domain::audience::plan_ref;
use ftm_planner::domain::{corpus, library, Plan, SavedCopy, SharedPlan};
use ftm_planner::storage::{delete_database, PlanStore, StorageError, DB_VERSION};
use serde_json::{json, Value};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn example(id: &str) -> Plan {
    corpus::import(corpus::EXAMPLE_PLAN_JSON, id, 1_700_000_000_000).unwrap()
}

async fn fresh(name: &str) -> PlanStore {
    let _ = delete_database(name).await;
    PlanStore::open_named(name, DB_VERSION)
        .await
        .expect("IndexedDB opens")
}

#[wasm_bindgen_test]
async fn save_load_list_delete_round_trip() {
    let store = fresh("test-round-trip").await;
    assert!(store.is_persistent());
    assert!(store.list().await.unwrap().is_empty());

    let a = example("a");
    let mut b = Plan::new("b", "Lee family", 5);
    b.meeting.purpose = "Keep Sam safe at home".into();
    store.save(&a).await.unwrap();
    store.save(&b).await.unwrap();

    assert_eq!(store.load("a").await.unwrap(), Some(a.clone()));
    assert_eq!(store.load("b").await.unwrap(), Some(b.clone()));
    assert_eq!(store.load("missing").await.unwrap(), None);

    let mut list = store.list().await.unwrap();
    list.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].family_name, "Rivera family");
    assert_eq!(list[0].child_names, vec!["Maya", "Jordan"]);

    // Saving again replaces, not duplicates.
    b.family_name = "Lee-Park family".into();
    store.save(&b).await.unwrap();
    assert_eq!(store.list().await.unwrap().len(), 2);
    assert_eq!(
        store.load("b").await.unwrap().unwrap().family_name,
        "Lee-Park family"
    );

    store.delete("a").await.unwrap();
    assert_eq!(store.load("a").await.unwrap(), None);
    assert_eq!(store.load_all().await.unwrap(), (vec![b], 0));
    store.delete("never-there").await.unwrap();
}

#[wasm_bindgen_test]
async fn plans_survive_reopening_the_database() {
    let store = fresh("test-reopen").await;
    store.save(&example("kept")).await.unwrap();
    store.close();
    let again = PlanStore::open_named("test-reopen", DB_VERSION)
        .await
        .unwrap();
    assert_eq!(again.load("kept").await.unwrap(), Some(example("kept")));
}

#[wasm_bindgen_test]
async fn failures_are_reported_not_panics() {
    // Opening with an older layout version than the browser has is refused.
    let store = fresh("test-fail").await;
    store.close();
    let _newer = PlanStore::open_named("test-fail", 3).await.unwrap();
    _newer.close();
    match PlanStore::open_named("test-fail", 2).await {
        Err(StorageError::Unavailable(_)) => {}
        other => panic!(
            "expected Unavailable, got {:?}",
            other.map(|s| s.is_persistent())
        ),
    }
    // A closed database refuses writes with a clear error.
    let closed = fresh("test-closed").await;
    closed.close();
    let err = closed.save(&example("x")).await.unwrap_err();
    assert!(err.to_string().contains("Download a backup"), "{err}");
    assert!(closed.list().await.is_err());
}

#[wasm_bindgen_test]
async fn memory_fallback_behaves_like_indexeddb() {
    let store = PlanStore::memory();
    assert!(!store.is_persistent());
    let plan = example("m");
    store.save(&plan).await.unwrap();
    assert_eq!(store.load("m").await.unwrap(), Some(plan.clone()));
    assert_eq!(store.list().await.unwrap()[0].family_name, "Rivera family");
    store.delete("m").await.unwrap();
    assert!(store.list().await.unwrap().is_empty());
}

/// A family plan as a link carries it (`family` sets the family name).
fn shared(plan_id: &str, family: &str, shared_for: Option<u32>) -> SharedPlan {
    let mut plan = library::example_plan(plan_id, 1_700_000_000_000);
    plan.family_name = family.into();
    match shared_for {
        Some(m) => plan.for_person(m).expect("a shared team member"),
        None => plan.for_family(),
    }
}

/// Save, list, load, replace by id and delete saved copies; plans untouched.
async fn check_saved_copies(store: &PlanStore) {
    assert!(store.list_saved().await.unwrap().is_empty());
    // (The library reads the copies only when there are any.)
    assert!(!store.has_saved().await.unwrap());
    let older = SavedCopy::new(shared("p1", "Rivera family", None), 1_000);
    let newer = SavedCopy::new(shared("p2", "Lee family", None), 2_000);
    assert_ne!(older.id, newer.id);
    store.save_saved(&older).await.unwrap();
    assert!(store.has_saved().await.unwrap());
    store.save_saved(&newer).await.unwrap();

    // Newest first, and exactly what was saved.
    assert_eq!(
        store.list_saved().await.unwrap(),
        vec![newer.clone(), older.clone()]
    );
    assert_eq!(
        store.load_saved(&older.id).await.unwrap(),
        Some(older.clone())
    );
    assert_eq!(store.load_saved("missing").await.unwrap(), None);
    // Saved copies are not the caseworker's plans.
    assert!(store.list().await.unwrap().is_empty());
    assert_eq!(store.load(&older.id).await.unwrap(), None);

    // A newer link of the same plan replaces the copy, not adds one.
    let again = SavedCopy::new(shared("p1", "Rivera-Delgado family", None), 3_000);
    assert_eq!(again.id, older.id);
    store.save_saved(&again).await.unwrap();
    let list = store.list_saved().await.unwrap();
    assert_eq!(list, vec![again.clone(), newer.clone()]);
    assert_eq!(list[0].title(), "Rivera-Delgado family");

    // One person's view of the same plan is a copy of its own.
    let elena = SavedCopy::new(shared("p1", "Rivera family", Some(12)), 4_000);
    assert_ne!(elena.id, again.id);
    store.save_saved(&elena).await.unwrap();
    assert_eq!(store.list_saved().await.unwrap().len(), 3);

    store.delete_saved(&again.id).await.unwrap();
    store.delete_saved(&elena.id).await.unwrap();
    assert_eq!(store.load_saved(&again.id).await.unwrap(), None);
    assert_eq!(store.list_saved().await.unwrap(), vec![newer.clone()]);
    store.delete_saved("never-there").await.unwrap();
    assert!(store.has_saved().await.unwrap());
    store.delete_saved(&newer.id).await.unwrap();
    assert!(!store.has_saved().await.unwrap());
    store.save_saved(&newer).await.unwrap();
}

#[wasm_bindgen_test]
async fn saved_copies_round_trip() {
    let store = fresh("test-saved").await;
    check_saved_copies(&store).await;
    // They survive reopening the database.
    let kept = SavedCopy::new(shared("p3", "Kim family", None), 5_000);
    store.save_saved(&kept).await.unwrap();
    let before = store.list_saved().await.unwrap();
    assert_eq!(before.len(), 2);
    assert_eq!(before[0], kept);
    store.close();
    let again = PlanStore::open_named("test-saved", DB_VERSION)
        .await
        .unwrap();
    assert_eq!(again.list_saved().await.unwrap(), before);
}

#[wasm_bindgen_test]
async fn memory_fallback_keeps_saved_copies_too() {
    check_saved_copies(&PlanStore::memory()).await;
}

/// The team member with a reluctance note in the example plan, and that note.
fn reluctance_of(plan: &Plan) -> (u32, String) {
    let member = plan
        .team
        .iter()
        .find(|m| !m.reluctance.trim().is_empty())
        .expect("the example plan has a reluctance note");
    (member.id, member.reluctance.clone())
}

/// Old phone copies (whole plans with `shared-` ids) move to saved copies of
/// the family's plan; the caseworker's plans stay.
async fn check_moving_phone_copies(store: &PlanStore) {
    let mut old = library::example_plan("shared-abc123", 1_700_000_000_000);
    old.updated_ms = 1_700_000_123_456;
    let (_, note) = reluctance_of(&old);
    let mine = library::example_plan("mine", 1_700_000_000_000);
    store.save(&mine).await.unwrap();
    // (Moving them runs only when there are any: a plan of the caseworker's is not one.)
    assert!(!store.has_phone_copies().await.unwrap());
    store.save(&old).await.unwrap();
    assert!(store.has_phone_copies().await.unwrap());

    // Never listed as an editable plan, even before moving.
    let listed: Vec<String> = store
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(listed, vec!["mine"]);

    assert_eq!(store.move_phone_copies().await.unwrap(), 1);
    let saved = store.list_saved().await.unwrap();
    assert_eq!(saved.len(), 1);
    let copy = &saved[0];
    assert_eq!(copy.saved_ms, 1_700_000_123_456);
    assert_eq!(copy.plan.shared_for, None);
    // Known by the caseworker's plan id, as a newer link of the same plan would be.
    assert_eq!(copy.plan.plan_ref, plan_ref("abc123"));
    let mut original = old.clone();
    original.id = "abc123".into();
    assert_eq!(copy.plan, original.for_family());
    assert_eq!(copy.id, SavedCopy::id_for(&original.for_family()));
    let text = serde_json::to_string(copy).unwrap();
    assert!(text.contains("Rivera family"), "{text}");
    assert!(
        !text.contains(&note),
        "the reluctance note stays out: {text}"
    );

    // Gone from the plans; moving again finds nothing.
    assert_eq!(store.load("shared-abc123").await.unwrap(), None);
    let listed: Vec<String> = store
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(listed, vec!["mine"]);
    assert_eq!(store.load_all().await.unwrap(), (vec![mine], 0));
    assert!(!store.has_phone_copies().await.unwrap());
    assert_eq!(store.move_phone_copies().await.unwrap(), 0);
    assert_eq!(store.list_saved().await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn move_phone_copies_moves_old_copies_out_of_the_plans() {
    let store = fresh("test-move").await;
    check_moving_phone_copies(&store).await;
}

#[wasm_bindgen_test]
async fn memory_fallback_moves_phone_copies_too() {
    check_moving_phone_copies(&PlanStore::memory()).await;
}

#[wasm_bindgen_test]
async fn a_newer_saved_copy_is_kept_when_moving() {
    let store = PlanStore::memory();
    let mut old = library::example_plan("shared-xyz", 0);
    old.updated_ms = 1_000;
    let mut original = old.clone();
    original.id = "xyz".into();
    let newer = SavedCopy::new(original.for_family(), 2_000);
    store.save_saved(&newer).await.unwrap();
    store.save(&old).await.unwrap();
    assert_eq!(store.move_phone_copies().await.unwrap(), 1);
    assert_eq!(store.list_saved().await.unwrap(), vec![newer]);
    assert_eq!(store.load("shared-xyz").await.unwrap(), None);
}

/// Put records into an object store as they are, behind the store's back.
async fn put_raw(db_name: &str, version: Option<u32>, store: &str, records: &[Value]) {
    let factory = idb::Factory::new().unwrap();
    let mut request = factory.open(db_name, version).unwrap();
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        let db = event.database().unwrap();
        // The layout of version 1: plans only.
        if !db.store_names().iter().any(|s| s == "plans") {
            let mut params = idb::ObjectStoreParams::new();
            params.key_path(Some(idb::KeyPath::new_single("id")));
            db.create_object_store("plans", params).unwrap();
        }
    });
    let db = request.await.unwrap();
    let tx = db
        .transaction(&[store], idb::TransactionMode::ReadWrite)
        .unwrap();
    let object_store = tx.object_store(store).unwrap();
    for record in records {
        let value = js_sys::JSON::parse(&record.to_string()).unwrap();
        object_store.put(&value, None).unwrap().await.unwrap();
    }
    tx.commit().unwrap().await.unwrap();
    db.close();
}

/// A record as version 1 of the app stored a phone copy of one person's link:
/// schema 1, `shared_for` inside the plan, id `shared-<plan id>-<member>`.
fn v1_phone_copy_record(member: u32, updated_ms: i64) -> Value {
    let mut envelope: Value = serde_json::from_str(include_str!("fixtures/plan-v1.json")).unwrap();
    assert_eq!(envelope["schema"], 1);
    envelope["plan"]["shared_for"] = json!(member);
    envelope["plan"]["updated_ms"] = json!(updated_ms);
    let plan_id = envelope["plan"]["id"].as_str().unwrap().to_string();
    json!({
        "id": format!("shared-{plan_id}-{member}"),
        "family_name": envelope["plan"]["family_name"],
        "child_names": ["Maya", "Jordan"],
        "updated_ms": updated_ms,
        "envelope": envelope.to_string(),
    })
}

#[wasm_bindgen_test]
async fn upgrading_a_version_1_database_moves_one_persons_copy() {
    let name = "test-upgrade";
    let _ = delete_database(name).await;
    let rosa = 14; // Rosa Delgado in the fixture; Marcus (13) has the reluctance note
    let plain = library::example_plan("kept-plan", 5);
    let plain_record = json!({
        "id": "kept-plan",
        "family_name": plain.family_name,
        "child_names": [],
        "updated_ms": 5,
        "envelope": ftm_planner::domain::envelope::plan_to_json(&plain),
    });
    let broken = json!({
        "id": "shared-broken",
        "family_name": "Broken",
        "child_names": [],
        "updated_ms": 1,
        "envelope": "not a plan",
    });
    put_raw(
        name,
        Some(1),
        "plans",
        &[v1_phone_copy_record(rosa, 42_000), plain_record, broken],
    )
    .await;

    let store = PlanStore::open_named(name, DB_VERSION).await.unwrap();
    // The plan that can't be read is left where it was.
    assert_eq!(store.move_phone_copies().await.unwrap(), 1);
    let saved = store.list_saved().await.unwrap();
    assert_eq!(saved.len(), 1);
    let copy = &saved[0];
    assert_eq!(copy.saved_ms, 42_000);
    assert_eq!(copy.plan.shared_for, Some(rosa));
    assert_eq!(copy.plan.plan_ref, plan_ref("fixture-v1"));
    assert_eq!(copy.id, format!("{:08x}-{rosa}", plan_ref("fixture-v1")));
    assert_eq!(copy.title(), "Rivera family — Rosa Delgado's view");
    // Only Rosa's tasks (she does or checks three).
    assert_eq!(copy.plan.tasks().count(), 3);
    assert!(copy
        .plan
        .tasks()
        .all(|(_, t)| t.who.contains(&rosa) || t.checker == Some(rosa)));
    let text = serde_json::to_string(copy).unwrap();
    assert!(text.contains("Rivera family"));
    assert!(!text.contains("Works night shifts"), "{text}");

    let listed: Vec<String> = store
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(listed, vec!["kept-plan"]);
    assert_eq!(store.load("kept-plan").await.unwrap(), Some(plain));
    assert!(matches!(
        store.load("shared-broken").await,
        Err(StorageError::Damaged(_))
    ));
    assert_eq!(
        store
            .load(&format!("shared-fixture-v1-{rosa}"))
            .await
            .unwrap(),
        None
    );
}

#[wasm_bindgen_test]
async fn unreadable_saved_copies_are_skipped() {
    let name = "test-saved-damaged";
    let store = fresh(name).await;
    let good = SavedCopy::new(shared("p1", "Rivera family", None), 1_000);
    store.save_saved(&good).await.unwrap();
    store.close();
    put_raw(
        name,
        None,
        "saved",
        &[
            json!({"id": "bad", "saved_ms": 5, "title": "", "body": "not json"}),
            json!({"id": "future", "saved_ms": 6, "title": "", "body": "{\"v\":99}"}),
        ],
    )
    .await;
    let store = PlanStore::open_named(name, DB_VERSION).await.unwrap();
    assert_eq!(store.list_saved().await.unwrap(), vec![good]);
    assert!(matches!(
        store.load_saved("future").await,
        Err(StorageError::Damaged(
            ftm_planner::domain::envelope::EnvelopeError::TooNew(99)
        ))
    ));
    assert!(matches!(
        store.load_saved("bad").await,
        Err(StorageError::Damaged(_))
    ));
}

#[wasm_bindgen_test]
async fn an_open_database_lets_a_newer_version_upgrade_it() {
    // Another tab with a newer version of the planner must not wait forever
    // for this one: the older connection lets go, and then says so.
    let older = fresh("test-version-change").await;
    older.save(&example("a")).await.unwrap();
    let newer = PlanStore::open_named("test-version-change", DB_VERSION + 1)
        .await
        .unwrap();
    assert_eq!(newer.load("a").await.unwrap(), Some(example("a")));
    assert!(older.list().await.is_err());
    newer.close();
}

/// Issue 9: two tabs on one plan. A save based on an older revision is
/// refused without writing; the plan stored stays the newer one.
async fn check_compare_and_swap(store: &PlanStore) {
    let plan = Plan::new("cas", "Lee family", 1);
    store.save(&plan).await.unwrap();
    let (_, rev) = store.load_revision("cas").await.unwrap().unwrap();
    assert_eq!(rev, 1);

    // Tab 1 saves on top of revision 1.
    let mut tab1 = plan.clone();
    tab1.meeting.purpose = "typed in tab 1".into();
    let rev1 = store.save_if(&tab1, rev).await.unwrap();
    assert_eq!(rev1, 2);

    // Tab 2 still holds revision 1: refused, and tab 1's text stays.
    let mut tab2 = plan.clone();
    tab2.family_name = "typed in tab 2".into();
    assert_eq!(store.save_if(&tab2, rev).await, Err(StorageError::Conflict));
    let (stored, now) = store.load_revision("cas").await.unwrap().unwrap();
    assert_eq!((stored, now), (tab1.clone(), 2));

    // Having loaded revision 2, tab 2's edit goes in.
    let mut tab2 = tab1.clone();
    tab2.family_name = "typed in tab 2".into();
    assert_eq!(store.save_if(&tab2, 2).await, Ok(3));
    let stored = store.load("cas").await.unwrap().unwrap();
    assert_eq!(stored.meeting.purpose, "typed in tab 1");
    assert_eq!(stored.family_name, "typed in tab 2");

    // A plan missing from storage: deleted elsewhere (IndexedDB), or not yet
    // in memory when the app fell back to it.
    if store.is_persistent() {
        assert_eq!(
            store.save_if(&Plan::new("gone", "X", 1), 4).await,
            Err(StorageError::Conflict),
            "a plan missing from IndexedDB was deleted elsewhere"
        );
    } else {
        assert_eq!(
            store.save_if(&Plan::new("gone", "X", 1), 4).await,
            Ok(1),
            "memory holds this tab's plans only: a plan open when the app fell back to memory is written"
        );
    }
    // A new plan is revision 0 until it is first written.
    assert_eq!(store.save_if(&Plan::new("new", "X", 1), 0).await, Ok(1));
    assert_eq!(
        store.save_if(&Plan::new("new", "X", 1), 0).await,
        Err(StorageError::Conflict)
    );
}

#[wasm_bindgen_test]
async fn saves_are_compare_and_swap_on_the_revision() {
    check_compare_and_swap(&fresh("test-cas").await).await;
}

#[wasm_bindgen_test]
async fn memory_fallback_is_compare_and_swap_too() {
    check_compare_and_swap(&PlanStore::memory()).await;
}

/// Two saves racing from two connections (two tabs): exactly one wins.
#[wasm_bindgen_test]
async fn racing_saves_from_two_connections_never_both_win() {
    let a = fresh("test-cas-race").await;
    let b = PlanStore::open_named("test-cas-race", DB_VERSION)
        .await
        .unwrap();
    let plan = Plan::new("race", "Lee family", 1);
    a.save(&plan).await.unwrap();
    let mut one = plan.clone();
    one.meeting.purpose = "one".into();
    let mut two = plan.clone();
    two.meeting.purpose = "two".into();
    let (r1, r2) = futures::join!(a.save_if(&one, 1), b.save_if(&two, 1));
    assert!(
        r1.is_ok() != r2.is_ok(),
        "exactly one save wins: {r1:?} {r2:?}"
    );
    let winner = if r1.is_ok() { one } else { two };
    assert_eq!(a.load("race").await.unwrap(), Some(winner));
    a.close();
    b.close();
}

/// A plan opens from the two fields of its record it needs (the plan's JSON
/// and the revision); a record kept before revisions opens as revision 0, one
/// whose plan can't be read is reported as damaged, and so is a record that is
/// not a record at all.
#[wasm_bindgen_test]
async fn plans_open_from_their_record_fields_old_and_new() {
    let name = "test-record-fields";
    let _ = delete_database(name).await;
    let plain = library::example_plan("with-revision", 5);
    let text = ftm_planner::domain::envelope::plan_to_json(&plain);
    let mut before = plain.clone();
    before.id = "before-revisions".into();
    put_raw(
        name,
        Some(1),
        "plans",
        &[
            json!({"id": "with-revision", "family_name": "", "child_names": [], "updated_ms": 5,
                   "revision": 7, "envelope": text}),
            json!({"id": "before-revisions", "family_name": "", "child_names": [], "updated_ms": 5,
                   "envelope": ftm_planner::domain::envelope::plan_to_json(&before)}),
            json!({"id": "broken-plan", "family_name": "", "child_names": [], "updated_ms": 5,
                   "revision": 2, "envelope": "{\"schema\": 2, \"plan\": 3}"}),
            json!({"id": "not-a-record", "revision": 2, "envelope": 3}),
        ],
    )
    .await;
    let store = PlanStore::open_named(name, DB_VERSION).await.unwrap();
    assert_eq!(
        store.load_revision("with-revision").await.unwrap(),
        Some((plain, 7))
    );
    assert_eq!(
        store.load_revision("before-revisions").await.unwrap(),
        Some((before, 0))
    );
    assert!(matches!(
        store.load_revision("broken-plan").await,
        Err(StorageError::Damaged(_))
    ));
    assert!(matches!(
        store.load_revision("not-a-record").await,
        Err(StorageError::Damaged(_))
    ));
    assert_eq!(store.load_revision("no-such-plan").await.unwrap(), None);
    store.close();
}
