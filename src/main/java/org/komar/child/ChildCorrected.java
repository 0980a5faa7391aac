package org.komar.child;

import org.komar.shared.ChildId;

/** Published, inside the correcting transaction, after a child's details were corrected (read models refresh). */
public record ChildCorrected(ChildId childId) {
}
