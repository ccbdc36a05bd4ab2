package dev.homepage.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fingerprint is the same for the same parts in the same order, and different for anything else. */
class FingerprintTest {

    @TempDir
    Path folder;

    @Test
    void theSamePartsGiveTheSameFingerprintAsSixteenHexadecimalDigits() {
        String fingerprint = Fingerprint.of("a", "b");

        assertThat(fingerprint).isEqualTo(Fingerprint.start().add("a").add("b").finish()).hasSize(16)
                .matches("[0-9a-f]+");
    }

    @Test
    void aChangeOfOneBitAnywhereInALargeFileChangesBothHalves() {
        byte[] image = new byte[3_000_000];
        new java.util.Random(7).nextBytes(image);
        String before = Fingerprint.start().add(image).finish();
        for (int at : new int[] {0, 1_234_567, image.length - 1}) {
            image[at] ^= 1;
            String after = Fingerprint.start().add(image).finish();
            image[at] ^= 1;

            assertThat(after.substring(0, 8)).as("CRC-32, bit flipped at %d", at).isNotEqualTo(before.substring(0, 8));
            assertThat(after.substring(8)).as("CRC-32C, bit flipped at %d", at).isNotEqualTo(before.substring(8));
        }
        assertThat(Fingerprint.start().add(image).finish()).isEqualTo(before);
    }

    @Test
    void partsAreLengthPrefixedSoThatTheirBoundariesCount() {
        assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
        assertThat(Fingerprint.of("abc")).isNotEqualTo(Fingerprint.of("ab", "c"));
        assertThat(Fingerprint.of("", "a")).isNotEqualTo(Fingerprint.of("a"));
    }

    @Test
    void theOrderOfThePartsCounts() {
        assertThat(Fingerprint.of("a", "b")).isNotEqualTo(Fingerprint.of("b", "a"));
    }

    @Test
    void numbersAndTextsAreToldApart() {
        assertThat(Fingerprint.start().add(1L).finish()).isNotEqualTo(Fingerprint.start().add(2L).finish());
        assertThat(Fingerprint.start().add(1L).finish()).isNotEqualTo(Fingerprint.of("1"));
    }

    @Test
    void filesAreFingerprintedByPathAndBytes() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "same");
        Files.writeString(folder.resolve("b.txt"), "same");
        List<Path> a = List.of(Path.of("a.txt"));
        String before = Fingerprint.ofFiles(folder, a);

        assertThat(Fingerprint.ofFiles(folder, a)).isEqualTo(before);
        assertThat(Fingerprint.ofFiles(folder, List.of(Path.of("b.txt")))).as("another path, the same bytes")
                .isNotEqualTo(before);
        Files.writeString(folder.resolve("a.txt"), "else");
        assertThat(Fingerprint.ofFiles(folder, a)).as("the same path, other bytes").isNotEqualTo(before);
    }

    @Test
    void theCodeOfAClassHasOneFingerprintWhileItIsTheSame() {
        assertThat(Fingerprint.ofCode(Fingerprint.class)).isEqualTo(Fingerprint.ofCode(Fingerprint.class))
                .isNotEqualTo(Fingerprint.ofCode(Test.class));
    }
}
