package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.content.Mojibake.Garbled;
import dev.homepage.content.Mojibake.Misreading;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    /** What saving {@code text} as UTF-8 and reading it back as {@code charset} gives. */
    private static String misread(String text, String charset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    @ParameterizedTest
    @CsvSource({
            "'‚Ä†', '†'",
            "'‚Äô', '’'",
            "'√©', 'é'",
            "'√º', 'ü'",
            "'üî•', '🔥'",
            "'üìù', '📝'",
            "'üìñ', '📖'",
            "'üéâüéâ', '🎉🎉'"})
    void findsUtf8ReadAsMacRoman(String garbled, String fix) {
        assertThat(Mojibake.find("Zhi-Qin John Xu" + garbled + " wrote"))
                .containsExactly(new Garbled(garbled, fix, Misreading.MAC_ROMAN));
    }

    /** Mac Roman reads an emoji's first byte as the Apple logo, which is often dropped: both forms are found. */
    @Test
    void findsMacRomanEmojiWithOrWithoutTheirFirstByte() {
        String whole = misread("🔥", "x-MacRoman");
        assertThat(whole).isEqualTo("\uF8FFüî•");

        assertThat(Mojibake.find("# " + whole + " News"))
                .containsExactly(new Garbled(whole, "🔥", Misreading.MAC_ROMAN));
        assertThat(Mojibake.find("# " + whole.substring(1) + " News"))
                .containsExactly(new Garbled("üî•", "🔥", Misreading.MAC_ROMAN));
    }

    @ParameterizedTest
    @CsvSource({
            "'Ã©', 'é'",
            "'â€™', '’'",
            "'â€œquotedâ€\u009D', '“'",
            "'ðŸ”¥', '🔥'",
            "'Å‚', 'ł'"})
    void findsUtf8ReadAsWindows1252OrLatin1(String garbled, String fix) {
        assertThat(Mojibake.find(garbled)).first()
                .isEqualTo(new Garbled(garbled.substring(0, misread(fix, "windows-1252").length()), fix,
                        Misreading.WINDOWS_1252));
    }

    @Test
    void readsLatin1ControlCharactersAsTheirBytes() {
        String garbled = new String("É".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(garbled).isEqualTo("Ã\u0089");

        assertThat(Mojibake.find("Ã\u0089cole")).containsExactly(new Garbled(garbled, "É", Misreading.WINDOWS_1252));
    }

    @Test
    void emojiWithVariationSelectorsAndJoinersStayOneRun() {
        String text = "🏔️ and 👩‍🔬";
        String garbled = misread(text, "x-MacRoman").replace("\uF8FF", "");

        assertThat(Mojibake.find(garbled)).extracting(Garbled::fix).containsExactly("🏔️", "👩‍🔬");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Zoë Wright", "Łukasz Kowalski", "Montréal", "Müller, Schröder und Söhne", "Größe", "Straße“ und „Weg“",
            "l’été à Paris", "“émigré”", "Ångström", "São Paulo", "naïve café", "Dvořák", "Øystein Ærø",
            "Þór", "Ñuñoa", "François Hébert—Québec", "señor Peña’s «Œuvres»", "1 ± 2 µm, 25 °C, ½ × ¾",
            "Université de Genève – “Faculté”", "Ça ira", "İstanbul"})
    void leavesAccentedTextAlone(String text) {
        assertThat(Mojibake.find(text)).isEmpty();
    }
}
