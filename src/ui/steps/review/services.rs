//! The Review step's services (O5, K4, C2, P3): is each one helping, in the
//! family's and the provider's view; attendance, barriers; and when the parent
//! declined it, what happens next. One line each that opens to edit.

use leptos::prelude::*;

use crate::domain::i18n::fill;
use crate::domain::i18n::steps::review::ReviewText;
use crate::domain::{Choice, Helping, ItemId, Plan, Service};
use crate::field;
use crate::ui::bind::Binding;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::goals::expandable::ExpandableRow;
use crate::ui::widgets::{CheckField, ItemForm, TextField};

/// "Is it helping?": a select of [`Helping`] (the shared `ChoiceField`
/// knows only the Goals step's choices).
#[component]
fn HelpingSelect(label: &'static str, binding: Binding<Helping>, id: String) -> impl IntoView {
    let language = ui_language();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id prop:value=move || binding.get().key()
                on:change=move |ev| {
                    if let Some(h) = <Helping as Choice>::from_key(&event_target_value(&ev)) {
                        binding.set(h);
                    }
                }>
                {Helping::ALL.into_iter().map(|h| view! {
                    <option value=h.key() selected=move || binding.get() == h>{h.label_in(language)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

fn service(p: &Plan, goal: ItemId, id: ItemId) -> Option<&Service> {
    p.goals
        .iter()
        .find(|g| g.id == goal)?
        .services
        .iter()
        .find(|s| s.id == id)
}

#[component]
pub fn ReviewServices() -> impl IntoView {
    let plan = use_editor().plan;
    let t = ReviewText::get(ui_language());
    // Every service of every goal, in plan order: (goal, service).
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| {
            p.goals
                .iter()
                .flat_map(|g| g.services.iter().map(move |s| (g.id, s.id)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="review-services" aria-labelledby="review-services-title">
            <h2 id="review-services-title">{t.services}</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">{t.no_services}</p>
            </Show>
            <ul class="task-list">
                <For each=move || ids.get() key=|ids| *ids let:pair>
                    <ReviewService goal=pair.0 id=pair.1
                        number=Signal::derive(move || ids.with(|v| v.iter().position(|p| *p == pair).map_or(0, |i| i + 1)))/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ReviewService(goal: ItemId, id: ItemId, number: Signal<usize>) -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = ReviewText::get(language);
    let title = Memo::new(move |_| {
        plan.with_item(id, |p| {
            service(p, goal, id)
                .map(|s| {
                    let name = [s.service.trim(), s.provider.trim()]
                        .into_iter()
                        .filter(|x| !x.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ");
                    if name.is_empty() {
                        t.new_service.to_string()
                    } else {
                        name
                    }
                })
                .unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| {
        plan.with_item(id, |p| {
            service(p, goal, id)
                .map(|s| {
                    let mut parts = vec![fill(
                        t.family_says,
                        &[("view", s.review.family_view.label_in(language))],
                    )];
                    if s.review.declined {
                        parts.push(t.declined_short.to_string());
                    }
                    parts.join(" · ")
                })
                .unwrap_or_default()
        })
    });
    let declined = field!(plan, goals[goal].services[id].review.declined);
    view! {
        <li class="service compact">
            <ItemForm>
                <ExpandableRow id=id kind="review-service"
                    name=Signal::derive(move || fill(t.service_name, &[("n", &number.get().to_string())]))
                    title=title summary=summary private=Signal::derive(|| false)
                    first_field=format!("review-service-{id}-family-view")>
                    <div class="grid two">
                        <HelpingSelect label=t.family_view binding=field!(plan, goals[goal].services[id].review.family_view)
                            id=format!("review-service-{id}-family-view")/>
                        <TextField label=t.family_words binding=field!(plan, goals[goal].services[id].review.family_words)
                            multiline=true id=format!("review-service-{id}-family-words")/>
                        <HelpingSelect label=t.provider_view binding=field!(plan, goals[goal].services[id].review.provider_view)
                            id=format!("review-service-{id}-provider-view")/>
                        <TextField label=t.provider_words binding=field!(plan, goals[goal].services[id].review.provider_words)
                            multiline=true id=format!("review-service-{id}-provider-words")/>
                        <TextField label=t.attendance binding=field!(plan, goals[goal].services[id].review.attendance)
                            placeholder=t.attendance_placeholder id=format!("review-service-{id}-attendance")/>
                        <TextField label=t.barriers binding=field!(plan, goals[goal].services[id].review.barriers)
                            multiline=true id=format!("review-service-{id}-barriers")/>
                    </div>
                    <CheckField label=t.declined binding=declined/>
                    <Show when=move || declined.get()>
                        <TextField label=t.if_declined binding=field!(plan, goals[goal].services[id].review.if_declined)
                            multiline=true id=format!("review-service-{id}-if-declined")/>
                    </Show>
                </ExpandableRow>
            </ItemForm>
        </li>
    }
}
