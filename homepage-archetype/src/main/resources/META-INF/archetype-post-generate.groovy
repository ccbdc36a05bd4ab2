// The archetype plugin copies files without their permissions: the Maven Wrapper and the build script of the
// publishing workflow are made executable again, so that ./mvnw works as the project's README says.
File project = new File(request.outputDirectory, request.artifactId)
['mvnw', '.github/build-homepage.sh'].each { new File(project, it).setExecutable(true, false) }
