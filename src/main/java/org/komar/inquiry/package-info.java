/**
 * The social inquiry report (JJL 4(8), 11; the MoSVY social inquiry form): the social agent's assessment of the
 * child's family situation, behaviour, education, living conditions, development and understanding, emotional,
 * mental and social needs, and recommendations, with a few structured answers (with whom the child lives, school
 * attendance, whether diversion or a non-custodial measure is recommended). The report is kept as versions, never
 * updated: each save of the draft or submission is a new version based on the one its writer read, so that two
 * writers never overwrite each other. Submitting records {@code SOCIAL_INQUIRY_SUBMITTED} on the case's timeline in
 * the same transaction (the safeguard rules PTD-6, CLO-2 and TRI-3 read it); the request it answers is the case's
 * {@code SOCIAL_INQUIRY_REQUESTED}; a submission whose event is voided reads as voided and counts no more. Social
 * agents write ({@code SOCIAL_INQUIRY_WRITE}); others who see the case read
 * the submitted versions. Holds the case page's panel, the form, the printable report in Khmer or English and the
 * API; every read and write is audited.
 */
package org.komar.inquiry;
