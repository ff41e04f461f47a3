//! Form pieces shared by the meeting steps, one concern per file. They take
//! what they need as props (a [`Binding`](crate::ui::bind::Binding), the team's
//! names) and never reach into the editor.

mod fields;
mod focus;
mod item_form;
mod member_pickers;
mod prompt;
mod reading_meter;

pub use fields::{
    next_field_number, CheckField, ChoiceField, DateCheck, DateField, PrivateToggle, TextField,
};
pub use focus::{
    focus_after_removal, focus_back_or, focus_later, focus_later_or, focus_now, focus_now_or_later,
    focus_when_shown, item_first_field, jump_to, JumpLink, SkipLink,
};
pub use item_form::ItemForm;
pub use member_pickers::{ChoiceWords, MemberChecks, MemberSelect, TeamNames};
pub use prompt::Prompt;
pub use reading_meter::{ReadingMeter, TextLanguage};
