//! Events of the case that call for an update of the plan (P7): absent
//! parent found, placement change, treatment completed, new report — each
//! with its date and a note. Caseworker only: not on the wall, not in any
//! link (`Plan::without_private` drops them).

use leptos::prelude::*;

use crate::domain::i18n::{common::Common, fill, steps::timeframes::TimeframesText};
use crate::domain::{insert_after, CaseEvent, ItemId};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::{add_item, position_of};
use crate::ui::widgets::{ChoiceField, DateCheck, DateField, ItemForm, TextField};

/// The id of an event's first field (its kind), for focus and tests.
pub fn event_field_id(id: ItemId) -> String {
    format!("event-{id}-kind")
}

#[component]
pub fn CaseEvents() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let (t, delete) = (TimeframesText::get(language), Common::get(language).delete);
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.events.iter().map(|e| e.id).collect::<Vec<_>>())
    });
    let add = move |after: Option<ItemId>| {
        add_item(
            plan,
            |p, id| {
                insert_after(
                    &mut p.events,
                    after,
                    CaseEvent {
                        id,
                        ..CaseEvent::default()
                    },
                )
            },
            event_field_id,
        );
    };
    view! {
        <section class="case-events" aria-labelledby="case-events-title">
            <h3 id="case-events-title">{t.events_heading}</h3>
            <p class="hint">{t.events_hint}</p>
            <ul>
                <For each=move || ids.get() key=|id| *id let:id>
                    {
                        let n = move || position_of(&ids.get(), id).to_string();
                        view! {
                            <li class="item-row case-event">
                                <ItemForm>
                                    <h4 class="visually-hidden">{move || fill(t.event_item, &[("n", &n())])}</h4>
                                    <ChoiceField label=t.event_kind binding=field!(plan, events[id].kind) id=event_field_id(id)/>
                                    <DateField label=t.event_date.to_string() binding=field!(plan, events[id].date)
                                        id=format!("event-{id}-date") check=DateCheck::Other/>
                                    <TextField label=t.event_note binding=field!(plan, events[id].note) id=format!("event-{id}-note")
                                        on_enter=Callback::new(move |_| add(Some(id)))/>
                                    <button type="button" class="button small ghost" aria-label=move || fill(t.event_delete, &[("n", &n())])
                                        on:click=move |_| editor.delete_with_undo(t.event_deleted, move |p| p.events.retain(|e| e.id != id))>{delete}</button>
                                </ItemForm>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button type="button" class="button add small" id="add-case-event" on:click=move |_| add(None)>{t.event_add}</button>
        </section>
    }
}
