// The author's files where the output would go; a .git folder cannot be kept in this repository, so it is made here.
File thesis = new File(basedir, 'thesis')
new File(thesis, '.git').mkdirs()
new File(thesis, 'sub').mkdirs()
new File(thesis, 'thesis.tex').text = '\\documentclass{book}\n'
new File(thesis, '.git/config').text = '[core]\n\tbare = false\n'
new File(thesis, 'sub/important.doc').text = 'chapter one\n'
return true
