//! The Aftercare step of transition / discharge meetings (K6, KCA 20): the
//! expected closure date and the supports and services that go on after
//! closure, each with a plain warning when it starts less than 6 months
//! before closure or has no start date (check in `domain::aftercare`).

use leptos::prelude::*;

use crate::domain::aftercare::{self, ItemWarning};
use crate::domain::dates::format_date_in;
use crate::domain::i18n::steps::aftercare::AftercareText;
use crate::domain::i18n::{common::Common, fill};
use crate::domain::{insert_after, AftercareItem, ItemId};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::ROOT;
use crate::ui::steps::lists::{add_item, position_of};
use crate::ui::widgets::{DateField, ItemForm, PrivateToggle, Prompt, TextField};

#[component]
pub fn AftercareStep() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let (t, delete) = (AftercareText::get(language), Common::get(language).delete);
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.aftercare.items.iter().map(|i| i.id).collect::<Vec<_>>())
    });
    let nothing = Memo::new(move |_| {
        ids.track();
        plan.with(|p| aftercare::nothing_planned(&p.aftercare))
    });
    let add = move |after: Option<ItemId>| {
        add_item(
            plan,
            |p, id| {
                insert_after(
                    &mut p.aftercare.items,
                    after,
                    AftercareItem {
                        id,
                        ..AftercareItem::default()
                    },
                );
            },
            |id| format!("aftercare-{id}-support"),
        );
    };
    view! {
        <Prompt>{t.prompt}</Prompt>
        <div class="grid two">
            <DateField label=t.closure_date binding=field!(plan, aftercare.closure_date) id="aftercare-closure-date"/>
        </div>
        <h2>{t.supports}</h2>
        <Show when=move || nothing.get()>
            <p class="warning" id="aftercare-nothing">{t.nothing_planned}</p>
        </Show>
        <ol class="cards">
            <For each=move || ids.get() key=|id| *id let:id>
                {
                    let warning = Memo::new(move |_| {
                        let closure = plan.with_item(ROOT, |p| p.aftercare.closure_date);
                        plan.with_item(id, |p| {
                            p.aftercare.items.iter().find(|i| i.id == id)
                                .and_then(|i| aftercare::item_warning(i, closure))
                        })
                    });
                    view! {
                        <li class="card aftercare-item">
                            <ItemForm>
                                <h3>{move || fill(t.item_heading, &[("n", &position_of(&ids.get(), id).to_string())])}</h3>
                                <div class="grid three">
                                    <TextField label=t.support binding=field!(plan, aftercare.items[id].support)
                                        id=format!("aftercare-{id}-support") on_enter=Callback::new(move |_| add(Some(id)))/>
                                    <TextField label=t.who binding=field!(plan, aftercare.items[id].who) id=format!("aftercare-{id}-who")/>
                                    <DateField label=t.start binding=field!(plan, aftercare.items[id].start) id=format!("aftercare-{id}-start")/>
                                </div>
                                {move || warning.get().map(|w| {
                                    let text = match w {
                                        ItemWarning::NoStart => t.no_start.to_string(),
                                        ItemWarning::StartsLate { latest } => fill(t.starts_late, &[("date", &format_date_in(latest, language))]),
                                    };
                                    view! { <p class="warning aftercare-warning" id=format!("aftercare-{id}-warning")>{text}</p> }
                                })}
                                <div class="row">
                                    <PrivateToggle binding=field!(plan, aftercare.items[id].private)/>
                                    <button type="button" class="button small ghost"
                                        aria-label=move || fill(t.delete_label, &[("n", &position_of(&ids.get(), id).to_string())])
                                        on:click=move |_| editor.delete_with_undo(t.deleted, move |p| p.aftercare.items.retain(|i| i.id != id))>{delete}</button>
                                </div>
                            </ItemForm>
                        </li>
                    }
                }
            </For>
        </ol>
        <button type="button" class="button add" id="add-aftercare" on:click=move |_| add(None)>{t.add}</button>
    }
}
