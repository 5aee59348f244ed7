#!/bin/sh
# Regenerates the sample projects with aifp-cli new. Usage: projects/make-samples.sh [AIFP_CLI]
# The gigawatt campus is not committed: tests/bench/test_campus_bench.cpp generates it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-${AIFP_CLI:-aifp-cli}}

# One hall of GB300 NVL72, liquid, 2N, ~10 MW at the grid.
"$cli" new "$here/sample-gb300-hall.aifp" --target-mw 10 --system gb300-nvl72 --cooling liquid \
    --redundancy 2N --fabric q3400 --supply-water-c 32 --max-halls 1 \
    --name "Sample GB300 hall (10 MW)"

# 1 MW of GB300 NVL72 (kept only when small).
"$cli" new "$here/sample-1mw.aifp" --target-mw 1 --system gb300-nvl72 --cooling liquid \
    --redundancy 2N --fabric q3400 --name "Sample 1 MW"
size=$(wc -c <"$here/sample-1mw.aifp")
if [ "$size" -ge 2097152 ]; then
    echo "sample-1mw.aifp is $size bytes (>= 2 MB): removed" >&2
    rm -f "$here/sample-1mw.aifp"
fi
