// The issue's command: only authorName given, every other property at its default; built with homepage:generate.
evaluate(new File(basedir, '../verify-common.groovy'))

checkProject()

// With the defaults, _config.yml is exactly this (a GitHub user name would set url and add a github: line).
assert text('src/homepage/_config.yml') == new File(basedir, 'expected-_config.yml').getText('UTF-8')
assert text('src/homepage/_publications/2025-03-01-sample-journal-article.md')
        .contains("authors: ['Ada Lovelace', 'A. Coauthor']")
assert text('src/homepage/_bibliography/papers.bib').contains('author  = {Ada Lovelace and Coauthor, A.},')
assert pomProperty('homepage.version') == homepageVersion()

checkSite('')
String index = text('target/homepage/index.html')
assert htmlText(element(index, 'author-name')) == 'Ada Lovelace'
assert index.contains('<title>About me | Ada Lovelace</title>')
assert index.contains('<meta name="description" content="The academic homepage of Ada Lovelace.">')
assert index.contains('href="mailto:you@example.org"')
assert htmlText(element(index, 'author-employer')).contains('Your institution')
// googleScholar, orcid and githubUser default to "none": no profile links at all.
assert !index.contains('class="author-links"')

// The samples use the structured fields: the owner is highlighted among the authors, and each author is a
// citation_author for Google Scholar; the paper known only from BibTeX has a page of its own.
String publications = text('target/homepage/publications/index.html')
assert publications.contains('<strong class="paper-author-self">Ada Lovelace</strong>, A. Coauthor')
assert publications.contains('Coauthor, C.') || publications.contains('C. Coauthor')
assert text('target/homepage/publications/2025-03-01-sample-journal-article/index.html')
        .contains('<meta name="citation_author" content="Ada Lovelace">')
assert text('target/homepage/publications/sample2023workshop/index.html')
        .contains('<strong class="paper-author-self">Ada Lovelace</strong>')
assert text('target/homepage/publications/sample2025article.bib').contains('pages = {45--67}')
// The selected paper is on the home page.
assert index.contains('A Sample Journal Article')

assert text('build.log') =~ /Homepage: \d+ pages written, \d+ files copied/

// The publishing workflow's build step, run as a shell script. The archetype names the repository it was built from
// and its commit; the script builds homepage from there when the plugin version is a -SNAPSHOT, as it is here.
File root = new File(basedir, '../../../../..').canonicalFile
String head = ['git', '-C', root.path, 'rev-parse', 'HEAD'].execute().text.trim()
assert pomProperty('homepage.ref') == head
assert homepageVersion().endsWith('-SNAPSHOT')
String workflowLog = runWorkflowBuild('https://ada.github.io/homepage')
assert workflowLog.contains("Building homepage ${homepageVersion()} from ${root.path} at ${head}")
assert workflowLog =~ /Homepage: \d+ pages written, \d+ files copied/
// The address GitHub gives the site is the one its links use.
String published = text('target/homepage/index.html')
assert published.contains('href="/homepage/publications/"')
assert published.contains('<link rel="canonical" href="https://ada.github.io/homepage/">')

return true
