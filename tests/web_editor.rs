//! Editor components mounted in headless Chromium, the way leptos
//! `examples/counters/tests/web.rs` does it
//! (`cargo test --target wasm32-unknown-unknown --test web_editor`):
//! a field binding, fine-grained updates, undo after a deletion, autosave.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use ftm_planner::domain::{Plan, Strength};
use ftm_planner::ui::bind::bind;
use ftm_planner::ui::context::AppContext;
use ftm_planner::ui::editor_state::{EditorContext, SaveStatus};
use ftm_planner::ui::plan_state::PlanState;
use ftm_planner::ui::steps::strengths::StrengthsStep;
use ftm_planner::ui::widgets::TextField;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn plan_with_strengths(id: &str, texts: &[&str]) -> Plan {
    let mut plan = Plan::new(id, "Rivera family", 1_700_000_000_000);
    for text in texts {
        let id = plan.alloc_id();
        plan.strengths.push(Strength {
            id,
            text: text.to_string(),
            ..Strength::default()
        });
    }
    plan
}

fn host() -> HtmlElement {
    let document = document();
    let host = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mount what `view` builds inside an editor of `plan`, with the app's and
/// the editor's contexts provided as the editor provides them. Returns the
/// editor, the app and the mounted view (dropping it unmounts).
async fn in_editor<V: IntoView + 'static>(
    plan: Plan,
    view: impl FnOnce(EditorContext, AppContext) -> V + 'static,
) -> (EditorContext, AppContext, impl Sized) {
    let handles = StoredValue::new(None::<(EditorContext, AppContext)>);
    let mounted = mount_to(host(), move || {
        let app = AppContext::start();
        provide_context(app);
        let ctx = EditorContext::new(plan, 0, app);
        handles.set_value(Some((ctx, app)));
        provide_context(ctx);
        view(ctx, app)
    });
    settle().await;
    let (editor, app) = handles.get_value().unwrap();
    (editor, app, mounted)
}

/// Type into a text area as a person would: set the value, fire `input`.
fn type_into(el: &HtmlTextAreaElement, text: &str) {
    el.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn strength_texts(editor: &EditorContext) -> Vec<String> {
    editor
        .plan
        .with_untracked(|p| p.strengths.iter().map(|s| s.text.clone()).collect())
}

fn click(selector: &str) {
    let button: HtmlElement = document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into();
    button.click();
}

fn textarea(id: &str) -> HtmlTextAreaElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id} is on the page"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_field_binding_writes_its_own_item_and_follows_the_plan() {
    let plan = PlanState::new(plan_with_strengths("bind", &["Rosa helps", "Elena cooks"]));
    let (a, b) = plan.with_untracked(|p| (p.strengths[0].id, p.strengths[1].id));
    // Count how often each binding reads the plan.
    let reads_a = Arc::new(AtomicUsize::new(0));
    let reads_b = Arc::new(AtomicUsize::new(0));
    let counted = move |n: Arc<AtomicUsize>, id| {
        bind(
            plan,
            [id],
            move |p: &Plan| {
                n.fetch_add(1, Ordering::Relaxed);
                p.strengths.iter().find(|s| s.id == id).map(|s| &s.text)
            },
            move |p: &mut Plan| {
                p.strengths
                    .iter_mut()
                    .find(|s| s.id == id)
                    .map(|s| &mut s.text)
            },
        )
    };
    let (ra, rb) = (reads_a.clone(), reads_b.clone());
    let _mounted = mount_to(host(), move || {
        let binding_a = counted(ra.clone(), a);
        let binding_b = counted(rb.clone(), b);
        view! {
            <TextField label="A" binding=binding_a id="field-a" multiline=true/>
            <TextField label="B" binding=binding_b id="field-b" multiline=true/>
        }
    });
    settle().await;
    assert_eq!(textarea("field-a").value(), "Rosa helps");
    let (a0, b0) = (
        reads_a.load(Ordering::Relaxed),
        reads_b.load(Ordering::Relaxed),
    );

    // A keystroke in A writes A, and re-runs A's binding only.
    type_into(&textarea("field-a"), "Rosa helps every day");
    settle().await;
    assert_eq!(
        plan.with_untracked(|p| p.strengths[0].text.clone()),
        "Rosa helps every day"
    );
    assert_eq!(
        plan.with_untracked(|p| p.strengths[1].text.clone()),
        "Elena cooks"
    );
    assert!(reads_a.load(Ordering::Relaxed) > a0);
    assert_eq!(
        reads_b.load(Ordering::Relaxed),
        b0,
        "typing in A must not re-run B"
    );

    // Adding an item touches neither binding.
    plan.add(|p| {
        let id = p.alloc_id();
        p.strengths.push(Strength {
            id,
            ..Strength::default()
        });
    })
    .unwrap();
    settle().await;
    assert_eq!(
        reads_b.load(Ordering::Relaxed),
        b0,
        "adding an item must not re-run B"
    );

    // Issue 9: at the limit, adding is refused and the plan stays as it was.
    let limit = ftm_planner::domain::limits::MAX_LIST_ITEMS;
    let mut full = plan.get_untracked();
    full.strengths.resize(limit, Strength::default());
    let full = PlanState::new(full);
    let before = full.get_untracked();
    let refused = full.add(|p| {
        let id = p.alloc_id();
        p.strengths.push(Strength {
            id,
            ..Strength::default()
        });
    });
    assert!(refused.is_err());
    assert_eq!(full.get_untracked(), before);

    // A change of unknown reach reaches every field, and the field shows it.
    plan.update(|p| p.strengths[1].text = "Elena cooks dinner".into());
    settle().await;
    assert_eq!(textarea("field-b").value(), "Elena cooks dinner");
}

