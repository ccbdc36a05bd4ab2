// The archetype plugin binds basedir to this test folder and passes the generated project as context.projectDir.
def index = new File(context.projectDir, 'target/homepage/index.html')
assert index.isFile() : "missing ${index}"
assert index.getText('UTF-8').contains('Ada Lovelace')
