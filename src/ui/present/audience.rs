//! Route `/audience/:id`: the audience window, for a second screen or a
//! projector. It shows only the frames the facilitator's window sends (the
//! wall's cards, never the plan), follows its step and card, and keeps the
//! last frame if that window closes.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::i18n::fill;
use crate::domain::i18n::wall::PresentText;
use crate::domain::wall::{AudienceMessage, WallFrame, WallStep};
use crate::domain::{Language, MeetingKind, Step};
use crate::ui::context::language::{ui_language, use_document_language};

use super::channel::AudienceChannel;
use super::slide::Slide;
use super::timer::TimerDisplay;

/// How often a waiting audience window asks again for its plan.
const ASK_AGAIN_MS: u64 = 1500;

#[component]
pub fn AudienceWindow() -> impl IntoView {
    let params = use_params_map();
    let id = params.read_untracked().get("id").unwrap_or_default();
    // The facilitator's window it follows: from the address when that window
    // opened it, else the first window in presentation mode that answers.
    let token = StoredValue::new(use_query_map().read_untracked().get("w"));
    // The room reads this window: it speaks the plan's language, which each
    // frame carries; until the first one comes, the interface language of
    // this device (the facilitator's choice). The address stays as it is.
    let waiting_in = ui_language();
    let frame: RwSignal<Option<WallFrame>> = RwSignal::new(None);
    let gone = RwSignal::new(false);
    let own = id.clone();
    let channel = AudienceChannel::open(move |message| match message {
        AudienceMessage::Show(f) if f.plan == own => {
            let mine = token.with_value(|t| t.as_ref().is_none_or(|t| *t == f.window));
            if !mine {
                return;
            }
            token.set_value(Some(f.window.clone()));
            let step_of = |f: &WallFrame| f.slide.as_ref().map(|s| s.step);
            let (new_step, moved) = frame.with_untracked(|old| match old {
                Some(o) => (step_of(o) != step_of(&f), o.current != f.current),
                None => (true, true),
            });
            let current = f.current.clone();
            frame.set(Some(*f));
            gone.set(false);
            if new_step || moved {
                request_animation_frame(move || {
                    if new_step {
                        if let Ok(Some(main)) = document().query_selector(".present-main") {
                            main.set_scroll_top(0);
                        }
                    }
                    if let Some(key) = current {
                        super::scroll_to_card(&key);
                    }
                });
            }
        }
        AudienceMessage::Closed { plan, window }
            if plan == own && token.with_value(|t| t.as_deref() == Some(window.as_str())) =>
        {
            gone.set(true)
        }
        _ => {}
    })
    .map(StoredValue::new_local);
    let ask = move || {
        let hello = AudienceMessage::Hello {
            plan: id.clone(),
            window: token.get_value(),
        };
        if let Some(c) = channel {
            c.with_value(|c| c.send(&hello));
        }
    };
    ask();
    let again = set_interval_with_handle(
        {
            let ask = ask.clone();
            move || {
                if frame.with_untracked(Option::is_none) || gone.get_untracked() {
                    ask();
                }
            }
        },
        std::time::Duration::from_millis(ASK_AGAIN_MS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = again {
            t.clear();
        }
    });
    let language =
        Memo::new(move |_| frame.with(|f| f.as_ref().map_or(waiting_in, |f| f.language)));
    use_document_language(language.into());
    let t = move || PresentText::get(language.get());
    Effect::new(move |_| {
        let t = t();
        let title = frame.with(|f| match f {
            Some(f) => fill(t.window_title_family, &[("family", &f.family)]),
            None => t.window_title.to_string(),
        });
        document().set_title(&title);
    });
    let theme = move || frame.with(|f| f.as_ref().map(|f| f.theme).unwrap_or_default().key());
    let step = Signal::derive(move || {
        frame.with(|f| f.as_ref().and_then(|f| f.slide.as_ref().map(|s| s.step)))
    });
    // The flow of the meeting's kind, as the last slide said.
    let meeting = Memo::new(move |_| {
        frame.with(|f| {
            f.as_ref()
                .and_then(|f| f.slide.as_ref().map(|s| s.kind))
                .unwrap_or_default()
        })
    });
    let family = Memo::new(move |_| frame.with(|f| f.as_ref().map(|f| f.family.clone())));
    // What the window shows changes rarely (waiting, a step, after the
    // steps); each frame only updates the slide inside it.
    let kind = Memo::new(move |_| frame.with(|f| f.as_ref().map(|f| f.slide.is_some())));
    let slide = Memo::new(move |_| {
        frame
            .with(|f| f.as_ref().and_then(|f| f.slide.clone()))
            .unwrap_or_else(|| WallStep::empty(Step::Welcome, language.get()))
    });
    let current = Memo::new(move |_| frame.with(|f| f.as_ref().and_then(|f| f.current.clone())));
    let end = Memo::new(move |_| frame.with(|f| f.as_ref().and_then(|f| f.timer_end_ms)));
    view! {
        <div class="present audience" data-theme=theme lang=move || language.get().key()>
            <header class="present-bar">
                <StepProgress step=step kind=meeting.into() language=language.into()/>
                {move || family.get().map(|name| view! { <span class="present-family">{name}</span> })}
            </header>
            // Focusable so the room's long steps can be scrolled by keyboard.
            <main id="main" tabindex="0" class="present-main" aria-label=move || t().step_on_wall>
                {move || gone.get().then(|| view! { <p class="present-waiting" role="status">{move || t().facilitator_closed}</p> })}
                {move || match kind.get() {
                    None => view! {
                        <h1 id="step-title" tabindex="-1" class="wall-question">{move || t().waiting}</h1>
                        <p class="present-waiting">{move || t().waiting_hint}</p>
                    }.into_any(),
                    Some(false) => view! {
                        <h1 id="step-title" tabindex="-1" class="wall-question">{move || t().thanks}</h1>
                        <p class="present-waiting">{move || t().being_shared}</p>
                    }.into_any(),
                    Some(true) => view! {
                        <TimerDisplay end=end.into() language=language.into()/>
                        <Slide slide=slide.into() current=current.into()/>
                    }.into_any(),
                }}
            </main>
        </div>
    }
}

/// Where the meeting is: the steps of this kind of meeting, the current one
/// named.
#[component]
pub fn StepProgress(
    step: Signal<Option<Step>>,
    /// The kind of meeting, whose flow is shown.
    kind: Signal<MeetingKind>,
    /// The wall's language (the plan's).
    language: Signal<Language>,
) -> impl IntoView {
    let t = move || PresentText::get(language.get());
    view! {
        <div class="present-progress">
            <ol class="present-steps" aria-hidden="true">
                {move || {
                    let k = kind.get();
                    Step::flow(k).iter().enumerate().map(|(i, &s)| view! {
                        <li class:done=move || step.get().is_none_or(|c| c.in_flow(k) && i < c.index_in(k))
                            class:current=move || step.get() == Some(s)>{i + 1}</li>
                    }).collect_view()
                }}
            </ol>
            <span class="present-where">{move || match step.get() {
                Some(s) => view! {
                    <span class="visually-hidden">{fill(t().step_of, &[
                        ("n", &(s.index_in(kind.get()) + 1).to_string()),
                        ("total", &Step::flow(kind.get()).len().to_string()),
                    ])}</span>
                    {s.short_title_in(language.get())}
                }.into_any(),
                None => t().after_meeting.into_any(),
            }}</span>
        </div>
    }
}
