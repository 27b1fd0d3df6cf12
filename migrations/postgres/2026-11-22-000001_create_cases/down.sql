DROP TABLE drafts;
DROP TABLE case_events;
DROP TABLE adjustments;
DROP TABLE contact_preferences;
DROP TABLE representatives;
DROP TABLE cases;
DROP TABLE customers;
