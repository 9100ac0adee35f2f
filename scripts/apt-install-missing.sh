#!/usr/bin/env bash
# Shared by the install-*-deps scripts: `apt_install_missing <label> <package>...` installs the
# given Debian packages non-interactively (through sudo when not root), or says all are present.
apt_install_missing() {
  local label=$1
  shift
  if [ $# -eq 0 ]; then
    echo "$label: everything needed is present"
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "$label: installing $*"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
