package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every HTML file of both builds of the example passes the Nu HTML Checker (the checker behind
 * validator.w3.org/nu), from Maven Central, with no error and no warning: what the theme and the new features
 * write stays valid HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidHtmlIT {

    /** The checker's schema for HTML as the living standard defines it, with its ARIA and microdata rules. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final List<String> messages = new ArrayList<>();
    private SimpleDocumentValidator checker;

    @BeforeAll
    void setUpTheChecker() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException problem) {
                messages.add(describe("warning", problem));
            }

            @Override
            public void error(SAXParseException problem) {
                messages.add(describe("error", problem));
            }

            @Override
            public void fatalError(SAXParseException problem) {
                messages.add(describe("fatal error", problem));
            }
        };
        checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema(HTML_SCHEMA, collect);
        checker.setUpValidatorAndParsers(collect, true, false);
    }

    @TestFactory
    Stream<DynamicNode> everyPageOfBothBuildsHasNoErrorAndNoWarning() {
        return Stream.of(ExampleSite.values()).map(site -> dynamicContainer(site.name(),
                htmlFilesOf(site).stream().map(file -> dynamicTest(site.folder().relativize(file).toString(),
                        () -> assertThat(check(file)).isEmpty()))));
    }

    /** The checker does report what is wrong: a test that could not fail would prove nothing. */
    @Test
    void theCheckerReportsAnInvalidPage(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path page = folder.resolve("invalid.html");
        Files.writeString(page, "<!doctype html><html lang=\"en\"><head><title>x</title></head><body>"
                + "<img src=\"a.png\" width=\"100%\"><section><p>text</p></section></body></html>");

        assertThat(check(page)).anyMatch(message -> message.startsWith("error") && message.contains("width"))
                .anyMatch(message -> message.startsWith("error") && message.contains("alt"))
                .anyMatch(message -> message.startsWith("warning") && message.contains("Section lacks heading"));
    }

    /** What the checker says of one file, each message with its line. */
    private synchronized List<String> check(Path file) throws Exception {
        messages.clear();
        checker.checkHtmlFile(file.toFile(), true);
        return List.copyOf(messages);
    }

    private static List<Path> htmlFilesOf(ExampleSite site) {
        try (Stream<Path> files = Files.walk(site.folder())) {
            List<Path> html = files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
            assertThat(html).as("HTML files of " + site.folder()).isNotEmpty();
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(String level, SAXParseException problem) {
        String file = problem.getSystemId() == null ? "" : new File(problem.getSystemId().replaceFirst("^file:", ""))
                .getName();
        return level + " " + file + ":" + problem.getLineNumber() + ":" + problem.getColumnNumber() + ": "
                + problem.getMessage();
    }
}
