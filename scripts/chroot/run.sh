#!/usr/bin/env bash
# make test-qgis QGIS=3.40|3.44: the test suite inside a cached Debian chroot holding that QGIS, under Xvfb.
#
# The chroot lives in .chroots/<suite> (git-ignored) and is rebuilt only when it is missing or when the package list
# or the offline wheels change (their hash is stored in the chroot). Every mount made for the run is undone on exit,
# whatever happens (trap).
set -euo pipefail

version=${1:?usage: scripts/chroot/run.sh 3.40|3.44 [--build-only | pytest arguments]}
shift
build_only=false
if [ "${1:-}" = --build-only ]; then build_only=true; shift; fi
case "$version" in
  3.40) suite=trixie; apt_opts=() ;;
  # sid's mirror snapshot may be older than its Valid-Until date.
  3.44) suite=sid; apt_opts=(-o Acquire::Check-Valid-Until=false) ;;
  *) echo "QGIS=$version is not in the matrix: use 3.40 (Debian trixie) or 3.44 (Debian sid)." >&2; exit 2 ;;
esac
[ "$(id -u)" = 0 ] || { echo "make test-qgis needs root (debootstrap, chroot, mount)." >&2; exit 1; }

root=$(pwd)
cache=$root/.chroots
dir=$cache/$suite
wheels=$cache/wheels
venv=/opt/tmf-venv
packages=$(grep -v '^#' scripts/chroot/packages.txt | tr '\n' ' ')
# pytest-qgis and detect-secrets are not packaged by Debian: their pure-Python wheels (versions as in
# requirements-dev.txt) are fetched on the host and installed offline; pip inside the chroot has no CA bundle.
mkdir -p "$wheels"
exec 9>"$cache/.wheels.lock"
flock 9  # two chroots may be built at once; one of them downloads
for name in pytest-qgis detect-secrets; do
  if ! ls "$wheels"/"${name//-/_}"-*.whl >/dev/null 2>&1; then
    .venv/bin/python -m pip download -q --no-deps --only-binary=:all: -d "$wheels" "$(grep -i "^$name" requirements-dev.txt)"
  fi
done
flock -u 9
want=$( { echo "$suite"; cat scripts/chroot/packages.txt; ls "$wheels"; } | sha256sum | cut -d' ' -f1)

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || echo "could not unmount ${mounted[i]}" >&2
  done
  mounted=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
bind() {  # bind SOURCE TARGET-INSIDE-CHROOT [mount options...]
  local source=$1 target=$dir$2
  shift 2
  mkdir -p "$target"
  mount "$@" "$source" "$target"
  mounted+=("$target")
}
mount_system() {
  bind proc /proc -t proc
  bind sysfs /sys -t sysfs
  bind /dev /dev --bind
  bind devpts /dev/pts -t devpts -o newinstance,ptmxmode=0666
  bind tmpfs /tmp -t tmpfs
  bind tmpfs /dev/shm -t tmpfs
}
inside() { chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
  DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen "$@"; }

if [ -f "$dir/.tmf-packages" ] && [ "$(cat "$dir/.tmf-packages")" != "$want" ]; then
  echo "The package list changed: rebuilding $dir"
  if findmnt -rn -o TARGET | grep -q "^$dir/"; then echo "$dir still has mounts; not removing it." >&2; exit 1; fi
  rm -rf "$dir"
fi
if [ ! -f "$dir/.tmf-packages" ]; then
  if [ ! -f "$dir/.tmf-base" ]; then
    rm -rf "$dir"
    echo "debootstrap $suite into $dir"
    debootstrap --variant=minbase --include=ca-certificates "$suite" "$dir" http://deb.debian.org/debian >"$cache/$suite-debootstrap.log"
    echo "$suite" >"$dir/.tmf-base"
  fi
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  mount_system
  inside apt-get "${apt_opts[@]}" update -qq
  # shellcheck disable=SC2086
  inside apt-get "${apt_opts[@]}" install -y -qq --no-install-recommends $packages >"$cache/$suite-apt.log"
  inside apt-get clean
  inside /usr/bin/python3 -m venv --system-site-packages "$venv"
  rm -rf "$dir/opt/tmf-wheels" && mkdir -p "$dir/opt/tmf-wheels" && cp "$wheels"/*.whl "$dir/opt/tmf-wheels/"
  inside /bin/sh -c "$venv/bin/python -m pip install -q --no-index --no-deps /opt/tmf-wheels/*.whl"
  echo "$want" >"$dir/.tmf-packages"
  cleanup
fi

if $build_only; then exit 0; fi

qgis_version=$(inside /usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null)
echo "QGIS $qgis_version in $dir"

# The worktree at the same path as on the host; the shared Natural Earth data next to it when the host has it.
mount_system
bind "$root" "$root" --bind
shared=$(dirname "$root")/shared
[ -d "$shared" ] && bind "$shared" "$shared" --bind -o ro

# The plugin installed the way a user installs it (the release zip in the default profile), enabled for qgis_process.
make -s package
profile=$dir/root/.local/share/QGIS/QGIS3/profiles/default/python/plugins
rm -rf "$profile/tmf_safety" && mkdir -p "$profile"
(cd "$profile" && python3 -m zipfile -e "$root/dist/tmf_safety.zip" .)
# "already enabled" is an error for qgis_process; the listing below is the check.
inside /usr/bin/qgis_process.bin plugins enable tmf_safety >/dev/null 2>&1 || true
algorithms=$(inside /usr/bin/qgis_process.bin list 2>/dev/null | grep -c '^\s*tmf:' || true)
echo "qgis_process lists $algorithms tmf: algorithms from the installed plugin"
[ "$algorithms" -ge 6 ] || { echo "The installed plugin's algorithms are missing from qgis_process." >&2; exit 1; }

status=0
inside /bin/sh -c "cd '$root' && TMF_QGIS_MATRIX='$version' QT_QPA_PLATFORM=offscreen \
  xvfb-run -a -s '-screen 0 1600x1000x24' $venv/bin/python -m pytest -p no:cacheprovider $*" || status=$?
exit $status
