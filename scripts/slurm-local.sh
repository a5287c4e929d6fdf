#!/usr/bin/env bash
# A throwaway single-node Slurm cluster on localhost, for tests and demos.
#
#   scripts/slurm-local.sh start DIR   write DIR/slurm.conf and a munge key, start
#                                      munged, slurmctld and slurmd, and wait until
#                                      the node is idle (exit 1, with the daemons'
#                                      logs, if it is not within $SLURM_LOCAL_WAIT s)
#   scripts/slurm-local.sh stop DIR    stop the daemons started with DIR
#
# Then: SLURM_CONF=DIR/slurm.conf sbatch …  Every file (state, spool, logs,
# pid files, munge socket and key) stays in DIR; nothing under /etc is touched.
# Needs slurm-wlm and munge (Debian: apt-get install -y slurm-wlm munge) and
# root, or a user who may run the daemons. Ports: SLURM_LOCAL_CTLD_PORT
# (default 6817) and SLURM_LOCAL_SLURMD_PORT (default 6818).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

stop_pid() { # stop the daemon whose pid is in file $1, waiting up to 10 s
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

if [ "$cmd" = stop ]; then
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  stop_pid "$dir/munged.pid"
  exit 0
fi
if [ "$cmd" != start ]; then
  echo "$0: unknown command '$cmd' (start or stop)" >&2
  exit 2
fi

for b in munged slurmctld slurmd sinfo; do
  if ! command -v "$b" >/dev/null && ! [ -x "/usr/sbin/$b" ]; then
    echo "$0: $b not found; install Slurm and munge (Debian: apt-get install -y slurm-wlm munge)" >&2
    exit 1
  fi
done
export PATH="$PATH:/usr/sbin"

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
chmod 700 "$dir"
mkdir -p "$dir/state" "$dir/spool" "$dir/log" "$dir/munge"
chmod 700 "$dir/munge"
user=$(id -un)
ctld_port=${SLURM_LOCAL_CTLD_PORT:-6817}
slurmd_port=${SLURM_LOCAL_SLURMD_PORT:-6818}
wait_s=${SLURM_LOCAL_WAIT:-60}

# munge: its own key, socket, pid, seed and log in DIR
key="$dir/munge/munge.key"
if [ ! -f "$key" ]; then
  head -c 1024 /dev/urandom >"$key"
  chmod 400 "$key"
fi
socket="$dir/munge/munge.socket"
munged --force --key-file="$key" --socket="$socket" --pid-file="$dir/munged.pid" \
  --seed-file="$dir/munge/munged.seed" --log-file="$dir/log/munged.log"

# The node as slurmd itself sees it (CPUs, memory), named localhost.
hw=$(slurmd -C | head -1)
cpus=$(sed -n 's/.* CPUs=\([0-9]*\).*/\1/p' <<<"$hw")
mem=$(sed -n 's/.* RealMemory=\([0-9]*\).*/\1/p' <<<"$hw")
cpus=${cpus:-$(nproc)}
mem=${mem:-1000}

cat >"$dir/slurm.conf" <<CONF
# single-node test cluster written by scripts/slurm-local.sh
ClusterName=ailca-local
SlurmctldHost=localhost
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/slurmd-%n
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
Waittime=0
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"

slurmctld -i -f "$SLURM_CONF"
slurmd -N localhost -f "$SLURM_CONF"

deadline=$((SECONDS + wait_s))
state=
while [ $SECONDS -lt $deadline ]; do
  state=$(sinfo -h -n localhost -o %T 2>/dev/null || true)
  [ "$state" = idle ] && { echo "slurm-local: node localhost idle ($cpus CPUs, ${mem} MB); SLURM_CONF=$SLURM_CONF"; exit 0; }
  sleep 0.5
done
echo "slurm-local: node localhost not idle after ${wait_s}s (state '${state:-none}'); logs:" >&2
tail -n 20 "$dir"/log/*.log >&2 || true
exit 1
