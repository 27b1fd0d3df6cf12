//! The pages that explain a problem.

use maud::{html, Markup};

use crate::i18n::{Arg, Lang};
use crate::landlord::Landlord;
use crate::views::components::{inset, paragraphs};

/// A page that explains a problem: not found, server error, refused, too large…
pub fn problem(lang: Lang, id: &str, landlord: &Landlord) -> Markup {
    let args = [("phone", Arg::Text(landlord.telephone.clone())), ("email", Arg::Text(landlord.email.clone()))];
    html! {
        h1.heading-l { (lang.t(&format!("problem-{id}-title"))) }
        (paragraphs(&lang.t_args(&format!("problem-{id}"), &args)))
        (inset(html! { p { (lang.t_args("problem-contact", &args)) } }))
        p { a href=(format!("/{}/", lang.tag())) { (lang.t("problem-home-link")) } }
    }
}
