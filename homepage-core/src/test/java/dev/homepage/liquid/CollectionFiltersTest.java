package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list filters as Jekyll runs them (outputs checked against Jekyll 4.3's filters on the same lists). */
class CollectionFiltersTest {

    private static final List<Map<String, Object>> POSTS = List.of(
            post("Gamma", "2021", List.of("ml", "vision")),
            post("Alpha", "2023", List.of("ml")),
            post("Beta", "2021", List.of()),
            post("Delta", null, List.of("theory")));

    @TempDir
    Path source;

    private static Map<String, Object> post(String title, String year, List<String> tags) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("title", title);
        post.put("year", year);
        post.put("tags", tags);
        post.put("rank", title.length() == 5 ? "10" : "9");
        return post;
    }

    private String render(String template) throws Exception {
        return new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer()).render(template,
                Map.of("site", Map.of("posts", POSTS)), note -> { });
    }

    @Test
    void joinFlattensNestedLists() throws Exception {
        assertThat(render("{{ site.posts | map: 'tags' | join: ',' }}")).isEqualTo("ml,vision,ml,theory");
    }

    @Test
    void sortTakesAPropertyAndPutsMissingValuesFirstOrLast() throws Exception {
        assertThat(render("{% assign s = site.posts | sort: 'year' %}{{ s | map: 'title' | join: ' ' }}"))
                .isEqualTo("Delta Gamma Beta Alpha");
        assertThat(render("{% assign s = site.posts | sort: 'year', 'last' %}{{ s | map: 'title' | join: ' ' }}"))
                .isEqualTo("Gamma Beta Alpha Delta");
        assertThat(render("{% assign s = site.posts | sort: 'title' %}{{ s | map: 'title' | join: ' ' }}"))
                .isEqualTo("Alpha Beta Delta Gamma");
    }

    @Test
    void sortComparesNumbersWrittenAsTextAsNumbers() throws Exception {
        assertThat(render("{% assign s = site.posts | sort: 'rank' %}{{ s | map: 'rank' | join: ' ' }}"))
                .isEqualTo("9 10 10 10");
    }

    @Test
    void sortTurnsAHashIntoItsKeyAndValuePairsByKeyAsRubyDoes() throws Exception {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("vision", List.of(POSTS.get(0)));
        tags.put("ml", List.of(POSTS.get(0), POSTS.get(1)));
        String rendered = new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer()).render(
                "{% assign sorted = site.tags | sort %}{% for tag in sorted %}{{ tag[0] }} ({{ tag[1] | size }}) {% endfor %}",
                Map.of("site", Map.of("tags", tags)), note -> { });

        assertThat(rendered).isEqualTo("ml (2) vision (1) ");
    }

    @Test
    void groupByGivesNamesItemsAndSizesInFirstSeenOrder() throws Exception {
        assertThat(render("{% assign g = site.posts | group_by: 'year' %}"
                + "{% for y in g %}[{{ y.name }}:{{ y.size }}:{{ y.items | map: 'title' | join: ',' }}]{% endfor %}"))
                .isEqualTo("[2021:2:Gamma,Beta][2023:1:Alpha][:1:Delta]");
    }

    @Test
    void groupByExpGroupsByAnExpressionWithFilters() throws Exception {
        assertThat(render("{% assign g = site.posts | group_by_exp: 'p', 'p.title | size' %}"
                + "{% for s in g %}[{{ s.name }}:{{ s.items | map: 'title' | join: ',' }}]{% endfor %}"))
                .isEqualTo("[5:Gamma,Alpha,Delta][4:Beta]");
    }

    @Test
    void findAndFindExpGiveTheFirstMatch() throws Exception {
        assertThat(render("{{ site.posts | find: 'year', '2021' | map: 'title' }}")).isEqualTo("Gamma");
        assertThat(render("{% assign p = site.posts | find_exp: 'p', \"p.tags contains 'theory'\" %}{{ p.title }}"))
                .isEqualTo("Delta");
    }

    @Test
    void arrayToSentenceStringJoinsAsEnglishDoes() throws Exception {
        assertThat(render("{{ site.posts | map: 'title' | array_to_sentence_string }}"))
                .isEqualTo("Gamma, Alpha, Beta, and Delta");
        assertThat(render("{% assign two = site.posts | map: 'title' | slice: 0, 2 %}{{ two | array_to_sentence_string: 'or' }}"))
                .isEqualTo("Gamma or Alpha");
    }

    @Test
    void sampleTakesTheFirstItemsSoThatBuildsStayTheSame() throws Exception {
        assertThat(render("{{ site.posts | map: 'title' | sample }}|{{ site.posts | map: 'title' | sample: 2 | join: ',' }}"))
                .isEqualTo("Gamma|Gamma,Alpha");
    }
}
