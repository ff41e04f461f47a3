//! The step timer (e.g. private family time): large on the wall, the same in
//! the audience window, and announced once when the time is up.

use leptos::prelude::*;

use crate::domain::i18n::fill;
use crate::domain::i18n::wall::PresentText;
use crate::domain::wall::timer_text;
use crate::domain::Language;

use super::Presenter;

fn now() -> f64 {
    js_sys::Date::now()
}

/// Remaining time, ticking every half second while a timer runs.
#[component]
pub fn TimerDisplay(
    end: Signal<Option<f64>>,
    /// The wall's language (the plan's).
    language: Signal<Language>,
) -> impl IntoView {
    let t = move || PresentText::get(language.get());
    let clock = RwSignal::new(now());
    let tick = set_interval_with_handle(
        move || clock.set(now()),
        std::time::Duration::from_millis(500),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
    });
    let remaining = move || {
        clock.track();
        end.get().map(|e| e - now())
    };
    let over = move || remaining().is_some_and(|r| r <= 0.0);
    view! {
        {move || remaining().map(|r| view! {
            <p class="wall-timer" class:over=over role="timer" aria-label=move || t().time_left>{timer_text(r)}</p>
        })}
        <p class="visually-hidden" role="status">{move || over().then(|| t().time_up)}</p>
    }
}

/// Start or stop the step timer.
#[component]
pub fn TimerControls(
    presenter: Presenter,
    /// The wall's language (the plan's).
    language: Signal<Language>,
) -> impl IntoView {
    let t = move || PresentText::get(language.get());
    let open = RwSignal::new(false);
    let start = move |minutes: f64| {
        presenter.timer_end.set(Some(now() + minutes * 60_000.0));
        open.set(false);
        crate::ui::widgets::focus_later("present-timer".into());
    };
    view! {
        <button type="button" class="button small ghost" id="present-timer" aria-expanded=move || open.get().to_string()
            aria-controls="present-timer-choices" on:click=move |_| open.update(|o| *o = !*o)>{move || t().timer}</button>
        <div id="present-timer-choices" class="present-timer-choices" role="group" aria-label=move || t().step_timer hidden=move || !open.get()
            on:keydown=move |ev| if ev.key() == "Escape" {
                ev.prevent_default();
                open.set(false);
                crate::ui::widgets::focus_later("present-timer".into());
            }>
            {[5.0, 10.0, 15.0].into_iter().map(|m| view! {
                <button type="button" class="button small" on:click=move |_| start(m)>{move || fill(t().minutes, &[("n", &m.to_string())])}</button>
            }).collect_view()}
            <button type="button" class="button small ghost" disabled=move || presenter.timer_end.get().is_none()
                on:click=move |_| { presenter.timer_end.set(None); open.set(false); crate::ui::widgets::focus_later("present-timer".into()); }>{move || t().stop_timer}</button>
        </div>
    }
}
