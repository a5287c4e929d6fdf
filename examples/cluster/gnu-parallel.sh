#!/usr/bin/env bash
# A sharded ailca Monte Carlo run on a few machines over ssh with GNU parallel
# (docs/scaling.md). The machines must see DIR at the same path (NFS, or set
# AILCA_SHARD_DIR on each) and have the same ailca version on their PATH.
#
#   examples/cluster/gnu-parallel.sh STUDY.json DIR K host1,host2,host3 [ailca mc flags…]
#
# e.g. examples/cluster/gnu-parallel.sh study.json /nfs/run1 48 node1,node2,node3 --samples 1e9 --seed 1
#
# A Sobol' analysis split by design rows instead (ailca sensitivity --shards):
#   AILCA_JOB="sensitivity --method sobol" examples/cluster/gnu-parallel.sh study.json /nfs/sobol1 16 node1,node2 --samples 65536 --seed 1
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: $0 STUDY.json DIR K HOSTS [ailca mc flags…]" >&2
  exit 2
fi
study=$1 dir=$2 k=$3 hosts=$4
shift 4
AILCA=${AILCA:-ailca}

# 1. Write the job script and the study copy into DIR (checks K, DIR and the study).
# AILCA_JOB: the ailca command that writes the job (default mc).
# shellcheck disable=SC2086
out=$($AILCA ${AILCA_JOB:-mc} "$study" --shards "$k" --out "$dir" "$@")
echo "$out"
script=$(sed -n 's/^submit: sbatch //p' <<<"$out")

# 2. Run task 0 … K-1 on the hosts, one per core of each (':' is this machine).
#    --retries reruns a failed task (possibly elsewhere); --joblog records every task.
seq 0 $((k - 1)) | parallel --sshlogin "$hosts" --retries 2 --joblog "$dir/parallel.log" \
  bash "$script" {}

# 3. Merge what is there; missing ranges (tasks that failed twice) are reported
#    (a Sobol' merge then stops and names the tasks to rerun).
$AILCA merge "$dir"
