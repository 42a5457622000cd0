#!/usr/bin/env bash
# Not available yet: the import endpoints have not landed. When they do, replace this file with a
# workload answering describe|prepare|a|b|check like stage.sh (see bench/README.md).
echo "not available yet" >&2
exit 3
