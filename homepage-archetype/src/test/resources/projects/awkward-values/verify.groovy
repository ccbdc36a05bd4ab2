// Awkward values in every property, a project site address, and the build through "mvn site".
evaluate(new File(basedir, '../verify-common.groovy'))

Properties values = new Properties()
new File(basedir, 'archetype.properties').withInputStream { values.load(it) }
String name = values.authorName
assert name == 'Zo\u00eb "Zo" O\'Brien-\u0141ukasz <dev> & Co. \\ #1 $x'

checkProject()

// In YAML each value is single-quoted with its quotes doubled, and otherwise exactly as given.
List<String> config = text('src/homepage/_config.yml').readLines()
assert config.contains("  name: 'Zo\u00eb \"Zo\" O''Brien-\u0141ukasz <dev> & Co. \\ #1 \$x'")
['title: ' + yamlQuoted(values.siteTitle), 'description: ' + yamlQuoted(values.description),
 "url: 'https://zoe-ob.github.io'", "baseurl: '/homepage'",
 '  name: ' + yamlQuoted(name), '  location: ' + yamlQuoted(values.location),
 '  employer: ' + yamlQuoted(values.affiliation), '  email: ' + yamlQuoted(values.email),
 '  googlescholar: ' + yamlQuoted(values.googleScholar), "  orcid: '0000-0002-1825-0097'", "  github: 'zoe-ob'"].each {
    assert config.contains(it) : "_config.yml lacks the line ${it}"
}
// The samples' authors hold the name as typed, single-quoted for YAML; BibTeX gets a stand-in for a name with
// characters BibTeX treats specially.
assert text('src/homepage/_publications/2024-07-15-sample-conference-paper.md').readLines()
        .contains("authors: ['B. Coauthor', " + yamlQuoted(name) + "]")
assert text('src/homepage/_bibliography/papers.bib').contains('author  = {Your Name and Coauthor, A.},')

checkSite('/homepage')
String index = text('target/homepage/index.html')

// The page text shows every value as typed; the source holds it escaped.
assert htmlText(element(index, 'author-name')) == name
assert index.contains('<h2 class="author-name">' + htmlEscaped(name) + '</h2>')
assert index.contains('Zo\u00eb &quot;Zo&quot; O&#39;Brien-\u0141ukasz &lt;dev&gt; &amp; Co. \\ #1 $x')
assert htmlText(element(index, 'site-title')) == values.siteTitle
assert index.contains('<title>About me | ' + htmlEscaped(values.siteTitle) + '</title>')
assert index.contains('<meta name="description" content="' + htmlEscaped(values.description) + '">')
assert index.contains('<meta name="author" content="' + htmlEscaped(name) + '">')
assert htmlText(element(index, 'author-location')).contains('<span>' + values.location + '</span>')
assert htmlText(element(index, 'author-employer')).contains('<span>' + values.affiliation + '</span>')
assert index.contains('href="mailto:' + htmlEscaped(values.email) + '"')
assert index.contains('href="https://scholar.google.com/citations?user=AbC_dEf123&amp;hl=en"')
assert index.contains('href="https://orcid.org/0000-0002-1825-0097"')
assert index.contains('href="https://github.com/zoe-ob"')
assert text('target/homepage/publications/index.html')
        .contains('B. Coauthor, <strong class="paper-author-self">' + htmlEscaped(name) + '</strong>')

// No value became markup anywhere in the site.
siteFiles().each { File page ->
    String html = page.getText('UTF-8')
    assert !(html =~ /(?i)<\/?(dev|notes|things)\b/) : "${page} holds a raw element from a property value"
}

// "mvn site" built the homepage through the pom's execution, and no Maven project site.
String log = text('build.log')
assert log.contains('homepage:') && log =~ /:generate \(default\) @ zoe-homepage/
assert !new File(projectDir, 'target/site').exists()
// Nor a line saying the site is skipped, just before the homepage is built.
assert !log.contains('Skipping')

return true
