package dev.homepage.cv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildRequest;
import dev.homepage.SiteBuildException;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of a CV page: the same view printed, every section and paper readable from it, the same bytes each build. */
class CvPdfTest {

    private static final Instant BUILD_TIME = Instant.parse("2026-11-22T00:00:00Z");

    @TempDir
    Path folder;

    private TestSite cvSite(String config) throws IOException {
        return new TestSite(folder).file("_config.yml", """
                        title: Lab
                        url: https://zoe.example.org
                        author:
                          name: Zoë Łukasz-Ørsted
                          email: zoe@example.org
                          location: Θεσσαλονίκη
                        """ + config)
                .file("_pages/cv.md", "---\ntitle: CV\nlayout: cv\npermalink: /cv/\n---\nThe short version.\n")
                .file("_data/cv.yml", """
                        sections:
                          - title: Education
                            entries:
                              - title: Ph.D. in Mathematics
                                organisation: Αριστοτέλειο Πανεπιστήμιο
                                years: 2015 – 2019
                                details: [Thesis on engines, Научный руководитель А. Де Морган]
                          - title: Service
                            entries:
                              - title: Reviewer
                                details: Philosophical Transactions
                        """)
                .file("_bibliography/papers.bib", """
                        @article{notes,
                          title = {Notes on the Analytical Engine},
                          author = {Łukasz-Ørsted, Zoë and Babbage, Charles},
                          journal = {Taylor's Scientific Memoirs},
                          year = {1843},
                          doi = {10.1234/notes},
                        }
                        """)
                .file("_talks/1840-01-01-turin.md", "---\ntitle: On the engine\nvenue: Turin Academy\n---\n")
                .file("_teaching/1841-maths.md", "---\ntitle: Calculus\nvenue: At home\ndate: 1841-01-01\n---\n");
    }

    private static BuildRequest dated(TestSite site) {
        return site.request().withBuildTime(BUILD_TIME);
    }

    @Test
    void theCvsPdfHoldsEverySectionAndPaperAsWritten() throws Exception {
        TestSite site = cvSite("");
        new SiteGenerator().generate(dated(site));

        try (PDDocument pdf = Loader.loadPDF(site.output().resolve("cv.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Zoë Łukasz-Ørsted", "Θεσσαλονίκη", "zoe@example.org", "The short version.",
                    "Education", "Ph.D. in Mathematics", "Αριστοτέλειο Πανεπιστήμιο", "2015 – 2019",
                    "Научный руководитель А. Де Морган", "Service", "Philosophical Transactions", "Publications",
                    "Notes on the Analytical Engine", "Taylor's Scientific Memoirs", "Talks", "On the engine",
                    "Teaching", "Calculus");
            assertThat(text).doesNotContain("#", "Download the CV as PDF", "Skip to main content", "BibTeX");
            assertThat(fontsOf(pdf)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Zoë Łukasz-Ørsted – CV");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Zoë Łukasz-Ørsted");
        }
    }

    @Test
    void pagesAreNumberedAndLinksPointToTheSite() throws Exception {
        TestSite site = cvSite("");
        site.build();

        try (PDDocument pdf = Loader.loadPDF(site.output().resolve("cv.pdf").toFile())) {
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setSortByPosition(true);
            lastPage.setStartPage(pdf.getNumberOfPages());
            lastPage.setEndPage(pdf.getNumberOfPages());
            assertThat(lastPage.getText(pdf).strip()).endsWith(pdf.getNumberOfPages() + " / " + pdf.getNumberOfPages());
            assertThat(linksOf(pdf)).contains("https://zoe.example.org/publications/notes/",
                    "https://doi.org/10.1234/notes", "mailto:zoe@example.org", "https://zoe.example.org/");
        }
    }

    @Test
    void theCvPageLinksToItsPdfUnderTheBaseUrl() throws Exception {
        TestSite site = cvSite("baseurl: /lab\n");
        site.build();

        assertThat(site.page("/cv/").select("a.cv-pdf-link, .cv-pdf-link a").attr("href")).isEqualTo("/lab/cv.pdf");
        assertThat(site.output().resolve("cv.pdf")).isRegularFile();
    }

    @Test
    void twoBuildsGiveTheSameBytesDatedByTheBuildsClock() throws Exception {
        TestSite site = cvSite("");
        new SiteGenerator().generate(dated(site));
        byte[] first = Files.readAllBytes(site.output().resolve("cv.pdf"));
        Path again = folder.resolve("again");
        new SiteGenerator().generate(new BuildRequest(site.source(), again).withBuildTime(BUILD_TIME));

        assertThat(Files.readAllBytes(again.resolve("cv.pdf"))).isEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(BUILD_TIME);
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(BUILD_TIME);
            assertThat(pdf.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
        }
    }

    @Test
    void withoutTheBuildsClockThePdfCarriesNoDate() throws Exception {
        TestSite site = cvSite("");
        site.build();
        byte[] first = Files.readAllBytes(site.output().resolve("cv.pdf"));
        site.build();

        assertThat(Files.readAllBytes(site.output().resolve("cv.pdf"))).isEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertThat(pdf.getDocumentInformation().getCreationDate()).isNull();
            assertThat(pdf.getDocumentInformation().getModificationDate()).isNull();
        }
    }

