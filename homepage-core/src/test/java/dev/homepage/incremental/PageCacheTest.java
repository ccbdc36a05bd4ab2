package dev.homepage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.SourceError;
import dev.homepage.publications.Publication;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** When a page is rendered again, and when the last build's is taken: decided by what its template read. */
class PageCacheTest {

    private static final ObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35)
            .build();

    private final PageCache cache = new PageCache(new BodyCache());
    private int rendered;

    /** A view, as the stages make them: a value whose identity the fingerprints are noted against. */
    private record View(String text) {
    }

    /** A template that reads the variable {@code talk} alone, never {@code talks}. */
    private String talkPage(String name, TemplateHashModel model) throws SourceError {
        rendered++;
        try {
            return "<h1>" + model.get("talk") + "</h1>";
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a build in which the talk's view is made from {@code talk} and the list's from {@code talks}. */
    private String build(String templates, String sources, String talk, String talks) throws SourceError {
        cache.nextBuild("config", "data", sources, templates);
        PageFingerprints fingerprints = cache.fingerprints("");
        View talkView = fingerprints.of(new View(talk), talk);
        View listView = fingerprints.of(new View(talks), talks);
        return new String(cache.page("/talks/moths/", "talk.ftlh", Map.of("talk", talkView, "talks", listView),
                fingerprints, WRAPPER, this::talkPage).content(), StandardCharsets.UTF_8);
    }

    @Test
    void aPageWhoseReadValuesAreMadeFromTheSameIsTakenFromTheLastBuild() throws Exception {
        build("templates", "sources-1", "moths", "moths, owls");

        // The list of talks changed, which the template did not read; so did the sources as a whole.
        String page = build("templates", "sources-2", "moths", "moths, owls, bats");

        assertThat(rendered).isEqualTo(1);
        assertThat(page).isEqualTo("<h1>View[text=moths]</h1>");
    }

    @Test
    void aPageIsRenderedAgainWhenAValueItsTemplateReadChanged() throws Exception {
        build("templates", "sources", "moths", "moths, owls");

        String page = build("templates", "sources", "moths at night", "moths, owls");

        assertThat(rendered).isEqualTo(2);
        assertThat(page).isEqualTo("<h1>View[text=moths at night]</h1>");
    }

    @Test
    void aPageIsRenderedAgainWhenTheSitesTemplatesChanged() throws Exception {
        build("templates-1", "sources", "moths", "moths, owls");

        build("templates-2", "sources", "moths", "moths, owls");

        assertThat(rendered).isEqualTo(2);
    }

    @Test
    void aValueWithoutFingerprintOfItsOwnChangesWithAnySource() throws Exception {
        cache.nextBuild("config", "data", "sources-1", "templates");
        PageFingerprints first = cache.fingerprints("");
        cache.page("/", "talk.ftlh", Map.of("talk", new View("moths")), first, WRAPPER, this::talkPage);
        cache.nextBuild("config", "data", "sources-1", "templates");
        PageFingerprints same = cache.fingerprints("");
        cache.page("/", "talk.ftlh", Map.of("talk", new View("moths")), same, WRAPPER, this::talkPage);
        assertThat(rendered).as("taken while no source changed").isEqualTo(1);

        cache.nextBuild("config", "data", "sources-2", "templates");
        PageFingerprints changed = cache.fingerprints("");
        cache.page("/", "talk.ftlh", Map.of("talk", new View("moths")), changed, WRAPPER, this::talkPage);

        assertThat(rendered).as("rendered again once a source changed").isEqualTo(2);
    }

    @Test
    void aPapersSearchEntryIsMadeOnceWhileItsPublicationAndTheConfigAreTheSame() {
        List<String> made = new ArrayList<>();
        cache.nextBuild("config", "data", "sources-1", "templates");
        cache.searchEntryOfPaper(paper("Moths at night"), () -> made.add("first build"));
        cache.nextBuild("config", "data", "sources-2", "templates");
        // An equal publication, read again: as the catalog makes it when a post changed.
        cache.searchEntryOfPaper(paper("Moths at night"), () -> made.add("after a post changed"));
        cache.searchEntryOfPaper(paper("Owls at dawn"), () -> made.add("another paper"));
        cache.nextBuild("config 2", "data", "sources-2", "templates");
        cache.searchEntryOfPaper(paper("Moths at night"), () -> made.add("under a new config"));

        assertThat(made).containsExactly("first build", "another paper", "under a new config");
    }

    @Test
    void aSearchRowIsTakenFromTheLastBuildInItsPlaceOrAnotherAndWrittenWhenNew() {
        List<String> written = new ArrayList<>();
        List<Object> moths = List.of(0, "Moths");
        List<Object> owls = List.of(0, "Owls");
        cache.nextBuild("config", "data", "sources-1", "templates");
        List<String> first = List.of(row(0, moths, written), row(1, owls, written));
        cache.nextBuild("config", "data", "sources-2", "templates");
        // A new row first moves the others one place on; then the first is changed in its place.
        List<String> second = List.of(row(0, List.of(0, "Bats"), written), row(1, List.of(0, "Moths"), written),
                row(2, List.of(0, "Owls"), written));
        cache.nextBuild("config", "data", "sources-3", "templates");
        List<String> third = List.of(row(0, List.of(0, "Bats at dusk"), written), row(1, moths, written),
                row(2, owls, written));

        assertThat(written).containsExactly("[0, Moths]", "[0, Owls]", "[0, Bats]", "[0, Bats at dusk]");
        assertThat(second.subList(1, 3)).isEqualTo(first);
        assertThat(third.subList(1, 3)).isEqualTo(first);
        assertThat(third.get(0)).isEqualTo("[0, Bats at dusk]");
    }

    @Test
    void aSearchRowIsNotTakenFromABuildBeforeTheLast() {
        List<String> written = new ArrayList<>();
        cache.nextBuild("config", "data", "sources-1", "templates");
        row(0, List.of(0, "Moths"), written);
        cache.nextBuild("config", "data", "sources-2", "templates");
        row(0, List.of(0, "Owls"), written);
        cache.nextBuild("config", "data", "sources-3", "templates");
        row(0, List.of(0, "Moths"), written);

        assertThat(written).containsExactly("[0, Moths]", "[0, Owls]", "[0, Moths]");
    }

    /** The JSON of the row at the place, written as its text and noted when the cache has it written. */
    private String row(int place, List<Object> row, List<String> written) {
        return cache.searchRow(place, row, () -> {
            written.add(row.toString());
            return row.toString();
        });
    }

    private static Publication paper(String title) {
        return new Publication("key", title, List.of(), "", "", "", null, "", "", List.of(), "", "", List.of(), false,
                OptionalInt.empty(), "", "", "", Path.of("_publications/paper.md"), true);
    }
}
