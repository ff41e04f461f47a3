//! Other tabs and windows of the planner on this device: each successful save
//! is announced on a `BroadcastChannel`, so a tab showing the same plan with
//! nothing unsaved picks up the newer plan at once. Announcements can be
//! missed (a tab asleep, a browser without the channel): the revision check in
//! [`crate::storage::PlanStore::save_if`] is what makes a lost update
//! impossible; this only makes conflicts rare.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "ftm-planner.saves";

/// Tell the other tabs that `id` was saved at `revision`.
pub fn announce_saved(id: &str, revision: u64) {
    if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&format!("{revision} {id}").into());
        channel.close();
    }
}

/// Listens for saves made in other tabs while it is kept; stops when dropped.
pub struct SaveListener {
    channel: BroadcastChannel,
    _handler: Closure<dyn FnMut(MessageEvent)>,
}

impl Drop for SaveListener {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

/// Call `saved(id, revision)` for every save announced by another tab (a tab
/// never hears its own messages).
pub fn listen(saved: impl Fn(&str, u64) + 'static) -> Option<SaveListener> {
    let channel = BroadcastChannel::new(CHANNEL).ok()?;
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let Some(text) = ev.data().as_string() else {
            return;
        };
        if let Some((revision, id)) = text.split_once(' ') {
            if let Ok(revision) = revision.parse() {
                saved(id, revision);
            }
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    Some(SaveListener {
        channel,
        _handler: handler,
    })
}