    @Test
    void theConfigRenamesThePdfOrTurnsItOff() throws Exception {
        TestSite renamed = cvSite("cv:\n  pdf: files/halvorsen-cv.pdf\n");
        renamed.build();
        assertThat(renamed.output().resolve("files/halvorsen-cv.pdf")).isRegularFile();
        assertThat(renamed.output().resolve("cv.pdf")).doesNotExist();
        assertThat(renamed.page("/cv/").select(".cv-pdf-link a").attr("href")).isEqualTo("/files/halvorsen-cv.pdf");

        TestSite off = new TestSite(folder.resolve("off"));
        Files.createDirectories(off.source());
        copy(renamed.source(), off.source());
        off.file("_config.yml", "title: Lab\ncv:\n  pdf: false\n").build();
        assertThat(off.output().resolve("cv.pdf")).doesNotExist();
        assertThat(off.page("/cv/").select(".cv-pdf-link")).isEmpty();
    }

    @Test
    void aPdfSettingThatNamesNoPdfFileIsAnErrorAtItsLine() throws Exception {
        SiteBuildException error = cvSite("cv:\n  pdf: /cv/\n").buildFails();

        assertThat(error.getMessage()).contains("_config.yml:8: pdf: '/cv/' is not the path of a PDF file");
    }

    @Test
    void aMissingSiteFontIsAnErrorNamingIt() throws Exception {
        SiteBuildException error = cvSite("cv:\n  fonts: [_fonts/NotoSansJP.ttf]\n").buildFails();

        assertThat(error.getMessage()).contains("cv.fonts names '_fonts/NotoSansJP.ttf', which is not a file");
    }

    @Test
    void aSiteFontIsEmbeddedForWhatDejaVuSansLacks() throws Exception {
        TestSite site = cvSite("cv:\n  fonts: [_fonts/Serif.ttf]\n");
        try (InputStream serif = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            site.bytes("_fonts/Serif.ttf", serif.readAllBytes());
        }
        // U+2900, a two-headed arrow with a stroke: DejaVu Serif has it, DejaVu Sans does not.
        site.file("_pages/cv.md", "---\ntitle: CV\nlayout: cv\n---\nEngines \u2900 tables.\n");
        site.build();

        try (PDDocument pdf = Loader.loadPDF(site.output().resolve("cv.pdf").toFile())) {
            assertThat(fontsOf(pdf)).anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSerif.*"));
        }
    }

    @Test
    void anEntryIsNeverSplitAcrossTwoPages() throws Exception {
        StringBuilder cv = new StringBuilder("sections:\n  - title: Positions\n    entries:\n");
        for (int i = 1; i <= 60; i++) {
            cv.append("      - title: Position ").append(i).append(" start\n        details: [\"first ").append(i)
                    .append("\", \"second ").append(i).append("\", \"Position ").append(i).append(" end\"]\n");
        }
        TestSite site = cvSite("").file("_data/cv.yml", cv.toString());
        site.build();

        try (PDDocument pdf = Loader.loadPDF(site.output().resolve("cv.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (int i = 1; i <= 60; i++) {
                assertThat(pageOf(pdf, "Position " + i + " start")).as("entry %d", i)
                        .isEqualTo(pageOf(pdf, "Position " + i + " end"));
            }
        }
    }

    @Test
    void aSiteWithoutACvPageGetsNoPdfAndNoPrintPhase() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\n")
                .file("_pages/about.md", "---\ntitle: About\npermalink: /\n---\nHello.\n");
        List<String> phases = new ArrayList<>();
        new SiteGenerator().generate(site.request().withProgress((phase, count, what, elapsed) -> phases.add(phase)));

        assertThat(phases).doesNotContain("cv pdf").contains("pages", "write");
        assertThat(site.output().resolve("cv.pdf")).doesNotExist();
    }

    @Test
    void theCvsPrintPhaseHasALineOfItsOwn() throws Exception {
        TestSite site = cvSite("");
        List<String> phases = new ArrayList<>();
        new SiteGenerator().generate(site.request().withProgress(
                (phase, count, what, elapsed) -> phases.add(phase + " " + count + " " + what)));

        assertThat(phases).containsSubsequence("pages 13 files", "cv pdf 1 file", "write 18 files");
    }

    private static int pageOf(PDDocument pdf, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).lines().anyMatch(line -> line.strip().equals(text))) {
                return page;
            }
        }
        return 0;
    }

    private static Set<String> fontsOf(PDDocument pdf) throws IOException {
        Set<String> fonts = new HashSet<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
            }
        }
        return fonts;
    }

    private static List<String> linksOf(PDDocument pdf) throws IOException {
        List<String> links = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
        }
        return links;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
