-- safeguards: the parameters of the safeguard rules, versioned. A version is never edited: a change is a new version
-- with an effective date; each rule judges a case by the version in force at the rule's triggering event.
CREATE TABLE safeguard_rule_set (
    version         INTEGER       PRIMARY KEY,
    effective_from  DATE          NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID
);
CREATE TABLE safeguard_rule_value (
    version  INTEGER     NOT NULL REFERENCES safeguard_rule_set (version),
    name     VARCHAR(80) NOT NULL,
    setting  VARCHAR(80) NOT NULL,
    PRIMARY KEY (version, name)
);

-- Version 1: the law's values (CPC 96, 204, 213-214, 230; JJL 15-18, 41-42, 56-57, 65-75, 82; Law on Prisons 41;
-- LAW.md table 1.13), and the policy targets of CRC General Comment No. 24, switched on. In force from
-- 1 January 2017, when the Juvenile Justice Law took effect; earlier events are judged by it too.
INSERT INTO safeguard_rule_set (version, effective_from, note, created_at, created_by) VALUES
(1, DATE '2017-01-01', 'The law''s values (LAW.md table 1.13) and the policy targets of CRC General Comment No. 24', TIMESTAMP WITH TIME ZONE '2017-01-01 00:00:00+00', NULL);
INSERT INTO safeguard_rule_value (version, name, setting) VALUES
(1, 'CRIMINAL_RESPONSIBILITY_AGE', '14'),
(1, 'OLDER_BAND_AGE', '16'),
(1, 'MAJORITY_AGE', '18'),
(1, 'CUSTODY_HOURS_YOUNGER_MISDEMEANOUR', '24'),
(1, 'CUSTODY_HOURS_YOUNGER_FELONY', '36'),
(1, 'CUSTODY_HOURS_OLDER_MISDEMEANOUR', '36'),
(1, 'CUSTODY_HOURS_OLDER_FELONY', '48'),
(1, 'ARREST_INTERPRETATION', 'ONLY_INTENTIONAL_MISDEMEANOUR'),
(1, 'PROSECUTOR_REPORT_HOURS', '2'),
(1, 'PTD_MIN_MAX_PENALTY_MONTHS', '12'),
(1, 'PTD_MONTHS_YOUNGER_MISDEMEANOUR', '2'),
(1, 'PTD_MONTHS_YOUNGER_FELONY', '4'),
(1, 'PTD_MONTHS_OLDER_MISDEMEANOUR', '4'),
(1, 'PTD_MONTHS_OLDER_FELONY', '6'),
(1, 'JUVENILE_PENALTY_PERCENT', '50'),
(1, 'PTD_SHARE_OF_MIN_PENALTY_PERCENT', '50'),
(1, 'PTD_EVASION_MONTHS', '2'),
(1, 'RELEASE_DECISION_DAYS_JUDGE', '5'),
(1, 'RELEASE_DECISION_DAYS_COURT', '10'),
(1, 'RELEASE_DECISION_DAYS_CHAMBER', '15'),
(1, 'IMMEDIATE_RELEASE_HOURS', '24'),
(1, 'DIVERSION_PLAN_MONTHS', '1'),
(1, 'DIVERSION_MODIFICATION_WORKING_DAYS', '5'),
(1, 'DIVERSION_SUMMONS_DAYS', '15'),
(1, 'COMMUNITY_SERVICE_MIN_AGE', '16'),
(1, 'COMMUNITY_SERVICE_MAX_HOURS', '100'),
(1, 'DIVERSION_MEASURE_MAX_MONTHS', '6'),
(1, 'CLOSING_DETENTION_MONTHS', '4'),
(1, 'SOCIAL_REPORT_SUPPLEMENT_WORKING_DAYS', '10'),
(1, 'APPEAL_TRANSMIT_DAYS', '10'),
(1, 'APPEAL_TRIAL_MONTHS', '3'),
(1, 'CONDITIONAL_RELEASE_SHORT_SENTENCE_MONTHS', '12'),
(1, 'RECORD_APPLICATION_MONTHS_FELONY', '24'),
(1, 'RECORD_APPLICATION_MONTHS_MISDEMEANOUR', '6'),
(1, 'RECORD_APPLICATION_MONTHS_PETTY', '1'),
(1, 'RECORD_AUTOMATIC_MONTHS_FELONY', '36'),
(1, 'RECORD_AUTOMATIC_MONTHS_MISDEMEANOUR', '12'),
(1, 'RECORD_AUTOMATIC_MONTHS_PETTY', '3'),
(1, 'YOUTH_CENTRE_TRANSFER_AGE', '24'),
(1, 'CHILD_WITH_MOTHER_AGE', '3'),
(1, 'FLAGRANT_INVESTIGATION_DAYS', '7'),
(1, 'POL_LAWYER_ON', 'true'),
(1, 'POL_LAWYER_HOURS', '24'),
(1, 'POL_NOTIFY_ON', 'true'),
(1, 'POL_NOTIFY_HOURS', '2'),
(1, 'POL_PTD_REVIEW_ON', 'true'),
(1, 'POL_PTD_REVIEW_DAYS', '14'),
(1, 'POL_FINAL_DECISION_ON', 'true'),
(1, 'POL_FINAL_DECISION_MONTHS', '6');
