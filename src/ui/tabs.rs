//! Other tabs and windows of the planner on this device, over one
//! `BroadcastChannel`:
//!
//! - each successful save is announced (`saved REVISION ID`), so a tab showing
//!   the same plan with nothing unsaved picks up the newer plan at once;
//! - a tab opening a plan asks whether another tab has it open (`who ID`,
//!   answered `have ID`), so it never takes over that tab's pending edits
//!   (its recovery copy) as if they had been left by a crash.
//!
//! Messages can be missed (a tab asleep, a browser without the channel): the
//! revision check in [`crate::storage::PlanStore::save_if`] is what makes a
//! lost update impossible; this only makes conflicts rare. A channel never
//! hears its own messages (other channel objects of the same tab do).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

use crate::ui::context::clock::sleep_ms;

const CHANNEL: &str = "ftm-planner.saves";
/// How long to wait for another tab to say it has a plan open.
const ANSWER_MS: i32 = 250;

fn post(channel: &BroadcastChannel, text: &str) {
    let _ = channel.post_message(&text.into());
}

/// Tell the other tabs that `id` was saved at `revision`.
pub fn announce_saved(id: &str, revision: u64) {
    if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
        post(&channel, &format!("saved {revision} {id}"));
        channel.close();
    }
}

/// True if another tab answers that it has plan `id` open (waits a moment).
pub async fn open_elsewhere(id: &str) -> bool {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return false;
    };
    let heard = Rc::new(Cell::new(false));
    let answer = format!("have {id}");
    let handler = {
        let heard = heard.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if ev.data().as_string().as_deref() == Some(answer.as_str()) {
                heard.set(true);
            }
        })
    };
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    post(&channel, &format!("who {id}"));
    sleep_ms(ANSWER_MS).await;
    channel.set_onmessage(None);
    channel.close();
    heard.get()
}

/// Listens for other tabs while it is kept; stops when dropped.
pub struct TabListener {
    channel: BroadcastChannel,
    _handler: Closure<dyn FnMut(MessageEvent)>,
}

impl Drop for TabListener {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

/// For the plan open in this tab (`id`): call `saved(revision)` for every save
/// of it announced by another tab, and answer tabs asking who has it open.
pub fn listen(id: String, saved: impl Fn(u64) + 'static) -> Option<TabListener> {
    let channel = BroadcastChannel::new(CHANNEL).ok()?;
    let reply = channel.clone();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let Some(text) = ev.data().as_string() else {
            return;
        };
        let mut words = text.splitn(3, ' ');
        match (words.next(), words.next(), words.next()) {
            (Some("saved"), Some(revision), Some(plan)) if plan == id => {
                if let Ok(revision) = revision.parse() {
                    saved(revision);
                }
            }
            (Some("who"), Some(plan), None) if plan == id => post(&reply, &format!("have {id}")),
            _ => {}
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    Some(TabListener {
        channel,
        _handler: handler,
    })
}
