//! Serves the built web app from its folder, with `index.html` for every unknown path so deep
//! links survive a reload.

use std::path::Path;

use actix_files::{Files, NamedFile};
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::web;

/// True when `dir` holds a built web app.
pub fn is_built(dir: &Path) -> bool {
    dir.join("index.html").is_file()
}

pub fn configure(cfg: &mut web::ServiceConfig, dir: &Path) {
    if !is_built(dir) {
        return;
    }
    let index = dir.join("index.html");
    let files = Files::new("/", dir)
        .index_file("index.html")
        .default_handler(fn_service(move |req: ServiceRequest| {
            let index = index.clone();
            async move {
                let (req, _) = req.into_parts();
                let response = NamedFile::open_async(&index).await?.into_response(&req);
                Ok(ServiceResponse::new(req, response))
            }
        }));
    cfg.service(files);
}
