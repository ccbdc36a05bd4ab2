import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

File site = new File(basedir, 'target/homepage')

assertThat(contentOf(new File(site, 'index.html'), UTF_8)).as('index.html')
        .contains('Oriane Vasquez', 'underwater soundscapes')
assertThat(contentOf(new File(site, 'talks/index.html'), UTF_8)).as('talks/index.html')
        .contains('Listening to Kelp Forests at Night', 'Counting Whales with Cheap Hydrophones')
assertThat(new File(site, 'images/avatar.svg')).as('copied avatar')
        .hasSameBinaryContentAs(new File(basedir, 'src/homepage/images/avatar.svg'))
assertThat(contentOf(new File(basedir, 'build.log'), UTF_8)).as('build.log')
        .containsPattern(/Homepage: \d+ pages? written, \d+ files? copied in \d+ ms \(\d+ pages\/s\) -> .*target.homepage/)
        .containsPattern(/  content +\d+ documents +\d+ ms/)
        // A build to publish warns of the placeholder address, at its line.
        .contains("[WARNING] _config.yml:3: the url 'https://oriane.example.org' is a placeholder")

// Invoker reads a returned value other than true or null as a failure.
return true
