//! The storage interface against real IndexedDB, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test web_storage`).
#![cfg(target_arch = "wasm32")]

use ftm_planner::domain::{corpus, Plan};
use ftm_planner::storage::{delete_database, PlanStore, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn example(id: &str) -> Plan {
    corpus::import(corpus::EXAMPLE_PLAN_JSON, id, 1_700_000_000_000).unwrap()
}

async fn fresh(name: &str) -> PlanStore {
    let _ = delete_database(name).await;
    PlanStore::open_named(name, 1)
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
    let again = PlanStore::open_named("test-reopen", 1).await.unwrap();
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
