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
    ask(Op::Load(ctx, id), |done| match done {
        Done::Plan(plan) => Some(plan),
        _ => None,
    })
    .await
}

/// The stored plan `id` and its revision, for [`save_if`].
pub async fn load_revision(
    ctx: AppContext,
    id: String,
) -> Result<Option<(Plan, u64)>, StorageError> {
    ask(Op::LoadRevision(ctx, id), |done| match done {
        Done::PlanAt(plan) => Some(plan),
        _ => None,
    })
    .await
}

/// Store `plan`.
pub async fn save(ctx: AppContext, plan: Plan) -> Result<(), StorageError> {
    ask(Op::Save(ctx, plan), |done| {
        matches!(done, Done::Nothing).then_some(())
    })
    .await
}

/// Store the example plan under a new `id`, made at `now_ms`.
pub async fn save_example(ctx: AppContext, id: String, now_ms: i64) -> Result<(), StorageError> {
    ask(Op::SaveExample(ctx, id, now_ms), |done| {
        matches!(done, Done::Nothing).then_some(())
    })
    .await
}

/// Store `plan` if the stored one is still at `revision`; its new revision.
pub async fn save_if(ctx: AppContext, plan: Plan, revision: u64) -> Result<u64, StorageError> {
    ask(Op::SaveIf(ctx, plan, revision), |done| match done {
        Done::Revision(revision) => Some(revision),
        _ => None,
    })
    .await
}

/// The plans in a backup file's text, or why there are none (in `language`).
pub async fn read_backup(text: String, language: Language) -> Result<Vec<Plan>, String> {
    let read = ask(Op::ReadBackup(text, language), |done| match done {
        Done::Backup(read) => Some(read),
        _ => None,
    });
    read.await.map_err(|e| e.message_in(language))?
}

/// Move the phone copies earlier versions kept among the plans to "Shared
/// with me" (run only when there are any).
pub async fn move_phone_copies(store: PlanStore) -> Result<usize, StorageError> {
    ask(Op::MovePhoneCopies(store), |done| match done {
        Done::Moved(n) => Some(n),
        _ => None,
    })
    .await
}

/// The family plans saved on this device, newest first.
pub async fn list_saved(ctx: AppContext) -> Result<Vec<SavedCopy>, StorageError> {
    ask(Op::ListSaved(ctx), |done| match done {
        Done::Copies(copies) => Some(copies),
        _ => None,
    })
    .await
}

/// The saved copy `id` (`None`: there is none).
pub async fn load_saved(ctx: AppContext, id: String) -> Result<Option<SavedCopy>, StorageError> {
    ask(Op::LoadSaved(ctx, id), |done| match done {
        Done::Copy(copy) => Some(copy),
        _ => None,
    })
    .await
}

/// Store a saved copy (replacing the one with its id).
pub async fn save_saved(ctx: AppContext, copy: SavedCopy) -> Result<(), StorageError> {
    ask(Op::SaveSaved(ctx, copy), |done| {
        matches!(done, Done::Nothing).then_some(())
    })
    .await
}

/// Fetch the part these run in now (the editor does, as it opens), so that a
/// backup still downloads once the connection is gone.
pub async fn warm() {
    let _ = plan_io(Op::Warm).await;
}

/// Download every plan as one backup file (`context::downloads`).
pub async fn download_backup(ctx: AppContext) {
    if let Err(e) = plan_io(Op::DownloadBackup(ctx)).await {
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

/// `op`'s answer, as `pick` takes it out of [`Done`]. An answer of another
/// kind (a bug, never shown in practice) is a failed request, not a crash.
async fn ask<T>(op: Op, pick: impl FnOnce(Done) -> Option<T>) -> Result<T, StorageError> {
    pick(plan_io(op).await?)
        .ok_or_else(|| StorageError::Failed("unexpected answer from the plan reader".into()))
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
