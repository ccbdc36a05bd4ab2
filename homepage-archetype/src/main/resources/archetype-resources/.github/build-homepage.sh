#!/bin/sh
# Builds the homepage into target/homepage with nothing but a JDK: the build step of the publishing workflow
# (.github/workflows/homepage.yml), which runs the same on any machine.
#
#   sh .github/build-homepage.sh [address the site is served at, such as https://ada.github.io/homepage]
#
# The plugin is the version pom.xml names in <homepage.version>. A released version comes from Maven Central. A
# -SNAPSHOT is on no public repository: homepage is first built from its source, the git repository
# <homepage.source> at the tag or commit <homepage.ref> (the environment variables HOMEPAGE_SOURCE and HOMEPAGE_REF
# override them), and installed into the local Maven repository.
set -eu
cd "$(dirname "$0")/.."

property() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1 | sed 's/&lt;/</g; s/&amp;/\&/g'
}

version=$(property homepage.version)
case "$version" in
*-SNAPSHOT)
    source=${HOMEPAGE_SOURCE:-$(property homepage.source)}
    ref=${HOMEPAGE_REF:-$(property homepage.ref)}
    if [ -z "$source" ] || [ "$source" = none ] || [ -z "$ref" ] || [ "$ref" = none ]; then
        echo "homepage-maven-plugin $version is not released, and pom.xml does not say where its source is:" \
            "set <homepage.source> to the git address of homepage's repository and <homepage.ref> to a tag or" \
            "commit of it, or set <homepage.version> to a released version." >&2
        exit 1
    fi
    checkout="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/homepage-source"
    rm -rf "$checkout"
    echo "Building homepage $version from $source at $ref"
    git clone --quiet "$source" "$checkout"
    git -C "$checkout" -c advice.detachedHead=false checkout --quiet "$ref"
    built=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$checkout/pom.xml" | head -n 1)
    if [ "$built" != "$version" ]; then
        echo "$source at $ref is homepage $built, not $version: make <homepage.version> and <homepage.ref> agree." >&2
        exit 1
    fi
    (cd "$checkout" && sh ./mvnw -B -q install -DskipTests -pl homepage-maven-plugin -am)
    ;;
esac

sh ./mvnw -B homepage:generate "-Dhomepage.baseUrl=${1:-}"
