package dev.homepage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SourceError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The usual YAML mistakes, told in plain words at the line where they were made. */
class YamlErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # the mistake                      | the YAML                                                        | line | the message starts
            quote left open, more quotes later | title: "Talk about\\nvenue: Conf\\ndate: 2024\\nplace: "Oslo"\\n | 1    | the quote that opens the value on this line is not closed on it, so the value runs on into the lines below it
            quote left open to the end         | title: x\\nvenue: "Conf\\nplace: Oslo\\n                         | 2    | the quote that opens the value on this line is never closed
            quote inside single quotes         | title: x\\nabout: 'It's mine'\\n                                | 2    | text follows the closing quote of the value
            colon and space in a value         | title: Keynote: the future\\n                                   | 1    | the value holds ': ' (a colon and a space)
            key indented under a value         | title: x\\n  venue: y\\n                                        | 2    | this line is indented more than the key above it
            line without a colon               | title: x\\nvenue y\\ndate: 2024-01-01\\n                         | 2    | this line is not a 'key: value' line
            tab                                | title: x\\n\\tvenue: y\\n                                       | 2    | a tab indents this line
            value starting with @              | title: x\\nhandle: @ada\\n                                      | 2    | a value cannot start with '@'
            bracket left open                  | title: x\\ntags: [one, two\\nvenue: x\\n                         | 2    | the '[' on this line is not closed
            list item out of line              | authors:\\n  - A\\n - B\\n                                       | 3    | this list item is not indented as the items or keys above it
            key given twice                    | title: x\\nvenue: y\\ntitle: z\\n                                | 3    | the key 'title' is given twice
            """)
    void eachMistakeIsToldAtItsLine(String mistake, String yaml, int line, String message) {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> SafeYaml.loadMap(yaml.strip().translateEscapes()));

        assertThat(error).as(mistake).isNotNull();
        assertThat(error.line()).as(mistake).isEqualTo(line);
        assertThat(error.getMessage()).as(mistake).startsWith(message).doesNotContain("<block end>", "<scalar>");
    }
}