#[wasm_bindgen_test]
async fn after_a_deletion_typing_lands_in_the_right_strength_and_undo_brings_it_back() {
    let plan = plan_with_strengths("undo", &["first", "second", "third"]);
    let ids: Vec<u32> = plan.strengths.iter().map(|s| s.id).collect();
    let (editor, _app, _mounted) = in_editor(plan, |_, _| view! { <StrengthsStep/> }).await;

    // Delete the first strength with its button, then type into the one after it.
    click("[aria-label='Delete strength 1']");
    settle().await;
    assert!(document()
        .get_element_by_id(&format!("strength-{}", ids[0]))
        .is_none());
    type_into(&textarea(&format!("strength-{}", ids[1])), "second, edited");
    settle().await;
    assert_eq!(strength_texts(&editor), ["second, edited", "third"]);

    // Undo is refused now: the plan changed after the deletion.
    assert!(!editor.undo_deletion());

    // Delete again and undo at once: the strength is back, in its place, on the page.
    click("[aria-label='Delete strength 2']");
    settle().await;
    assert_eq!(editor.plan.with_untracked(|p| p.strengths.len()), 1);
    assert!(editor.undo_deletion());
    settle().await;
    assert_eq!(textarea(&format!("strength-{}", ids[2])).value(), "third");
    type_into(&textarea(&format!("strength-{}", ids[2])), "third, edited");
    settle().await;
    assert_eq!(strength_texts(&editor), ["second, edited", "third, edited"]);
}

#[wasm_bindgen_test]
async fn autosave_writes_once_typing_pauses_and_says_saved() {
    let plan = plan_with_strengths("autosave-test", &["first"]);
    let id = plan.strengths[0].id;
    let (editor, app, _mounted) = in_editor(plan, |ctx, app| {
        ftm_planner::ui::autosave::start(ctx, app);
        view! { <StrengthsStep/> }
    })
    .await;
    let store = app.ready_store().await;
    let field = textarea(&format!("strength-{id}"));
    for text in ["f", "fi", "fir", "firs", "first!"] {
        type_into(&field, text);
        settle().await;
        assert_eq!(editor.status.get_untracked(), SaveStatus::Saving);
    }
    // Nothing is written while typing goes on…
    assert_eq!(store.load("autosave-test").await.unwrap(), None);
    // …and the plan is written within the save delay once it pauses.
    sleep(ftm_planner::ui::autosave::SAVE_DELAY.as_millis() as i32 + 400).await;
    let saved = store.load("autosave-test").await.unwrap().expect("saved");
    assert_eq!(saved.strengths[0].text, "first!");
    assert_eq!(editor.status.get_untracked(), SaveStatus::Saved);
}

