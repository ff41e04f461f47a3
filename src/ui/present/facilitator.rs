//! The facilitator's side of the audience window: answer an audience
//! window's hello for this plan, then send it a frame on every change (the
//! step, its cards from the wall projection, the card in focus, the timer,
//! the colours). Nothing is sent until an audience window asks.

use leptos::prelude::*;

use crate::domain::wall::{wall_step, AudienceMessage, WallFrame};
use crate::domain::Step;
use crate::ui::editor_state::EditorContext;

use super::channel::AudienceChannel;
use super::Presenter;

/// Serve audience windows while the editor is open. `step` is `None` after
/// the steps (sharing, printing).
pub fn serve(editor: EditorContext, presenter: Presenter, step: Signal<Option<Step>>) {
    let plan = editor.plan;
    let id = plan.with_untracked(|p| p.id.clone());
    let watched = RwSignal::new(false);
    let asked = Trigger::new();
    let own = id.clone();
    let channel = AudienceChannel::open(move |message| {
        if matches!(&message, AudienceMessage::Hello { plan } if *plan == own) {
            watched.set(true);
            asked.notify();
        }
    });
    let Some(channel) = channel else {
        return;
    };
    let channel = StoredValue::new_local(channel);
    Effect::new(move |_| {
        asked.track();
        if !watched.get() {
            return;
        }
        let frame = plan.with(|p| WallFrame {
            plan: p.id.clone(),
            family: crate::domain::library::PlanSummary::title_of(&p.family_name).to_string(),
            slide: step.get().map(|s| wall_step(p, s)),
            current: presenter.current.get(),
            timer_end_ms: presenter.timer_end.get(),
            theme: presenter.theme.get(),
        });
        channel.with_value(|c| c.send(&AudienceMessage::Show(Box::new(frame))));
    });
    let closed = {
        let id = id.clone();
        move || {
            let _ =
                channel.try_with_value(|c| c.send(&AudienceMessage::Closed { plan: id.clone() }));
        }
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

/// Open the audience window for plan `id` (a pop-up the size of a projector).
/// False if the browser blocked it.
pub fn open_audience_window(id: &str) -> bool {
    let url = format!("{}/audience/{}", crate::ui::base_path(), id);
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
