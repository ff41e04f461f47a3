//! Compact rows on the Goals page: each task and service shows as one line
//! (a disclosure button), and one at a time opens to be edited. A plan with
//! 300 tasks keeps a page the size of what a person looks at.

use leptos::prelude::*;

use crate::domain::i18n::{common::Common, steps::goals::GoalsText};
use crate::domain::{ItemId, Plan};
use crate::ui::context::language::ui_language;
use crate::ui::debounce::settled;
use crate::ui::editor_state::EditorContext;
use crate::ui::widgets::{focus_later, focus_now};

/// Which task or service is open for editing: one at a time on the page.
#[derive(Clone)]
pub struct OpenItem {
    open: RwSignal<Option<ItemId>>,
    /// Each row is told only when it opens or closes, not when another does.
    selected: Selector<Option<ItemId>>,
}

impl OpenItem {
    pub fn new() -> Self {
        let open = RwSignal::new(None);
        Self {
            open,
            selected: Selector::new(move || open.get()),
        }
    }

    pub fn is_open(&self, id: ItemId) -> bool {
        self.selected.selected(&Some(id))
    }

    pub fn open(&self, id: ItemId) {
        self.open.set(Some(id));
    }

    pub fn close(&self, id: ItemId) {
        if self.open.get_untracked() == Some(id) {
            self.open.set(None);
        }
    }
}

pub fn use_open_item() -> OpenItem {
    expect_context::<OpenItem>()
}

/// One line that opens into its editor. `kind` names the element ids
/// (`{kind}-{id}-open`); `first_field` is focused on opening; Escape or
/// "Done" closes it and puts focus back on the line.
#[component]
pub fn ExpandableRow(
    id: ItemId,
    kind: &'static str,
    /// "task 2", for the button's accessible name.
    #[prop(into)]
    name: Signal<String>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    /// Marked "Not shared" on the line.
    #[prop(into)]
    private: Signal<bool>,
    first_field: String,
    children: ChildrenFn,
) -> impl IntoView {
    let items = use_open_item();
    let language = ui_language();
    let (not_shared, done) = (
        GoalsText::get(language).not_shared,
        Common::get(language).done,
    );
    let button_id = format!("{kind}-{id}-open");
    let panel_id = format!("{kind}-{id}-panel");
    let opened = {
        let items = items.clone();
        Memo::new(move |_| items.is_open(id))
    };
    // While the row is open its line repeats the field being typed in: it
    // catches up once typing pauses (see `settled`); closed, it follows at once.
    // Made only in the open row (one at a time), not in each of 300 lines.
    let line = move |text: Signal<String>| {
        move || {
            let text = if opened.get() { settled(text) } else { text };
            move || text.get()
        }
    };
    let close = {
        let items = items.clone();
        let button_id = button_id.clone();
        move || {
            // The line stays on the page: focus it before the panel (and the
            // focused control in it) goes, so focus never drops to the page.
            focus_now(&button_id);
            items.close(id);
        }
    };
    let toggle = {
        let items = items.clone();
        move |_| {
            if opened.get_untracked() {
                items.close(id);
            } else {
                items.open(id);
                focus_later(first_field.clone());
            }
        }
    };
    let close_on_escape = close.clone();
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        // An open member list handles its own Escape first.
        if ev.key() == "Escape" && !ev.default_prevented() {
            ev.prevent_default();
            close_on_escape();
        }
    };
    view! {
        <button type="button" class="row-summary" id=button_id
            aria-expanded=move || opened.get().to_string() aria-controls={ let panel_id = panel_id.clone(); move || opened.get().then(|| panel_id.clone()) }
            on:click=toggle>
            <span class="visually-hidden">{move || format!("{}: ", name.get())}</span>
            <span class="row-title">{line(title)}</span>
            <span class="row-meta">
                {move || private.get().then(|| view! { <span class="not-shared">{not_shared}</span> " " })}
                {line(summary)}
            </span>
        </button>
        <Show when=move || opened.get()>
            <div class="row-panel" id=panel_id.clone() on:keydown=on_keydown.clone()>
                {children()}
                <button type="button" class="button small" on:click={
                    let close = close.clone();
                    move |_| close()
                }>{done}</button>
            </div>
        </Show>
    }
}

/// Delete an open row's item (with undo) and close it; focus moves to the
/// next row's line (see [`EditorContext::delete_with_undo`]).
pub fn delete_row(
    editor: EditorContext,
    id: ItemId,
    message: &str,
    remove: impl FnOnce(&mut Plan),
) {
    editor.delete_with_undo(message, remove);
    use_open_item().close(id);
}
