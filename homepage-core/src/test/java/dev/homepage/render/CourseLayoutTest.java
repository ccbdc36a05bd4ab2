package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** al-folio's layout: course: the course's facts, its text, then its schedule with the materials linked. */
class CourseLayoutTest {

    @TempDir
    Path folder;

    @Test
    void aCourseShowsItsFactsTextAndSchedule() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", """
                        title: Lab
                        baseurl: /lab
                        collections:
                          teachings:
                            output: true
                        """)
                .file("_teachings/engines.md", """
                        ---
                        layout: course
                        title: Analytical Engines
                        instructor: Prof. Lovelace
                        term: Spring
                        time: Mondays, 2 PM
                        schedule:
                          - week: 1
                            date: Feb 5
                            topic: The mill and the store
                            description: How the engine keeps numbers.
                            materials:
                              - name: Notes
                                url: /assets/notes.pdf
                              - name: Letters
                                url: https://example.org/letters
                              - name: Trap
                                url: javascript:alert(1)
                          - week: 2
                            topic: Bernoulli numbers
                        ---
                        Weekly readings and one engine.
                        """);
        BuildReport report = site.build();

        Element course = site.page("/teachings/engines/").selectFirst("article.course");
        assertThat(course.select(".course-facts p").eachText())
                .containsExactly("Instructor: Prof. Lovelace", "Term: Spring", "Time: Mondays, 2 PM");
        assertThat(course.select(".page-body").text()).isEqualTo("Weekly readings and one engine.");
        assertThat(course.select("table.course-schedule tbody tr")).hasSize(2);
        Element first = course.selectFirst("table.course-schedule tbody tr");
        assertThat(first.select("td").eachText()).startsWith("1", "Feb 5",
                "The mill and the store How the engine keeps numbers.");
        assertThat(first.select("a").eachAttr("href")).containsExactly("/lab/assets/notes.pdf",
                "https://example.org/letters");
        assertThat(first.select("li").eachText()).containsExactly("Notes", "Letters", "Trap");
        assertThat(report.warnings()).noneMatch(warning -> warning.message().contains("layout 'course'"));
    }
}
