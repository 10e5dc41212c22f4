//! What is saved, in one place: the work file and its versions and migrations (work_file.rs),
//! what is kept in this browser's storage under which keys and how every earlier save there is
//! read (stored.rs, stored_options.rs), and the drafts kept with the work (budget_fields.rs,
//! desk_draft.rs). Pure Rust, tested natively; the one browser adapter that reads and writes
//! storage is `app::storage`.

pub mod budget_fields;
pub mod desk_draft;
pub mod option_id;
pub mod stored;
pub mod stored_options;
pub mod work_file;
