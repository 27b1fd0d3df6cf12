//! The receipt of every new case, and a compliment's thanks.

use chrono::NaiveDate;

use super::{text, Block, Letter, Sender};
use crate::domain::deadlines::Promise;
use crate::domain::Kind;
use crate::i18n::{Arg, Lang};

/// What a receipt or a compliment's thanks needs to know.
#[derive(Clone, Debug)]
pub struct ReceiptFacts<'a> {
    pub kind: Kind,
    pub reference: &'a str,
    pub received_on: NaiveDate,
    pub promise: Promise,
    /// Who the letter is addressed to.
    pub recipient_name: &'a str,
    /// The customer, named when the letter goes to their representative.
    pub customer_name: &'a str,
    pub to_representative: bool,
    /// The answers given, as question and answer, in the letter's language.
    pub answers: Vec<(String, String)>,
    /// Whether answers about health were left out of `answers`.
    pub left_out_private: bool,
    /// For compliments: whether the person is happy to be named.
    pub happy_to_be_named: Option<bool>,
}

/// The receipt sent on every complaint, request or enquiry: what we got, the reference, what happens next with
/// real dates, how to add to it, and for complaints, representation and the Ombudsman.
pub fn receipt(lang: Lang, from: Sender<'_>, f: &ReceiptFacts<'_>) -> Letter {
    let kind = f.kind.as_str();
    let args = [
        ("reference", text(f.reference)),
        ("date", text(lang.date(f.promise.due))),
        ("days", Arg::Number(f.promise.working_days.into())),
        ("later", Arg::Number(f.promise.later_days.into())),
        ("customer", text(f.customer_name)),
    ];
    let received = lang.date(f.received_on);
    let mut blocks = vec![from.greeting(lang, f.recipient_name)];
    blocks.push(Block::Para(if f.to_representative {
        lang.t_args("mail-receipt-received-for", &[("date", text(&received)), ("customer", text(f.customer_name))])
    } else {
        lang.t_args("mail-receipt-received", &[("date", text(&received))])
    }));
    blocks.push(from.reference(lang, f.reference));
    blocks.push(Block::Heading(lang.t("confirmation-next-title")));
    blocks.extend(Block::paras(&lang.t_args(&format!("mail-receipt-next-{kind}"), &args)));
    blocks.push(Block::Heading(lang.t("mail-receipt-add-title")));
    blocks.push(Block::Para(lang.t("mail-receipt-add")));
    answers(lang, f, &mut blocks);
    if f.kind == Kind::Complaint {
        blocks.push(Block::Heading(lang.t("mail-receipt-help-title")));
        blocks.push(Block::Para(lang.t("mail-receipt-help")));
    }
    blocks.extend(from.contact(lang, f.reference));
    if f.kind.tells_of_the_ombudsman() {
        blocks.extend(from.ombudsman(lang, "mail-ombudsman-anytime"));
    }
    blocks.push(from.sign_off(lang, f.kind == Kind::Complaint));
    Letter {
        kind: "receipt".into(),
        lang,
        subject: lang.t_args(&format!("mail-subject-receipt-{kind}"), &args),
        title: lang.t(&format!("mail-receipt-title-{kind}")),
        blocks,
    }
}

fn answers(lang: Lang, f: &ReceiptFacts<'_>, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(lang.t("mail-receipt-answers-title")));
    blocks.push(Block::Facts(f.answers.clone()));
    if f.left_out_private {
        blocks.push(Block::Para(lang.t("mail-receipt-answers-private")));
    }
}

/// Thanks for a compliment, with what we received and when it will be passed on.
pub fn compliment_thanks(lang: Lang, from: Sender<'_>, f: &ReceiptFacts<'_>) -> Letter {
    let mut blocks = vec![
        from.greeting(lang, f.recipient_name),
        Block::Para(lang.t_args(
            "mail-thanks-body",
            &[("date", text(lang.date(f.received_on))), ("due", text(lang.date(f.promise.due)))],
        )),
        from.reference(lang, f.reference),
    ];
    match f.happy_to_be_named {
        Some(true) => blocks.push(Block::Para(lang.t("mail-thanks-named"))),
        Some(false) => blocks.push(Block::Para(lang.t("mail-thanks-not-named"))),
        None => {}
    }
    answers(lang, f, &mut blocks);
    blocks.extend(from.contact(lang, f.reference));
    blocks.push(from.sign_off(lang, false));
    Letter {
        kind: "compliment-thanks".into(),
        lang,
        subject: lang.t_args("mail-subject-compliment-thanks", &[("reference", text(f.reference))]),
        title: lang.t("mail-thanks-title"),
        blocks,
    }
}
