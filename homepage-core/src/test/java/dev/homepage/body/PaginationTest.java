package dev.homepage.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paginated page gets its later pages, each with its part of the list, as jekyll-paginate(-v2) makes them. */
class PaginationTest {

    @TempDir
    Path folder;

    private TestSite sevenPosts(String config) throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", config);
        for (int day = 1; day <= 7; day++) {
            site.file("_posts/2024-01-0" + day + "-post-" + day + ".md",
                    "---\ntitle: Post " + day + "\n---\nText " + day + ".\n");
        }
        return site;
    }

    @Test
    void paginateV2SplitsTheCollectionOverPagesAtItsPermalink() throws Exception {
        TestSite site = sevenPosts("title: Lab\nbaseurl: /lab\npagination:\n  enabled: true\n")
                .file("_pages/blog.md", """
                        ---
                        title: Blog
                        permalink: /blog/
                        pagination:
                          enabled: true
                          collection: posts
                          per_page: 3
                          permalink: /page/:num/
                          sort_field: date
                          sort_reverse: true
                          trail:
                            before: 1
                            after: 1
                        ---
                        <ul class="posts">{% for post in paginator.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>
                        <p class="where">{{ paginator.page }}/{{ paginator.total_pages }} of {{ paginator.total_posts }}</p>
                        <p class="prev">{{ paginator.previous_page_path }}</p><p class="next">{{ paginator.next_page_path }}</p>
                        <p class="trail">{% for t in paginator.page_trail %}{{ t.num }}={{ t.path }} {% endfor %}</p>
                        """);
        site.build();

        Element first = site.body("/blog/");
        assertThat(first.select(".posts li").eachText()).containsExactly("Post 7", "Post 6", "Post 5");
        assertThat(first.select(".where").text()).isEqualTo("1/3 of 7");
        assertThat(first.select(".next").text()).isEqualTo("/blog/page/2/");
        Element second = site.body("/blog/page/2/");
        assertThat(second.select(".posts li").eachText()).containsExactly("Post 4", "Post 3", "Post 2");
        assertThat(second.select(".prev").text()).isEqualTo("/blog/");
        assertThat(second.select(".trail").text()).isEqualTo("1=/blog/ 2=/blog/page/2/ 3=/blog/page/3/");
        assertThat(site.body("/blog/page/3/").select(".posts li").eachText()).containsExactly("Post 1");
        assertThat(site.outputFile("/blog/page/4/")).doesNotExist();
    }

    @Test
    void withoutTheConfigsPaginationThePageIsOne() throws Exception {
        TestSite site = sevenPosts("title: Lab\n")
                .file("_pages/blog.md", "---\npermalink: /blog/\npagination:\n  enabled: true\n  per_page: 3\n---\n"
                        + "{{ paginator.posts.size }}\n");
        site.build();

        assertThat(site.outputFile("/blog/page/2/")).doesNotExist();
    }

    @Test
    void jekyllPaginatePaginatesTheIndexPage() throws Exception {
        TestSite site = sevenPosts("title: Lab\nplugins: [jekyll-paginate]\npaginate: 5\npaginate_path: /page:num/\n")
                .file("index.html", """
                        ---
                        title: Home
                        ---
                        <ul class="posts">{% for post in paginator.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>
                        """);
        site.build();

        assertThat(site.body("/").select(".posts li")).hasSize(5);
        assertThat(site.body("/page2/").select(".posts li").eachText()).containsExactly("Post 2", "Post 1");
    }

    /** As jekyll-paginate does: it pages the index whatever its body holds, and whatever else the site holds. */
    @Test
    void jekyllPaginatePaginatesAnIndexWithoutLiquidOnASiteWithoutLiquid() throws Exception {
        TestSite site = sevenPosts("title: Lab\nplugins: [jekyll-paginate]\npaginate: 5\npaginate_path: /page:num/\n")
                .file("index.html", "---\nlayout: home\ntitle: Home\n---\n<p class=\"welcome\">Welcome.</p>\n");
        site.build();

        assertThat(site.body("/page2/").select(".welcome").eachText()).containsExactly("Welcome.");
        assertThat(site.outputFile("/page3/")).doesNotExist();
    }
}
