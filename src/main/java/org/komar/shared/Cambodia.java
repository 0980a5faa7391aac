package org.komar.shared;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** Facts about the place Komar serves that several modules need. */
public final class Cambodia {

    /** Indochina Time: no daylight saving, so every local day is 24 hours long. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Phnom_Penh");

    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private Cambodia() {
    }
}
