//! Run something once a burst of calls has paused (autosave, rebuilding the
//! share link while a passphrase is typed).

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
