package org.komar.shared;

import java.time.OffsetDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an import's moments ({@code 2025-03-01T08:15:00+07:00}, one in three with a fraction): the JDK's
 * {@link OffsetDateTime#parse} against {@link IsoMoments#parse}, nanoseconds per moment on one thread. Run with
 * {@code ./mvnw -Pbenchmark -DskipTests verify -Djmh.args=MomentBenchmark} (docs/performance.md).
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MomentBenchmark {

    private final String[] moments = new String[4096];
    private int next;

    @Setup(Level.Trial)
    public void write() {
        Random random = new Random(7);
        for (int i = 0; i < moments.length; i++) {
            moments[i] = String.format("20%02d-%02d-%02dT%02d:%02d:%02d%s%s", 10 + random.nextInt(17),
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                    random.nextInt(60), i % 3 == 0 ? "." + random.nextInt(1000) : "", i % 2 == 0 ? "Z" : "+07:00");
        }
    }

    @Benchmark
    public OffsetDateTime jdk() {
        return OffsetDateTime.parse(moments[next++ & (moments.length - 1)]);
    }

    @Benchmark
    public OffsetDateTime byHand() {
        return IsoMoments.parse(moments[next++ & (moments.length - 1)]);
    }
}
