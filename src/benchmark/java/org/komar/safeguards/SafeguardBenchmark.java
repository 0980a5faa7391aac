package org.komar.safeguards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.komar.calendar.WorkingDays;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The safeguards engine over a country's caseload: every rule over 1,000,000 synthetic timelines of about 15 events
 * ({@link SyntheticCases}), through the same path as {@link Safeguards#evaluateAll} once the timelines are loaded.
 * <ul>
 *   <li>{@code country}: the whole caseload re-evaluated once, on every core (single shot, seconds);</li>
 *   <li>{@code oneCaseAtATime}: evaluations per second on one thread;</li>
 *   <li>{@code afterNewEvent}: re-evaluating one case after a new event is appended (the timeline rebuilt with it,
 *   then every rule), microseconds.</li>
 * </ul>
 * Not part of {@code ./mvnw verify}; run with {@code ./mvnw -Pbenchmark -DskipTests verify} (see docs/performance.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class SafeguardBenchmark {

    /** The census moment: every case judged as of 1 December 2026. */
    static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

    @Param("1000000")
    public int cases;

    private SyntheticCases.Case[] caseload;
    private LegalEvent[] newEvents;
    private final SafeguardEngine engine = SafeguardEngine.standard();
    private final RuleSetHistory history = RuleSetHistory.lawOnly();
    private final WorkingDays workingDays = new WorkingDays(List.of());
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        caseload = SyntheticCases.generate(cases, 20261201L);
        newEvents = new LegalEvent[caseload.length];
        long events = 0;
        for (int i = 0; i < caseload.length; i++) {
            newEvents[i] = SyntheticCases.newEvent(caseload[i].timeline());
            events += caseload[i].timeline().active().size();
        }
        System.out.printf("%n%d synthetic cases, %.1f events per case on average%n", caseload.length,
                events / (double) caseload.length);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long country() {
        return IntStream.range(0, caseload.length).parallel().mapToLong(i -> {
            SyntheticCases.Case c = caseload[i];
            CaseSafeguards result = Safeguards.evaluate(engine, c.timeline(), c.facts(), AS_OF, history, workingDays);
            return result.heldBeyondLimit() ? 1 : 0;
        }).sum();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public CaseSafeguards oneCaseAtATime() {
        SyntheticCases.Case c = caseload[next];
        next = next + 1 == caseload.length ? 0 : next + 1;
        return Safeguards.evaluate(engine, c.timeline(), c.facts(), AS_OF, history, workingDays);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void afterNewEvent(Blackhole blackhole) {
        int i = next;
        next = next + 1 == caseload.length ? 0 : next + 1;
        SyntheticCases.Case c = caseload[i];
        List<LegalEvent> events = new ArrayList<>(c.timeline().all().size() + 1);
        events.addAll(c.timeline().all());
        events.add(newEvents[i]);
        Timeline updated = new Timeline(c.timeline().caseId(), c.timeline().version() + 1, events);
        blackhole.consume(Safeguards.evaluate(engine, updated, c.facts(), AS_OF, history, workingDays));
    }
}
