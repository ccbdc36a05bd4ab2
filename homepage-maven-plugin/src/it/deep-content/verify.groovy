import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

String log = contentOf(new File(basedir, 'build.log'), UTF_8)
String separator = /[\/\\]/

// Each page is named with its line and what to change.
assertThat(log).as('build.log').contains('The homepage has 3 problems:', 'BUILD FAILURE')
assertThat(log).as('build.log').containsPattern(/_pages${separator}about\.md:8: Liquid: the include 'badge\.html' nests includes more than 100 deep/)
assertThat(log).as('build.log').containsPattern(/_pages${separator}quotes\.md:5: the Markdown nests 1000 levels deep here/)
assertThat(log).as('build.log').containsPattern(/_pages${separator}loop\.md:5: Liquid: the loops of this page ran more than 1,000,000 times/)
// A mistake in the content is not a crash: no thread dies, no Java class or stack trace is printed.
assertThat(log).as('build.log').doesNotContain('Exception in thread', 'StackOverflowError', 'Unexpected failure',
        'java.lang.', 'liqp.', 'com.vladsch')
assertThat(log).as('build.log').doesNotContainPattern(/(?m)^\s+at [\w.$]+\(/)
// Nothing was written.
assertThat(new File(basedir, 'target/homepage')).doesNotExist()

// Invoker reads a returned value other than true or null as a failure.
return true
