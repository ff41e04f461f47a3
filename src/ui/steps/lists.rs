//! What several steps share: adding an item (focus goes to it), numbering
//! items, and the editable list of short texts (ground rules, warning signs, …).

use leptos::prelude::*;

use crate::domain::i18n::steps::{widgets, ItemWords};
use crate::domain::i18n::{common::Common, fill};
use crate::domain::limits::LimitError;
use crate::domain::{insert_after, ItemId, Plan, TextItem};
use crate::ui::context::language::ui_language;
use crate::ui::context::use_app;
use crate::ui::debounce::after_paint;
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::PlanState;
use crate::ui::widgets::{focus_later, ItemForm, PrivateToggle, TextField};

/// 1-based position of an item in a list of ids (0 when it is gone), for
/// names such as "Delete strength 2".
pub fn position_of(ids: &[ItemId], id: ItemId) -> usize {
    ids.iter().position(|i| *i == id).map_or(0, |i| i + 1)
}

/// Cards built before a step first paints, then per animation frame.
pub const FIRST_CARDS: usize = 2;
pub const CARDS_PER_FRAME: usize = 2;

/// A long list built a few items per frame: the items to show now, and
/// whether more are still coming (for `aria-busy` on the list).
#[derive(Clone, Copy)]
pub struct Progressive {
    pub shown: Memo<Vec<ItemId>>,
    pub busy: Memo<bool>,
}

impl Progressive {
    /// `aria-busy="true"` while items are still being added to the list.
    pub fn aria_busy(self) -> impl Fn() -> Option<&'static str> + Copy {
        move || self.busy.get().then_some("true")
    }
}

/// The items of a long list to build now: the first [`FIRST_CARDS`] at once,
/// then [`CARDS_PER_FRAME`] more after each frame has painted, so a step of
/// 60 strengths or 40 goals appears at once instead of after one long freeze. Once the list is
/// added to or deleted from, or all are built, every item shows (so a new item
/// is there to take focus).
pub fn progressive(ids: Memo<Vec<ItemId>>) -> Progressive {
    let shown = RwSignal::new(FIRST_CARDS);
    let first_len = ids.with_untracked(Vec::len);
    Effect::new(move |_| {
        let (n, total) = (shown.get(), ids.with(Vec::len));
        if total != first_len && n != usize::MAX {
            shown.set(usize::MAX);
        } else if n < total {
            // After the frame has painted: in the frame's callback the next
            // cards would be built, laid out and painted before the ones
            // already built could show, and a step would appear a frame later.
            after_paint(move || {
                shown.try_update(|n| *n = n.saturating_add(CARDS_PER_FRAME));
            });
        } else if n != usize::MAX {
            shown.set(usize::MAX);
        }
    });
    Progressive {
        shown: Memo::new(move |_| {
            let n = shown.get();
            ids.with(|ids| ids.iter().take(n).copied().collect::<Vec<_>>())
        }),
        busy: Memo::new(move |_| shown.get() != usize::MAX),
    }
}

/// Add an item with a fresh id, then move focus to its first field
/// (`focus` gives that field's element id).
pub fn add_item(
    plan: PlanState,
    add: impl FnOnce(&mut Plan, ItemId),
    focus: impl FnOnce(ItemId) -> String,
) {
    match plan.add(|p| {
        let id = p.alloc_id();
        add(p, id);
        id
    }) {
        Ok(new_id) => focus_later(focus(new_id)),
        Err(e) => refused(e),
    }
}

/// Tell the room why nothing was added (the plan is at its limits).
pub fn refused(e: LimitError) {
    use_app().toast(widgets::nothing_added(&e, ui_language()), None);
}

/// An editable list of short texts (ground rules, warning signs, …).
/// Enter adds the next item; each item can be deleted (with undo) or marked private.
#[component]
pub fn TextItemList(
    #[prop(into)] label: String,
    /// Names the list's element ids (`list-{id}-{item}`): "ground-rule".
    id: &'static str,
    /// The item's label, the add and delete buttons and the toast, in the
    /// interface language.
    words: ItemWords,
    list: fn(&Plan) -> &Vec<TextItem>,
    list_mut: fn(&mut Plan) -> &mut Vec<TextItem>,
    #[prop(optional)] meter: bool,
    #[prop(optional)] private_switch: bool,
) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let delete = Common::get(ui_language()).delete;
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| list(p).iter().map(|i| i.id).collect::<Vec<_>>())
    });
    let shown = progressive(ids);
    let prefix = format!("list-{id}");
    let add_after = move |after: Option<ItemId>| {
        plan.add(|p| {
            let item = TextItem {
                id: p.alloc_id(),
                ..TextItem::default()
            };
            let new_id = item.id;
            insert_after(list_mut(p), after, item);
            new_id
        })
    };
    let prefix_add = prefix.clone();
    view! {
        <section class="item-list" aria-label=label.clone()>
            <h3>{label.clone()}</h3>
            <ul aria-busy=shown.aria_busy()>
                <For each=move || shown.shown.get() key=|id| *id let:item_id>
                    {
                        let binding = crate::ui::bind::bind(
                            plan,
                            [item_id],
                            move |p| list(p).iter().find(|i| i.id == item_id).map(|i| &i.text),
                            move |p| list_mut(p).iter_mut().find(|i| i.id == item_id).map(|i| &mut i.text),
                        );
                        let private = crate::ui::bind::bind(
                            plan,
                            [item_id],
                            move |p| list(p).iter().find(|i| i.id == item_id).map(|i| &i.private),
                            move |p| list_mut(p).iter_mut().find(|i| i.id == item_id).map(|i| &mut i.private),
                        );
                        let field_id = format!("{}-{}", prefix, item_id);
                        let prefix = prefix.clone();
                        let on_enter = Callback::new(move |_| match add_after(Some(item_id)) {
                            Ok(id) => focus_later(format!("{}-{}", prefix, id)),
                            Err(e) => refused(e),
                        });
                        // Numbered by position, and kept up to date when items are inserted.
                        let item_label = Signal::derive(move || {
                            let n = ids.get().iter().position(|i| *i == item_id).map(|i| i + 1).unwrap_or(0);
                            fill(words.item, &[("n", &n.to_string())])
                        });
                        view! {
                            <li class="item-row">
                                <ItemForm>
                                    <TextField label=item_label binding=binding id=field_id on_enter=on_enter meter=meter multiline=true/>
                                    {private_switch.then(|| view! { <PrivateToggle binding=private/> })}
                                    <button type="button" class="button small ghost" aria-label=move || fill(words.delete, &[("n", &position_of(&ids.get(), item_id).to_string())])
                                        on:click=move |_| editor.delete_with_undo(words.deleted, move |p| list_mut(p).retain(|i| i.id != item_id))>
                                        {delete}
                                    </button>
                                </ItemForm>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button type="button" class="button add" on:click=move |_| match add_after(None) {
                Ok(id) => focus_later(format!("{}-{}", prefix_add, id)),
                Err(e) => refused(e),
            }>{words.add}</button>
        </section>
    }
}
