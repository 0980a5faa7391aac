package org.komar.timeline;

/**
 * One attribute an event type accepts: its JSON name, kind, value set (for choices), whether it is required, and
 * bounds for integers. Its label is {@code event.attr.<name>} in the events bundle.
 */
public record AttributeSpec(String name, AttributeKind kind, Choice choice, boolean required, int min, int max) {

    /** Accepted by every event type: a free-text remark. */
    public static final AttributeSpec NOTE = text("note");

    static AttributeSpec bool(String name) {
        return new AttributeSpec(name, AttributeKind.BOOLEAN, null, false, 0, 0);
    }

    static AttributeSpec text(String name) {
        return new AttributeSpec(name, AttributeKind.TEXT, null, false, 0, 2000);
    }

    static AttributeSpec integer(String name, int min, int max) {
        return new AttributeSpec(name, AttributeKind.INTEGER, null, false, min, max);
    }

    static AttributeSpec date(String name) {
        return new AttributeSpec(name, AttributeKind.DATE, null, false, 0, 0);
    }

    static AttributeSpec choice(String name, Choice choice) {
        return new AttributeSpec(name, AttributeKind.CHOICE, choice, false, 0, 0);
    }

    static AttributeSpec choices(String name, Choice choice) {
        return new AttributeSpec(name, AttributeKind.CHOICE_LIST, choice, false, 0, 0);
    }

    static AttributeSpec facility(String name) {
        return new AttributeSpec(name, AttributeKind.FACILITY, null, false, 0, 0);
    }

    static AttributeSpec measures(String name) {
        return new AttributeSpec(name, AttributeKind.MEASURES, Choice.MEASURE, false, 0, 0);
    }

    AttributeSpec mandatory() {
        return new AttributeSpec(name, kind, choice, true, min, max);
    }
}
