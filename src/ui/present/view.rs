//! Presentation mode in the facilitator's window: the step as the room sees
//! it, still editable, with step progress and a few small controls.

use leptos::prelude::*;

use crate::domain::i18n::wall::PresentText;
use crate::domain::wall::{WallAdd, WallStep};
use crate::domain::{Language, Step};
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::widgets::focus_later;

use super::audience::StepProgress;
use super::slide::Slide;
use super::timer::{TimerControls, TimerDisplay};
use super::{scroll_to_card, use_presenter};

#[component]
pub fn Presentation<G>(step: Memo<Step>, wall: Memo<Option<WallStep>>, go: G) -> impl IntoView
where
    G: Fn(Option<Step>) + Clone + Send + Sync + 'static,
{
    let editor = use_editor();
    let plan = editor.plan;
    let presenter = use_presenter();
    // The room reads the wall: everything here is in the plan's language,
    // whatever the facilitator's interface language is.
    let language = Memo::new(move |_| plan.with_item(crate::ui::plan_state::ROOT, |p| p.language));
    let t = move || PresentText::get(language.get());
    let kind = Memo::new(move |_| plan.with_item(crate::ui::plan_state::ROOT, |p| p.meeting.kind));
    let slide = Memo::new(move |_| {
        wall.get()
            .unwrap_or_else(|| WallStep::empty(step.get(), language.get()))
    });
    let on_focus_card = Callback::new(move |key: String| {
        if presenter.current.get_untracked().as_deref() != Some(key.as_str()) {
            presenter.current.set(Some(key.clone()));
        }
        request_animation_frame(move || scroll_to_card(&key));
    });
    let add = move |what: WallAdd| match plan.add(|p| what.apply(p)) {
        Ok(text) => {
            let key = slide.with_untracked(|s| {
                s.cards
                    .iter()
                    .find(|c| c.edit == Some(text))
                    .map(|c| c.key.clone())
            });
            if let Some(key) = key {
                presenter.editing.set(Some(key.clone()));
                presenter.current.set(Some(key.clone()));
                focus_later(format!("wall-text-{key}"));
            }
        }
        Err(e) => crate::ui::steps::lists::refused(e),
    };
    // A new step starts with no card open or marked.
    Effect::new(move |old: Option<Step>| {
        let now = step.get();
        if old.is_some_and(|o| o != now) {
            presenter.editing.set(None);
            presenter.current.set(None);
        }
        now
    });
    let interface = ui_language().key();
    let go_back = go.clone();
    let go_next = go.clone();
    let theme = move || presenter.theme.get().key();
    view! {
        <div class="present" data-theme=theme lang=move || language.get().key()>
            <header class="present-bar">
                <StepProgress step=Signal::derive(move || Some(step.get())) kind=kind.into() language=language.into()/>
                <nav class="present-controls" aria-label=move || t().controls>
                    {move || crate::ui::editor::previous_step(step.get(), kind.get()).map(|prev| {
                        let go = go_back.clone();
                        view! { <button type="button" class="button small ghost" on:click=move |_| go(Some(prev))>{t().back}</button> }
                    })}
                    {move || {
                        let go = go_next.clone();
                        let next = crate::ui::editor::next_step(step.get(), kind.get());
                        view! { <button type="button" class="button small" id="present-next" on:click=move |_| go(next)>
                            {if next.is_some() { t().next } else { t().next_share }}
                        </button> }
                    }}
                    <TimerControls presenter=presenter language=language.into()/>
                    <button type="button" class="button small ghost" aria-pressed=move || (presenter.theme.get() == crate::domain::wall::Theme::Dark).to_string()
                        on:click=move |_| presenter.theme.update(|t| *t = t.other())>{move || t().dark_colours}</button>
                    <AudienceButton language=language/>
                    // The editor's own state, in the interface language.
                    <span class="present-interface" lang=interface>
                        <crate::ui::editor::SaveIndicator/>
                    </span>
                    <button type="button" class="button small ghost" id="present-exit" aria-keyshortcuts="Alt+P Escape"
                        aria-label=move || t().exit_label
                        on:click=move |_| presenter.toggle()>{move || t().exit}</button>
                </nav>
            </header>
            <div class="present-interface" lang=interface>
                <crate::ui::editor::ConflictBanner/>
            </div>
            <main id="main" tabindex="-1" class="present-main">
                <TimerDisplay end=presenter.timer_end.into() language=language.into()/>
                <Slide slide=slide.into() current=presenter.current.into() editable=true on_focus_card=on_focus_card/>
                {move || WallAdd::for_step(step.get()).map(|what| view! {
                    <button type="button" class="button add wall-add" id="wall-add" on:click=move |_| add(what)>{move || what.label_in(language.get())}</button>
                })}
            </main>
        </div>
    }
}

/// Opens the audience window, which follows this window (in the editor's
/// top bar and in presentation mode).
#[component]
pub fn AudienceButton(
    /// The button's language: the plan's in presentation mode; by default
    /// the interface language (the editor's top bar).
    #[prop(optional, into)]
    language: Option<Signal<Language>>,
) -> impl IntoView {
    let ctx = crate::ui::context::use_app();
    let plan_id = use_editor().plan.with_untracked(|p| p.id.clone());
    let interface = ui_language();
    let t = move || PresentText::get(language.map_or(interface, |l| l.get()));
    view! {
        <button type="button" class="button small ghost present-audience" on:click=move |_| {
            if !super::facilitator::open_audience_window(&plan_id) {
                ctx.toast(t().popup_blocked, None);
            }
        }>{move || t().audience_window}</button>
    }
}
