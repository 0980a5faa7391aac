package org.komar.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The national census is counted once for everyone who asks within the freshness, and again after any change. */
class NationalCensusTest {

    private static final Instant NOW = Instant.parse("2026-11-10T03:00:00Z");

    /** Counted again by the first reader who finds the last count will not do (not in the background). */
    private final NationalCensus national = new NationalCensus(Duration.ofSeconds(30), Duration.ZERO,
            Duration.ofMinutes(5), Runnable::run, false);
    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void asked_again_within_the_freshness_it_is_not_counted_again() {
        Census first = national.asOf(NOW, () -> count(NOW));
        Census again = national.asOf(NOW.plusSeconds(29), () -> count(NOW.plusSeconds(29)));

        assertThat(again).isSameAs(first);
        assertThat(again.asOf()).as("it says the moment it is as of").isEqualTo(NOW);
        assertThat(counted).hasValue(1);
    }

    @Test
    void after_the_freshness_or_a_change_it_is_counted_again() {
        national.asOf(NOW, () -> count(NOW));
        national.asOf(NOW.plusSeconds(30), () -> count(NOW.plusSeconds(30)));
        assertThat(counted).hasValue(2);

        national.on(new HeldNowChanged());
        Census after = national.asOf(NOW.plusSeconds(31), () -> count(NOW.plusSeconds(31)));
        assertThat(counted).hasValue(3);
        assertThat(after.asOf()).isEqualTo(NOW.plusSeconds(31));
    }

    @Test
    void after_a_change_the_last_count_stands_until_it_is_as_old_as_allowed_after_a_change() {
        NationalCensus settling = new NationalCensus(Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofMinutes(5), Runnable::run, false);
        Census first = settling.asOf(NOW, () -> count(NOW));

        settling.on(new HeldNowChanged());
        settling.on(new HeldNowChanged());
        assertThat(settling.asOf(NOW.plusSeconds(9), () -> count(NOW.plusSeconds(9))))
                .as("nine seconds old: still the answer, however many changes").isSameAs(first);
        assertThat(counted).hasValue(1);

        Census after = settling.asOf(NOW.plusSeconds(10), () -> count(NOW.plusSeconds(10)));
        assertThat(after.asOf()).as("ten seconds old and changed since: counted again").isEqualTo(NOW.plusSeconds(10));
        assertThat(settling.asOf(NOW.plusSeconds(25), () -> count(NOW.plusSeconds(25))))
                .as("nothing changed since: the freshness holds").isSameAs(after);
        assertThat(counted).hasValue(2);
    }

    @Test
    void while_a_changed_census_is_counted_again_others_get_the_last_count() throws Exception {
        Census first = national.asOf(NOW, () -> count(NOW));
        national.on(new HeldNowChanged());
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Census> recount = other.submit(() -> national.asOf(NOW.plusSeconds(5), () -> {
                counting.countDown();
                await(release);
                return count(NOW.plusSeconds(5));
            }));
            assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();

            Census meanwhile = national.asOf(NOW.plusSeconds(6), () -> count(NOW.plusSeconds(6)));
            assertThat(meanwhile).as("the last count, not a second one at once").isSameAs(first);

            release.countDown();
            assertThat(recount.get(5, TimeUnit.SECONDS).asOf()).isEqualTo(NOW.plusSeconds(5));
            assertThat(counted).hasValue(2);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void past_the_freshness_others_get_the_last_count_while_one_counts_again_unless_it_is_stale() throws Exception {
        Census first = national.asOf(NOW, () -> count(NOW));
        Instant later = NOW.plusSeconds(90);
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newFixedThreadPool(2);
        try {
            Future<Census> recount = other.submit(() -> national.asOf(later, () -> {
                counting.countDown();
                await(release);
                return count(later);
            }));
            assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(national.asOf(later.plusSeconds(1), () -> count(later.plusSeconds(1))))
                    .as("90 s old, within the five minutes").isSameAs(first);
            Future<Census> tooOld = other.submit(() -> national.asOf(
                    NOW.plus(Duration.ofMinutes(6)), () -> count(NOW.plus(Duration.ofMinutes(6)))));
            Thread.sleep(200);
            assertThat(tooOld).as("six minutes old: it waits for the count").isNotDone();

            release.countDown();
            assertThat(recount.get(5, TimeUnit.SECONDS).asOf()).isEqualTo(later);
            assertThat(tooOld.get(5, TimeUnit.SECONDS)).as("the count made while it waited")
                    .isSameAs(recount.get());
            assertThat(counted).hasValue(2);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void readers_that_waited_for_a_count_take_it_even_if_something_changed_meanwhile() throws Exception {
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newFixedThreadPool(2);
        try {
            Instant later = NOW.plusSeconds(1);
            Future<Census> waiting = other.submit(() -> {
                assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();
                return national.asOf(NOW, () -> count(NOW));
            });
            Future<Census> first = other.submit(() -> national.asOf(later, () -> {
                counting.countDown();
                await(release);
                national.on(new HeldNowChanged());
                return count(later);
            }));
            Thread.sleep(200);
            release.countDown();

            assertThat(waiting.get(5, TimeUnit.SECONDS)).as("counted after it asked: not counted once more")
                    .isSameAs(first.get(5, TimeUnit.SECONDS));
            assertThat(counted).hasValue(1);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void counted_again_in_the_background_no_reader_waits_for_it_while_the_last_count_will_do() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            NationalCensus shared = new NationalCensus(Duration.ofSeconds(30), Duration.ZERO,
                    Duration.ofMinutes(5), background, true);
            Census first = shared.asOf(NOW, () -> count(NOW));
            shared.on(new HeldNowChanged());
            CountDownLatch counting = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Instant later = NOW.plusSeconds(5);

            Census meanwhile = shared.asOf(later, () -> {
                counting.countDown();
                await(release);
                return count(later);
            });
            assertThat(meanwhile).as("answered at once with the last count").isSameAs(first);
            assertThat(counting.await(5, TimeUnit.SECONDS)).as("counted again in the background").isTrue();
            assertThat(shared.asOf(later.plusSeconds(1), () -> count(later.plusSeconds(1))))
                    .as("one count at a time").isSameAs(first);

            release.countDown();
            background.submit(() -> null).get(5, TimeUnit.SECONDS);
            Census after = shared.asOf(later.plusSeconds(2), () -> count(later.plusSeconds(2)));
            assertThat(after.asOf()).as("the count made in the background").isEqualTo(later);
            assertThat(counted).hasValue(2);

            Census stale = shared.asOf(NOW.plus(Duration.ofMinutes(10)), () -> count(NOW.plus(Duration.ofMinutes(10))));
            assertThat(stale.asOf()).as("too old to stand in: the reader waits for a new count")
                    .isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void counted_in_the_background_at_start_the_first_reader_takes_that_count() {
        national.countInBackground(() -> count(NOW));

        assertThat(national.asOf(NOW.plusSeconds(1), () -> count(NOW.plusSeconds(1))).asOf()).isEqualTo(NOW);
        assertThat(counted).hasValue(1);
    }

    @Test
    void with_no_freshness_it_counts_every_time() {
        NationalCensus never = new NationalCensus(Duration.ZERO, Duration.ZERO, Duration.ZERO, Runnable::run, false);
        never.asOf(NOW, () -> count(NOW));
        never.asOf(NOW, () -> count(NOW));

        assertThat(counted).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Census count(Instant asOf) {
        counted.incrementAndGet();
        return Census.of(List.of(), code -> java.util.Optional.empty(), asOf, true, true);
    }
}
