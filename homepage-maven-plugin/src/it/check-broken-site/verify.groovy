import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

String log = contentOf(new File(basedir, 'build.log'), UTF_8)
String separator = /[\/\\]/

// One line per finding, naming the source file and line, the broken target and the fix.
assertThat(log).as('build.log').containsPattern(/\[ERROR\] _pages${separator}about\.md:6: link "\/lab\/files\/tide-poster\.pdf" does not resolve: the site has no files\/tide-poster\.pdf/)
assertThat(log).as('build.log').containsPattern(/\[ERROR\] _pages${separator}about\.md:7: link "#publication" points to a missing anchor: this page has no element with id="publication"; did you mean #publications\?/)
assertThat(log).as('build.log').containsPattern(/\[ERROR\] _talks${separator}2024-03-01-tide-gauges\.md:9: image "\/lab\/images\/gauge-1890\.jpg" does not resolve/)
// The build warned of the placeholder url and of the missing image as it wrote the page: those warnings count,
// and each is printed once.
assertThat(log).as('build.log').contains('Homepage check: 3 errors, 2 warnings in ', 'BUILD FAILURE')
assertThat(log.findAll(/\[WARNING\] _talks${separator}2024-03-01-tide-gauges\.md:9: image/)).as('build.log').hasSize(1)
// The site was built before it was checked, and the working links were not reported.
assertThat(new File(basedir, 'target/homepage/talks/index.html')).as('talks listing').isFile()
assertThat(log).as('build.log').doesNotContain('"/lab/talks/"', 'lena.svg')

// Invoker reads a returned value other than true or null as a failure.
return true
