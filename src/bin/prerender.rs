//! The build's prerendering step (`scripts/build.sh`, after trunk): writes each place's page
//! into DIST from trunk's page there (`src/prerender.rs` says what a page holds).
//! Usage: prerender DIST YYYY-MM-DD (the day the pages are built for: the commit's, so that the
//! same commit gives the same pages byte for byte).

use std::path::Path;
use std::process::ExitCode;
use training_planner::catalog::try_catalog;
use training_planner::model::calendar::Day;
use training_planner::prerender::{APP_PAGE, PLACES, page, render};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dist), Some(today)) = (args.first(), args.get(1).and_then(|d| Day::parse(d))) else {
        eprintln!("usage: prerender DIST YYYY-MM-DD");
        return ExitCode::from(2);
    };
    match prerender(Path::new(dist), today) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(dist: &Path, today: Day) -> Result<(), String> {
    let catalog = try_catalog().map_err(|e| e.to_string())?;
    // trunk's page, kept aside the first time: running this again on the same DIST gives the
    // same pages.
    let app_page = dist.join(APP_PAGE);
    if !app_page.exists() {
        std::fs::copy(dist.join("index.html"), &app_page).map_err(|e| e.to_string())?;
    }
    let template = std::fs::read_to_string(&app_page).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    for place in &PLACES {
        let view = tokio::task::LocalSet::new().block_on(&runtime, render(place, today));
        let file = dist.join(place.file);
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
        }
        std::fs::write(&file, page(&template, place, &view, catalog)?)
            .map_err(|e| format!("{}: {e}", file.display()))?;
        eprintln!("prerendered {} → {}", place.path(), file.display());
    }
    Ok(())
}
