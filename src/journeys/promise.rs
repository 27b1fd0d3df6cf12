//! What the confirmation promises: the date by which the landlord will next act, from the policy settings
//! and the working-day calendar.

use chrono::NaiveDate;

use super::submission::CaseKind;
use crate::policy::calendar::Calendar;
use crate::policy::Policy;

/// The next promise made to the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Promise {
    /// The last day for the landlord's next step.
    pub due: NaiveDate,
    /// How many working days that is.
    pub working_days: u32,
    /// For complaints, the working days for the full reply after the acknowledgement.
    pub later_days: u32,
}

/// The next step for each kind of case: a complaint is acknowledged (Code 6.2), a formal enquiry answered, a
/// compliment passed on, and a service request or format request picked up within the acknowledgement time.
pub fn next_promise(kind: CaseKind, received_on: NaiveDate, policy: &Policy, calendar: &Calendar) -> Promise {
    let (working_days, later_days) = match kind {
        CaseKind::Complaint => (policy.stage_one_acknowledgement_days, policy.stage_one_response_days),
        CaseKind::FormalEnquiry => (policy.formal_enquiry_response_days, 0),
        CaseKind::Compliment => (policy.compliment_passed_on_days, 0),
        CaseKind::ServiceRequest | CaseKind::FormatRequest => (policy.stage_one_acknowledgement_days, 0),
    };
    Promise { due: calendar.add_working_days(received_on, working_days), working_days, later_days }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complaint_is_acknowledged_within_five_working_days() {
        let policy = Policy::default();
        let calendar = Calendar::england_and_wales();
        // Received on Friday 20 November 2026: day 1 is Monday 23, day 5 is Friday 27.
        let received = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let promise = next_promise(CaseKind::Complaint, received, &policy, &calendar);
        assert_eq!(promise.due, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
        assert_eq!((promise.working_days, promise.later_days), (5, 10));
    }

    #[test]
    fn a_compliment_is_passed_on_within_three_working_days() {
        let promise = next_promise(
            CaseKind::Compliment,
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            &Policy::default(),
            &Calendar::england_and_wales(),
        );
        assert_eq!(promise.due, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    }
}
