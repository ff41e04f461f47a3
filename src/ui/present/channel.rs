//! The audience channel: one `BroadcastChannel` between the facilitator's
//! window and its audience windows, on this device only (no server).
//!
//! An audience window says `Hello` for a plan; the facilitator's window with
//! that plan open answers, and from then on sends a `Show` frame on every
//! change: the step's cards as the wall projection draws them
//! ([`crate::domain::wall::WallFrame`]), never the plan itself. Closing the
//! editor sends `Closed`; the audience window keeps the last frame and waits.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

use crate::domain::wall::AudienceMessage;

const NAME: &str = "ftm-planner.audience";

/// One end of the channel, listening while it is kept.
pub struct AudienceChannel {
    channel: BroadcastChannel,
    _handler: Closure<dyn FnMut(MessageEvent)>,
}

impl AudienceChannel {
    /// Open the channel; `heard` gets every message of ours from other windows.
    pub fn open(heard: impl Fn(AudienceMessage) + 'static) -> Option<AudienceChannel> {
        let channel = BroadcastChannel::new(NAME).ok()?;
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(message) = ev
                .data()
                .as_string()
                .and_then(|t| AudienceMessage::from_json(&t))
            {
                heard(message);
            }
        });
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        Some(AudienceChannel {
            channel,
            _handler: handler,
        })
    }

    pub fn send(&self, message: &AudienceMessage) {
        let _ = self.channel.post_message(&message.to_json().into());
    }
}

impl Drop for AudienceChannel {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
