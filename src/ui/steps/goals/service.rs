//! One service linked to a goal (D7, K1): a line (provider, service, how
//! often, start, referral) that opens into its editor.

use leptos::prelude::*;

use crate::domain::{ItemId, Plan, Service};
use crate::field;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::goals::expandable::{delete_row, ExpandableRow};
use crate::ui::widgets::{DateField, PrivateToggle, TextField};

fn service(p: &Plan, goal: ItemId, id: ItemId) -> Option<&Service> {
    p.goals
        .iter()
        .find(|g| g.id == goal)?
        .services
        .iter()
        .find(|s| s.id == id)
}

#[component]
pub fn ServiceRow(goal: ItemId, id: ItemId, #[prop(into)] number: Signal<usize>) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let title = Memo::new(move |_| {
        plan.with_item(id, |p| {
            service(p, goal, id).map(Service::title).unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| {
        plan.with_item(id, |p| {
            service(p, goal, id)
                .map(Service::summary)
                .unwrap_or_default()
        })
    });
    // Marked as the family's copy decides: the service or its goal private.
    let private = Memo::new(move |_| {
        let goal_private = plan.with_item(goal, |p| {
            p.goals
                .iter()
                .find(|g| g.id == goal)
                .is_some_and(|g| g.private)
        });
        goal_private || plan.with_item(id, |p| service(p, goal, id).is_some_and(|s| s.private))
    });
    view! {
        <li class="service compact" class:is-private=move || private.get()>
            <ExpandableRow id=id kind="service" name=Signal::derive(move || format!("Service {}", number.get()))
                title=title summary=summary private=private first_field=format!("service-{id}-provider")>
                <div class="service-editor">
                    <div class="grid three">
                        <TextField label="Provider" binding=field!(plan, goals[goal].services[id].provider) id=format!("service-{id}-provider")/>
                        <TextField label="Service" binding=field!(plan, goals[goal].services[id].service)/>
                        <TextField label="How often" binding=field!(plan, goals[goal].services[id].frequency) placeholder="e.g. 3 times a week"/>
                        <TextField label="How intense" binding=field!(plan, goals[goal].services[id].intensity) placeholder="e.g. 2-hour groups"/>
                        <TextField label="Where" binding=field!(plan, goals[goal].services[id].location)/>
                        <TextField label="For how long" binding=field!(plan, goals[goal].services[id].duration)/>
                        <DateField label="Referral sent" binding=field!(plan, goals[goal].services[id].referral_date)/>
                        <DateField label="Starts" binding=field!(plan, goals[goal].services[id].start)/>
                    </div>
                    <div class="row">
                        <PrivateToggle binding=field!(plan, goals[goal].services[id].private)/>
                        <button class="button small ghost" aria-label=move || format!("Delete service {}", number.get()) on:click=move |_| delete_row(editor, id, "Service deleted", move |p| {
                        if let Some(g) = p.goals.iter_mut().find(|g| g.id == goal) { g.services.retain(|s| s.id != id); }
                    })>"Delete service"</button>
                    </div>
                </div>
            </ExpandableRow>
        </li>
    }
}
