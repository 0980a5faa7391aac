package org.komar.statistics;

import java.util.List;

/** An axis of a published table: a {@link Dimension} or an {@link Outcome}, by its key and closed list of values. */
interface PublicAxis {

    String key();

    List<String> codes();
}
