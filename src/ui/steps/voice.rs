//! Step 7: the children's and young people's voice (B11, P9). Young children
//! build a story with three boxes in their exact words; adolescents drive their
//! own plan, with a youth safety plan; every child chooses what is shared.

use leptos::prelude::*;

use crate::domain::{ChildVoice, ItemId, MeetingKind, VoiceSharing, ADOLESCENT_AGE};
use crate::field;
use crate::ui::bind::{bind, Binding};
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::ROOT;
use crate::ui::widgets::{Prompt, TextField};

#[component]
pub fn VoiceStep() -> impl IntoView {
    let plan = use_editor().plan;
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.children.iter().map(|c| c.id).collect::<Vec<_>>())
    });
    view! {
        <Prompt>"All children have a right to know what is happening in their life, and a say in it."</Prompt>
        <Show when=move || ids.with(Vec::is_empty)>
            <p class="empty">"No children are listed yet. Add them in step 2, Our team."</p>
        </Show>
        <For each=move || ids.get() key=|id| *id let:id>
            <ChildVoiceCard id=id/>
        </For>
    }
}

#[component]
fn ChildVoiceCard(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let name = move || plan.with_item(id, |p| child_name(p, id).to_string());
    let age = move || {
        plan.with_item(id, |p| {
            p.children.iter().find(|c| c.id == id).and_then(|c| c.age)
        })
    };
    // Memos: typing in the card must not rebuild it (only a change of age
    // group or meeting kind does).
    let adolescent = Memo::new(move |_| age().is_some_and(|a| a >= ADOLESCENT_AGE));
    let follow_up =
        Memo::new(move |_| plan.with_item(ROOT, |p| p.meeting.kind != MeetingKind::Initial));
    view! {
        <article class="card voice" aria-labelledby=format!("voice-{id}-heading")>
            <h2 id=format!("voice-{id}-heading")>{move || match age() {
                Some(a) => format!("{} ({} years old)", name(), a),
                None => name(),
            }}</h2>
            {move || if adolescent.get() {
                view! { <YouthVoice id=id/> <details><summary>"Story prompts (for younger children)"</summary><StoryVoice id=id follow_up=follow_up.get()/></details> }.into_any()
            } else {
                view! { <StoryVoice id=id follow_up=follow_up.get()/> <details><summary>"Prompts for young people"</summary><YouthVoice id=id/></details> }.into_any()
            }}
            <SharingChoices id=id/>
            <TextField label="In the child's words: what to share, and with whom (stays with the caseworker)" binding=field!(plan, children[id].voice.sharing_choice) multiline=true id=format!("voice-{id}-sharing")/>
        </article>
    }
}

#[component]
fn StoryVoice(id: ItemId, follow_up: bool) -> impl IntoView {
    let plan = use_editor().plan;
    view! {
        <Prompt>"Tell a short story about the child and their life, with the child. Present the parents kindly."</Prompt>
        <TextField label="Our story" binding=field!(plan, children[id].voice.story) multiline=true meter=true id=format!("voice-{id}-story")/>
        <TextField label="How would you like the story to end?" binding=field!(plan, children[id].voice.wished_ending) multiline=true id=format!("voice-{id}-ending")/>
        <p class="hint">"Write the child's exact words. The child can rename the boxes."</p>
        <div class="voice-boxes">
            {(0..3).map(|i| view! { <VoiceBoxField child=id index=i/> }).collect_view()}
        </div>
        {follow_up.then(|| view! {
            <TextField label="Do you remember your story? Has it changed?" binding=field!(plan, children[id].voice.story_now) multiline=true/>
            <TextField label="What is the plan now?" binding=field!(plan, children[id].voice.plan_now) multiline=true/>
        })}
    }
}

