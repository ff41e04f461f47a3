//! The plan reads and writes the library does (its rows, import, starting the
//! next meeting, the backup, moving old phone copies, the saved family
//! copies): the code that turns a plan into stored text and back. In the split build they are one part,
//! loaded the first time one of them runs (`ui::lazy`); the editor's part
//! carries the same code, so the library's first load is without it.

use crate::domain::envelope;
use crate::domain::{Language, Plan, SavedCopy};
use crate::storage::{PlanStore, StorageError};
use crate::ui::context::AppContext;

/// The stored plan `id` (`None`: there is none).
pub async fn load(ctx: AppContext, id: String) -> Result<Option<Plan>, StorageError> {
    match run(Op::Load(ctx, id)).await? {
        Done::Plan(plan) => Ok(plan),
        other => Err(other.mismatch()),
    }
}

/// The stored plan `id` and its revision, for [`save_if`].
pub async fn load_revision(
    ctx: AppContext,
    id: String,
) -> Result<Option<(Plan, u64)>, StorageError> {
    match run(Op::LoadRevision(ctx, id)).await? {
        Done::PlanAt(plan) => Ok(plan),
        other => Err(other.mismatch()),
    }
}

/// Store `plan`.
pub async fn save(ctx: AppContext, plan: Plan) -> Result<(), StorageError> {
    match run(Op::Save(ctx, plan)).await? {
        Done::Nothing => Ok(()),
        other => Err(other.mismatch()),
    }
}

/// Store the example plan under a new `id`, made at `now_ms`.
pub async fn save_example(ctx: AppContext, id: String, now_ms: i64) -> Result<(), StorageError> {
    match run(Op::SaveExample(ctx, id, now_ms)).await? {
        Done::Nothing => Ok(()),
        other => Err(other.mismatch()),
    }
}

/// Store `plan` if the stored one is still at `revision`; its new revision.
pub async fn save_if(ctx: AppContext, plan: Plan, revision: u64) -> Result<u64, StorageError> {
    match run(Op::SaveIf(ctx, plan, revision)).await? {
        Done::Revision(revision) => Ok(revision),
        other => Err(other.mismatch()),
    }
}

/// The plans in a backup file's text, or why there are none (in `language`).
pub async fn read_backup(text: String, language: Language) -> Result<Vec<Plan>, String> {
    match run(Op::ReadBackup(text, language)).await {
        Ok(Done::Backup(read)) => read,
        Ok(other) => Err(other.mismatch().message_in(language)),
        Err(e) => Err(e.message_in(language)),
    }
}

/// Move the phone copies earlier versions kept among the plans to "Shared
/// with me" (run only when there are any).
pub async fn move_phone_copies(store: PlanStore) -> Result<usize, StorageError> {
    match run(Op::MovePhoneCopies(store)).await? {
        Done::Moved(n) => Ok(n),
        other => Err(other.mismatch()),
    }
}

/// The family plans saved on this device, newest first.
pub async fn list_saved(ctx: AppContext) -> Result<Vec<SavedCopy>, StorageError> {
    match run(Op::ListSaved(ctx)).await? {
        Done::Copies(copies) => Ok(copies),
        other => Err(other.mismatch()),
    }
}

/// The saved copy `id` (`None`: there is none).
pub async fn load_saved(ctx: AppContext, id: String) -> Result<Option<SavedCopy>, StorageError> {
    match run(Op::LoadSaved(ctx, id)).await? {
        Done::Copy(copy) => Ok(copy),
        other => Err(other.mismatch()),
    }
}

/// Store a saved copy (replacing the one with its id).
pub async fn save_saved(ctx: AppContext, copy: SavedCopy) -> Result<(), StorageError> {
    match run(Op::SaveSaved(ctx, copy)).await? {
        Done::Nothing => Ok(()),
        other => Err(other.mismatch()),
    }
}

/// Fetch the part these run in now (the editor does, as it opens), so that a
/// backup still downloads once the connection is gone.
pub async fn warm() {
    let _ = run(Op::Warm).await;
}

/// Download every plan as one backup file (`context::downloads`).
pub async fn download_backup(ctx: AppContext) {
    if let Err(e) = run(Op::DownloadBackup(ctx)).await {
        ctx.report(&e);
    }
}

/// One read or write, and what it gives: the functions above, through the one
/// part they share.
enum Op {
    Load(AppContext, String),
    LoadRevision(AppContext, String),
    Save(AppContext, Plan),
    SaveIf(AppContext, Plan, u64),
    SaveExample(AppContext, String, i64),
    ReadBackup(String, Language),
    MovePhoneCopies(PlanStore),
    DownloadBackup(AppContext),
    Warm,
    ListSaved(AppContext),
    LoadSaved(AppContext, String),
    SaveSaved(AppContext, SavedCopy),
}

enum Done {
    Plan(Option<Plan>),
    PlanAt(Option<(Plan, u64)>),
    Nothing,
    Revision(u64),
    Backup(Result<Vec<Plan>, String>),
    Moved(usize),
    Copies(Vec<SavedCopy>),
    Copy(Option<SavedCopy>),
}

impl Done {
    /// An answer that is not the one its operation gives (a bug, never shown
    /// in practice): reported as a failed request rather than a crash.
    fn mismatch(&self) -> StorageError {
        StorageError::Failed("unexpected answer from the plan reader".into())
    }
}

crate::lazy_task!(
    async fn plan_io(op: Op) -> Result<Done, StorageError>,
    else Err(StorageError::NotLoaded);
    {
        Ok(match op {
            Op::Load(ctx, id) => Done::Plan(ctx.ready_store().await.load(&id).await?),
            Op::LoadRevision(ctx, id) => Done::PlanAt(ctx.ready_store().await.load_revision(&id).await?),
            Op::Save(ctx, plan) => {
                ctx.ready_store().await.save(&plan).await?;
                Done::Nothing
            }
            Op::SaveExample(ctx, id, now_ms) => {
                let plan = crate::domain::library::example_plan(&id, now_ms);
                ctx.ready_store().await.save(&plan).await?;
                Done::Nothing
            }
            Op::SaveIf(ctx, plan, revision) => {
                Done::Revision(ctx.ready_store().await.save_if(&plan, revision).await?)
            }
            Op::ReadBackup(text, language) => Done::Backup(
                envelope::backup_from_json(&text).map_err(|e| e.message_in(language)),
            ),
            Op::MovePhoneCopies(store) => Done::Moved(store.move_phone_copies().await?),
            Op::Warm => Done::Nothing,
            Op::ListSaved(ctx) => Done::Copies(ctx.ready_store().await.list_saved().await?),
            Op::LoadSaved(ctx, id) => Done::Copy(ctx.ready_store().await.load_saved(&id).await?),
            Op::SaveSaved(ctx, copy) => {
                ctx.ready_store().await.save_saved(&copy).await?;
                Done::Nothing
            }
            Op::DownloadBackup(ctx) => {
                crate::ui::context::downloads::backup_of_all(ctx).await;
                Done::Nothing
            }
        })
    }
);

async fn run(op: Op) -> Result<Done, StorageError> {
    plan_io(op).await
}
