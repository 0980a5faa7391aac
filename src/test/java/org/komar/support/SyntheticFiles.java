package org.komar.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.komar.exchange.SyntheticCaseload;

/** Import files of the synthetic caseload, for tests that import it into the database the suite shares. */
public final class SyntheticFiles {

    private SyntheticFiles() {
    }

    /**
     * The lines of the caseload of the seed, those of cases in Phnom Penh (province 12) left out: other tests read
     * that province's worklists page by page, the longest-standing breaches first, and look for their own there.
     */
    public static List<String> outsidePhnomPenh(long seed, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticCaseload(seed).write(count, out);
        return out.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.contains("\"province\":\"12\"")).toList();
    }

    /** The lines as an NDJSON file. */
    public static byte[] file(List<String> lines) {
        return String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
    }
}
