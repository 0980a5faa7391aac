package org.komar.aftercare;

/** What follows a plan: a contact with the child or family, or a service delivered. */
@org.komar.shared.Labelled("aftercare.contactKind.")
public enum ContactKind {
    /** A visit, call or meeting: an {@code AFTERCARE_CONTACT} event. */
    CONTACT,
    /** A service delivered: a {@code SERVICE_PROVIDED} event. */
    SERVICE
}
