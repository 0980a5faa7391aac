/**
 * Access: agencies, user accounts, roles and the permissions they grant, how people sign in (form login with
 * lockout for people, expiring bearer tokens for the API) and the {@link org.komar.access.Actor} every other module
 * receives to decide what the caller may see. Data scope itself (which cases) is decided by the cases module's
 * access policy from the actor's agency, province and roles.
 */
package org.komar.access;
