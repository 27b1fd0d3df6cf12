//! Cross-site form posts are refused before any handler runs, from the `Sec-Fetch-Site` and `Origin`
//! headers: the first line of CSRF defence, before the token every form carries.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::Next;

use super::error::AppError;
use super::extract::lang_of_path;
use crate::i18n::Lang;

pub async fn refuse_cross_site_posts(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if req.method() == Method::POST && is_cross_site(&req) {
        let refused = AppError::forbidden(lang_of_path(req.path()).unwrap_or(Lang::En));
        return Ok(req.error_response(refused).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

fn is_cross_site(req: &ServiceRequest) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" || site == "same-site" {
            return true;
        }
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => url::Url::parse(origin)
            .ok()
            .map(|o| {
                let origin_host = match o.port() {
                    Some(port) => format!("{}:{port}", o.host_str().unwrap_or("")),
                    None => o.host_str().unwrap_or("").to_string(),
                };
                origin_host != host
            })
            .unwrap_or(true),
        _ => false,
    }
}