#[wasm_bindgen_test]
async fn who_checks_follows_the_plan_and_writes_the_choice() {
    use ftm_planner::domain::{Task, TeamMember};
    use ftm_planner::ui::widgets::MemberSelect;
    let mut plan = Plan::new("select", "Rivera family", 1);
    for name in ["Elena Rivera", "Rosa Delgado"] {
        let id = plan.alloc_id();
        plan.team.push(TeamMember {
            id,
            name: name.into(),
            ..TeamMember::default()
        });
    }
    let (elena, rosa) = (plan.team[0].id, plan.team[1].id);
    let goal_id = plan.alloc_id();
    let task_id = plan.alloc_id();
    plan.goals.push(ftm_planner::domain::Goal {
        id: goal_id,
        tasks: vec![Task {
            id: task_id,
            checker: Some(rosa),
            ..Task::default()
        }],
        ..Default::default()
    });
    let editor = StoredValue::new(None::<EditorContext>);
    let _mounted = mount_to(host(), move || {
        let app = AppContext::start();
        let ctx = EditorContext::new(plan, 0, app);
        editor.set_value(Some(ctx));
        let checker = ftm_planner::field!(ctx.plan, goals[goal_id].tasks[task_id].checker);
        view! { <div id="select-host"><MemberSelect label="Who checks" team=ctx.team binding=checker/></div> }
    });
    settle().await;
    let editor = editor.get_value().unwrap();
    let select: web_sys::HtmlSelectElement = document()
        .query_selector("#select-host select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.value(), rosa.to_string());
    // The plan changes elsewhere (undo, another field): the list follows.
    editor
        .plan
        .update(|p| p.goals[0].tasks[0].checker = Some(elena));
    settle().await;
    assert_eq!(select.value(), elena.to_string());
    // Choosing in the list writes the plan.
    select.set_value("");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        editor.plan.with_untracked(|p| p.goals[0].tasks[0].checker),
        None
    );
    // A renamed member is renamed in the list, and the choice stays.
    editor
        .plan
        .update(|p| p.goals[0].tasks[0].checker = Some(rosa));
    settle().await;
    assert_eq!(select.value(), rosa.to_string());
    editor
        .plan
        .edit(&[rosa], |p| p.team[1].name = "Rosa D.".into());
    settle().await;
    assert_eq!(select.value(), rosa.to_string());
    assert_eq!(
        select
            .selected_options()
            .item(0)
            .unwrap()
            .text_content()
            .unwrap(),
        "Rosa D."
    );
    // Removing someone listed before the chosen person keeps the choice.
    editor.delete_with_undo("Removed", |p| {
        p.remove_member(elena);
    });
    settle().await;
    assert_eq!(select.value(), rosa.to_string());
    assert_eq!(select.options().length(), 2, "someone else + Rosa");
    // Removing the chosen person clears the task's checker; undo brings both
    // back, and this list (which lived through it) shows the choice again.
    assert!(editor.undo_deletion());
    settle().await;
    editor.delete_with_undo("Removed", |p| {
        p.remove_member(rosa);
    });
    settle().await;
    assert_eq!(
        editor.plan.with_untracked(|p| p.goals[0].tasks[0].checker),
        None
    );
    assert_eq!(select.value(), "");
    assert!(editor.undo_deletion());
    settle().await;
    assert_eq!(select.value(), rosa.to_string());
    assert_eq!(select.options().length(), 3);
}

/// A page that counts its own cleanup and shows a signal.
#[component]
fn CountedPage(
    name: &'static str,
    dropped: Arc<AtomicUsize>,
    count: ReadSignal<u32>,
) -> impl IntoView {
    on_cleanup(move || {
        dropped.fetch_add(1, Ordering::SeqCst);
    });
    view! { <p class=name>{move || format!("{name} {}", count.get())}</p> }
}

