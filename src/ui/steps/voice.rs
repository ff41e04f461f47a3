//! Step 7: the children's and young people's voice (B11, P9). Young children
//! build a story with three boxes in their exact words; adolescents drive their
//! own plan, with a youth safety plan; every child chooses what is shared.

use leptos::prelude::*;

use crate::domain::i18n::fill;
use crate::domain::i18n::labels::VoiceBoxes;
use crate::domain::i18n::steps::voice::{share_part_label, VoiceText};
use crate::domain::{ItemId, Language, MeetingKind, VoiceSharing, ADOLESCENT_AGE};
use crate::field;
use crate::ui::bind::{bind, Binding};
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::ROOT;
use crate::ui::widgets::{ItemForm, Prompt, TextField, TextLanguage};

#[component]
pub fn VoiceStep() -> impl IntoView {
    let plan = use_editor().plan;
    let t = VoiceText::get(ui_language());
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.children.iter().map(|c| c.id).collect::<Vec<_>>())
    });
    view! {
        <Prompt>{t.rights}</Prompt>
        <Show when=move || ids.with(Vec::is_empty)>
            <p class="empty">{t.no_children}</p>
        </Show>
        <For each=move || ids.get() key=|id| *id let:id>
            <ChildVoiceCard id=id/>
        </For>
    }
}

#[component]
fn ChildVoiceCard(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let t = VoiceText::get(ui_language());
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
            <ItemForm>
                <h2 id=format!("voice-{id}-heading")>{move || match age() {
                    Some(a) => fill(t.heading_age, &[("name", &name()), ("age", &a.to_string())]),
                    None => name(),
                }}</h2>
                {move || if adolescent.get() {
                    view! { <YouthVoice id=id/> <details><summary>{t.story_prompts}</summary><StoryVoice id=id follow_up=follow_up.get()/></details> }.into_any()
                } else {
                    view! { <StoryVoice id=id follow_up=follow_up.get()/> <details><summary>{t.youth_prompts}</summary><YouthVoice id=id/></details> }.into_any()
                }}
                <SharingChoices id=id/>
                <TextField label=t.sharing_choice binding=field!(plan, children[id].voice.sharing_choice) multiline=true id=format!("voice-{id}-sharing")/>
            </ItemForm>
        </article>
    }
}

#[component]
fn StoryVoice(id: ItemId, follow_up: bool) -> impl IntoView {
    let plan = use_editor().plan;
    let t = VoiceText::get(ui_language());
    view! {
        <Prompt>{t.story_prompt}</Prompt>
        <TextField label=t.our_story binding=field!(plan, children[id].voice.story) multiline=true meter=true id=format!("voice-{id}-story")/>
        <TextField label=t.ending binding=field!(plan, children[id].voice.wished_ending) multiline=true id=format!("voice-{id}-ending")/>
        <p class="hint">{t.exact_words_hint}</p>
        <div class="voice-boxes">
            {(0..3).map(|i| view! { <VoiceBoxField child=id index=i/> }).collect_view()}
        </div>
        {follow_up.then(|| view! {
            <TextField label=t.remember_story binding=field!(plan, children[id].voice.story_now) multiline=true/>
            <TextField label=t.plan_now binding=field!(plan, children[id].voice.plan_now) multiline=true/>
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
    // The box's usual name is the family's word: in the plan's language.
    let t = VoiceText::get(ui_language());
    let plan_language = use_context::<TextLanguage>()
        .map(|l| l.0)
        .unwrap_or_else(|| Signal::stored(Language::English));
    let usual = move || VoiceBoxes::default_label(plan_language.get(), index);
    let shown = move || {
        let own = plan.with_item(child, |p| {
            p.children
                .iter()
                .find(|c| c.id == child)
                .map(|c| c.voice.boxes[index].label.trim().to_string())
                .unwrap_or_default()
        });
        if own.is_empty() {
            usual().to_string()
        } else {
            own
        }
    };
    let icon = ["☁", "☀", "★"][index];
    view! {
        <div class=format!("voice-box box-{index}")>
            <p class="box-title" aria-hidden="true"><span class="box-icon">{icon}</span> {shown}</p>
            <TextField label=fill(t.box_name, &[("n", &(index + 1).to_string())]) binding=label placeholder=usual()/>
            <TextField label=Signal::derive(move || fill(t.box_words, &[("box", usual())])) binding=words multiline=true id=format!("voice-{child}-box-{index}")/>
        </div>
    }
}

#[component]
fn YouthVoice(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let t = VoiceText::get(ui_language());
    view! {
        <Prompt>{t.youth_prompt}</Prompt>
        <TextField label=t.own_words binding=field!(plan, children[id].voice.own_words) multiline=true id=format!("voice-{id}-words")/>
        <TextField label=t.own_goals binding=field!(plan, children[id].voice.own_goals) multiline=true id=format!("voice-{id}-goals")/>
        <TextField label=t.wants binding=field!(plan, children[id].voice.wants_from_plan) multiline=true/>
        <TextField label=t.safety_plan binding=field!(plan, children[id].voice.safety_plan) multiline=true id=format!("voice-{id}-safety")/>
    }
}

/// The child's choice, part by part, of what goes into the family's copy of
/// the plan. Nothing is shared until the child says yes.
#[component]
fn SharingChoices(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = VoiceText::get(language);
    let name = move || {
        plan.with_item(id, |p| match child_name(p, id).trim() {
            "" => t.the_child.to_string(),
            name => name.to_string(),
        })
    };
    view! {
        <fieldset class="voice-sharing" id=format!("voice-{id}-share")>
            <legend>{move || fill(t.share_legend, &[("name", &name())])}</legend>
            <p class="hint">{t.share_hint}</p>
            {VoiceSharing::PARTS.iter().map(|&(part, _)| {
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
                        <span>{share_part_label(part, language)}</span>
                        <span class="share-state" aria-hidden="true">{move || if binding.get() { t.shared } else { t.only_caseworker }}</span>
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
