#!/bin/sh
# The release check: builds a release of this commit the way docs/releasing.md says, in a scratch clone, with the
# release profile and a throwaway signing key made for the occasion, and deploys it into a file repository,
# target/release-check/repository, instead of Maven Central. It lists the files deployed and verifies every
# signature.
#
#   sh release/check.sh [version, 0.0.0-check by default]
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
version=${1:-0.0.0-check}
work="$root/target/release-check"
rm -rf "$work"
mkdir -p "$work"

# A key of no one's, made for this check and thrown away with the folder.
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
    --quick-generate-key 'homepage release check <release-check@homepage.invalid>' ed25519 sign never

git clone --quiet "$root" "$work/source"
cd "$work/source"
sh ./mvnw -B -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules
sh ./mvnw -B -Prelease deploy -DskipTests \
    -DaltDeploymentRepository="release-check::file://$work/repository" \
    -Dhomepage.repository=https://example.invalid/homepage \
    -Dhomepage.license.name='Stand-in licence of the release check' \
    -Dhomepage.license.url=https://example.invalid/homepage/LICENSE

echo
echo "Deployed into the file repository $work/repository:"
(cd "$work/repository" && find . -type f | sort | sed 's:^\./::')
echo
# Every file is signed (but the repository's own metadata), and each signature verifies with the check's key.
for file in $(cd "$work/repository" && find . -type f ! -name '*.asc' ! -name '*.md5' ! -name '*.sha1' \
        ! -name '*.sha256' ! -name '*.sha512' ! -name 'maven-metadata.xml*'); do
    gpg --batch --quiet --verify "$work/repository/$file.asc" "$work/repository/$file" 2>/dev/null \
        || { echo "no valid signature for $file" >&2; exit 1; }
done
echo "Every file has a valid signature by the check's key."
