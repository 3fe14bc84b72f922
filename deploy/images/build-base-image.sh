#!/usr/bin/env bash
# Builds the services' base image – Debian 12 (bookworm) minbase with OpenJDK 17's headless JRE – from
# Debian packages only, and writes it as an image tarball ("docker save" layout: manifest.json, the
# image config, one layer) that Jib takes as its base (`-Pimages,local-base`, see the parent pom) and
# `docker load -i` accepts. No Docker daemon and no container registry are needed: only a Debian mirror.
#
# Production builds on a registry image instead (eclipse-temurin:17-jre, the parent pom's image.base);
# this base exists so that images can be built where no registry is reachable.
#
# Repeatable: the same mirror state gives the same files. Every timestamp in the tarball is the date of
# the mirror's Release file (or SOURCE_DATE_EPOCH when set), entries are sorted, owners numeric, and the
# run-specific files (logs, caches, package lists, machine-id) are removed.
#
# Needs root (debootstrap, chroot) and: debootstrap, tar, sha256sum, jq-free (plain bash/printf).
#   deploy/images/build-base-image.sh [OUTPUT.tar]
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian), DEBIAN_SUITE (bookworm),
#   BASE_IMAGE_TAG (inspection-support/debian-jre:17-bookworm), SOURCE_DATE_EPOCH.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
output="${1:-$here/target/debian-bookworm-jre17.tar}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite="${DEBIAN_SUITE:-bookworm}"
tag="${BASE_IMAGE_TAG:-inspection-support/debian-jre:17-$suite}"
# what the services need at run time: the JRE (with the CA certificates for the identity provider's JWKS
# URL over TLS), fontconfig and one font family (feedback-service renders PDFs through Java2D fonts)
packages="openjdk-17-jre-headless,ca-certificates,fontconfig,fonts-dejavu-core"

if [[ $EUID -ne 0 ]]; then echo "run as root (debootstrap and chroot need it)" >&2; exit 1; fi
for tool in debootstrap tar sha256sum chroot; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install debootstrap)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/base-image.XXXXXX")"
unmount_all() { # whatever debootstrap or this script left mounted inside the tree
  local m
  for m in dev/pts dev sys proc; do
    if mountpoint -q "$work/rootfs/$m" 2>/dev/null; then umount -l "$work/rootfs/$m"; fi
  done
}
cleanup() {
  unmount_all
  rm -rf "$work"
}
trap cleanup EXIT
rootfs="$work/rootfs"

echo "debootstrap $suite (minbase) from $mirror ..."
debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -50 "$work/debootstrap.log" >&2; exit 1; }

# the security updates, then nothing recommended beyond what was asked for
cat >"$rootfs/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} $suite-security main
EOF
mount -t proc proc "$rootfs/proc"
chroot "$rootfs" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get -qq update
chroot "$rootfs" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get -qq -y --no-install-recommends upgrade >/dev/null
chroot "$rootfs" /usr/bin/java -version
java_home="$(dirname "$(dirname "$(chroot "$rootfs" readlink -f /usr/bin/java)")")"
chroot "$rootfs" dpkg-query -W -f='${Package} ${Version}\n' >"$work/packages.txt"

# the date of the archive state the packages came from: every timestamp in the image
if [[ -z "${SOURCE_DATE_EPOCH:-}" ]]; then
  release_date="$(grep -h '^Date:' "$rootfs"/var/lib/apt/lists/*"${suite}"_InRelease | head -1 | cut -d' ' -f2-)"
  SOURCE_DATE_EPOCH="$(date -d "$release_date" +%s)"
fi
created="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)"
unmount_all

# what differs run to run, or is of no use in a container
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
       "$rootfs"/var/cache/ldconfig/aux-cache "$rootfs"/var/log/* "$rootfs"/var/lib/dpkg/*-old \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
       "$rootfs"/tmp/* "$rootfs"/var/tmp/* "$rootfs"/root/.cache \
       "$rootfs"/dev/* "$rootfs"/proc/* "$rootfs"/sys/* "$rootfs"/run/*
: >"$rootfs/etc/machine-id"
# shadow's "last changed" field is the day debootstrap ran
sed -i -E "s/^([^:]*:[^:]*:)[0-9]+:/\1$((SOURCE_DATE_EPOCH / 86400)):/" "$rootfs/etc/shadow"
cp "$work/packages.txt" "$rootfs/usr/share/base-image-packages.txt"

reproducible_tar() { # DIR OUT [entries...]
  local dir="$1" out="$2"; shift 2
  tar --create --file="$out" --directory="$dir" --sort=name --format=posix \
      --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
      --mtime="@$SOURCE_DATE_EPOCH" --clamp-mtime --numeric-owner "$@"
}

image="$work/image"
mkdir -p "$image"
echo "packing the layer ..."
reproducible_tar "$rootfs" "$image/layer.tar" .
diff_id="sha256:$(sha256sum "$image/layer.tar" | cut -d' ' -f1)"

cat >"$image/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"],
           "Cmd":["/bin/bash"],
           "Labels":{"org.opencontainers.image.title":"$tag","org.opencontainers.image.description":"Debian $suite minbase with OpenJDK 17 JRE (headless), built from Debian packages by deploy/images/build-base-image.sh"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"$created","created_by":"deploy/images/build-base-image.sh: debootstrap --variant=minbase --include=$packages $suite"}]}
EOF
printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["layer.tar"]}]\n' "$tag" >"$image/manifest.json"
touch -d "@$SOURCE_DATE_EPOCH" "$image"/*

mkdir -p "$(dirname "$output")"
reproducible_tar "$image" "$output" manifest.json config.json layer.tar
cp "$work/packages.txt" "${output%.tar}.packages.txt"
echo "wrote $output ($(du -h "$output" | cut -f1), $tag, $(wc -l <"$work/packages.txt") packages, created $created)"
echo "image config digest: sha256:$(sha256sum "$image/config.json" | cut -d' ' -f1)"
