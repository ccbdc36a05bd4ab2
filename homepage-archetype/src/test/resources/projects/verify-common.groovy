// The checks every archetype IT makes. A verify.groovy runs this file with evaluate(), which shares its binding: the
// closures below read the binding's basedir (this IT's folder) and context.projectDir (the generated project).
import groovy.io.FileType

projectDir = context.projectDir

text = { String path ->
    File file = new File(projectDir, path)
    assert file.isFile() : "missing ${path}"
    file.getText('UTF-8')
}

// A value as the archetype writes it into YAML: single-quoted, a quote doubled.
yamlQuoted = { String value -> "'" + value.replace("'", "''") + "'" }

// A value as the theme writes it into HTML (FreeMarker's HTML output format).
htmlEscaped = { String value ->
    value.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;').replace("'", '&#39;')
}

// What a browser shows for escaped HTML text; &amp; goes last so that "&amp;lt;" stays "&lt;".
htmlText = { String html ->
    html.replaceAll(/&#(\d+);/) { all, code -> new String(Character.toChars(code as int)) }
        .replaceAll(/&#x(\p{XDigit}+);/) { all, code -> new String(Character.toChars(Integer.parseInt(code, 16))) }
        .replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'").replace('&amp;', '&')
}

// The inner HTML of the first element whose class attribute is exactly cssClass.
element = { String html, String cssClass ->
    def match = html =~ /(?s)<(\w+) class="${cssClass}"[^>]*>(.*?)<\/\1>/
    assert match.find() : "no element with class ${cssClass}"
    match.group(2)
}

siteFiles = { ->
    def files = []
    new File(projectDir, 'target/homepage').eachFileRecurse(FileType.FILES) { if (it.name.endsWith('.html')) files << it }
    assert !files.isEmpty()
    files
}

// The project: every file of the archetype is there; those without properties are byte for byte the archetype's.
checkProject = { ->
    File resources = new File(basedir, '../../../classes/archetype-resources').canonicalFile
    assert resources.isDirectory() : "no archetype resources at ${resources}"
    int count = 0
    resources.eachFileRecurse(FileType.FILES) { File source ->
        String path = resources.toPath().relativize(source.toPath()).toString().replace(File.separator, '/')
        File generated = new File(projectDir, path)
        assert generated.isFile() : "missing ${path}"
        boolean filtered = path == 'pom.xml' || path == 'src/homepage/_config.yml' || path.startsWith('src/homepage/_publications/')
                || path.startsWith('src/homepage/_bibliography/')
        if (filtered) {
            String content = generated.getText('UTF-8')
            assert !(content =~ /(?m)^\s*#(set|if|else|elseif|end|macro)\b|^##/) : "${path} still holds a Velocity directive"
            ['$authorName', '.replace("', 'symbol_dollar'].each {
                assert !content.contains(it) : "${path} still holds Velocity: ${it}"
            }
        } else {
            assert generated.bytes == source.bytes : "${path} differs from the archetype's copy"
        }
        count++
    }
    assert count >= 15

    assert text('.gitignore').readLines().contains('target/')
    String workflow = text('.github/workflows/homepage.yml')
    ['actions/setup-java@', "java-version: '17'", 'cache: maven',
     'run: sh .github/build-homepage.sh "${{ steps.pages.outputs.base_url }}"',
     'actions/upload-pages-artifact@', 'path: target/homepage', 'actions/deploy-pages@', 'pages: write',
     'id-token: write', '${{ steps.deployment.outputs.page_url }}'].each {
        assert workflow.contains(it) : "the workflow lacks ${it}"
    }
    String citations = text('.github/workflows/citations.yml')
    ['schedule:', 'cron:', 'mvn -B homepage:citations', 'secrets.OPENALEX_API_KEY', 'secrets.SEMANTIC_SCHOLAR_API_KEY',
     'git add src/homepage/_data/citations.yml', 'git push', 'contents: write'].each {
        assert citations.contains(it) : "the citations workflow lacks ${it}"
    }
    String readme = text('README.md')
    ['./mvnw homepage:serve', 'http://127.0.0.1:4000/', 'Where to write what', 'GitHub Pages', 'Maven Central'].each {
        assert readme.contains(it) : "the README lacks ${it}"
    }
    assert !(readme =~ /(?<![.\/\w])mvn /) : 'the README asks for an installed Maven'
    String pom = text('pom.xml')
    ['<homepage.version>', '<version>${homepage.version}</version>', '<goal>generate</goal>',
     '<artifactId>maven-site-plugin</artifactId>', '<version>3.22.0</version>', '<phase>none</phase>',
     '<homepage.source>', '<homepage.ref>'].each {
        assert pom.contains(it) : "the pom lacks ${it}"
    }
    // The Maven Wrapper, runnable: the project needs only a JDK.
    ['mvnw', '.github/build-homepage.sh'].each {
        assert new File(projectDir, it).canExecute() : "${it} is not executable"
    }
    assert text('.mvn/wrapper/maven-wrapper.properties').contains('apache-maven-3.9.16')
}

// The version of homepage this archetype was built as, which the generated pom names.
homepageVersion = { ->
    String metadata = new File(basedir, '../../../classes/META-INF/maven/archetype-metadata.xml').getText('UTF-8')
    def match = metadata =~ /(?s)<requiredProperty key="homepageVersion">\s*<defaultValue>(.*?)<\/defaultValue>/
    assert match.find()
    match.group(1)
}

// The value of a property of the generated pom.
pomProperty = { String name ->
    def match = text('pom.xml') =~ /<${java.util.regex.Pattern.quote(name)}>(.*?)<\/${java.util.regex.Pattern.quote(name)}>/
    assert match.find() : "the pom has no ${name}"
    match.group(1)
}

/**
 * Runs the build step of the publishing workflow, .github/build-homepage.sh, as GitHub would: for a -SNAPSHOT plugin,
 * it clones homepage from this build's own repository at the commit the archetype names, builds and installs it, then
 * builds the site. The clone is installed into a local repository of its own, which falls back to this build's for
 * everything else, so that it never replaces what this build installed.
 */
runWorkflowBuild = { String address ->
    File root = new File(basedir, '../../../../..').canonicalFile
    String repository = System.getProperty('maven.repo.local', System.getProperty('user.home') + '/.m2/repository')
    File ownRepository = new File(basedir, '../../../workflow-it-repository').canonicalFile
    def command = new ProcessBuilder('sh', '.github/build-homepage.sh', address).directory(projectDir)
            .redirectErrorStream(true)
    command.environment().put('HOMEPAGE_SOURCE', root.path)
    command.environment().put('MAVEN_ARGS', "-Dmaven.repo.local=${ownRepository} -Dmaven.repo.local.tail=${repository}".toString())
    command.environment().put('TMPDIR', new File(basedir, '../../../workflow-it-tmp').canonicalFile.with { mkdirs(); path })
    Process process = command.start()
    String output = process.inputStream.getText('UTF-8')
    new File(projectDir, 'workflow-build.log').text = output
    assert process.waitFor() == 0 : "the workflow's build failed:\n${output}"
    output
}

// The site: every listing, the copied files, and links that start with baseurl.
checkSite = { String baseurl ->
    ['index.html', 'publications/index.html', 'talks/index.html', 'teaching/index.html', 'news/index.html',
     'images/avatar.svg', 'files/cv.pdf', 'assets/homepage/homepage.css'].each {
        assert new File(projectDir, "target/homepage/${it}").isFile() : "missing target/homepage/${it}"
    }
    assert new File(projectDir, 'target/homepage/files/cv.pdf').bytes == new File(projectDir, 'src/homepage/files/cv.pdf').bytes
    String index = text('target/homepage/index.html')
    ["href=\"${baseurl}/assets/homepage/homepage.css\"", "href=\"${baseurl}/publications/\"",
     "src=\"${baseurl}/images/avatar.svg\"", "href=\"${baseurl}/files/cv.pdf\"",
     "href=\"${baseurl}/talks/2025-01-15-sample-invited-talk/\""].each {
        assert index.contains(it) : "index.html lacks ${it}"
    }
    // The front page's Liquid lists the news, newest first.
    assert index.indexOf('Sample news: our article appeared') < index.indexOf('Sample news: I started a new position')
    assert index.indexOf('Sample news: I started a new position') > 0
}
