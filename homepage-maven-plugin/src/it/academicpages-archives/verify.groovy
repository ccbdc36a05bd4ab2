import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

import groovy.io.FileType
import org.jsoup.Jsoup

File site = new File(basedir, 'target/homepage')
def page = { String path -> Jsoup.parse(new File(site, path), 'UTF-8') }

String log = contentOf(new File(basedir, 'build.log'), UTF_8)
assertThat(log).as('build.log').contains('BUILD SUCCESS').doesNotContain('[ERROR]', 'Exception')

// The archive pages list what Jekyll lists, in its order (each expectation was read off Jekyll 4.3's build of this site).
def publications = page('publications/index.html')
assertThat(publications.select('h2.category-title').eachText()).as('publication categories')
        .containsExactly('Journal Articles', 'Conference Papers')
assertThat(publications.select('.archive__item-title a').eachText()).as('papers')
        .containsExactly('Low-Cost Snowpack Sensors in Steep Terrain', 'Predicting Melt Onset from Sparse Loggers')
assertThat(publications.select('.archive__item-title a').first().attr('href'))
        .isEqualTo('https://mira.example.org/publications/2023-05-02-snowpack-sensors/')
assertThat(publications.select('.archive__item-citation i').eachText()).contains('Journal of Mountain Hydrology')

assertThat(page('talks/index.html').select('.talk__item .talk-line').text())
        .isEqualTo('Invited talk at Ridgeback Institute, Innsbruck, Austria')

def years = page('year-archive/index.html')
assertThat(years.select('h2.archive__subtitle').eachText()).as('years').containsExactly('2024', '2022')
assertThat(years.select('#y2022 ~ .list__item .archive__item-excerpt').text())
        .isEqualTo('The upper gauge froze on the first night.')

def categories = page('categories/index.html')
// As in Ruby Liquid, the filter in the include's for tag is left out: the names come in the order the posts give them.
assertThat(categories.select('h2.archive__subtitle').eachText()).as('categories').containsExactly('fieldwork', 'lab')
assertThat(categories.select('.archive__item-title a').eachText()).as('posts under each category')
        .containsExactly('New loggers for the lab', 'First snow at the upper gauge', 'New loggers for the lab')

assertThat(page('tags/index.html').select('h2.archive__subtitle').eachText()).as('tags')
        .containsExactly('gauges (2)', 'snow (1)')

// A name with a hyphen, read through the site's locale.
assertThat(page('index.html').select('nav.toc h4').text()).isEqualTo('On this page')

// Every item has its page, and no page shows Liquid.
['publications/2023-05-02-snowpack-sensors/index.html', 'publications/2024-09-10-melt-onset/index.html',
 'talks/2024-03-14-alpine-streams/index.html', 'teaching/2022-fall-hydrology/index.html',
 'fieldwork/2022/11/20/first-snow.html', 'fieldwork/lab/2024/02/03/new-loggers.html'].each { path ->
    assertThat(new File(site, path)).as(path).exists()
}
site.eachFileRecurse(FileType.FILES) { file ->
    if (file.name.endsWith('.html')) {
        assertThat(Jsoup.parse(file, 'UTF-8').body().text()).as(file.path).doesNotContain('{%', '{{')
    }
}

// Invoker reads a returned value other than true or null as a failure.
return true
