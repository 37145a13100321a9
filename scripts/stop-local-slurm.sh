#!/usr/bin/env bash
# Stops the single-node Slurm of scripts/start-local-slurm.sh: slurmd, slurmctld and (unless --keep-munge) munged,
# each by its pid file. Safe to run when nothing runs. Run as root.
set -euo pipefail

stop() {
  local pidfile=$1 name=$2
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for ((i = 0; i < 40; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "stop-local-slurm: $name (pid $pid) did not stop within 10 s" >&2
      exit 1
    fi
  fi
  rm -f "$pidfile"
}

stop /run/slurmd.pid slurmd
stop /run/slurmctld.pid slurmctld
[ "${1:-}" = --keep-munge ] || stop /run/munge/munged.pid munged
