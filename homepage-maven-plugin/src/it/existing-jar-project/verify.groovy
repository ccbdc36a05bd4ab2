import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

assertThat(contentOf(new File(basedir, 'target/site/index.html'), UTF_8)).as('Maven site index.html')
        .contains('sundial')

File homepage = new File(basedir, 'target/homepage')
assertThat(contentOf(new File(homepage, 'index.html'), UTF_8)).as('homepage index.html')
        .contains('Tomasz Ilves', 'observatory clocks')
assertThat(contentOf(new File(homepage, 'talks/index.html'), UTF_8)).as('homepage talks/index.html')
        .contains('Why Noon Is Never at Twelve')
assertThat(new File(homepage, 'images/tomasz.svg')).as('copied avatar')
        .hasSameBinaryContentAs(new File(basedir, 'src/homepage/images/tomasz.svg'))

// Invoker reads a returned value other than true or null as a failure.
return true
