//! The editor's page (a step, the share screen, a printout), swapped so that
//! leaving a large step costs the new step less (issue 8). When the page
//! changes, the new one is built and shown, and the old one's elements leave
//! the document at once (one removal); its effects, memos and listeners, a
//! tree as large as its elements, are dropped after the new page has painted,
//! when the page is next idle. Dropping a 40-goal Goals step's reactive state
//! was a third of what Next from Goals used to cost.

use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

/// One page on screen: the element it is mounted in, its view, and the owner
/// of everything it created (its memos, effects, cleanups).
struct Shown {
    host: web_sys::HtmlElement,
    view: AnyViewState,
    owner: Owner,
}

impl Shown {
    /// Out of the document (one removal of the whole page), its effects
    /// paused until it is dropped: a list still being built stops building,
    /// a change to the plan no longer reaches its bindings.
    fn remove(&self) {
        self.host.remove();
        self.owner.pause();
    }

    /// Its view state and everything its owner holds.
    fn take_down(self) {
        self.host.remove();
        drop(self.view);
        self.owner.cleanup();
    }
}

/// Run `f` after the next frame has painted, once the page is idle (the new
/// step's cards are built, no input waits), and at most a second later. A tab
/// in the background paints no frames: there, 100 ms later.
fn after_paint_when_idle(f: impl FnOnce() + 'static) {
    let once = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let after_frame = once.clone();
    request_animation_frame(move || {
        let Some(f) = after_frame.take() else {
            return;
        };
        let window = window();
        if js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(1000);
            let f = wasm_bindgen::closure::Closure::once_into_js(f);
            let _ = window.request_idle_callback_with_options(f.unchecked_ref(), &options);
        } else {
            // Safari has no idle callbacks: the next task.
            set_timeout(f, Duration::ZERO);
        }
    });
    set_timeout(
        move || {
            if document().hidden() {
                if let Some(f) = once.take() {
                    f();
                }
            }
        },
        Duration::from_millis(100),
    );
}

/// Shows `render(page)` for the current `page`, swapping as described above.
#[component]
pub fn PageSwap<K, R>(page: Memo<K>, render: R) -> impl IntoView
where
    K: Clone + PartialEq + Send + Sync + 'static,
    R: Fn(K) -> AnyView + 'static,
{
    let slot = NodeRef::<leptos::html::Div>::new();
    // The owner around this component (components have none of their own:
    // in the editor, the one of the view that holds the editor's layout).
    // Weak: the effect below is owned by it, and must not keep it alive.
    let outer = Owner::current()
        .expect("PageSwap is mounted by a component")
        .downgrade();
    let shown: StoredValue<Option<Shown>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let page = page.get();
        let Some(slot) = slot.get() else {
            return;
        };
        let host: web_sys::HtmlElement = document()
            .create_element("div")
            .expect("a div")
            .unchecked_into();
        host.set_class_name("page-view");
        // A child of that owner, not of this effect: the effect's
        // next run would otherwise take the old page down before the new one
        // is built.
        let Some(outer) = outer.upgrade() else {
            return;
        };
        let owner = outer.with(Owner::new);
        let mut view = owner.with(|| untrack(|| render(page).build()));
        view.mount(&host, None);
        let _ = slot.insert_before(&host, slot.first_child().as_ref());
        let old = shown
            .try_update_value(|s| s.replace(Shown { host, view, owner }))
            .flatten();
        if let Some(old) = old {
            old.remove();
            after_paint_when_idle(move || old.take_down());
        }
    });
    on_cleanup(move || {
        if let Some(current) = shown.try_update_value(Option::take).flatten() {
            current.take_down();
        }
    });
    view! { <div class="page-views" node_ref=slot></div> }
}
