/**
 * Surveys of the child-justice network. An organiser (a network coordinator) builds a survey with its questions in
 * Khmer and English (single choice, multiple choice with "select up to N", yes/no, free text, an "other" option with
 * text) and the respondent groups the results are split by, opens it and shares its link. Respondents answer
 * through that link without an account ({@code /public/surveys/…}) or through the API; each response records its
 * respondent group and nothing that identifies the person, and a respondent sees only their own form and, through
 * a private receipt link, their own answers. {@link org.komar.survey.ResponseRules} enforces the limits; {@link
 * org.komar.survey.ResultTable} counts answers per option per group, ordered by total, for the page, the charts,
 * the CSV and XLSX downloads and the API. Organisers see the surveys of their own agency only.
 */
package org.komar.survey;
