package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which characters XML 1.0 forbids, found where they stand in a text. */
class XmlTextTest {

    @Test
    void theControlsOtherThanTabAndLineEndsAreFoundWhereTheyStand() {
        assertThat(XmlText.firstForbidden("a\tb\nc\r\nd")).isEqualTo(-1);
        assertThat(XmlText.firstForbidden("pasted\fhere")).isEqualTo(6);
        assertThat(XmlText.firstForbidden("\u0000")).isZero();
        assertThat(XmlText.firstForbidden("ok \u001F")).isEqualTo(3);
    }

    @Test
    void aPairedSurrogateIsOneCharacterAndALoneOneIsForbidden() {
        String emoji = "\uD83D\uDE00";
        assertThat(XmlText.firstForbidden("smile " + emoji + " é ü")).isEqualTo(-1);
        assertThat(XmlText.firstForbidden("cut \uD83D")).as("a high surrogate at the end").isEqualTo(4);
        assertThat(XmlText.firstForbidden("cut \uD83Dx")).as("a high surrogate before another").isEqualTo(4);
        assertThat(XmlText.firstForbidden("cut \uDE00")).as("a low surrogate alone").isEqualTo(4);
        assertThat(XmlText.firstForbidden(emoji + "\uDE00")).as("a low surrogate after a pair").isEqualTo(2);
        assertThat(XmlText.firstForbidden("\uFFFE")).isZero();
        assertThat(XmlText.firstForbidden("x\uFFFF")).isEqualTo(1);
    }

    @Test
    void theFirstForbiddenCharacterIsTheFirstCodePointXmlForbids() {
        Random random = new Random(11);
        char[] alphabet = {'a', '\t', '\n', '\f', '\u0001', 'é', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF', '\uFFFD'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(XmlText.firstForbidden(text.toString())).as("%s", text.chars().boxed().toList())
                    .isEqualTo(byCodePoint(text.toString()));
        }
    }

    private static int byCodePoint(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (XmlText.isForbidden(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aWellFormedTextLeavesOutWhatXmlForbidsAndKeepsTheRest() {
        String text = "a\fb \uD83D\uDE00 c\uFFFE";
        assertThat(XmlText.wellFormed(text)).isEqualTo("ab \uD83D\uDE00 c");
        String clean = "nothing to leave out";
        assertThat(XmlText.wellFormed(clean)).isSameAs(clean);
    }
}
