//! "Start the next meeting": a small panel that opens under its button,
//! asking the kind of meeting and its date (from the next meeting's date on
//! the plan). Focus moves into it when it opens and back to the button when
//! it closes (Cancel, Escape).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::history::date_from_field;
use crate::domain::i18n::common::Common;
use crate::domain::i18n::shell::meetings::MeetingsText;
use crate::domain::MeetingKind;
use crate::ui::context::language::ui_language;
use crate::ui::widgets::{focus_later, focus_now};

/// The kinds a next meeting can be (a case has one first meeting).
pub const NEXT_KINDS: [MeetingKind; 3] = [
    MeetingKind::FollowUp,
    MeetingKind::Crisis,
    MeetingKind::TransitionDischarge,
];

/// The button and its panel. `id` prefixes the ids of its controls
/// (`{id}-toggle`, `{id}-date`, `{id}-confirm`); `default_date` is read when
/// the panel opens; `on_start` gets the chosen kind and date.
#[component]
pub fn StartNextMeeting(
    #[prop(into)] id: String,
    #[prop(into)] default_date: Signal<Option<NaiveDate>>,
    on_start: Callback<(MeetingKind, Option<NaiveDate>)>,
    /// The button's accessible name when its words alone are not enough
    /// (a row of the library names the family).
    #[prop(optional, into)]
    label: Option<String>,
) -> impl IntoView {
    let t = MeetingsText::get(ui_language());
    let common = Common::get(ui_language());
    let open = RwSignal::new(false);
    let kind = RwSignal::new(MeetingKind::FollowUp);
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let toggle_id = format!("{id}-toggle");
    let panel_id = format!("{id}-panel");
    let date_id = format!("{id}-date");
    let hint_id = format!("{id}-date-hint");
    let error_id = format!("{id}-date-error");
    let legend_id = format!("{id}-kind");
    let first_kind = format!("{id}-kind-{}", NEXT_KINDS[0].key());
    let close = {
        let toggle_id = toggle_id.clone();
        move || {
            open.set(false);
            error.set(false);
            focus_later(toggle_id.clone());
        }
    };
    let show = {
        let first_kind = first_kind.clone();
        move || {
            date.set(
                default_date
                    .get_untracked()
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
            );
            kind.set(MeetingKind::FollowUp);
            error.set(false);
            open.set(true);
            focus_later(first_kind.clone());
        }
    };
    let confirm = {
        let date_id = date_id.clone();
        move || {
            let typed = date.get_untracked();
            let chosen = if typed.trim().is_empty() {
                None
            } else {
                match date_from_field(&typed) {
                    Some(d) => Some(d),
                    None => {
                        error.set(true);
                        focus_now(&date_id);
                        return;
                    }
                }
            };
            open.set(false);
            on_start.run((kind.get_untracked(), chosen));
        }
    };
    let panel = {
        let (panel_id, date_id, hint_id, error_id, legend_id) = (
            panel_id.clone(),
            date_id.clone(),
            hint_id.clone(),
            error_id.clone(),
            legend_id.clone(),
        );
        let id = id.clone();
        move || {
            let close_key = close.clone();
            let close_button = close.clone();
            let confirm = confirm.clone();
            let error_id = error_id.clone();
            let described = {
                let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
                move || {
                    if error.get() {
                        format!("{hint_id} {error_id}")
                    } else {
                        hint_id.clone()
                    }
                }
            };
            view! {
                <form class="start-meeting-panel" id=panel_id.clone()
                    on:submit=move |ev| { ev.prevent_default(); confirm(); }
                    on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" {
                        ev.prevent_default();
                        ev.stop_propagation();
                        close_key();
                    }>
                    <p class="hint">{t.start_lead}</p>
                    <fieldset class="kinds" aria-labelledby=legend_id.clone()>
                        <legend id=legend_id.clone()>{t.kind_legend}</legend>
                        {NEXT_KINDS.into_iter().map(|k| {
                            let radio = format!("{id}-kind-{}", k.key());
                            view! {
                                <label class="check">
                                    <input type="radio" id=radio name=format!("{id}-kind") value=k.key()
                                        prop:checked=move || kind.get() == k
                                        on:change=move |_| kind.set(k)/>
                                    <span>{k.label_in(ui_language())}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <div class="field">
                        <label for=date_id.clone()>{t.date_label}</label>
                        <input type="date" id=date_id.clone() aria-describedby=described
                            aria-invalid=move || error.get().then_some("true")
                            prop:value=move || date.get()
                            on:input=move |ev| { error.set(false); date.set(event_target_value(&ev)); }/>
                        <p class="hint" id=hint_id.clone()>{t.date_hint}</p>
                        {move || error.get().then(|| view! {
                            <p class="field-error" id=error_id.clone() role="alert">{t.bad_date}</p>
                        })}
                    </div>
                    <div class="row">
                        <button type="submit" class="button primary" id=format!("{id}-confirm")>{t.confirm}</button>
                        <button type="button" class="button ghost" on:click=move |_| close_button()>{common.cancel}</button>
                    </div>
                </form>
            }
        }
    };
    view! {
        <div class="start-meeting">
            <button type="button" class="button" id=toggle_id aria-expanded=move || open.get().to_string()
                aria-controls=move || open.get().then(|| panel_id.clone()) aria-label=label
                on:click=move |_| if open.get_untracked() { open.set(false) } else { show() }>
                {t.start_next}
            </button>
            <Show when=move || open.get()>{panel.clone()}</Show>
        </div>
    }
}

/// "Start the next meeting" on the agreements step: the editor's plan moves
/// on to the next meeting through the editor's state (everything on the page
/// is told, autosave writes it), then the new meeting's first step opens.
/// With an earlier meeting, a link to what changed since then.
#[component]
pub fn NextMeetingFromEditor() -> impl IntoView {
    use crate::domain::i18n::fill;
    use crate::domain::Step;
    use crate::ui::context::use_app;
    use crate::ui::plan_state::ROOT;
    use leptos_router::hooks::use_navigate;
    use leptos_router::NavigateOptions;

    let ctx = use_app();
    let editor = crate::ui::editor_state::use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let t = MeetingsText::get(language);
    let navigate = use_navigate();
    let next_date = Signal::derive(move || plan.with_item(ROOT, |p| p.next_meeting.date));
    let on_start = Callback::new(move |(kind, date): (MeetingKind, Option<NaiveDate>)| {
        let now = crate::ui::context::clock::now_ms();
        plan.update(|p| crate::domain::history::start_next_meeting(p, kind, date, now));
        let (id, number) = plan.with_untracked(|p| (p.id.clone(), p.history.len() + 1));
        ctx.toast(
            fill(
                t.started,
                &[
                    ("n", &number.to_string()),
                    ("kind", kind.label_in(language)),
                ],
            ),
            None,
        );
        let first = Step::flow(kind).first().copied().unwrap_or(Step::Welcome);
        navigate(
            &format!("/plan/{id}/{}", first.slug()),
            NavigateOptions::default(),
        );
        focus_later("step-title".into());
    });
    let earlier = Memo::new(move |_| plan.with_item(ROOT, |p| !p.history.is_empty()));
    let changes_href = move || {
        format!(
            "{}/plan/{}/changes",
            crate::ui::base_path(),
            plan.with_untracked(|p| p.id.clone())
        )
    };
    view! {
        <h2>{t.start_next}</h2>
        <StartNextMeeting id="next-meeting-start" default_date=next_date on_start=on_start/>
        <Show when=move || earlier.get()>
            <p><a class="button small ghost" id="since-last-meeting" href=changes_href
                on:click=|_| crate::ui::widgets::focus_when_shown(super::past::MEETING_TITLE)>{t.since_last}</a></p>
        </Show>
    }
}
