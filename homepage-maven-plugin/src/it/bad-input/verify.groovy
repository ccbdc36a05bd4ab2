import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

String log = contentOf(new File(basedir, 'build.log'), UTF_8)
String separator = /[\/\\]/

// Every problem of the build is listed, by file and line, with what to do.
assertThat(log).as('build.log').contains('The homepage has 2 problems:', 'BUILD FAILURE')
assertThat(log).as('build.log').containsPattern(/_pages${separator}about\.md:6: Liquid: the include 'nowhere\.html' is neither in _includes\/ nor built in/)
assertThat(log).as('build.log').containsPattern(/_talks${separator}keynote\.md:3: cannot read the date 'March 5, 2024': write it as YYYY-MM-DD/)
// A problem in the input is the user's to fix, not a crash: no Java stack trace without -e or -X.
assertThat(log).as('build.log').doesNotContainPattern(/(?m)^\s+at [\w.$]+\(/)
assertThat(log).as('build.log').doesNotContain('SiteBuildException')

// Invoker reads a returned value other than true or null as a failure.
return true
