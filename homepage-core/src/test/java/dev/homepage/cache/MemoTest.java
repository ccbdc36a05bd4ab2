package dev.homepage.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A memo gives the next build what the last one made, and keeps only what each build asks for. */
class MemoTest {

    private final Memo<String, String> memo = new Memo<>();
    private final AtomicInteger made = new AtomicInteger();

    private String make() {
        return "made " + made.incrementAndGet();
    }

    @Test
    void getMakesAThingOncePerFingerprintAndTheNextBuildReusesIt() {
        assertThat(memo.get("a", this::make)).isEqualTo("made 1");
        assertThat(memo.get("a", this::make)).isEqualTo("made 1");
        memo.nextBuild();

        assertThat(memo.get("a", this::make)).isEqualTo("made 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void whatABuildDidNotAskForIsDroppedAfterIt() {
        memo.get("a", this::make);
        memo.get("b", this::make);
        memo.nextBuild();
        memo.get("a", this::make);
        memo.nextBuild();

        assertThat(memo.find("b")).isNull();
        assertThat(memo.get("b", this::make)).isEqualTo("made 3");
    }

    @Test
    void findOnlyLooksAndKeepsNothingForTheNextBuild() {
        memo.put("a", "kept");
        memo.nextBuild();

        assertThat(memo.find("a")).isEqualTo("kept");
        assertThat(memo.current()).as("what this build asked for or made").isEmpty();
        memo.nextBuild();
        assertThat(memo.find("a")).as("found, not put, in the build before").isNull();
    }

    @Test
    void whatIsPutIsKeptForTheNextBuild() {
        memo.put("a", "kept");
        memo.nextBuild();
        memo.put("a", memo.find("a"));
        memo.nextBuild();

        assertThat(memo.find("a")).isEqualTo("kept");
        assertThat(memo.current()).isEmpty();
    }

    @Test
    void currentHoldsWhatThisBuildAskedForOrMade() {
        memo.put("a", "old");
        memo.nextBuild();
        memo.get("a", this::make);
        memo.get("b", this::make);

        assertThat(memo.current()).isEqualTo(Map.of("a", "old", "b", "made 1"));
    }
}
