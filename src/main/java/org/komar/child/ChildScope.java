package org.komar.child;

import java.util.Map;

import org.komar.access.Actor;

/**
 * Which children an actor may see: the children of the cases in their scope, and those their agency registered.
 * Implemented by the cases module (which owns case scope) and applied inside every child query.
 */
public interface ChildScope {

    /**
     * A SQL condition over the child table aliased {@code ch}, adding its named parameters to {@code params}.
     * Returns {@code "1 = 0"} for an actor who may see no child at all.
     */
    String condition(Actor actor, Map<String, Object> params);
}
