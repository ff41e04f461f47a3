//! The facilitator's side of the audience window: answer an audience
//! window's hello, then send it a frame on every change (the step, its cards
//! from the wall projection, the card in focus, the timer, the colours).
//! Nothing is sent until an audience window asks.
//!
//! Each facilitator's window has a token (kept for the tab's session, so a
//! reload keeps it). The audience window it opens carries the token and
//! follows only that window, even if the plan is open in another tab too;
//! one opened by hand (no token) is answered by a window in presentation mode.

use gloo_storage::{SessionStorage, Storage};
use leptos::prelude::*;

use crate::domain::i18n::wall::PresentText;
use crate::domain::wall::{AudienceMessage, WallFrame, WallStep};
use crate::ui::editor_state::EditorContext;

use super::channel::AudienceChannel;
use super::Presenter;

/// This tab's token for plan `id` (made on first use).
pub fn window_token(id: &str) -> String {
    let key = format!("ftm-planner.window.{id}");
    SessionStorage::get::<String>(&key).unwrap_or_else(|_| {
        let token = crate::ui::context::clock::new_plan_id();
        let _ = SessionStorage::set(&key, &token);
        token
    })
}

/// Serve audience windows while the editor is open. `wall` is the step as
/// the wall shows it, `None` after the steps (sharing, printing).
pub fn serve(editor: EditorContext, presenter: Presenter, wall: Memo<Option<WallStep>>) {
    let plan = editor.plan;
    let id = plan.with_untracked(|p| p.id.clone());
    let token = window_token(&id);
    let watched = RwSignal::new(false);
    let asked = Trigger::new();
    let (own, mine) = (id.clone(), token.clone());
    let channel = AudienceChannel::open(move |message| {
        if let AudienceMessage::Hello { plan, window } = &message {
            let for_me = match window {
                Some(w) => *w == mine,
                None => presenter.on.get_untracked(),
            };
            if *plan == own && for_me {
                watched.set(true);
                asked.notify();
            }
        }
    });
    let Some(channel) = channel else {
        return;
    };
    let channel = StoredValue::new_local(channel);
    let sender = token.clone();
    Effect::new(move |_| {
        asked.track();
        if !watched.get() {
            return;
        }
        let frame = plan.with_item(crate::ui::plan_state::ROOT, |p| WallFrame {
            plan: p.id.clone(),
            window: sender.clone(),
            // The plan's title (as `PlanSummary::title_of` gives it), in the
            // plan's language.
            family: match p.family_name.trim() {
                "" => PresentText::get(p.language).untitled_family.to_string(),
                name => name.to_string(),
            },
            language: p.language,
            slide: wall.get(),
            current: presenter.current.get(),
            timer_end_ms: presenter.timer_end.get(),
            theme: presenter.theme.get(),
        });
        channel.with_value(|c| c.send(&AudienceMessage::Show(Box::new(frame))));
    });
    let closed = move || {
        let _ = channel.try_with_value(|c| {
            c.send(&AudienceMessage::Closed {
                plan: id.clone(),
                window: token.clone(),
            })
        });
    };
    let on_leave = window_event_listener(leptos::ev::pagehide, {
        let closed = closed.clone();
        move |_| closed()
    });
    on_cleanup(move || {
        on_leave.remove();
        closed();
    });
}

/// Open the audience window for plan `id`, following this window (a pop-up
/// the size of a projector). False if the browser blocked it.
pub fn open_audience_window(id: &str) -> bool {
    let url = format!(
        "{}/audience/{}?w={}",
        crate::ui::base_path(),
        id,
        window_token(id)
    );
    window()
        .open_with_url_and_target_and_features(
            &url,
            &format!("ftm-audience-{id}"),
            "popup,width=1280,height=720",
        )
        .ok()
        .flatten()
        .is_some()
}
