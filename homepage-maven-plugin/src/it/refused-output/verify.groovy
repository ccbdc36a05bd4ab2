import static java.nio.charset.StandardCharsets.UTF_8
import static org.assertj.core.api.Assertions.assertThat
import static org.assertj.core.api.Assertions.contentOf

String log = contentOf(new File(basedir, 'build.log'), UTF_8)

// The refusal names the folder, the files that would have been lost, and the way out.
assertThat(log).as('build.log').containsPattern(/thesis: the output folder holds 3 files: \.git.config, sub.important\.doc, thesis\.tex, which homepage did not write; the build replaces the folder whole and would delete them: choose another outputDirectory \(homepage\.outputDirectory\)/)
assertThat(log).as('build.log').contains('BUILD FAILURE')
assertThat(log).as('build.log').doesNotContain('Exception in thread', 'SiteBuildException', 'Unexpected failure')
assertThat(log).as('build.log').doesNotContainPattern(/(?m)^\s+at [\w.$]+\(/)

// Every file survives as it was, and nothing is written beside the folder.
File thesis = new File(basedir, 'thesis')
assertThat(contentOf(new File(thesis, 'thesis.tex'), UTF_8)).isEqualTo('\\documentclass{book}\n')
assertThat(contentOf(new File(thesis, '.git/config'), UTF_8)).isEqualTo('[core]\n\tbare = false\n')
assertThat(contentOf(new File(thesis, 'sub/important.doc'), UTF_8)).isEqualTo('chapter one\n')
assertThat(thesis.list().sort()).containsExactly('.git', 'sub', 'thesis.tex')
assertThat(new File(basedir, '.thesis.homepage-lock')).doesNotExist()
assertThat(new File(basedir, '.thesis.homepage-staging')).doesNotExist()

// Invoker reads a returned value other than true or null as a failure.
return true
