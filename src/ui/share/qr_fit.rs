//! The share page's QR code as large as the window allows without scrolling,
//! at a whole number of device pixels per module, so every module has the same
//! sharp edges for a phone camera at the back of the room.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

/// Room kept under the code, in CSS pixels.
const BELOW: f64 = 8.0;
/// Never fewer CSS pixels per module than this: a long link in a small window
/// then needs scrolling, but stays readable.
const MIN_MODULE: f64 = 2.0;

/// CSS pixels per module: the most that fit `room` CSS pixels across
/// `modules` at a whole number of device pixels (`ratio` per CSS pixel).
fn module_px(room: f64, modules: usize, ratio: f64) -> f64 {
    ((room * ratio / modules as f64).floor() / ratio).max(MIN_MODULE)
}

/// The code's side in CSS pixels where it is laid out now: no wider than its
/// column, and ending above the bottom of the window. When the code starts
/// low on the page (a phone, where it comes after the form), it fits the
/// window's height instead, for when the page is scrolled to it.
fn side(code: &web_sys::HtmlElement, modules: usize) -> Option<f64> {
    let window = window();
    let column = f64::from(code.parent_element()?.client_width());
    let height = window.inner_height().ok()?.as_f64()?;
    let top = code.get_bounding_client_rect().top() + window.scroll_y().ok()?;
    let mut below_top = height - top - BELOW;
    if below_top < column.min(height) / 2.0 {
        below_top = height - 2.0 * BELOW;
    }
    let ratio = window.device_pixel_ratio().max(1.0);
    Some(module_px(column.min(below_top), modules, ratio) * modules as f64)
}

/// Watches the page's size while it is kept; stops when dropped.
struct Watching {
    observer: ResizeObserver,
    _changed: Closure<dyn FnMut()>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The side (CSS pixels) of the QR code in `code`, `modules` across with its
/// quiet zone: measured when it appears, when the window is resized, and when
/// the page changes size (larger text, a banner above it).
pub fn fitted_side(code: NodeRef<Div>, modules: usize) -> ReadSignal<Option<f64>> {
    let (side_px, set_side_px) = signal(None);
    // Also called a frame after the page changed size, by when the share page
    // may have been left and dropped: then it does nothing.
    let measure = move || {
        if let Some(Some(el)) = code.try_get_untracked() {
            let fitted = side(&el, modules);
            if side_px.try_get_untracked() != Some(fitted) {
                set_side_px.try_set(fitted);
            }
        }
    };
    Effect::new(move |_| {
        if code.get().is_some() {
            measure();
        }
    });
    let resized = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resized.remove());
    // Measured in the next frame: resizing the code inside the observer's
    // callback would be reported as a layout loop.
    let changed = Closure::<dyn FnMut()>::new(move || {
        request_animation_frame(measure);
    });
    if let (Ok(observer), Some(root)) = (
        ResizeObserver::new(changed.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&root);
        StoredValue::new_local(Watching {
            observer,
            _changed: changed,
        });
    }
    side_px
}
