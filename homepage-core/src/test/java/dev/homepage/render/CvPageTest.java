package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CV page: sections of _data/cv.yml, then the site's publications, talks and teaching; and how it prints. */
class CvPageTest {

    @TempDir
    Path folder;

    @Test
    void theCvIsBuiltFromTheDataFileAndTheSitesOwnItems() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\nauthor:\n  name: Ada Lovelace\n")
                .file("_pages/cv.md", "---\ntitle: CV\nlayout: cv\n---\nThe short version.\n")
                .file("_data/cv.yml", """
                        sections:
                          - title: Education
                            entries:
                              - title: Ph.D. <Mathematics>
                                organisation: University of London
                                location: London
                                years: 1835
                                details: [Thesis on engines, Advisor A. De Morgan]
                          - title: Service
                            entries:
                              - title: Reviewer
                                details: Philosophical Transactions
                        """)
                .file("_bibliography/papers.bib", "@article{notes,\n title = {Notes},\n author = {Ada Lovelace},"
                        + "\n journal = {Taylor's Scientific Memoirs},\n year = {1843},\n}\n")
                .file("_talks/1840-01-01-turin.md", "---\ntitle: On the engine\nvenue: Turin Academy\n---\n")
                .file("_talks/1842-01-01-london.md", "---\ntitle: On notes\nvenue: Royal Society\n---\n")
                .file("_teaching/1841-maths.md", "---\ntitle: Calculus\nvenue: At home\ndate: 1841-01-01\n---\n");
        site.build();

