#!/usr/bin/env bash
# Starts a single-node Slurm on this machine (munged, slurmctld and slurmd, without systemd) for the integration
# test of `jalur simulate --slurm` (tests/cli/slurm_test.cpp, docs/simulation.md). Run as root; safe to run again:
# it installs Debian's slurm-wlm and munge when missing, writes /etc/slurm/slurm.conf, makes a munge key when there
# is none, starts what is not running and waits until the node is idle. scripts/stop-local-slurm.sh stops it.
#
# Exit status: 0 when Slurm runs; 77 when it cannot be started on this machine (not root, the packages cannot be
# installed, a Slurm configuration of someone else's, a daemon that does not come up), with the reason on standard
# error; anything else is a bug of this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."

cannot() {
  echo "start-local-slurm: cannot start Slurm here: $*" >&2
  exit 77
}
log_tail() { if [ -f "$1" ]; then tail -n 15 "$1" | sed 's/^/  /' >&2; fi; }

[ "$(id -u)" -eq 0 ] || cannot "it needs root (to install slurm-wlm and munge and start their daemons as root)"
host=$(hostname -s)
conf=/etc/slurm/slurm.conf
marker="# Written by jalur's scripts/start-local-slurm.sh"
wait_seconds=60  # for the node to come up

# The packages (scripts/install-deps.sh lists them). A container without an init system has nothing to start the
# daemons the packages would start; policy-rc.d keeps the packages from trying while they install.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null ||
  ! command -v munged >/dev/null; then
  command -v apt-get >/dev/null || cannot "slurm-wlm and munge are missing and there is no apt-get to install them"
  policy=/usr/sbin/policy-rc.d
  made_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
  fi
  installed=0
  JALUR_WITH_SLURM=1 scripts/install-deps.sh || installed=$?
  [ "$made_policy" = 1 ] && rm -f "$policy"
  [ "$installed" = 0 ] || cannot "apt-get could not install slurm-wlm and munge (exit $installed; no network?)"
fi

# The configuration: one node with this machine's CPUs, one partition; tasks share the node by CPU. No cgroups
# (containers usually cannot use them) and no accounting database.
if [ -f "$conf" ] && ! grep -qF "$marker" "$conf"; then
  cannot "$conf exists and was not written by this script; not touching another Slurm's configuration"
fi
mkdir -p /etc/slurm /var/spool/slurmd /var/spool/slurmctld /var/log/slurm
wanted=$(
  cat <<EOF
$marker: a single-node Slurm for jalur's tests.
ClusterName=jalur-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
ReturnToService=2
SlurmdSpoolDir=/var/spool/slurmd
StateSaveLocation=/var/spool/slurmctld
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
)
if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$wanted" ]; then
  printf '%s\n' "$wanted" >"$conf"
  changed=1
else
  changed=0
fi

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# munge: a key of its own, then the daemon as the munge user.
munge_works() { timeout 10 munge -n 2>/dev/null | timeout 10 unmunge >/dev/null 2>&1; }
if ! munge_works; then
  install -d -o munge -g munge -m 0700 /etc/munge /var/lib/munge /var/log/munge
  install -d -o munge -g munge -m 0755 /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
  runuser -u munge -- /usr/sbin/munged ||
    { log_tail /var/log/munge/munged.log; cannot "munged did not start (its log above)"; }
  munge_works || cannot "munged runs but cannot encode and decode a credential"
fi

# A configuration that changed while the daemons run: restart them.
if [ "$changed" = 1 ] && { running /run/slurmctld.pid || running /run/slurmd.pid; }; then
  "$here/stop-local-slurm.sh" --keep-munge
fi
if ! running /run/slurmctld.pid; then
  /usr/sbin/slurmctld || { log_tail /var/log/slurm/slurmctld.log; cannot "slurmctld did not start (its log above)"; }
fi
if ! running /run/slurmd.pid; then
  /usr/sbin/slurmd || { log_tail /var/log/slurm/slurmd.log; cannot "slurmd did not start (its log above)"; }
fi

# Ready when the node takes jobs: idle, or mixed/allocated when jobs already run on it. A node left down or
# drained by an earlier run is resumed.
state=""
deadline=$((SECONDS + wait_seconds))
while ((SECONDS < deadline)); do
  state=$(timeout 10 sinfo -h -N -n "$host" -o %t 2>/dev/null | head -n 1 || true)
  case "$state" in
    idle | mix | alloc) exit 0 ;;
    down* | drain* | drng*) timeout 10 scontrol update NodeName="$host" State=RESUME 2>/dev/null || true ;;
  esac
  sleep 0.5
done
log_tail /var/log/slurm/slurmctld.log
log_tail /var/log/slurm/slurmd.log
cannot "the node $host is not idle after ${wait_seconds} s (state '${state:-unknown}'; the daemons' logs above)"
