package org.komar.support;

import org.komar.access.Actor;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.timeline.EventId;

/**
 * What a matrix row builds its request against: the caller and a subject case in province 12, opened by a police
 * officer for a child with unique names. The same case is in scope for the "in scope" caller of each role and out of
 * scope for the other.
 */
public interface ApiTarget {

    /** The caller (without a token, the owner: requests are built the same way). */
    Actor actor();

    /** The police officer who registered the child and opened the case: for setting up data a call needs. */
    Actor owner();

    CaseId caseId();

    ChildId childId();

    String childLatinName();

    String childKhmerName();

    /** A new live event on the case ({@code AGE_CLAIM_RECORDED}, which every role that may void may void). */
    EventId freshEvent();

    Fixtures fixtures();

    /** A bean of the application, e.g. a module's service to create the data a call addresses. */
    <T> T bean(Class<T> type);

    /** The value as a JSON body. */
    String json(Object value);
}