        Element cv = site.page("/cv/").selectFirst("article.cv");
        assertThat(cv.select(".page-body").text()).isEqualTo("The short version.");
        assertThat(cv.select("section.cv-section > h2").eachText())
                .containsExactly("Education", "Service", "Publications", "Talks", "Teaching");
        Element phd = cv.selectFirst(".cv-entry");
        assertThat(phd.select(".cv-entry-title").text()).isEqualTo("Ph.D. <Mathematics>");
        assertThat(phd.select(".cv-entry-years").text()).isEqualTo("1835");
        assertThat(phd.select(".cv-entry-where").text()).isEqualTo("University of London, London");
        assertThat(phd.select(".cv-entry-details li").eachText()).containsExactly("Thesis on engines", "Advisor A. De Morgan");
        assertThat(cv.select("section:has(h2:containsOwn(Service)) .cv-entry-details li").eachText())
                .containsExactly("Philosophical Transactions");
        assertThat(cv.select(".paper .paper-title").eachText()).containsExactly("Notes");
        assertThat(cv.select("section:has(h2:containsOwn(Talks)) .cv-entry-title").eachText())
                .containsExactly("On notes", "On the engine");
        assertThat(cv.select("section:has(h2:containsOwn(Teaching)) .cv-entry-where").text()).isEqualTo("At home");
    }

    @Test
    void aCvWrittenForRenderCvAsAlFolioWritesItShowsEverySection() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\n")
                .file("_pages/cv.md", "---\ntitle: CV\nlayout: cv\ncv_format: rendercv\n---\n")
                .file("_data/cv.yml", """
                        cv:
                          name: Ada Lovelace
                          sections:
                            Education:
                              - institution: University of London
                                location: London
                                area: Mathematics
                                studyType: PhD
                                start_date: 1833
                                end_date: 1835
                                highlights: [Thesis on engines]
                            Experience:
                              - company: Analytical Society
                                position: Translator
                                start_date: 1842-09-01
                                end_date: present
                                summary: Notes on the engine.
                            Awards:
                              - title: Medal of the Society
                                awarder: Royal Society
                                date: 1843-11-01
                            Publications:
                              - title: Notes
                                authors: [Ada Lovelace, Charles Babbage]
                                publisher: Scientific Memoirs
                                releaseDate: 1843-06-30
                            Languages:
                              - name: Italian
                                summary: Fluent
                            Interests:
                              - Poetical science
                        """);
        site.build();

        Element cv = site.page("/cv/").selectFirst("article.cv");
        assertThat(cv.select("section.cv-section > h2").eachText())
                .containsExactly("Contact information", "Education", "Experience", "Awards", "Publications",
                        "Languages", "Interests");
        Element phd = cv.selectFirst(".cv-entry");
        assertThat(phd.select(".cv-entry-title").text()).isEqualTo("PhD in Mathematics");
        assertThat(phd.select(".cv-entry-years").text()).isEqualTo("1833 – 1835");
        assertThat(phd.select(".cv-entry-where").text()).isEqualTo("University of London, London");
        assertThat(phd.select(".cv-entry-details li").eachText()).containsExactly("Thesis on engines");
        Element job = cv.selectFirst("section:has(h2:containsOwn(Experience)) .cv-entry");
        assertThat(job.select(".cv-entry-title").text()).isEqualTo("Translator");
        assertThat(job.select(".cv-entry-years").text()).isEqualTo("1842 – present");
        assertThat(job.select(".cv-entry-details li").eachText()).containsExactly("Notes on the engine.");
        assertThat(cv.select("section:has(h2:containsOwn(Awards)) .cv-entry-years").text()).isEqualTo("1843");
        Element paper = cv.selectFirst("section:has(h2:containsOwn(Publications)) .cv-entry");
        assertThat(paper.select(".cv-entry-where").text()).isEqualTo("Scientific Memoirs");
        assertThat(paper.select(".cv-entry-details li").eachText()).containsExactly("Ada Lovelace, Charles Babbage");
        assertThat(cv.select("section:has(h2:containsOwn(Languages)) .cv-entry").text()).isEqualTo("Italian Fluent");
        assertThat(cv.select("section:has(h2:containsOwn(Interests)) .cv-entry-title").text())
                .isEqualTo("Poetical science");
    }

    @Test
    void aRenderCvHeaderGivesTheContactLinesAndTheSummaryBeforeTheSections() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\n")
                .file("_pages/cv.md", "---\ntitle: CV\nlayout: cv\n---\n")
                .file("_data/cv.yml", """
                        cv:
                          name: Tessa Halvorsen
                          headline: Engine researcher
                          email: tessa@example.org
                          phone: tel:+47-555-0100
                          location: Northfield
                          website: https://tessa.example.org
                          address: {street: 1 Mill Road, city: Northfield, region: North, postalCode: "9000"}
                          social_networks:
                            - {network: GitHub, username: tessa-h}
                            - {network: Mastodon, username: "@tessa@sci.example"}
                            - {network: Carrier Pigeon, username: loft-3}
                          summary: Builds engines <b>fast</b>.
                          sections:
                            References:
                              - name: Jonas Brekke
                                reference: Kind words.
                        """);
        site.build();

        Element cv = site.page("/cv/").selectFirst("article.cv");
        assertThat(cv.select("section.cv-section > h2").eachText())
                .containsExactly("Contact information", "Summary", "References");
        Element contact = cv.selectFirst("section.cv-contact");
        assertThat(contact.select("dt").eachText()).containsExactly("Name", "Professional title", "Email", "Phone",
                "Location", "Website", "GitHub", "Mastodon", "Carrier Pigeon");
        assertThat(contact.select("dd").eachText()).containsExactly("Tessa Halvorsen", "Engine researcher",
                "tessa@example.org", "+47-555-0100", "1 Mill Road, Northfield, North 9000",
                "https://tessa.example.org", "tessa-h", "@tessa@sci.example", "loft-3");
        assertThat(contact.select("dd a").eachAttr("href")).containsExactly("mailto:tessa@example.org",
                "tel:+475550100", "https://tessa.example.org", "https://github.com/tessa-h",
                "https://sci.example/@tessa");
        assertThat(cv.select("section.cv-summary p").text()).isEqualTo("Builds engines <b>fast</b>.");
        assertThat(cv.select("section:has(h2:containsOwn(References)) .cv-entry").text())
                .isEqualTo("Jonas Brekke Kind words.");
    }

    @Test
    void printingHidesTheScreensFurnitureAndShowsLinkAddresses() throws Exception {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/dev/homepage/theme/assets/homepage.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String print = css.substring(css.indexOf("@media print"), css.indexOf("/* ---------- Publications"));

        assertThat(print).contains(".theme-toggle", ".site-nav", ".nav-toggle", "break-inside: avoid",
                "content: \" (\" attr(href) \")\"", "--color-bg: #ffffff", "--color-text: #000000");
    }
}