#[wasm_bindgen_test]
async fn a_page_left_leaves_at_once_and_its_state_is_dropped_after_the_new_one_has_painted() {
    use ftm_planner::ui::page_swap::PageSwap;
    let (which, set_which) = signal(1u8);
    let (count, set_count) = signal(0u32);
    let dropped = Arc::new(AtomicUsize::new(0));
    let host = host();
    let counted = dropped.clone();
    let mounted = mount_to(host.clone(), move || {
        let page = Memo::new(move |_| which.get());
        let counted = counted.clone();
        view! {
            <PageSwap page=page render=move |n| {
                let name = if n == 1 { "first" } else { "second" };
                view! { <CountedPage name=name dropped=counted.clone() count=count/> }.into_any()
            }/>
        }
    });
    settle().await;
    let text = |selector: &str| {
        host.query_selector(selector)
            .unwrap()
            .map(|el| el.text_content().unwrap_or_default())
    };
    assert_eq!(text(".first").as_deref(), Some("first 0"));
    let first = host.query_selector(".first").unwrap().unwrap();

    set_which.set(2);
    settle().await;
    // The new page is shown and the old one has left the document, but its
    // reactive state (its cleanups) is not dropped yet.
    let views = host.query_selector_all(".page-view").unwrap();
    assert_eq!(views.length(), 1);
    assert_eq!(
        views.item(0).unwrap().text_content().as_deref(),
        Some("second 0")
    );
    assert_eq!(text(".first"), None);
    assert_eq!(dropped.load(Ordering::SeqCst), 0);
    // Its effects are paused: a change reaches the page on screen only.
    set_count.set(3);
    settle().await;
    assert_eq!(text(".second").as_deref(), Some("second 3"));
    assert_eq!(first.text_content().as_deref(), Some("first 0"));

    // After the next frame, once the page is idle (within a second), its
    // reactive state is dropped too.
    for _ in 0..40 {
        if dropped.load(Ordering::SeqCst) > 0 {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(dropped.load(Ordering::SeqCst), 1);
    // The page on screen still follows its signals.
    set_count.set(5);
    settle().await;
    assert_eq!(text(".second").as_deref(), Some("second 5"));

    // Unmounting takes down the page on screen too.
    drop(mounted);
    assert_eq!(dropped.load(Ordering::SeqCst), 2);
    assert_eq!(text(".second"), None);
}

#[wasm_bindgen_test]
async fn what_repeats_a_field_catches_up_once_typing_pauses() {
    use ftm_planner::ui::debounce::{settled, SETTLE};
    let source = RwSignal::new("a".to_string());
    let owner = Owner::new();
    let shown: Signal<String> = owner.with(|| settled(source.into()));
    let pause = SETTLE.as_millis() as i32;
    // Keys closer together than the pause: nothing shown changes until it comes.
    for text in ["ab", "abc", "abcd"] {
        source.set(text.into());
        settle().await;
        sleep(pause / 3).await;
        assert_eq!(shown.get_untracked(), "a", "after {text:?}");
    }
    sleep(pause + 50).await;
    assert_eq!(shown.get_untracked(), "abcd");
}

#[wasm_bindgen_test]
async fn the_reading_meter_follows_the_text_once_typing_pauses() {
    use ftm_planner::ui::debounce::SETTLE;
    let plan = PlanState::new(plan_with_strengths("meter", &[""]));
    let id = plan.with_untracked(|p| p.strengths[0].id);
    let _mounted = mount_to(host(), move || {
        let binding = bind(
            plan,
            [id],
            move |p: &Plan| p.strengths.iter().find(|s| s.id == id).map(|s| &s.text),
            move |p: &mut Plan| {
                p.strengths
                    .iter_mut()
                    .find(|s| s.id == id)
                    .map(|s| &mut s.text)
            },
        );
        view! { <section id="meter-host"><TextField label="M" binding=binding id="field-m" multiline=true meter=true/></section> }
    });
    settle().await;
    let meter = || document().query_selector("#meter-host .meter").unwrap();
    assert!(meter().is_none(), "no text, no meter");
    let field = textarea("field-m");
    type_into(&field, "The interdisciplinary team will collaboratively facilitate comprehensive reunification planning.");
    settle().await;
    assert!(meter().is_none(), "not while the key is handled");
    sleep(SETTLE.as_millis() as i32 + 100).await;
    let hard = meter().expect("a meter once typing pauses");
    let grade = |m: &web_sys::Element| {
        m.get_attribute("data-grade")
            .unwrap()
            .parse::<f32>()
            .unwrap()
    };
    let hard_grade = grade(&hard);
    assert_eq!(hard.class_name(), "meter hard");
    type_into(&field, "We will make a plan. The kids can come home.");
    settle().await;
    sleep(SETTLE.as_millis() as i32 + 100).await;
    let easy = meter().expect("still there");
    assert!(
        grade(&easy) < hard_grade,
        "{} then {}",
        hard_grade,
        grade(&easy)
    );
    assert_ne!(easy.class_name(), "meter hard");
    // The same element: a keystroke changes what it says, not the element.
    assert!(hard.is_same_node(Some(&easy)));
}

#[wasm_bindgen_test]
async fn the_plan_summary_is_left_be_while_an_agreement_is_typed_and_catches_up_with_the_plan() {
    use ftm_planner::ui::debounce::SETTLE;
    use ftm_planner::ui::steps::agreements::PlanSummaryView;
    let plan = plan_with_strengths("summary", &["Grandma cooks on Sundays"]);
    let id = plan.strengths[0].id;
    let (editor, _app, _mounted) = in_editor(plan, |ctx, _| {
        let binding = bind(
            ctx.plan,
            [],
            |p: &Plan| Some(&p.agreements.family_words),
            |p: &mut Plan| Some(&mut p.agreements.family_words),
        );
        view! {
            <section id="summary-host">
                <PlanSummaryView/>
                <TextField label="In the family's words" binding=binding id="family-words" multiline=true/>
            </section>
        }
    })
    .await;
    let pause = SETTLE.as_millis() as i32;
    let list = || {
        document()
            .query_selector("#summary-host .summary-list")
            .unwrap()
            .expect("the summary's list")
    };
    let first = list();
    // The overall reading's line is there from the start (filled in after the
    // first paint), so nothing below it moves.
    assert!(document()
        .query_selector("#summary-host .overall-reading")
        .unwrap()
        .is_some());
    assert!(first
        .text_content()
        .unwrap()
        .contains("Grandma cooks on Sundays"));

    // Typing an agreement: the summary is not built again, during or after.
    let field = textarea("family-words");
    for text in ["We", "We agree", "We agree to meet"] {
        type_into(&field, text);
        settle().await;
        assert!(list().is_same_node(Some(&first)), "while typing {text:?}");
    }
    sleep(pause + 100).await;
    assert!(list().is_same_node(Some(&first)), "once typing pauses");
    assert_eq!(
        editor
            .plan
            .with_untracked(|p| p.agreements.family_words.clone()),
        "We agree to meet"
    );

    // A change to what it says shows once changes pause.
    editor.plan.edit(&[id], |p| {
        p.strengths[0].text = "Grandma cooks every Sunday".into()
    });
    settle().await;
    assert!(list()
        .text_content()
        .unwrap()
        .contains("Grandma cooks on Sundays"));
    sleep(pause + 100).await;
    let text = list().text_content().unwrap();
    assert!(text.contains("Grandma cooks every Sunday"), "{text}");
    assert!(!text.contains("Grandma cooks on Sundays"));

    // The plan replaced (undo, a newer version from another tab): the same.
    let mut older = editor.plan.get_untracked();
    older.strengths[0].text = "Grandma cooks on Sundays".into();
    editor.plan.try_set(older);
    sleep(pause + 100).await;
    assert!(list()
        .text_content()
        .unwrap()
        .contains("Grandma cooks on Sundays"));
}
