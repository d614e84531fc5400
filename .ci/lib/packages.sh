# Sourced by the .ci/setup-*.sh scripts: run a command as root, and install Debian packages (after apt-get update),
# each failing with a sentence that says why and what to do instead.

# as_root COMMAND...: runs COMMAND as root, directly or through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "$(basename "$0"): '$*' needs root: run this script as root, or install sudo" >&2
    return 1
  fi
}

# apt_install PACKAGE...: refreshes the package lists, then installs PACKAGE... from the distribution's packages.
apt_install() {
  local script
  script=$(basename "$0")
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$script: cannot install $*: there is no apt-get here (these scripts install Debian/Ubuntu packages); install them by other means and run it again" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  echo "$script: installing $* (apt-get)"
  if ! as_root apt-get update; then
    echo "$script: apt-get update failed: no network or no usable package sources, so $* cannot be installed" >&2
    return 1
  fi
  if ! as_root apt-get install -y "$@"; then
    echo "$script: apt-get install $* failed (see above)" >&2
    return 1
  fi
}
