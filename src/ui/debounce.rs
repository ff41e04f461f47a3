//! Run something once a burst of calls has paused (autosave, rebuilding the
//! share link while a passphrase is typed, what repeats a field being typed
//! in), or once the next frame has painted (`after_paint`).

use std::time::Duration;

use leptos::prelude::*;

/// Each call to [`Debounce::schedule`] supersedes the previous one.
#[derive(Clone, Copy)]
pub struct Debounce {
    generation: StoredValue<u64>,
}

/// Which call a piece of work belongs to; still current while no newer call came.
#[derive(Clone, Copy)]
pub struct Ticket {
    generation: StoredValue<u64>,
    mine: u64,
}

impl Ticket {
    /// No newer call has come since (false once the owner is gone).
    pub fn is_current(&self) -> bool {
        self.generation.try_get_value() == Some(self.mine)
    }
}

impl Default for Debounce {
    fn default() -> Self {
        Self::new()
    }
}

impl Debounce {
    pub fn new() -> Self {
        Self {
            generation: StoredValue::new(0),
        }
    }

    /// Supersede any pending call and return the new call's ticket.
    pub fn bump(&self) -> Ticket {
        let mine = self.generation.get_value() + 1;
        self.generation.set_value(mine);
        self.current()
    }

    /// The ticket of the newest call.
    pub fn current(&self) -> Ticket {
        Ticket {
            generation: self.generation,
            mine: self.generation.get_value(),
        }
    }

    /// Run `work` after `delay`, unless another call comes first.
    pub fn schedule(&self, delay: Duration, work: impl FnOnce(Ticket) + 'static) {
        let ticket = self.bump();
        set_timeout(
            move || {
                if ticket.is_current() {
                    work(ticket);
                }
            },
            delay,
        );
    }
}

/// How long typing may pause before what mirrors a field (a row's line, the
/// reading meter) catches up with it.
pub const SETTLE: Duration = Duration::from_millis(300);

/// `source`, once changes to it pause for [`SETTLE`]: a line or meter that
/// repeats a field being typed in changes once per pause, not per key, so a
/// keystroke lays the page out once (Chromium lays it out again to show the
/// caret if the page changed while the key was handled).
pub fn settled<T>(source: Signal<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let shown = RwSignal::new(source.get_untracked());
    let debounce = Debounce::new();
    Effect::new(move |first: Option<()>| {
        let value = source.get();
        if first.is_some() {
            debounce.schedule(SETTLE, move |_| {
                if shown.try_with_untracked(|s| s != &value) == Some(true) {
                    shown.set(value);
                }
            });
        }
    });
    shown.into()
}

/// A count that moves on once changes to what `track` reads pause for
/// [`SETTLE`]: for what repeats the whole plan on a step where people type
/// (the Agreements step's summary and overall reading), which would otherwise
/// be worked out and laid out again on every key.
pub fn settled_changes(track: impl Fn() + 'static) -> Signal<u32> {
    let tick = RwSignal::new(0u32);
    let debounce = Debounce::new();
    Effect::new(move |first: Option<()>| {
        track();
        if first.is_some() {
            debounce.schedule(SETTLE, move |_| {
                tick.try_update(|n| *n = n.wrapping_add(1));
            });
        }
    });
    tick.into()
}

/// Run `f` once the next frame has painted (a task queued from the frame's
/// callback runs after it is drawn), not in the callback, where its work would
/// be laid out and painted before the frame could show.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// False until the frame after this call has painted, then true: for work that
/// can wait until what is already built is on screen.
pub fn painted() -> ReadSignal<bool> {
    let painted = RwSignal::new(false);
    after_paint(move || {
        painted.try_set(true);
    });
    painted.read_only()
}
