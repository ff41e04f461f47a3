//! Step 5: what needs to happen — outcomes in the four domains (C1), a SMART
//! goal with a live hint, tasks (who / what / where / by when / who checks) and
//! services (D7, K1), with the referral reminder of policy P2.

mod expandable;
mod service;
mod smart_hints;
mod task;

use leptos::prelude::*;

use crate::domain::insert_after;
use crate::domain::{Goal, ItemId, Service, Task};
use crate::field;
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::PlanState;
use crate::ui::steps::lists::{add_item, position_of, progressive};
use crate::ui::steps::referral::ReferralReminder;
use crate::ui::widgets::{ChoiceField, PrivateToggle, Prompt, TextField};
use expandable::{use_open_item, OpenItem};
use service::ServiceRow;
use smart_hints::SmartHints;
use task::TaskRow;

#[component]
pub fn GoalsStep() -> impl IntoView {
    provide_context(OpenItem::new());
    let editor = use_editor();
    let plan = editor.plan;
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>())
    });
    // A plan with 40 goals shows its first cards at once and builds the rest a
    // few per frame, so the step appears without one long freeze.
    let visible = progressive(ids);
    let add = move |_| {
        add_item(
            plan,
            |p, id| {
                p.goals.push(Goal {
                    id,
                    ..Goal::default()
                });
            },
            |id| format!("goal-{id}-outcome"),
        );
    };
    view! {
        <Prompt>"What would you like to be different? What will people see happening when things are better?"</Prompt>
        <Prompt>"Keep goals few and reachable. Ask: what would it take? Don't settle for a weaker plan because it's what is available."</Prompt>
        <div class="goals" aria-busy=visible.aria_busy()>
            <For each=move || visible.shown.get() key=|id| *id let:id>
                <GoalCard id=id/>
            </For>
        </div>
        <button class="button add" id="add-goal" on:click=add>"+ Add a goal"</button>
    }
}

#[component]
fn GoalCard(id: ItemId) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let task_ids = Memo::new(move |_| {
        plan.with_structure(|p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .map(|g| g.tasks.iter().map(|t| t.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let service_ids = Memo::new(move |_| {
        plan.with_structure(|p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .map(|g| g.services.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let open = use_open_item();
    let open_service = open.clone();
    let add_task = Callback::new(move |after: Option<ItemId>| {
        let open = open.clone();
        add_item(
            plan,
            |p, tid| {
                if let Some(g) = p.goals.iter_mut().find(|g| g.id == id) {
                    insert_after(
                        &mut g.tasks,
                        after,
                        Task {
                            id: tid,
                            ..Task::default()
                        },
                    );
                }
            },
            move |tid| {
                open.open(tid);
                format!("task-{tid}-what")
            },
        );
    });
    let add_service = move |_| {
        let open = open_service.clone();
        add_item(
            plan,
            |p, sid| {
                if let Some(g) = p.goals.iter_mut().find(|g| g.id == id) {
                    g.services.push(Service {
                        id: sid,
                        ..Service::default()
                    });
                }
            },
            move |sid| {
                open.open(sid);
                format!("service-{sid}-provider")
            },
        );
    };
    // A memo, so the heading and the delete button only update when the number changes.
    let number = Memo::new(move |_| ids_position(plan, id));
    let statement = field!(plan, goals[id].statement);
    let dated = Memo::new(move |_| {
        plan.with_item(id, |p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .is_some_and(|g| g.tasks.iter().any(|t| t.by_when.is_some()))
        })
    });
    view! {
        <article class="card goal" aria-labelledby=format!("goal-{id}-heading")>
            <h2 id=format!("goal-{id}-heading")>{move || format!("Goal {}", number.get())}</h2>
            <div class="grid two-one">
                <TextField label="What we want to see (the outcome, in the family's words)" binding=field!(plan, goals[id].outcome) multiline=true meter=true id=format!("goal-{id}-outcome")/>
                <ChoiceField label="Area" binding=field!(plan, goals[id].domain)/>
            </div>
            <TextField label="Goal: who will do what, how we'll know, by when" binding=statement multiline=true meter=true id=format!("goal-{id}-statement")
                hint="Specific, measurable, reachable, realistic, with a date. Say what will be happening, not only what will stop."/>
            <SmartHints id=id statement=statement.value dated=dated/>
            <h3>"Tasks"</h3>
            <ol class="tasks">
                <For each=move || task_ids.get() key=|t| *t let:tid>
                    <TaskRow goal=id id=tid number=Signal::derive(move || position_of(&task_ids.get(), tid))
                        on_enter=Callback::new(move |_| add_task.run(Some(tid)))/>
                </For>
            </ol>
            <button class="button add small" id=format!("goal-{id}-add-task") on:click=move |_| add_task.run(None)>"+ Add a task"</button>
            <h3>"Services"</h3>
            <ReferralReminder/>
            <ul class="services">
                <For each=move || service_ids.get() key=|s| *s let:sid>
                    <ServiceRow goal=id id=sid number=Signal::derive(move || position_of(&service_ids.get(), sid))/>
                </For>
            </ul>
            <button class="button add small" id=format!("goal-{id}-add-service") on:click=add_service>"+ Add a service"</button>
            <div class="row">
                <PrivateToggle binding=field!(plan, goals[id].private)/>
                <button class="button small ghost" aria-label=move || format!("Delete goal {}", number.get()) on:click=move |_| editor.delete_with_undo("Goal deleted", move |p| p.goals.retain(|g| g.id != id))>"Delete goal"</button>
            </div>
        </article>
    }
}

fn ids_position(plan: PlanState, id: ItemId) -> usize {
    plan.with_structure(|p| {
        p.goals
            .iter()
            .position(|g| g.id == id)
            .map(|i| i + 1)
            .unwrap_or(0)
    })
}
