import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

// The folder Maven ran in is the source, as it holds _config.yml and no src/homepage; the site goes to target/.
assertThat(contentOf(new File(basedir, 'target/homepage/index.html'), UTF_8)).as('target/homepage/index.html')
        .contains('Ines Okafor', 'glaciers slide')
String log = contentOf(new File(basedir, 'build.log'), UTF_8)
// The theme is said to stand in for the site's own layouts, once, with what to do instead.
assertThat(log.count("_layouts: homepage lays the pages out with its theme")).as('build.log').isEqualTo(1)
assertThat(log).as('build.log').contains('into templates/ and edit it')

// Invoker reads a returned value other than true or null as a failure.
return true
