/**
 * Referrals: one agency asks another to provide a service to a child (legal aid, psychosocial support, medical care,
 * shelter, education, vocational training, drug counselling, family tracing and support, reintegration), with the
 * consent of the child or guardian recorded. The receiving agency accepts or declines with a reason, records the
 * service delivered and follows up. It can see the case only while the referral is open or accepted (an agency
 * party granted through {@code CaseService.grantAgency} and ended when the referral is declined, withdrawn or
 * closed). Each service keeps the names OSCaR and Primero give it, for exchange with them. Also serves the agency
 * list of the API.
 */
package org.komar.referral;
