//! Regenerates `src/domain/example-plan.json` from the shared reference corpus:
//! `cargo run --example write_example_plan > src/domain/example-plan.json`
//! (a native test checks the two stay the same).
use ftm_planner::domain::{corpus, envelope};

fn main() {
    let plan = corpus::import(corpus::EXAMPLE_PLAN_JSON, "example", 0).expect("corpus imports");
    print!("{}", envelope::plan_to_json(&plan));
}
