/**
 * Languages: Khmer and English everywhere a person reads. Resolves each request's language (the person's choice,
 * remembered in their profile; else the browser's; Khmer by default for people, English for API clients), formats
 * dates and numbers in that language with Khmer digits when the person asks for them ({@link
 * org.komar.i18n.Formats}, available in templates as {@code @fmt}), and sorts Khmer text properly with ICU. A page may
 * be rendered in the other language for one request ({@link org.komar.i18n.PageLanguage}): a form printed in English
 * for a reader who works in Khmer.
 */
package org.komar.i18n;
