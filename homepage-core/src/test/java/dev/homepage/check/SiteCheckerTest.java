package dev.homepage.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.Problem;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckerTest {

    private static final String CONFIG = """
            title: "Ada Quill"
            url: "https://ada.example.org"
            baseurl: "/lab"
            author:
              name: "Ada Quill"
            """;

    private static final String TALK = """
            ---
            title: "Counting Moths"
            date: 2024-05-01
            ---

            ## Abstract {#abstract}

            Moths, counted.
            """;

    @TempDir
    Path folder;

    /** A site with a home page, which every page links to, and a talk; tests add to it or overwrite it. */
    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", CONFIG).file("_talks/2024-05-01-moths.md", TALK)
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\n\nHello.\n");
    }

    private static List<Finding> check(TestSite site) throws Exception {
        return new SiteChecker().check(site.request(), site.build());
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    @Test
    void brokenLinkAndAnchorToAMissingHeadingAreErrorsAtTheirSourceLines() throws Exception {
        TestSite site = site()
                .file("_pages/about.md", """
                        ---
                        permalink: /
                        title: "About"
                        ---

                        My [slides]({{ "/files/slides.pdf" | relative_url }}) and [papers](#publication).

                        # Publications
                        """)
                .file("_talks/2024-06-01-owls.md", """
                        ---
                        title: "Owls"
                        ---

                        Details in [the moths talk]({{ "/talks/2024-05-01-moths/#abstrct" | relative_url }}).
                        """);

        List<Finding> findings = check(site);

        assertThat(errors(findings)).extracting(f -> f.problem().file(), f -> f.problem().line())
                .containsExactly(
                        tuple(Path.of("_pages/about.md"), 6),
                        tuple(Path.of("_pages/about.md"), 6),
                        tuple(Path.of("_talks/2024-06-01-owls.md"), 5));
        assertThat(errors(findings)).extracting(f -> f.problem().message()).containsExactlyInAnyOrder(
                "link \"/lab/files/slides.pdf\" does not resolve: the site has no files/slides.pdf; fix the"
                        + " address or add the missing file",
                "link \"#publication\" points to a missing anchor: this page has no element with"
                        + " id=\"publication\"; did you mean #publications?",
                "link \"/lab/talks/2024-05-01-moths/#abstrct\" points to a missing anchor:"
                        + " talks/2024-05-01-moths/index.html has no element with id=\"abstrct\";"
                        + " did you mean #abstract?");
        assertThat(findings.get(0))
                .hasToString(Path.of("_pages/about.md") + ":6: " + findings.get(0).problem().message());
    }

    @Test
    void everyFormOfAWorkingLinkResolves() throws Exception {
        TestSite site = site()
                .file("_pages/about.md", """
                        ---
                        permalink: /
                        title: "About"
                        ---

                        - [talks](/lab/talks/), [talks again]({{ "/talks" | relative_url }}), [relative](talks/)
                        - [a talk](/lab/talks/2024-05-01-moths/#abstract), [notes](/lab/notes), [notes.html](notes.html)
                        - [absolute](https://ada.example.org/lab/talks/), [home](https://ada.example.org/lab)
                        - [over http on another port](http://ada.example.org:443/lab/cv.pdf#page=2)
                        - [top](#top), [section](#section), [query](?tab=1), [old anchor](#legacy)
                        - [mail](mailto:ada@example.org), [phone](tel:+3531234), [another site](https://example.com/x)
                        - [another project on the host](https://ada.example.org/other-project/)
                        - [with a space](files/my%20cv.pdf), [unencoded](files/my cv.pdf)

                        ## Section

                        <a name="legacy"></a>
                        ![portrait](images/ada.png) <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
                        <img srcset="/lab/images/ada.png 1x, images/ada.png 2x" alt="ada">
                        """)
                .file("_pages/notes.md", "---\npermalink: /notes.html\ntitle: Notes\n---\n\n[back](./)\n")
                .file("images/ada.png", "png")
                .file("files/my cv.pdf", "pdf")
                .file("cv.pdf", "pdf");

        assertThat(check(site)).isEmpty();
        assertThat(site.page("/").select("main a[href]").eachAttr("href")).contains("/lab/talks/", "/lab/talks",
                "talks/", "/lab/notes", "notes.html", "https://ada.example.org/lab", "?tab=1", "#legacy",
                "files/my%20cv.pdf");
        assertThat(site.page("/").select("main img[srcset]")).hasSize(1);
    }

    @Test
    void siteRelativeLinkWithoutTheBaseurlSaysHowToWriteIt() throws Exception {
        TestSite site = site().file("_pages/about.md", """
                ---
                permalink: /
                title: "About"
                ---

                See [my talks](/talks/).
                """);

        assertThat(check(site)).singleElement().satisfies(finding -> {
            assertThat(finding.problem().file()).isEqualTo(Path.of("_pages/about.md"));
            assertThat(finding.problem().line()).isEqualTo(6);
            assertThat(finding.problem().message()).isEqualTo("link \"/talks/\" is broken: it leaves the site's"
                    + " baseurl /lab: links within the site start with /lab/"
                    + " (in Liquid, {{ \"/talks/\" | relative_url }})");
        });
    }

    @Test
    void missingImagesAndAbsoluteLinksIntoTheSiteAreErrors() throws Exception {
        TestSite site = site().file("_pages/about.md", """
                ---
                permalink: /
                title: "About"
                ---

                ![me]({{ site.baseurl }}/images/me.png)

                [old CV](https://ada.example.org/lab/cv-2019)
                """);

        assertThat(check(site)).extracting(Finding::toString).containsExactly(
                Path.of("_pages/about.md") + ":6: image \"/lab/images/me.png\" does not resolve: the site has no"
                        + " images/me.png; fix the address or add the missing file",
                Path.of("_pages/about.md") + ":8: link \"https://ada.example.org/lab/cv-2019\" does not"
                        + " resolve: the site has no cv-2019 or cv-2019.html or cv-2019/index.html; fix the address"
                        + " or add the missing file");
    }

    @Test
    void brokenNavigationLinkIsReportedOnceInTheNavigationFile() throws Exception {
        TestSite site = site()
                .file("_data/navigation.yml", "main:\n  - title: Talks\n    url: /talks/\n  - title: Teaching\n"
                        + "    url: /teaching/\n")
                .file("_pages/cv.md", "---\ntitle: CV\n---\n\nBorn.\n");

        assertThat(check(site)).extracting(Finding::toString).containsExactly(
                Path.of("_data/navigation.yml") + ":5: link \"/lab/teaching/\" does not resolve: the site has no"
                        + " teaching/index.html; fix the address or add the missing file");
    }

    @Test
    void linksOfACollectionListingAreTracedToTheItemThatHasThem() throws Exception {
        TestSite site = site().file("_talks/2024-06-01-owls.md", """
                ---
                title: "Owls"
                date: 2024-06-01
                excerpt: "Owls, with [slides](/lab/files/owls.pdf)."
                ---

                Owls.
                """);

        assertThat(check(site)).extracting(Finding::toString).containsExactly(
                Path.of("_talks/2024-06-01-owls.md") + ":4: link \"/lab/files/owls.pdf\" does not resolve: the"
                        + " site has no files/owls.pdf; fix the address or add the missing file");
    }

    @Test
    void linksNoFileCanHaveAreBrokenLinksNotCrashes() throws Exception {
        TestSite site = site().file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\n\n"
                + "[windows](\\talks\\x) [nul](/a%00b/) [escape](/100%ZZ/) [long](/" + "x".repeat(300) + "/)\n");

        assertThat(check(site)).extracting(finding -> finding.problem().line()).containsOnly(6).hasSize(4);
    }

    @Test
    void aLinkToAFileTheBuildDidNotWriteIsBroken() throws Exception {
        TestSite site = site();
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());
        // Dropped into the output while serve ran: its rebuilds write in place, and leave what they did not write.
        Files.createDirectories(site.output().resolve("old"));
        Files.writeString(site.output().resolve("old/index.html"), "<p>stale</p>");
        site.file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\n\n[old](/lab/old/)\n");

        assertThat(new SiteChecker().check(site.request(), generator.generate(site.request())))
                .extracting(f -> f.problem().message())
                .containsExactly("link \"/lab/old/\" does not resolve: the site has no old/index.html; fix the"
                        + " address or add the missing file");
    }

    @Test
    void pageWithNeitherTextNorImageIsAnError() throws Exception {
        TestSite site = site()
                .file("_pages/empty.md", "---\ntitle: \"\"\n---\n\n<div class=\"notice\"> &nbsp; </div>\n")
                .file("_pages/picture.md", "---\ntitle: \"\"\n---\n\n![](/lab/images/ada.png)\n")
                .file("images/ada.png", "png");

        assertThat(check(site)).extracting(Finding::toString).containsExactly(
                Path.of("_pages/empty.md") + ": the page empty/index.html is empty: its main content has no text and"
                        + " no image; write its content, or leave it out of the site with \"published: false\" in"
                        + " its front matter");
    }

    @Test
    void garbledTextIsAWarningWithItsFixOnceTheBuildsOfWhatItReadsTheChecksOfTheRest() throws Exception {
        TestSite site = site()
                .file("_config.yml", CONFIG + "description: \"Caf√© owls\"\n")
                .file("_pages/about.md", """
                        ---
                        permalink: /
                        title: "About Zoë from Montréal"
                        ---

                        # üî• News
                        Łukasz and I wrote it in Größe 12 ‚Ä†.
                        """);

        BuildReport built = site.build();
        List<Finding> findings = new SiteChecker().check(site.request(), built);

        assertThat(built.warnings()).extracting(Problem::toString).containsExactly(
                Path.of("_pages/about.md") + ":6: \"üî•\" looks like \"🔥\" saved with the"
                        + " wrong encoding (UTF-8 read as Mac Roman): replace it with 🔥",
                Path.of("_pages/about.md") + ":7: \"‚Ä†\" looks like \"†\" saved with the"
                        + " wrong encoding (UTF-8 read as Mac Roman): replace it with †");
        // The build reads no config for garbled text: the check does, and finds nothing the build warned of.
        assertThat(findings).extracting(Finding::severity, Finding::toString).containsExactly(
                tuple(Severity.WARNING, "_config.yml:6: \"√©\" looks like \"é\" saved with the wrong encoding"
                        + " (UTF-8 read as Mac Roman): replace it with é"));
    }

    @Test
    void garbledTextInDataTemplatesAndIncludesIsTheChecksToFind() throws Exception {
        TestSite site = site()
                .file("_data/people.yml", "- name: \"Zo√´\"\n")
                .file("_includes/note.html", "<p>Caf√©</p>\n")
                .file("templates/extra.ftlh", "<#-- Caf√© -->\n");

        assertThat(check(site)).extracting(f -> f.problem().file()).containsExactlyInAnyOrder(
                Path.of("_data/people.yml"), Path.of("_includes/note.html"), Path.of("templates/extra.ftlh"));
    }

    @Test
    void invisibleCharactersAreNamedInTheFix() throws Exception {
        TestSite site = site().file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\n\nOne¬†two.\n");

        assertThat(site.build().warnings()).extracting(Problem::message).containsExactly("\"¬†\" looks like U+00A0"
                + " NO-BREAK SPACE saved with the wrong encoding (UTF-8 read as Mac Roman): replace it with U+00A0"
                + " NO-BREAK SPACE");
    }

    @Test
    void theBaseUrlOfTheRequestOverridesTheConfig() throws Exception {
        TestSite site = site()
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\n\n[talks](/docs/talks/)\n");
        BuildRequest request = new BuildRequest(site.source(), site.output(), Optional.of("/docs"));

        assertThat(new SiteChecker().check(request, new SiteGenerator().generate(request))).isEmpty();
    }

    @Test
    void aBrokenLinkOfAPaperShownOnSeveralPagesIsReportedOnceWhereItIsWritten() throws Exception {
        TestSite site = site()
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\n\nHello.\n")
                .file("_publications/2024-02-01-moths.md", """
                        ---
                        title: "Moths at Night"
                        date: 2024-02-01
                        venue: "Journal of Moths"
                        selected: true
                        paperurl: "/files/moths.pdf"
                        ---

                        How moths are counted.
                        """);

        List<Finding> findings = check(site);

        // The paper's link shows on its page, the publications listing and the home page's selected papers.
        for (String page : List.of("/", "/publications/", "/publications/2024-02-01-moths/")) {
            assertThat(site.page(page).select("a[href=/lab/files/moths.pdf]")).as(page).isNotEmpty();
        }
        assertThat(findings).extracting(Finding::toString).containsExactly(
                Path.of("_publications/2024-02-01-moths.md") + ":6: link \"/lab/files/moths.pdf\" does not resolve:"
                        + " the site has no files/moths.pdf; fix the address or add the missing file");
    }
}
