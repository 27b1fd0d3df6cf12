//! TEMPORARY stub until the policy engine lands.
