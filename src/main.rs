//! The web app's entry point (built by trunk for wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    ftm_planner::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The planner is a web app: run it with `scripts/run.sh` (see README.md).");
    std::process::exit(2);
}
