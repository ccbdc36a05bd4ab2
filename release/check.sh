#!/bin/sh
# The release check: builds a release of this commit the way docs/releasing.md says, in a scratch clone, with the
# release profile and a throwaway signing key made for the occasion, and stops short of the upload. It prints the
# files Maven Central would get and leaves them, as a Maven repository, in target/release-check/repository.
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

# The publishing plugin wants the credentials of the server "central" even when it uploads nothing.
cat > "$work/settings.xml" <<'SETTINGS'
<settings>
  <servers>
    <server>
      <id>central</id>
      <username>release-check</username>
      <password>not-a-token</password>
    </server>
  </servers>
</settings>
SETTINGS

git clone --quiet "$root" "$work/source"
cd "$work/source"
sh ./mvnw -B -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules
sh ./mvnw -B -s "$work/settings.xml" -Prelease deploy -DskipTests -DskipPublishing=true \
    -Dhomepage.repository=https://example.invalid/homepage \
    -Dhomepage.license.name='Stand-in licence of the release check' \
    -Dhomepage.license.url=https://example.invalid/homepage/LICENSE

bundle="$work/source/target/central-publishing/central-bundle.zip"
mkdir -p "$work/repository"
(cd "$work/repository" && unzip -q "$bundle")
echo
echo "The bundle for Maven Central, unpacked into $work/repository:"
(cd "$work/repository" && find . -type f | sort | sed 's:^\./::')
echo
# Every file is signed, and each signature verifies with the check's key.
for file in $(cd "$work/repository" && find . -type f ! -name '*.asc' ! -name '*.md5' ! -name '*.sha1' \
        ! -name '*.sha256' ! -name '*.sha512'); do
    gpg --batch --quiet --verify "$work/repository/$file.asc" "$work/repository/$file" 2>/dev/null \
        || { echo "no valid signature for $file" >&2; exit 1; }
done
echo "Every file has a valid signature by the check's key."
