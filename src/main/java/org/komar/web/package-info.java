/**
 * Web: the frame every page shares (layout, sign-in page, home), the one place where failures become responses
 * ({@link org.komar.web.ErrorAdvice}: RFC 9457 problem details for the API, a localised page for people) and the
 * served assets (stylesheet, script, the Khmer font).
 */
package org.komar.web;
