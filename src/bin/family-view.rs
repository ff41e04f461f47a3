//! The family's small app (built for wasm32 by `scripts/family-bundle.sh`):
//! what the page loads when its address carries a shared plan. It holds the
//! family view only, so a phone opening a link downloads a fraction of the
//! planner. See `ftm_planner::ui::family::app`.

#[cfg(target_arch = "wasm32")]
fn main() {
    ftm_planner::ui::family::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The family view is part of the web app: run it with `scripts/run.sh` (see README.md)."
    );
    std::process::exit(2);
}
