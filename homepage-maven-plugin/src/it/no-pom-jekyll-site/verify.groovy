import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

import groovy.io.FileType

File site = new File(basedir, 'out')

assertThat(contentOf(new File(site, 'index.html'), UTF_8)).as('out/index.html')
        .contains('Helene Marchetti', 'palimpsests')
assertThat(contentOf(new File(site, 'talks/index.html'), UTF_8)).as('out/talks/index.html')
        .contains('Reading Erased Ink with Multispectral Imaging')
assertThat(new File(site, 'images/portrait.svg')).as('copied portrait')
        .hasSameBinaryContentAs(new File(basedir, 'jekyll-site/images/portrait.svg'))

def gemfiles = []
site.eachFileRecurse(FileType.FILES) { if (it.name.startsWith('Gemfile')) gemfiles << it }
assertThat(gemfiles).as('Gemfiles copied into out/ although _config.yml excludes them').isEmpty()

// Invoker reads a returned value other than true or null as a failure.
return true
