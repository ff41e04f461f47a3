//! Step 6: if things go wrong — the worst case, warning signs, prevention,
//! who does what if it happens, who to call, and plan B (B11 "crisis").

use leptos::prelude::*;

use crate::domain::i18n::{common::Common, fill, steps::crisis::CrisisText};
use crate::domain::insert_after;

use crate::domain::{Contact, CrisisStep as Step, ItemId};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::{add_item, position_of, progressive, TextItemList};
use crate::ui::widgets::{ItemForm, MemberSelect, PrivateToggle, Prompt, TextField};

#[component]
pub fn CrisisStep() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let (t, delete) = (CrisisText::get(language), Common::get(language).delete);
    let steps = Memo::new(move |_| {
        plan.with_structure(|p| p.crisis.respond.iter().map(|s| s.id).collect::<Vec<_>>())
    });
    let contacts = Memo::new(move |_| {
        plan.with_structure(|p| p.crisis.contacts.iter().map(|c| c.id).collect::<Vec<_>>())
    });
    let (shown_steps, shown_contacts) = (progressive(steps), progressive(contacts));
    let add_step = move |after: Option<ItemId>| {
        add_item(
            plan,
            |p, id| {
                let list = &mut p.crisis.respond;
                insert_after(
                    list,
                    after,
                    Step {
                        id,
                        ..Step::default()
                    },
                );
            },
            |id| format!("respond-{id}"),
        );
    };
    let add_contact = move |_| {
        add_item(
            plan,
            |p, id| {
                p.crisis.contacts.push(Contact {
                    id,
                    ..Contact::default()
                });
            },
            |id| format!("contact-{id}-name"),
        );
    };
    view! {
        <Prompt>{t.prompt}</Prompt>
        <TextField label=t.worst binding=field!(plan, crisis.worst_case) multiline=true meter=true id="worst-case"/>
        <TextItemList label=t.warning_signs id="warning-sign" words=t.warning_words()
            list=|p| &p.crisis.warning_signs list_mut=|p| &mut p.crisis.warning_signs meter=true private_switch=true/>
        <TextItemList label=t.prevent id="prevention-step" words=t.prevent_words()
            list=|p| &p.crisis.prevent list_mut=|p| &mut p.crisis.prevent meter=true private_switch=true/>
        <section class="item-list">
            <h3>{t.respond}</h3>
            <ol aria-busy=shown_steps.aria_busy()>
                <For each=move || shown_steps.shown.get() key=|id| *id let:id>
                    <li class="card respond-step">
                        <ItemForm>
                            <div class="grid two-one">
                                <TextField label=t.what_they_do multiline=true binding=field!(plan, crisis.respond[id].what) id=format!("respond-{id}")
                                    on_enter=Callback::new(move |_| add_step(Some(id))) meter=true/>
                                <MemberSelect label=t.who team=editor.team binding=field!(plan, crisis.respond[id].who)/>
                            </div>
                            <div class="row">
                                <TextField label=t.not_on_team binding=field!(plan, crisis.respond[id].who_other)/>
                                <PrivateToggle binding=field!(plan, crisis.respond[id].private)/>
                                <button type="button" class="button small ghost" aria-label=move || fill(t.delete_step_label, &[("n", &position_of(&steps.get(), id).to_string())]) on:click=move |_| editor.delete_with_undo(t.step_deleted, move |p| p.crisis.respond.retain(|s| s.id != id))>{delete}</button>
                            </div>
                        </ItemForm>
                    </li>
                </For>
            </ol>
            <button type="button" class="button add" id="add-respond" on:click=move |_| add_step(None)>{t.add_respond}</button>
        </section>
        <section class="item-list">
            <h3>{t.who_to_call}</h3>
            <ul aria-busy=shown_contacts.aria_busy()>
                <For each=move || shown_contacts.shown.get() key=|id| *id let:id>
                    <li class="card contact">
                        <ItemForm>
                            <div class="grid three">
                                <TextField label=t.name binding=field!(plan, crisis.contacts[id].name) id=format!("contact-{id}-name")/>
                                <TextField label=t.phone binding=field!(plan, crisis.contacts[id].phone)/>
                                <TextField label=t.why_call multiline=true binding=field!(plan, crisis.contacts[id].why)/>
                            </div>
                            <div class="row">
                                <MemberSelect label=t.on_team_as team=editor.team binding=field!(plan, crisis.contacts[id].member) none_label=t.not_on_team_option/>
                                <PrivateToggle binding=field!(plan, crisis.contacts[id].private)/>
                                <button type="button" class="button small ghost" aria-label=move || fill(t.delete_contact_label, &[("n", &position_of(&contacts.get(), id).to_string())]) on:click=move |_| editor.delete_with_undo(t.contact_deleted, move |p| p.crisis.contacts.retain(|c| c.id != id))>{delete}</button>
                            </div>
                        </ItemForm>
                    </li>
                </For>
            </ul>
            <button type="button" class="button add" id="add-contact" on:click=add_contact>{t.add_contact}</button>
        </section>
        <TextField label=t.plan_b binding=field!(plan, crisis.plan_b) multiline=true meter=true id="plan-b"/>
    }
}
