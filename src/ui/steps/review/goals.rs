//! The Review step's goals: each goal's statement (read-only), its progress,
//! and each task as one line (its words, its status) that opens to set the
//! status and say what helped or got in the way. A plan with 300 tasks builds
//! 300 lines and one open editor.

use leptos::prelude::*;

use crate::domain::i18n::fill;
use crate::domain::i18n::steps::review::ReviewText;
use crate::domain::{ItemId, Plan, Task};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::goals::expandable::ExpandableRow;
use crate::ui::steps::lists::{position_of, progressive};
use crate::ui::widgets::{ChoiceField, ItemForm, TextField};

fn task(p: &Plan, goal: ItemId, id: ItemId) -> Option<&Task> {
    p.goals
        .iter()
        .find(|g| g.id == goal)?
        .tasks
        .iter()
        .find(|t| t.id == id)
}

#[component]
pub fn ReviewGoals() -> impl IntoView {
    let plan = use_editor().plan;
    let t = ReviewText::get(ui_language());
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>())
    });
    let visible = progressive(ids);
    view! {
        <section class="review-goals" aria-labelledby="review-goals-title">
            <h2 id="review-goals-title">{t.goals}</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">{t.no_goals}</p>
            </Show>
            <ol class="cards" aria-busy=visible.aria_busy()>
                <For each=move || visible.shown.get() key=|id| *id let:goal>
                    <ReviewGoal goal=goal number=Signal::derive(move || position_of(&ids.get(), goal))/>
                </For>
            </ol>
        </section>
    }
}

#[component]
fn ReviewGoal(goal: ItemId, number: Signal<usize>) -> impl IntoView {
    let plan = use_editor().plan;
    let t = ReviewText::get(ui_language());
    let statement = Memo::new(move |_| {
        plan.with_item(goal, |p| {
            p.goals
                .iter()
                .find(|g| g.id == goal)
                .map(|g| {
                    let s = g.statement.trim();
                    if s.is_empty() { g.outcome.trim() } else { s }.to_string()
                })
                .unwrap_or_default()
        })
    });
    let tasks = Memo::new(move |_| {
        plan.with_structure(|p| {
            p.goals
                .iter()
                .find(|g| g.id == goal)
                .map(|g| g.tasks.iter().map(|t| t.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        <li class="card review-goal">
            <ItemForm>
                <h3>
                    {move || fill(t.goal_heading, &[("n", &number.get().to_string())])}": "
                    <span class="goal-statement">{move || {
                        let s = statement.get();
                        if s.is_empty() { t.untitled_goal.to_string() } else { s }
                    }}</span>
                </h3>
                <TextField label=t.goal_progress binding=field!(plan, goals[goal].progress)
                    multiline=true meter=true id=format!("review-goal-{goal}-progress")/>
                <ul class="task-list">
                    <For each=move || tasks.get() key=|id| *id let:id>
                        <ReviewTask goal=goal id=id number=Signal::derive(move || position_of(&tasks.get(), id))/>
                    </For>
                </ul>
            </ItemForm>
        </li>
    }
}

#[component]
fn ReviewTask(goal: ItemId, id: ItemId, number: Signal<usize>) -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = ReviewText::get(language);
    let title = Memo::new(move |_| {
        plan.with_item(id, |p| match task(p, goal, id).map(|t| t.what.trim()) {
            None | Some("") => t.new_task.to_string(),
            Some(what) => what.to_string(),
        })
    });
    let summary = Memo::new(move |_| {
        plan.with_item(id, |p| {
            task(p, goal, id)
                .map(|task| {
                    let note = task.review_note.trim();
                    if note.is_empty() {
                        task.status.label_in(language).to_string()
                    } else {
                        format!("{} · {}", task.status.label_in(language), note)
                    }
                })
                .unwrap_or_default()
        })
    });
    view! {
        <li class="task compact">
            <ExpandableRow id=id kind="review-task"
                name=Signal::derive(move || fill(t.task_name, &[("n", &number.get().to_string())]))
                title=title summary=summary private=Signal::derive(|| false)
                first_field=format!("review-task-{id}-note")>
                <div class="grid two">
                    <ChoiceField label=t.task_status binding=field!(plan, goals[goal].tasks[id].status)/>
                    <TextField label=t.review_note binding=field!(plan, goals[goal].tasks[id].review_note)
                        multiline=true id=format!("review-task-{id}-note")/>
                </div>
            </ExpandableRow>
        </li>
    }
}