#[component]
fn VoiceBoxField(child: ItemId, index: usize) -> impl IntoView {
    let plan = use_editor().plan;
    let label = bind(
        plan,
        [child],
        move |p| {
            p.children
                .iter()
                .find(|c| c.id == child)
                .map(|c| &c.voice.boxes[index].label)
        },
        move |p| {
            p.children
                .iter_mut()
                .find(|c| c.id == child)
                .map(|c| &mut c.voice.boxes[index].label)
        },
    );
    let words = bind(
        plan,
        [child],
        move |p| {
            p.children
                .iter()
                .find(|c| c.id == child)
                .map(|c| &c.voice.boxes[index].words)
        },
        move |p| {
            p.children
                .iter_mut()
                .find(|c| c.id == child)
                .map(|c| &mut c.voice.boxes[index].words)
        },
    );
    let shown = move || {
        plan.with_item(child, |p| {
            p.children
                .iter()
                .find(|c| c.id == child)
                .map(|c| c.voice.box_label(index).to_string())
                .unwrap_or_default()
        })
    };
    let icon = ["☁", "☀", "★"][index];
    view! {
        <div class=format!("voice-box box-{index}")>
            <p class="box-title" aria-hidden="true"><span class="box-icon">{icon}</span> {shown}</p>
            <TextField label=format!("Name of box {} (the child can rename it)", index + 1) binding=label placeholder=ChildVoice::DEFAULT_LABELS[index]/>
            <TextField label=format!("{} — in the child's words", ChildVoice::DEFAULT_LABELS[index]) binding=words multiline=true id=format!("voice-{child}-box-{index}")/>
        </div>
    }
}

#[component]
fn YouthVoice(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    view! {
        <Prompt>"This is your plan too. What do you want to happen? What do you want from the adults here?"</Prompt>
        <TextField label="In my own words" binding=field!(plan, children[id].voice.own_words) multiline=true id=format!("voice-{id}-words")/>
        <TextField label="My goals" binding=field!(plan, children[id].voice.own_goals) multiline=true id=format!("voice-{id}-goals")/>
        <TextField label="What I want from this plan" binding=field!(plan, children[id].voice.wants_from_plan) multiline=true/>
        <TextField label="My safety plan: what will I do instead of running or when things get bad?" binding=field!(plan, children[id].voice.safety_plan) multiline=true id=format!("voice-{id}-safety")/>
    }
}

/// The child's choice, part by part, of what goes into the family's copy of
/// the plan. Nothing is shared until the child says yes.
#[component]
fn SharingChoices(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let name = move || {
        plan.with_item(id, |p| match child_name(p, id).trim() {
            "" => "The child".to_string(),
            name => name.to_string(),
        })
    };
    view! {
        <fieldset class="voice-sharing" id=format!("voice-{id}-share")>
            <legend>{move || format!("What {} agrees to share with the family", name())}</legend>
            <p class="hint">"Only what is ticked goes into the family's link, phone copy and printout. The rest stays with the caseworker."</p>
            {VoiceSharing::PARTS.iter().map(|&(part, label)| {
                let binding = Binding {
                    value: Signal::derive(move || plan.with_item(id, |p| p.children.iter().find(|c| c.id == id).is_some_and(|c| c.voice.sharing.get(part)))),
                    write: Callback::new(move |on: bool| plan.edit(&[id], |p| {
                        if let Some(c) = p.children.iter_mut().find(|c| c.id == id) {
                            *c.voice.sharing.get_mut(part) = on;
                        }
                    })),
                };
                view! {
                    <label class="check share-part">
                        <input type="checkbox" id=format!("voice-{id}-share-{}", part.key())
                            prop:checked=move || binding.get()
                            on:change=move |ev| binding.set(event_target_checked(&ev))/>
                        <span>{format!("Share with my family: {}", label.replacen("My ", "my ", 1))}</span>
                        <span class="share-state" aria-hidden="true">{move || if binding.get() { "shared" } else { "only the caseworker" }}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// A child's name as typed (empty when the child is gone).
fn child_name(plan: &crate::domain::Plan, id: ItemId) -> &str {
    plan.children
        .iter()
        .find(|c| c.id == id)
        .map_or("", |c| c.name.as_str())
}
