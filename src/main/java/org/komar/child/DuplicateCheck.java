package org.komar.child;

import java.util.List;

/** Possible duplicates of a child about to be registered: those the caller may see, and how many others exist. */
public record DuplicateCheck(List<Child> visible, int outsideScope) {

    public boolean any() {
        return !visible.isEmpty() || outsideScope > 0;
    }
}
